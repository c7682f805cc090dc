using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ReportSearch.Analysis;
using F = ReportSearch.Engine.IndexFields;
using Directory = System.IO.Directory;

namespace ReportSearch.Engine;

/// <summary>
/// The write side of the Lucene index: one <see cref="IndexWriter"/> behind Lucene's write.lock, a commit per
/// batch (after a crash the index is as after the last commit), and the indexer's bookkeeping (which paths
/// hold which report, skipped files, status) kept in memory and in the commit's user data.
/// </summary>
public sealed class LuceneIndexWriter : IReportIndexWriter
{
    private readonly string _root;
    private readonly string _generation;
    private readonly IndexWriterLock _lock;
    private readonly FSDirectory _directory;
    private IndexWriter _writer;
    private readonly Dictionary<string, SourceState> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _pathsByReport = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SkippedFile> _skipped = new(StringComparer.Ordinal);
    private CommitData _data;
    private bool _publishPending;
    private int _addedSinceMerge;

    public string? RebuildReason { get; }

    private LuceneIndexWriter(IndexWriterLock writerLock, string root, string generation, string analyzerVersion, string? rebuildReason, bool publishPending)
    {
        _lock = writerLock;
        _root = root;
        _generation = generation;
        RebuildReason = rebuildReason;
        _publishPending = publishPending;
        Directory.CreateDirectory(generation);
        _directory = IndexDirectories.Open(generation);
        try
        {
            _writer = new IndexWriter(_directory, Config());
        }
        catch (LockObtainFailedException e)
        {
            _directory.Dispose();
            _lock.Dispose();
            throw new IndexLockedException(
                $"Another indexer is already writing the index at '{Path.GetFullPath(root)}' (lock {Path.Combine(generation, IndexWriter.WRITE_LOCK_NAME)}). Stop it first, or point this one at another --index.", e);
        }
        // Damage, not a passing I/O error (those fail the start, and the next start tries again).
        catch (IOException e) when (e is CorruptIndexException or EndOfStreamException or FileNotFoundException)
        {
            // No kept commit opens: the caller may set the folder aside and rebuild (the lock stays held for that).
            _directory.Dispose();
            throw new UnopenableGenerationException(e);
        }
        try
        {
            _data = CommitData.From(_writer.CommitData);
            if (_data.Instance is null || _data.Analyzer != analyzerVersion)
            {
                // A new generation (or one whose commit lost its data): start it empty with a new identity.
                _writer.DeleteAll();
                _data = new CommitData { Schema = IndexFolder.SchemaVersion, Analyzer = analyzerVersion, Instance = Guid.NewGuid().ToString("N") };
                Commit();
            }
            foreach (var s in _data.Skipped) _skipped[s.Path] = s;
            LoadSourceTable();
            if (!_publishPending) Publish();
        }
        catch
        {
            _writer.Rollback();
            _directory.Dispose();
            _lock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the index under <paramref name="root"/> for writing. When the serving index was built by another
    /// analyzer or schema version, a new generation is built beside it and replaces it at <see cref="MarkCaughtUp"/>.
    /// </summary>
    /// <param name="rebuildBecause">Non-null: the serving generation is damaged; a new one of the same version is built
    /// beside it (<see cref="IndexFolder.RebuildName"/>) and replaces it at <see cref="MarkCaughtUp"/>.</param>
    public static LuceneIndexWriter Open(string root, string analyzerVersion, string? rebuildBecause = null)
    {
        var writerLock = IndexWriterLock.Acquire(root);
        try { return Open(writerLock, root, analyzerVersion, rebuildBecause); }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    private static LuceneIndexWriter Open(IndexWriterLock writerLock, string root, string analyzerVersion, string? rebuildBecause)
    {
        var target = Path.Combine(root, IndexFolder.GenerationName(analyzerVersion));
        var current = IndexFolder.Current(root);
        if (current is null)
        {
            var reason = File.Exists(Path.Combine(root, "reports.db")) ? "the index was written by the former SQLite engine" : null;
            return new LuceneIndexWriter(writerLock, root, target, analyzerVersion, reason, publishPending: false);
        }
        if (IndexFolder.IsGeneration(current, Path.GetFileName(target)))
        {
            if (rebuildBecause is not null)
                return new LuceneIndexWriter(writerLock, root, Path.Combine(root, IndexFolder.RebuildName(analyzerVersion)), analyzerVersion, rebuildBecause, publishPending: true);
            // The served generation of this version: the one named by it, or a rebuild of it.
            target = current;
            try { return new LuceneIndexWriter(writerLock, root, target, analyzerVersion, null, publishPending: false); }
            catch (UnopenableGenerationException e)
            {
                // No commit of the folder opens (every kept commit damaged): the worker rebuilds instead of failing
                // at every start. The damaged folder is kept aside, under a name readers and the clean-up never use.
                var aside = Path.Combine(root, $"damaged-{Path.GetFileName(current)}-{DateTime.UtcNow:yyyyMMddHHmmss}");
                Directory.Move(current, aside);
                return new LuceneIndexWriter(writerLock, root, target, analyzerVersion,
                    $"no commit of the index could be read ({e.InnerException!.GetType().Name}); the damaged folder was moved to {Path.GetFileName(aside)}", publishPending: false);
            }
        }
        var old = AnalyzerOf(current);
        return new LuceneIndexWriter(writerLock, root, target, analyzerVersion, $"the analyzer changed from v{old ?? "?"} to v{analyzerVersion}", publishPending: true);
    }

    private sealed class UnopenableGenerationException(IOException inner) : IOException(inner.Message, inner);

    private static string? AnalyzerOf(string generation)
    {
        try
        {
            using var dir = IndexDirectories.Open(generation);
            var commits = DirectoryReader.ListCommits(dir);
            return commits.Count == 0 ? null : CommitData.From(commits[^1].UserData).Analyzer;
        }
        catch (IOException) { return null; }
    }

    private static IndexWriterConfig Config() => new(LuceneVersion.LUCENE_48, new FieldAnalyzer(F.Words))
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        Similarity = Ranking.Similarity,
        RAMBufferSizeMB = 128,
        // Compound files copy every flushed segment a second time (and checksum it again); a bulk build makes
        // many segments, and the few extra files per segment cost nothing to the reader.
        UseCompoundFile = false,
        MergePolicy = new SplitForcedMergePolicy { NoCFSRatio = 0 },
        MergeScheduler = MergeScheduler(),
        IndexDeletionPolicy = new KeepRecentCommitsPolicy(),
    };

    // Up to two merges at once (Lucene's default is one thread on two cores), so the two halves of a bulk
    // merge run side by side.
    private static ConcurrentMergeScheduler MergeScheduler()
    {
        var scheduler = new ConcurrentMergeScheduler();
        scheduler.SetMaxMergesAndThreads(4, Math.Max(1, Math.Min(BulkMergeSegments, Environment.ProcessorCount)));
        return scheduler;
    }

    private void LoadSourceTable()
    {
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        var searcher = new IndexSearcher(reader);
        var fields = new HashSet<string> { F.SourcePath, F.SourceOf, F.SourceSize, F.SourceTime, F.ContentHash };
        var docs = new List<int>();
        searcher.Search(new TermQuery(new Term(F.Type, F.SourceType)), new DocCollector(docs));
        foreach (int doc in docs)
        {
            var state = LuceneDocuments.ReadSource(searcher.Doc(doc, fields));
            _sources[state.Path] = state;
            PathsOf(state.ReportId).Add(state.Path);
        }
    }

    private List<string> PathsOf(string reportId)
    {
        if (!_pathsByReport.TryGetValue(reportId, out var paths)) _pathsByReport[reportId] = paths = [];
        return paths;
    }

    public IReadOnlyDictionary<string, SourceState> LoadSources() => new Dictionary<string, SourceState>(_sources, StringComparer.Ordinal);

    public IReadOnlyList<SkippedFile> LoadSkipped() => [.. _skipped.Values];

    public void Apply(IndexBatch batch, Action? documentsAdded = null)
    {
        if (batch.IsEmpty)
        {
            documentsAdded?.Invoke();
            return;
        }
        try
        {
            foreach (var path in batch.RemovedSources) RemoveSource(path);
            foreach (var doc in batch.Upserts) Upsert(doc);
            // Analysis runs inside IndexWriter (ICU word segmentation is the costliest part): documents are
            // added from all cores at once, which IndexWriter supports. Each report id occurs once per batch.
            Parallel.ForEach(batch.Upserts, new ParallelOptions { MaxDegreeOfParallelism = batch.Parallelism > 0 ? batch.Parallelism : Environment.ProcessorCount },
                doc => _writer.UpdateDocuments(new Term(F.Id, doc.Id), LuceneDocuments.Segments(doc)));
            foreach (var (source, reportId) in batch.DuplicateSources) Attach(source, reportId);
            _addedSinceMerge += batch.Upserts.Count;
            foreach (var path in batch.ClearedSkips) _skipped.Remove(path);
            foreach (var skip in batch.Skipped) _skipped[skip.Path] = skip;
            documentsAdded?.Invoke();
            Commit();
        }
        catch (Exception e)
        {
            // Nothing of a failed batch may reach a later commit: drop it, and the bookkeeping with it.
            Reopen();
            if (e is AggregateException { InnerExceptions.Count: 1 } one) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(one.InnerException!);
            throw;
        }
    }

    // The bookkeeping of an upsert; its segment documents are added after, in parallel.
    private void Upsert(ReportRecord doc)
    {
        foreach (var source in doc.Sources)
            if (_sources.TryGetValue(source.Path, out var owner) && owner.ReportId != doc.Id) RemoveSource(source.Path);
        // New content for this report: paths that held the old content no longer do (they are read again).
        if (_pathsByReport.TryGetValue(doc.Id, out var oldPaths))
        {
            foreach (var path in oldPaths)
            {
                _sources.Remove(path);
                _writer.DeleteDocuments(new Term(F.SourcePath, path));
            }
            _pathsByReport.Remove(doc.Id);
        }
        foreach (var source in doc.Sources) AddSource(source, doc.Id, doc.ContentHash);
    }

    private void Attach(IndexSource source, string reportId)
    {
        if (!_pathsByReport.TryGetValue(reportId, out var paths) || paths.Count == 0) return;
        var hash = _sources[paths[0]].ContentHash;
        if (_sources.TryGetValue(source.Path, out var owner) && owner.ReportId != reportId) RemoveSource(source.Path);
        AddSource(source, reportId, hash);
    }

    private void AddSource(IndexSource source, string reportId, string contentHash)
    {
        _writer.UpdateDocument(new Term(F.SourcePath, source.Path), LuceneDocuments.Source(source, reportId, contentHash));
        if (!_sources.ContainsKey(source.Path)) PathsOf(reportId).Add(source.Path);
        _sources[source.Path] = new SourceState(source.Path, reportId, source.Size, source.LastWriteTicks, contentHash);
    }

    private void RemoveSource(string path)
    {
        if (!_sources.Remove(path, out var state)) return;
        _writer.DeleteDocuments(new Term(F.SourcePath, path));
        var paths = PathsOf(state.ReportId);
        paths.Remove(path);
        if (paths.Count > 0) return;
        _pathsByReport.Remove(state.ReportId);
        _writer.DeleteDocuments(new Term(F.Id, state.ReportId));
    }

    public IndexStatus? ReadStatus() => _data.Status;

    public void WriteStatus(IndexStatus status)
    {
        _data = _data with { Status = status };
        Commit();
    }

    public void MarkCaughtUp(CancellationToken cancel = default)
    {
        MergeAfterBulk(cancel);
        if (!_publishPending) return;
        Publish();
        _publishPending = false;
    }

    /// <summary>
    /// A bulk build ends in two segments, merged side by side, one per core: 1.9 s instead of 3.3 s for 200 MB of
    /// text, for about 0.1 ms more per rare-term query than one segment (bench, seed 1).
    /// </summary>
    private const int BulkMergeSegments = 2;

    /// <summary>
    /// A commit per batch leaves dozens of small Lucene segments, and every query pays for each one (a rare
    /// term took 2.6 ms over 26 segments and 0.35 ms over one). After a bulk of new reports — a first build, a
    /// rebuild, a large delivery, at least a fifth of the index — the index is merged into
    /// <see cref="BulkMergeSegments"/> segments. Smaller scans leave merging to the merge policy.
    /// </summary>
    private void MergeAfterBulk(CancellationToken cancel)
    {
        if (_addedSinceMerge < 1000 || _addedSinceMerge * 5L < _pathsByReport.Count) return;
        // The merge runs on its own thread so that a stop request need not wait for it: Dispose rolls the
        // writer back, which aborts the merge, and the last commit stays as it was.
        var policy = (SplitForcedMergePolicy)_writer.Config.MergePolicy;
        var merge = Task.Run(() =>
        {
            // No merge of its own may start from here to the forced one (see SplitForcedMergePolicy.HoldNaturalMerges).
            policy.HoldNaturalMerges = true;
            try
            {
                _writer.WaitForMerges();
                GatherSources();
                _writer.ForceMerge(BulkMergeSegments);
            }
            finally
            {
                policy.HoldNaturalMerges = false;
            }
        }, CancellationToken.None);
        _ = merge.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        while (!merge.Wait(100))
            if (cancel.IsCancellationRequested) return;
        merge.GetAwaiter().GetResult();
        _addedSinceMerge = 0;
        Commit();
        // Once more: the deletion policy keeps the commit before the newest one for recovery, and after a merge
        // that is the pre-merge commit, which holds every unmerged segment: the index took twice its size on disk
        // until the next scan (measured 151 MB instead of 77 MB for 50 MB of text). Two commits of the merged
        // segments keep the fallback (a damaged segments_N still has the one before it) at no cost in space.
        Commit();
    }

    /// <summary>
    /// Each batch adds its source documents before its reports, so a bulk build leaves runs of them between the reports'
    /// segment documents. Before the bulk merge they are deleted and added again, as they are, into a Lucene segment of
    /// their own, which <see cref="SplitForcedMergePolicy"/> merges behind the reports: the merged postings are
    /// smaller (1.8 MB of 70 on the 50 MB real-vocabulary archive). Nothing is committed in between: a stop rolls both back.
    /// </summary>
    private void GatherSources()
    {
        _writer.DeleteDocuments(new Term(F.Type, F.SourceType));
        foreach (var s in _sources.Values.OrderBy(s => s.Path, StringComparer.Ordinal))
            _writer.AddDocument(LuceneDocuments.Source(new IndexSource(s.Path, s.Size, s.LastWriteTicks), s.ReportId, s.ContentHash));
    }

    private void Publish()
    {
        IndexFolder.Publish(_root, _generation);
        IndexFolder.RemoveStale(_root, _generation);
    }

    private void Commit()
    {
        _data = _data with { Skipped = [.. _skipped.Values.OrderBy(s => s.Path, StringComparer.Ordinal)], LastIndexedAt = DateTime.UtcNow.ToString("O") };
        _writer.SetCommitData(_data.ToDictionary());
        _lock.Verify(); // never commit without the lock: another writer may have taken the folder
        _writer.Commit();
    }

    // After a failed batch: discard what it buffered and read the bookkeeping back from the last commit.
    private void Reopen()
    {
        _writer.Rollback();
        _writer = new IndexWriter(_directory, Config());
        _data = CommitData.From(_writer.CommitData);
        _skipped.Clear();
        foreach (var s in _data.Skipped) _skipped[s.Path] = s;
        _sources.Clear();
        _pathsByReport.Clear();
        LoadSourceTable();
    }

    public void Dispose()
    {
        // Every batch commits; rolling back only drops work of a batch that failed and releases the lock at once.
        try { _writer.Rollback(); }
        // The folder deleted or moved away under the writer (see IndexWriterLock.Verify): nothing left to roll back.
        catch (DirectoryNotFoundException) { }
        finally
        {
            _directory.Dispose();
            _lock.Dispose();
        }
    }
}
