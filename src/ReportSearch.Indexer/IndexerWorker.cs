using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Indexing;
using ReportSearch.Ingestion;

namespace ReportSearch.Indexer;

/// <summary>
/// The indexer service: holds the index's writer lock for its whole life, catches up with the archive on
/// start, then scans again whenever the watcher reports changes and at every scan interval. Stopping
/// (Ctrl+C, SIGTERM) cancels between batches; the batch being written still commits.
/// </summary>
public sealed class IndexerWorker(IOptions<IndexerSettings> options, ILogger<IndexerWorker> log) : BackgroundService
{
    private readonly IndexerSettings _settings = options.Value;
    private readonly HashSet<(string, string)> _reportedSkips = [];
    private IReportIndexWriter? _index;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var indexDir = Path.GetFullPath(_settings.Index);
        log.LogInformation("Indexer starting: archive {Archives}, index {Index}, scan interval {ScanInterval}, watch {Watch}",
            _settings.ArchiveFolders.Select(Path.GetFullPath).ToArray(), indexDir, _settings.ScanInterval, _settings.Watch);
        try
        {
            _index = ReportIndexes.OpenForWriting(indexDir);
        }
        catch (IndexLockedException e)
        {
            log.LogCritical("{Message}", e.Message);
            throw;
        }
        if (_index.RebuildReason is { } reason)
            log.LogWarning("Rebuilding the index because {Reason}: the new index is built beside the old one, which keeps serving until the catch-up is done",
                reason);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var trigger = new ScanTrigger();
        // Watch before catching up, so that changes made during the catch-up cause another scan.
        using var watcher = _settings.Watch ? new ArchiveWatcher(_settings.ArchiveFolders, _settings.Debounce, trigger.Request, log) : null;
        await ScanAsync("startup catch-up", stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            bool changed;
            try { changed = await trigger.WaitAsync(_settings.ScanInterval, stoppingToken); }
            catch (OperationCanceledException) { break; }
            await ScanAsync(changed ? "file change" : "periodic rescan", stoppingToken);
        }
    }

    private async Task ScanAsync(string reason, CancellationToken stoppingToken)
    {
        var indexer = new ArchiveIndexer(_index!, ReportParsers.Default(_settings.MaxFileBytes, ParserOptions.ForIndex(_settings.Index, _settings.Ocr)), _settings.ToIndexerOptions());
        var progress = new BatchProgressLog(log, _reportedSkips);
        log.LogDebug("Scan started ({Reason})", reason);
        try
        {
            // The indexer is synchronous and CPU-bound: keep it off the host's threads.
            var r = await Task.Run(() => indexer.Run(_settings.ArchiveFolders, progress, stoppingToken), CancellationToken.None);
            bool anything = r.Added + r.Updated + r.Deleted + r.Duplicates + r.Skipped.Count > 0;
            log.Log(anything || reason == "startup catch-up" ? LogLevel.Information : LogLevel.Debug,
                "Scan finished ({Reason}): {Files} files, {Added} added, {Updated} updated, {Deleted} deleted, {Unchanged} unchanged, {Duplicates} duplicates, {Skipped} skipped; {Megabytes:F2} MB read in {Seconds:F1} s ({MegabytesPerSecond:F2} MB/s)",
                reason, r.FilesScanned, r.Added, r.Updated, r.Deleted, r.Unchanged, r.Duplicates, r.Skipped.Count,
                r.BytesRead / 1048576.0, r.Elapsed.TotalSeconds, r.MegabytesPerSecond);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            log.LogInformation("Scan stopped ({Reason}): the batch in progress was committed; the next start resumes from there", reason);
        }
        catch (Exception e)
        {
            // A missing archive folder (unmounted share) or a full disk: keep running and try again later.
            log.LogError(e, "Scan failed ({Reason}): {Error}; retrying at the next change or in {ScanInterval}", reason, e.Message, _settings.ScanInterval);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            _index?.Dispose();
            log.LogInformation("Indexer stopped");
        }
    }
}
