using Microsoft.Extensions.Logging;
using ReportSearch.Engine;
using ReportSearch.Pipeline.Extraction;

namespace ReportSearch.Pipeline;

/// <summary>
/// A long-running indexer: holds the index's writer lock for its whole life, catches up with the archive on
/// start, then scans again whenever the watcher reports changes and at every scan interval. Stopping cancels
/// between batches; the batch being written still commits. The worker runs it, and so does the host when it
/// indexes in process; both through the same hosted service.
/// </summary>
/// <param name="gate">Passed after every committed batch; null: never held.</param>
public sealed class IndexerLoop(IndexerSettings settings, ILogger log, IndexingGate? gate = null) : IDisposable
{
    private const string StartupCatchUp = "startup catch-up";

    private readonly HashSet<(string, string)> _reportedSkips = [];
    private IReportIndexWriter? _index;
    // The child workers live as long as the loop: every scan reuses them.
    private IFileExtractor? _extractor;
    private volatile bool _caughtUp;
    // Checksums: when they were last verified, and whether a rebuild (damage or a new analyzer) is under way, during
    // which the damaged or outdated generation still serves and is not verified again.
    private DateTime _checksumsVerifiedUtc = DateTime.MinValue;
    private bool _rebuilding;
    private volatile FirstIndexing? _firstIndexing;

    /// <summary>True once the scan at start has ended (done, failed or stopped): searches then see the whole archive.</summary>
    public bool CaughtUp => _caughtUp;

    /// <summary>
    /// The progress of the catch-up at start when the index held no report before it (the archive's first
    /// indexing), null otherwise: a rebuild beside a serving index, or any later scan, leaves a whole index to search.
    /// </summary>
    public FirstIndexing? FirstIndexing => _firstIndexing;

