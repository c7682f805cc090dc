using Prometheus;
using ReportSearch.Host.Serving;
using ReportSearch.Hosting.Metrics;

namespace ReportSearch.Host.Http;

/// <summary>
/// /metrics for operators (the <c>X-Admin-Key</c> header, <see cref="OperatorAccess"/>): requests (rate, latency
/// and status by route, from prometheus-net's middleware), the index (reports, files indexed and skipped by reason,
/// commit generation, health, age of the last commit) and the process, in Prometheus text format.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    /// <summary>Counts every request from here on (call after routing, so requests are labelled by route).</summary>
    public static IApplicationBuilder UseReportSearchHttpMetrics(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<ReportSearchMetrics>();
        var provider = app.Services.GetRequiredService<IndexProvider>();
        metrics.WatchIndex(() => provider.Index.Statistics(), provider.Damage);
        return app.UseHttpMetrics(o => o.SetMetricFactory(Prometheus.Metrics.WithCustomRegistry(metrics.Registry)));
    }

    public static void MapReportSearchMetrics(this WebApplication app) =>
        app.MapGet(Path, async (HttpContext http, OperatorAccess operators, ReportSearchMetrics metrics) =>
        {
            if (!operators.IsOperator(http.Request))
            {
                await ApiProblems.OperatorsOnly().ExecuteAsync(http);
                return;
            }
            http.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            await metrics.ExportAsync(http.Response.Body, http.RequestAborted);
        }).ExcludeFromDescription();
}
