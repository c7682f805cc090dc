using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;
using Lucene.Net.Store;
using Lucene.Net.Util;
using F = ReportSearch.Engine.IndexFields;
using Directory = System.IO.Directory;

namespace ReportSearch.Engine;

/// <summary>
/// The read side of the Lucene index, safe to share by all requests. Searches run on a <see cref="SearcherManager"/>
/// snapshot; at most every <see cref="RefreshInterval"/> a search first looks for a newer commit, for a rebuilt
/// index the pointer file now names, and for an index folder that was deleted or replaced (an index of another
/// identity at the same path): a deleted index is not served from files that are gone, it is an error until
/// an index appears again.
/// </summary>
public sealed class LuceneIndexReader : IReportIndexReader
{
    /// <summary>How stale a search may be: a commit is seen within this long without a look at the disk per search.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Reports without a district or a year listed by `stats`: enough for an operator to see the pattern.</summary>
    private const int MaxMissingMetadataListed = 1000;

    /// <summary>How long a retired index folder's directory object stays open after its searcher manager closed, for
    /// the searches still running on it (their readers keep their own file handles).</summary>
    private static readonly TimeSpan RetiredDirectoryGrace = TimeSpan.FromSeconds(30);

    private readonly string _root;
    private readonly System.Threading.Lock _refreshGate = new();
    private volatile Generation? _generation;
    private long _lastCheckTicks;
    private bool _disposed;

    private LuceneIndexReader(string root, Generation generation)
    {
        _root = root;
        _generation = generation;
        _lastCheckTicks = Environment.TickCount64;
    }

    /// <summary>Opens the index under <paramref name="root"/>; fails with a clear message when there is none.</summary>
    public static LuceneIndexReader Open(string root)
    {
        var current = IndexFolder.Current(root) ?? throw NotFound(root);
        return new LuceneIndexReader(root, Generation.Open(current) ?? throw NotFound(root));
    }

    private static IndexNotFoundException NotFound(string root) =>
        new($"No index at '{Path.GetFullPath(root)}': run `reportsearch index --archive DIR --index {root}` first.");

    public string Version
    {
        get
        {
            using var lease = Acquire();
            return $"{lease.Generation.Instance}:{((DirectoryReader)lease.Searcher.IndexReader).Version}";
        }
    }

    public void Refresh() => CheckForChanges(force: true);

    // Segments whose checksums were verified: a segment's files never change, so each is read in full once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _verifiedSegments = new(StringComparer.Ordinal);

