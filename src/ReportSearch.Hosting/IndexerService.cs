using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportSearch.Pipeline;

namespace ReportSearch.Hosting;

/// <summary>
/// The <see cref="IndexerLoop"/> as a hosted service: the worker's whole job, and the host's in-process indexing.
/// Start takes the writer lock (another writer stops the start with its message), stop (Ctrl+C, SIGTERM) waits
/// for the batch being written and releases the lock.
/// </summary>
public sealed class IndexerService(IOptions<IndexerSettings> options, ILogger<IndexerService> log) : BackgroundService
{
    // Made at start, not when the service is constructed: the settings are read (and validated) only after the
    // program's own start-up validation has named every bad setting.
    private IndexerLoop? _loop;

    /// <summary>True once the scan at start has ended: until then searches would see a part of the archive.</summary>
    public bool CaughtUp => _loop?.CaughtUp ?? false;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = new IndexerLoop(options.Value, log);
        _loop.Open();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _loop!.RunAsync(stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            _loop?.Dispose();
        }
    }
}
