using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;
using ReportSearch.Engine;
using ReportSearch.Hosting.Metrics;
using ReportSearch.Pipeline;

namespace ReportSearch.Indexer;

/// <summary>
/// The worker's /metrics, on a port of its own (<see cref="PortKey"/>; 0, the default, serves none): the index it
/// writes as a reader sees it (reports, files indexed and skipped by reason, commit generation, health, age of the
/// last commit) and the process. The worker has no web host; prometheus-net's own small server answers.
/// </summary>
public sealed class WorkerMetricsService(IConfiguration configuration, IOptions<IndexerSettings> settings, ILogger<WorkerMetricsService> log) : IHostedService, IDisposable
{
    public const string PortKey = "Metrics:Port";

    private readonly Lock _gate = new();
    private MetricServer? _server;
    private IReportIndexReader? _reader;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        int port = configuration.GetValue<int>(PortKey);
        if (port <= 0) return Task.CompletedTask;
        var metrics = new ReportSearchMetrics();
        metrics.WatchIndex(Statistics, Damage);
        _server = new MetricServer(port, "metrics/", metrics.Registry);
        _server.Start();
        log.LogInformation("Metrics served at http://*:{Port}/metrics", port);
        return Task.CompletedTask;
    }

    private IndexStatistics Statistics()
    {
        lock (_gate)
        {
            try
            {
                _reader ??= ReportIndexes.OpenForReading(Path.GetFullPath(settings.Value.Index));
                _reader.Refresh();
                return _reader.Statistics();
            }
            catch (Exception)
            {
                // Opened again at the next scrape: the index may not exist yet, or may have been rebuilt.
                _reader?.Dispose();
                _reader = null;
                throw;
            }
        }
    }

    private string? Damage()
    {
        lock (_gate) return _reader?.FindDamage();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null) await _server.StopAsync();
    }

    public void Dispose()
    {
        _server?.Dispose();
        lock (_gate) _reader?.Dispose();
    }
}
