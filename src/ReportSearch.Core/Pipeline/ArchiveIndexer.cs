using System.Diagnostics;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline.Extraction;

namespace ReportSearch.Pipeline;

/// <summary>
/// Brings the index in step with the archive: new and changed files are read, parsed and analyzed on all
/// cores, deleted files are removed, unchanged files (same size and time) are not read at all. Work is
/// committed in batches, each one transaction, so an interrupted run leaves the index as after its last
/// batch and the next run resumes from there. Files that cannot be read are recorded as skipped. Reading and
/// parsing is the <see cref="IFileExtractor"/>'s (in child workers under budgets, or in process).
/// </summary>
public sealed class ArchiveIndexer(IReportIndexWriter index, IFileExtractor extractor, IndexerSettings settings)
{
    /// <summary>The indexer with <paramref name="parsers"/> run in this process (tests, tools); the configured size limit
    /// is the one that counts, above or below the parsers' built-in default.</summary>
    public ArchiveIndexer(IReportIndexWriter index, ReportParsers parsers, IndexerSettings settings)
        : this(index, new InProcessExtractor(parsers.WithMaxBytes(settings.MaxFileBytes)), settings) { }

    private readonly int parallelism = Math.Max(1, settings.Parallelism);

    public IndexRunResult Run(IReadOnlyList<string> archiveRoots, IProgress<IndexProgress>? progress = null, CancellationToken cancel = default)
    {
        var started = DateTime.UtcNow;
        var before = index.ReadStatus() ?? new IndexStatus();
        index.WriteStatus(before with { State = IndexStatus.Indexing, LastScanStartedUtc = started, LastScanFinishedUtc = null });
        try
        {
            var result = RunBatches(archiveRoots, progress, cancel);
            // In step with the archive: a rebuild written beside the serving index may now replace it. This merges
            // after a bulk too, so "idle" is written after it: idle means no more writing (a check of the index
            // that starts on "idle" must not meet a merge deleting the files of the commit it reads).
            index.MarkCaughtUp(cancel);
            index.WriteStatus(StatusOf(result, before, started, IndexStatus.Idle));
            return result;
        }
        catch (OperationCanceledException)
        {
            index.WriteStatus(before with { State = IndexStatus.Interrupted, LastScanStartedUtc = started, LastScanFinishedUtc = DateTime.UtcNow });
            throw;
        }
        catch (Exception e)
        {
            // Best effort: when the index itself is failing, recording the error may fail too.
            try { index.WriteStatus(before with { State = IndexStatus.Failed, LastScanStartedUtc = started, LastScanFinishedUtc = DateTime.UtcNow, LastError = e.Message, LastErrorUtc = DateTime.UtcNow }); }
            catch (Exception) { }
            throw;
        }
    }

    private static IndexStatus StatusOf(IndexRunResult r, IndexStatus before, DateTime started, string state) => before with
    {
        State = state,
        LastScanStartedUtc = started,
        LastScanFinishedUtc = DateTime.UtcNow,
        FilesScanned = r.FilesScanned,
        Added = r.Added,
        Updated = r.Updated,
        Deleted = r.Deleted,
        Unchanged = r.Unchanged,
        Duplicates = r.Duplicates,
        Skipped = r.Skipped.Count,
    };

