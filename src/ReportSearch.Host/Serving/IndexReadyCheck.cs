using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportSearch.Hosting;

namespace ReportSearch.Host.Serving;

/// <summary>
/// Ready when the index exists and answers a read. With in-process indexing the host also waits for the
/// indexer's catch-up at start, so a load balancer does not send searches that would see a half-built index.
/// </summary>
/// <param name="indexer">The in-process indexer; null when another process indexes.</param>
public sealed class IndexReadyCheck(IndexProvider provider, IndexerService? indexer = null) : IHealthCheck
{
    // Static: health checks are created per call; warming the code once per process is what matters.
    private static volatile bool _warmedUp;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (indexer is { CaughtUp: false })
            return Task.FromResult(HealthCheckResult.Unhealthy("initial indexing pass still running"));
        try
        {
            // The first time, a real search: it proves the whole read path works and compiles it, so the first
            // user's search is not the one that pays for start-up. Afterwards an indexed lookup is enough.
            if (!_warmedUp)
            {
                provider.Search.Search(new ReportSearch.Search.SearchRequest { Query = "工作" });
                _warmedUp = true;
            }
            else _ = provider.Index.Version; // throws when the index folder was deleted
            // Damage the searches have not met yet (or did meet): reported, so monitors see it.
            if (provider.Damage() is { } damage) return Task.FromResult(HealthCheckResult.Unhealthy("index damaged: " + damage));
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("index not readable", e));
        }
    }
}