    /// <summary>Takes the index's writer lock; throws <see cref="IndexLockedException"/> when another writer holds it.</summary>
    public void Open()
    {
        var indexDir = Path.GetFullPath(settings.Index);
        log.LogInformation("Indexer starting: archive {Archives}, index {Index}, scan interval {ScanInterval}, watch {Watch}",
            settings.ArchiveFolders.Select(Path.GetFullPath).ToArray(), indexDir, settings.ScanInterval, settings.Watch);
        try
        {
            _index = ReportIndexes.OpenForWriting(indexDir);
        }
        catch (IndexLockedException e)
        {
            log.LogCritical("{Message}", e.Message);
            throw;
        }
        _extractor = FileExtractors.For(settings, warning => log.LogWarning("{Warning}", warning));
        _rebuilding = _index.RebuildReason is not null;
        if (_index.RebuildReason is { } reason)
            log.LogWarning("Rebuilding the index because {Reason}: the new index is built beside the old one, which keeps serving until the catch-up is done",
                reason);
        else if (_index.LoadSources().Count == 0)
            _firstIndexing = new FirstIndexing(0, 0);
    }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var trigger = new ScanTrigger();
        // Watch before catching up, so that changes made during the catch-up cause another scan.
        using var watcher = settings.Watch ? new ArchiveWatcher(settings.ArchiveFolders, settings.Debounce, trigger.Request, log) : null;
        try { await ScanAsync(StartupCatchUp, stoppingToken); }
        finally
        {
            _firstIndexing = null;
            _caughtUp = true;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            bool changed;
            try { changed = await trigger.WaitAsync(settings.ScanInterval, stoppingToken); }
            catch (OperationCanceledException) { break; }
            await ScanAsync(changed ? "file change" : "periodic rescan", stoppingToken);
        }
    }

    private async Task ScanAsync(string reason, CancellationToken stoppingToken)
    {
        if (_index is null) throw new InvalidOperationException("the indexer was not opened");
        VerifyChecksumsWhenDue();
        var index = _index;
        var indexer = new ArchiveIndexer(index, _extractor!, settings);
        var progress = new ProgressTap(new BatchProgressLog(log, _reportedSkips), p =>
        {
            if (_firstIndexing is not null) _firstIndexing = new FirstIndexing(p.FilesDone, p.FilesTotal);
            gate?.Pass(stoppingToken);
        });
        log.LogDebug("Scan started ({Reason})", reason);
        try
        {
            // The indexer is synchronous and CPU-bound: keep it off the host's threads.
            var r = await Task.Run(() => indexer.Run(settings.ArchiveFolders, progress, stoppingToken), CancellationToken.None);
            _rebuilding = false; // caught up: a rebuild has replaced the generation it was built beside
            bool anything = r.Added + r.Updated + r.Deleted + r.Duplicates + r.Skipped.Count > 0;
            log.Log(anything || reason == StartupCatchUp ? LogLevel.Information : LogLevel.Debug,
                "Scan finished ({Reason}): {Files} files, {Added} added, {Updated} updated, {Deleted} deleted, {Unchanged} unchanged, {Duplicates} duplicates, {Skipped} skipped; {Megabytes:F2} MB read in {Seconds:F1} s ({MegabytesPerSecond:F2} MB/s)",
                reason, r.FilesScanned, r.Added, r.Updated, r.Deleted, r.Unchanged, r.Duplicates, r.Skipped.Count,
                r.BytesRead / 1048576.0, r.Elapsed.TotalSeconds, r.MegabytesPerSecond);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            log.LogInformation("Scan stopped ({Reason}): the batch in progress was committed; the next start resumes from there", reason);
        }
        catch (IndexLockLostException e)
        {
            // Retrying would meet the same refusal at every commit: stop the host loudly instead.
            log.LogCritical(e, "{Message}", e.Message);
            throw;
        }
        catch (Exception e)
        {
            // A missing archive folder (unmounted share) or a full disk: keep running and try again later.
            log.LogError(e, "Scan failed ({Reason}): {Error}; retrying at the next change or in {ScanInterval}", reason, e.Message, settings.ScanInterval);
        }
    }

    /// <summary>
    /// Verifies the checksums of every file of the generation readers are served (Lucene's footers, each segment read
    /// in full), at start and then once every <see cref="IndexerSettings.ChecksumInterval"/>. On damage: recorded as
    /// the last error (stats show it; /health/ready finds it too), and the index is rebuilt in a new generation
    /// folder beside the damaged one, which keeps serving until the rebuild has caught up.
    /// </summary>
    private void VerifyChecksumsWhenDue()
    {
        if (_rebuilding || DateTime.UtcNow - _checksumsVerifiedUtc < settings.ChecksumInterval) return;
        _checksumsVerifiedUtc = DateTime.UtcNow;
        var indexDir = Path.GetFullPath(settings.Index);
        string? damage;
        try
        {
            // A reader of its own: every segment is verified afresh (a serving reader verifies each only once).
            using var reader = ReportIndexes.OpenForReading(indexDir);
            damage = reader.FindDamage();
        }
        catch (IndexNotFoundException) { return; }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException) { damage = $"{e.GetType().Name}: {e.Message}"; }
        if (damage is null)
        {
            log.LogDebug("Index checksums verified");
            return;
        }
        log.LogError("Index damaged: {Damage}; rebuilding it in a new folder beside the damaged one, which serves until the rebuild has caught up", damage);
        var index = _index!;
        try
        {
            var status = index.ReadStatus() ?? new IndexStatus();
            index.WriteStatus(status with { LastError = "index damaged: " + damage, LastErrorUtc = DateTime.UtcNow });
        }
        catch (Exception e) when (e is IOException or InvalidOperationException) { log.LogWarning("The damage could not be recorded in the index status: {Error}", e.Message); }
        index.Dispose();
        try
        {
            _index = ReportIndexes.OpenForRebuilding(indexDir, "index damaged: " + damage);
            _rebuilding = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No room for a second folder, say: keep writing the damaged one and try again at the next interval.
            log.LogError(e, "The rebuild could not start: {Error}", e.Message);
            _index = ReportIndexes.OpenForWriting(indexDir);
        }
    }

    // Called from the writing thread after each commit, so the next batch waits while the gate is held.
    private sealed class ProgressTap(IProgress<IndexProgress> inner, Action<IndexProgress> after) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            inner.Report(value);
            after(value);
        }
    }

    /// <summary>Releases the writer lock; call once <see cref="RunAsync"/> has returned.</summary>
    public void Dispose()
    {
        _extractor?.Dispose();
        _extractor = null;
        if (_index is null) return;
        _index.Dispose();
        _index = null;
        log.LogInformation("Indexer stopped");
    }
}
