using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReportSearch.Host.Indexing;

/// <summary>
/// Ready when the index exists and answers a read. With in-process indexing the host also waits for its first
/// pass, so a load balancer does not send searches that would see a half-built index.
/// </summary>
public sealed class IndexReadyCheck(IndexProvider provider, IndexingStatus status, IndexingSettings settings) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (settings.InProcess && !status.InitialPassFinished)
            return Task.FromResult(HealthCheckResult.Unhealthy("initial indexing pass still running"));
        try
        {
            // An indexed lookup: proves the file opens and has the schema, without counting anything.
            provider.Index.LoadReport("readiness-probe");
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("index not readable", e));
        }
    }
}
