using System.Globalization;
using System.Text.RegularExpressions;
using Prometheus;
using ReportSearch.Engine;

namespace ReportSearch.Hosting.Metrics;

/// <summary>
/// The metrics the host and the worker expose at /metrics in Prometheus text format: the index's state (reports,
/// files indexed, files skipped by reason, commit generation, health, age of the last commit), read from the index
/// at every scrape, and .NET's process figures. The host adds its HTTP requests (rate, latency, status). Each
/// program has its own registry, so that two hosts in one process (tests) do not mix their figures.
/// </summary>
public sealed partial class ReportSearchMetrics
{
    public CollectorRegistry Registry { get; } = Prometheus.Metrics.NewCustomRegistry();

    private readonly Gauge _reports, _indexedFiles, _skippedFiles, _generation, _healthy, _commitAge;

    public ReportSearchMetrics()
    {
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        DotNetStats.Register(Registry);
        _reports = factory.CreateGauge("reportsearch_index_reports", "Reports in the index.");
        _indexedFiles = factory.CreateGauge("reportsearch_index_files_indexed", "Archive files the index holds.");
        _skippedFiles = factory.CreateGauge("reportsearch_index_files_skipped", "Archive files skipped, by reason (numbers in the reason replaced by N).", "reason");
        _generation = factory.CreateGauge("reportsearch_index_commit_generation", "Lucene commit generation of the index (grows with every commit).");
        _healthy = factory.CreateGauge("reportsearch_index_healthy", "1 when the index answers reads and no damage is known, else 0.");
        _commitAge = factory.CreateGauge("reportsearch_index_last_commit_age_seconds", "Seconds since the indexer last committed a batch.");
    }

    /// <summary>
    /// Reads the index's figures before every scrape: <paramref name="statistics"/> of the index served (throws when
    /// there is none) and <paramref name="damage"/>, a description of known damage or null.
    /// </summary>
    public void WatchIndex(Func<IndexStatistics> statistics, Func<string?> damage) => Registry.AddBeforeCollectCallback(() =>
    {
        try
        {
            var s = statistics();
            _reports.Set(s.Reports);
            _indexedFiles.Set(s.Sources);
            _generation.Set(s.CommitGeneration);
            if (DateTime.TryParse(s.LastIndexedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var last))
                _commitAge.Set(Math.Max(0, (DateTime.UtcNow - last.ToUniversalTime()).TotalSeconds));
            var byReason = s.Skipped.GroupBy(k => ReasonKind(k.Reason)).ToDictionary(g => g.Key, g => g.Count());
            // A reason no file has any more reads 0 rather than its last count.
            foreach (var labels in _skippedFiles.GetAllLabelValues())
                if (!byReason.ContainsKey(labels[0])) _skippedFiles.WithLabels(labels).Set(0);
            foreach (var (reason, count) in byReason) _skippedFiles.WithLabels(reason).Set(count);
            _healthy.Set(damage() is null ? 1 : 0);
        }
        catch (Exception)
        {
            // No index yet, a deleted one, or one that fails to read: unhealthy, and the figures stay as last read.
            _healthy.Set(0);
        }
    });

    /// <summary>
    /// A skip reason as a label of few values: its words before any detail (":" or "("), numbers as N
    /// ("file too large (123 bytes, …)" → "file too large", "exceeded 60 s" → "exceeded N s").
    /// </summary>
    public static string ReasonKind(string reason)
    {
        var head = reason.Split([':', '('], 2)[0];
        var kind = Number().Replace(head, "N").Trim();
        return kind.Length <= 60 ? kind : kind[..60];
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();

    /// <summary>Writes every metric in Prometheus text format.</summary>
    public Task ExportAsync(Stream output, CancellationToken cancel) => Registry.CollectAndExportAsTextAsync(output, cancel);
}
