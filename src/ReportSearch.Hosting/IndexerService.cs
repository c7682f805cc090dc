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
/// <param name="gate">Open unless a test holds it (<see cref="IndexingGate"/>).</param>
public sealed class IndexerService(IOptions<IndexerSettings> options, ILogger<IndexerService> log, IndexingGate gate) : BackgroundService
{
    // Made at start, not when the service is constructed: the settings are read (and validated) only after the
    // program's own start-up validation has named every bad setting.
    private IndexerLoop? _loop;

    /// <summary>True once the scan at start has ended: until then searches would see a part of the archive.</summary>
    public bool CaughtUp => _loop?.CaughtUp ?? false;

    /// <summary>The archive's first indexing while it runs (see <see cref="IndexerLoop.FirstIndexing"/>); before the
    /// loop has opened the index, a first indexing not yet begun when the index does not exist.</summary>
    public FirstIndexing? FirstIndexing => _loop is { } loop ? loop.FirstIndexing
        : ReportSearch.Engine.ReportIndexes.Exists(options.Value.Index) ? null : new FirstIndexing(0, 0);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = new IndexerLoop(options.Value, log, gate);
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