    public string? FindDamage()
    {
        using var lease = Acquire();
        var reader = (DirectoryReader)lease.Searcher.IndexReader;
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader is not SegmentReader segment) continue;
            var info = segment.SegmentInfo;
            var key = $"{lease.Generation.Path}|{lease.Generation.Instance}|{info.Info.Name}|{info.DelGen}|{info.FieldInfosGen}";
            if (_verifiedSegments.ContainsKey(key)) continue;
            try { segment.CheckIntegrity(); }
            catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                return $"segment {info.Info.Name} is damaged ({e.GetType().Name}: {e.Message})";
            }
            _verifiedSegments[key] = true;
        }
        // A newer commit than the one served that cannot be read: Lucene fell back to the commit before it.
        string[] files;
        // A folder deleted or being replaced is no damage: the reader's refresh notices it and stops serving it.
        try { files = lease.Generation.Directory.ListAll(); }
        catch (IOException) { return null; }
        if (SegmentInfos.GetLastCommitGeneration(files) > reader.IndexCommit.Generation)
        {
            var newest = SegmentInfos.GetLastCommitSegmentsFileName(files);
            try { new SegmentInfos().Read(lease.Generation.Directory, newest); }
            catch (IOException e) { return $"the newest commit ({newest}) cannot be read ({e.GetType().Name}); the commit before it is served"; }
        }
        return null;
    }

    private Lease Acquire()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        CheckForChanges(force: false);
        var generation = _generation ?? throw new IndexNotFoundException($"The index at '{Path.GetFullPath(_root)}' was deleted; it is served again once an indexer has rebuilt it.");
        return new Lease(generation, generation.Manager.Acquire());
    }

    private void CheckForChanges(bool force)
    {
        long now = Environment.TickCount64;
        if (!force && now - Interlocked.Read(ref _lastCheckTicks) < RefreshInterval.TotalMilliseconds) return;
        // One thread looks; the others go on with the snapshot they have.
        if (!_refreshGate.TryEnter()) return;
        try
        {
            Interlocked.Exchange(ref _lastCheckTicks, now);
            var current = IndexFolder.Current(_root);
            var generation = _generation;
            if (current is null)
            {
                _generation = null;
                generation?.Retire();
                return;
            }
            if (generation is null || generation.Path != current || generation.InstanceOnDisk() != generation.Instance)
            {
                var fresh = Generation.Open(current);
                _generation = fresh;
                generation?.Retire();
                return;
            }
            generation.Manager.MaybeRefresh();
        }
        catch (IOException)
        {
            // Caught between a writer's steps (a pointer being replaced, files being deleted): look again next time.
        }
        finally { _refreshGate.Exit(); }
    }

    public EngineResult Search(EngineQuery query)
    {
        using var running = ReportPass.Search(); // counted while it runs: a pass is split only when it is alone
        using var lease = Acquire();
        var searcher = lease.Searcher;
        var collected = Collect(searcher, query);
        var page = collected.Kept.Skip(query.Offset).Take(query.Limit).Select(e => Load(searcher, e)).ToList();
        var facets = collected.Facets;
        var (places, level) = facets.Places.Values();
        return new EngineResult(collected.Total, page, places, level, facets.Years.Values(), facets.Kinds.Values(), facets.Orgs.Values(), facets.Validities.Values())
        {
            SameTextCopies = collected.SameTextCopies,
        };
    }

    // The collector pass, or its result from the cache when the same query ran on the same snapshot.
    private static CollectedResultCache.Result Collect(IndexSearcher searcher, EngineQuery query)
    {
        var key = CollectedResultCache.KeyOf(query);
        if (CollectedResultCache.Get(searcher.IndexReader, key) is { } cached) return cached;
        var lucene = LuceneQueryBuilder.Build(query.Match, searcher.IndexReader);
        var sharedTexts = SharedTexts.Of(searcher.IndexReader);
        var collector = ReportPass.Run(searcher, lucene,
            () => new ReportCollector(new ReportFacets(query.Filters), new TopReports(query.Order, query.Offset + query.Limit), query.SegmentsPerHit, sharedTexts));
        var kept = collector.Finish();
        var result = new CollectedResultCache.Result(collector.Total, collector.SameTextCopies, kept, collector.Facets);
        CollectedResultCache.Put(searcher.IndexReader, key, result);
        return result;
    }

    // A hit shows the path its report was indexed from (other paths with the same content are in the report
    // view), and its best segments; the first segment, which carries the metadata, is usually one of them, and
    // is read once.
    private static RankedReport Load(IndexSearcher searcher, TopReports.Entry e)
    {
        var reader = searcher.IndexReader;
        var (id, metadata, count, main) = SegmentPayload.ReadReport(reader, e.FirstDoc) ?? throw new InvalidOperationException("a report without its first segment");
        var segments = e.Segments.Select(doc => SegmentPayload.ReadSegment(reader, doc)).ToList();
        return new RankedReport(new StoredReport(id, metadata, [main]), e.Score, segments, count)
        {
            SameText = e.SameText.Take(RankedReport.MaxSameTextLoaded).Select(doc => ReportAt(reader, doc)).ToList(),
            SameTextCount = e.SameText.Length,
        };
    }

    private static StoredReport ReportAt(IndexReader reader, int firstDoc)
    {
        var (id, metadata, _, main) = SegmentPayload.ReadReport(reader, firstDoc) ?? throw new InvalidOperationException("a report without its first segment");
        return new StoredReport(id, metadata, [main]);
    }

    private static List<string> SourcesOf(IndexSearcher searcher, string reportId)
    {
        var docs = Collect(searcher, new TermQuery(new Term(F.SourceOf, reportId)));
        return docs.Select(d => searcher.Doc(d, new HashSet<string> { F.SourcePath }).Get(F.SourcePath)).Order(StringComparer.Ordinal).ToList();
    }

    private static List<int> Collect(IndexSearcher searcher, LuceneQuery query)
    {
        var docs = new List<int>();
        searcher.Search(query, new DocCollector(docs));
        return docs;
    }

    public IReadOnlyList<SimilarReport>? Similar(SimilarQuery query)
    {
        using var lease = Acquire();
        var searcher = lease.Searcher;
        var found = SimilarReports.Find(searcher, query);
        return found?.Select(f =>
        {
            var (id, metadata, _, main) = SegmentPayload.ReadReport(searcher.IndexReader, f.FirstDoc) ?? throw new InvalidOperationException("a report without its first segment");
            return new SimilarReport(new StoredReport(id, metadata, [main]), Math.Round(f.Score, 4), f.RegionPath, f.Shared);
        }).ToList();
    }

    public StoredReport? LoadReport(string id)
    {
        using var lease = Acquire();
        var searcher = lease.Searcher;
        foreach (int doc in Collect(searcher, new TermQuery(new Term(F.First, "1")).And(F.Id, id)))
            if (SegmentPayload.ReadReport(searcher.IndexReader, doc) is { } report)
                return new StoredReport(id, report.Metadata, SourcesOf(searcher, id));
        return null;
    }

    public IReadOnlyList<StoredSegment> LoadSegments(string reportId)
    {
        using var lease = Acquire();
        var searcher = lease.Searcher;
        return Collect(searcher, new TermQuery(new Term(F.Id, reportId)))
            .Select(doc => SegmentPayload.ReadSegment(searcher.IndexReader, doc)).OrderBy(s => s.Ord).ToList();
    }

    public int Count(MatchQuery match)
    {
        using var lease = Acquire();
        return ReportCounts.Count(lease.Searcher, match);
    }

    private volatile IndexVocabulary? _lastVocabulary;

    public IndexVocabulary Vocabulary()
    {
        using var lease = Acquire();
        return IndexVocabulary.Of(lease.Searcher.IndexReader, _lastVocabulary, built => _lastVocabulary = built);
    }

    // The last view of each kind handed out, for callers that accept an earlier snapshot's (view → view).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, object> _lastViews = new();

    /// <summary>
    /// <paramref name="view"/> of the snapshot being served, built once per snapshot however many callers ask at
    /// once (the others wait for that build). <paramref name="current"/> false: while a new snapshot's view is
    /// built in the background, the last one answers (the first one is always waited for).
    /// </summary>
    public TView View<TPart, TView>(PayloadView<TPart, TView> view, bool current = true) where TPart : class where TView : class
    {
        using var lease = Acquire();
        var reader = lease.Searcher.IndexReader;
        if (current || !_lastViews.TryGetValue(view, out var last) || SnapshotViews.IsBuilt(reader, view))
            return (TView)(_lastViews[view] = SnapshotViews.Get(reader, view));
        // A new snapshot: its view is built in the background (the reader kept open meanwhile).
        if (SnapshotViews.TryStartBuilding(reader, view))
        {
            reader.IncRef();
            _ = Task.Run(() =>
            {
                try { _lastViews[view] = SnapshotViews.Get(reader, view); }
                catch (Exception e) when (e is ObjectDisposedException or IOException) { /* the snapshot went away */ }
                finally { try { reader.DecRef(); } catch (ObjectDisposedException) { } }
            });
        }
        return (TView)last;
    }

    public IReadOnlyList<SourceState> Sources()
    {
        using var lease = Acquire();
        var searcher = lease.Searcher;
        var fields = new HashSet<string> { F.SourcePath, F.SourceOf, F.SourceSize, F.SourceTime, F.ContentHash };
        return Collect(searcher, new TermQuery(new Term(F.Type, F.SourceType)))
            .Select(doc => LuceneDocuments.ReadSource(searcher.Doc(doc, fields))).OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Lucene's own check of every file of the generation being served: throws when it finds damage.</summary>
    public void CheckIntegrity()
    {
        using var lease = Acquire();
        var status = new CheckIndex(lease.Generation.Directory).DoCheckIndex();
        if (!status.Clean) throw new InvalidOperationException($"index check failed: {status.TotLoseDocCount} documents lost in {status.NumBadSegments} bad segments");
    }

    public IndexStatistics Statistics()
    {
        using var lease = Acquire();
        var searcher = lease.Searcher;
        int Count(string field, string value)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(new TermQuery(new Term(field, value)), counter);
            return counter.TotalHits;
        }
        var data = CommitData.From(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData);
        long size = Directory.EnumerateFiles(lease.Generation.Path).Sum(f => { try { return new FileInfo(f).Length; } catch (IOException) { return 0L; } });
        return new IndexStatistics(Count(F.First, "1"), Count(F.Type, F.SegmentType), Count(F.Type, F.SourceType), size,
            data.LastIndexedAt, data.Analyzer, data.Skipped, MissingMetadata(searcher))
        { Status = data.Status, CommitGeneration = ((DirectoryReader)searcher.IndexReader).IndexCommit.Generation };
    }

    // Reports without a district or a year (at most MaxMissingMetadataListed): what `stats` lists for an operator to fix.
    private static List<MissingMetadata> MissingMetadata(IndexSearcher searcher)
    {
        var missing = new List<MissingMetadata>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var values = LeafValues.For(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            for (int g = 0; g < values.GroupStart.Length && missing.Count < MaxMissingMetadataListed; g++)
            {
                int doc = values.GroupStart[g];
                if (live is not null && !live.Get(doc)) continue;
                bool noYear = values.GroupYear[g] == 0;
                bool noPlace = values.RegionStart[doc] == values.RegionStart[doc + 1];
                if (!noYear && !noPlace) continue;
                var id = SegmentPayload.ReadReport(searcher.IndexReader, leaf.DocBase + doc)?.Id;
                if (id is null) continue;
                missing.Add(new MissingMetadata(id, SourcesOf(searcher, id).FirstOrDefault(), noPlace, noYear));
            }
        }
        return missing.OrderBy(m => m.Path, StringComparer.Ordinal).ToList();
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        var generation = _generation;
        _generation = null;
        generation?.Dispose();
    }

    /// <summary>An acquired searcher, released when the lease ends.</summary>
    private readonly struct Lease(Generation generation, IndexSearcher searcher) : IDisposable
    {
        public Generation Generation => generation;
        public IndexSearcher Searcher => searcher;
        public void Dispose() => generation.Manager.Release(searcher);
    }

    /// <summary>One generation folder as a reader holds it: its directory, searcher manager and identity.</summary>
    private sealed class Generation : IDisposable
    {
        public required string Path { get; init; }
        public required FSDirectory Directory { get; init; }
        public required SearcherManager Manager { get; init; }
        public required string? Instance { get; init; }

        public static Generation? Open(string path)
        {
            var directory = IndexDirectories.Open(path);
            try
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    directory.Dispose();
                    return null;
                }
                var manager = new SearcherManager(directory, new RankingSearcherFactory());
                var searcher = manager.Acquire();
                try
                {
                    var instance = CommitData.From(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData).Instance;
                    return new Generation { Path = path, Directory = directory, Manager = manager, Instance = instance };
                }
                finally { manager.Release(searcher); }
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }

        /// <summary>The identity of the newest commit in the folder now (another after a delete and rebuild).</summary>
        public string? InstanceOnDisk()
        {
            var commits = DirectoryReader.ListCommits(Directory);
            return commits.Count == 0 ? null : CommitData.From(commits[^1].UserData).Instance;
        }

        /// <summary>Stops handing out searchers; searches still running keep theirs, which close after them.</summary>
        public void Retire()
        {
            Manager.Dispose();
            // Open readers keep their own file handles; the directory object itself is closed a little later.
            _ = Task.Delay(RetiredDirectoryGrace).ContinueWith(_ => Directory.Dispose(), TaskScheduler.Default);
        }

        public void Dispose()
        {
            Manager.Dispose();
            Directory.Dispose();
        }
    }

    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Ranking.Similarity };
    }
}

internal static class QueryExtensions
{
    /// <summary>Both this query and field = value.</summary>
    public static LuceneQuery And(this LuceneQuery query, string field, string value) =>
        new BooleanQuery { { query, Occur.MUST }, { new TermQuery(new Term(field, value)), Occur.MUST } };
}