    private IndexRunResult RunBatches(IReadOnlyList<string> archiveRoots, IProgress<IndexProgress>? progress, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var scan = ArchiveScanner.ScanAll(archiveRoots, settings.Filter);
        var files = scan.Files;
        var known = index.LoadSources();
        var skipped = scan.Problems.Select(p => (p.RelativePath, p.Reason)).ToList();
        int added = 0, updated = 0, deleted = 0, duplicates = 0;

        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var removal = new IndexBatch();
        foreach (var path in known.Keys.Where(p => !present.Contains(p)))
        {
            removal.RemovedSources.Add(path);
            deleted++;
        }
        // Entries the scan could not offer (links out of the archive, vanished files, bad names) are recorded
        // as skipped on every scan; an indexed file that turned into one was removed above, with the absent.
        var scanProblems = scan.Problems.Select(p => p.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in scan.Problems)
            removal.Skipped.Add(new SkippedFile(problem.RelativePath, problem.Reason, DateTime.UtcNow));
        // Skip records of files that are gone (or now filtered out) would otherwise stay in `stats` forever.
        foreach (var skip in index.LoadSkipped().Where(s => !present.Contains(s.Path) && !scanProblems.Contains(s.Path)))
            removal.ClearedSkips.Add(skip.Path);
        index.Apply(removal);

        var changed = files.Where(f => !known.TryGetValue(f.RelativePath, out var k) || k.Size != f.Size || k.LastWriteTicks != f.LastWriteUtc.Ticks).ToList();
        int unchanged = files.Count - changed.Count;
        // Content hash → report id, to index identical content reached through two paths once. Only paths
        // still present count: a renamed file's old report was just deleted with its last path, and
        // attaching the new path to it would lose the file.
        var byHash = known.Values.Where(s => present.Contains(s.Path))
            .GroupBy(s => s.ContentHash).ToDictionary(g => g.Key, g => g.First().ReportId, StringComparer.Ordinal);
        long bytesTotal = changed.Sum(f => f.Size), bytesDone = 0;
        int filesDone = 0;

        // Reading runs ahead of writing: batch k is read while batch k − 1 is added to the writer and while batch
        // k − 2 is committed. A commit runs on one core, so without the second batch ahead the other core would
        // wait. Batch k is written once batch k − 1 is committed: every batch is still one commit, in order.
        Task lastWrite = Task.CompletedTask;
        Task lastAdded = Task.CompletedTask, addedBeforeLast = Task.CompletedTask;
        try
        {
            foreach (var chunk in Chunks(changed))
            {
                cancel.ThrowIfCancellationRequested();
                // At most two batches ahead: memory holds the batch being read and the one waiting to be written.
                addedBeforeLast.Wait(CancellationToken.None);
                if (lastWrite.IsFaulted) lastWrite.GetAwaiter().GetResult();
                var outcomes = chunk.AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism)
                    .WithCancellation(cancel).Select(f => (File: f, Result: extractor.Extract(f, known.TryGetValue(f.RelativePath, out var k) ? k.ReportId : null, scan.Boundary))).ToList();
                var batch = new IndexBatch { Parallelism = parallelism };
                // The scan's own skips are logged with the first batch (they are in the status either way).
                var skippedInBatch = filesDone == 0 ? scan.Problems.Select(p => (p.RelativePath, p.Reason)).ToList() : new List<(string, string)>();
                foreach (var o in outcomes)
                {
                    var path = o.File.RelativePath;
                    bool wasIndexed = known.TryGetValue(path, out var before);
                    if (o.Result.Error is { } error)
                    {
                        batch.Skipped.Add(new SkippedFile(path, error, DateTime.UtcNow));
                        if (wasIndexed) batch.RemovedSources.Add(path);
                        skipped.Add((path, error));
                        skippedInBatch.Add((path, error));
                        continue;
                    }
                    batch.ClearedSkips.Add(path);
                    // Indexed, but not all of it: listed with the skipped files so that `stats` shows what was left out.
                    if (o.Result.Note is { } note)
                    {
                        batch.Skipped.Add(new SkippedFile(path, note, DateTime.UtcNow));
                        skippedInBatch.Add((path, note));
                    }
                    var doc = o.Result.Record!;
                    if (byHash.TryGetValue(doc.ContentHash, out var sameContent) && (!wasIndexed || before!.ContentHash == doc.ContentHash))
                    {
                        // Same bytes as an indexed report: only the path (or its time) is new.
                        batch.DuplicateSources.Add((doc.Sources[0], wasIndexed ? before!.ReportId : sameContent));
                        if (!wasIndexed) duplicates++;
                        continue;
                    }
                    batch.Upserts.Add(doc);
                    byHash[doc.ContentHash] = doc.Id;
                    if (wasIndexed) updated++; else added++;
                }
                filesDone += chunk.Count;
                bytesDone += chunk.Sum(f => f.Size);
                // Reported once committed: a batch announced in the log is in the index, even after a stop.
                var done = new IndexProgress(filesDone, changed.Count, bytesDone, bytesTotal, TimeSpan.Zero) { SkippedInBatch = skippedInBatch };
                var batchAdded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var previous = lastWrite;
                lastWrite = Task.Run(() =>
                {
                    try
                    {
                        previous.GetAwaiter().GetResult(); // a failed or cancelled write stops the ones after it
                        // A write that has begun always commits; one still waiting when a stop comes is left
                        // for the next run (its files are read again then).
                        cancel.ThrowIfCancellationRequested();
                        index.Apply(batch, () => batchAdded.TrySetResult());
                    }
                    finally { batchAdded.TrySetResult(); }
                    progress?.Report(done with { Elapsed = clock.Elapsed });
                }, CancellationToken.None);
                addedBeforeLast = lastAdded;
                lastAdded = batchAdded.Task;
            }
        }
        catch
        {
            // Cancelled or failed while batches were being written: let the write under way finish before the
            // caller goes on to release the index (and the writer lock) or exit.
            try { lastWrite.Wait(CancellationToken.None); } catch (Exception) { }
            throw;
        }
        lastWrite.GetAwaiter().GetResult();
        return new IndexRunResult(files.Count, added, updated, deleted, unchanged, duplicates, skipped, bytesTotal, clock.Elapsed);
    }

    private IEnumerable<List<SourceFile>> Chunks(List<SourceFile> files)
    {
        var chunk = new List<SourceFile>();
        long bytes = 0;
        int maxFiles = settings.BatchFiles;
        long maxBytes = settings.BatchBytes;
        foreach (var f in files)
        {
            chunk.Add(f);
            bytes += f.Size;
            if (chunk.Count >= maxFiles || bytes >= maxBytes)
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
                // The first batch has the configured size; the following ones grow towards the bulk limits.
                maxFiles = (int)Math.Min(Math.Max(settings.BatchFiles, settings.BulkBatchFiles), maxFiles * 2L);
                maxBytes = Math.Min(Math.Max(settings.BatchBytes, settings.BulkBatchBytes), maxBytes * 2);
            }
        }
        if (chunk.Count > 0) yield return chunk;
    }
}
