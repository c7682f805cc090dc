namespace ReportSearch.Engine;

/// <summary>Search: matching, ranking, counting and facets in one pass over the index. Thread-safe.</summary>
public interface IReportSearcher
{
    EngineResult Search(EngineQuery query);

    /// <summary>Up to <see cref="SimilarQuery.Size"/> reports most like one report, from other places, most alike
    /// first (<see cref="SimilarReports"/>); null when no report has the id.</summary>
    IReadOnlyList<SimilarReport>? Similar(SimilarQuery query);

    /// <summary>The index's words, phrases and names with their report counts (<see cref="IndexVocabulary"/>): the snapshot
    /// being served's, or while that one is read for the first time, the one before it.</summary>
    IndexVocabulary Vocabulary();

    /// <summary>How many reports <paramref name="match"/> finds, unfiltered (kept per snapshot): cheaper than a search.</summary>
    int Count(MatchQuery match);
}

/// <summary>The stored reports, for the report view. Thread-safe.</summary>
public interface IReportStore
{
    StoredReport? LoadReport(string id);

    /// <summary>The report's segments in order; empty when the id is unknown.</summary>
    IReadOnlyList<StoredSegment> LoadSegments(string reportId);
}

/// <summary>What the index holds and how it was last written, for `stats`, health and caching.</summary>
public interface IIndexCatalog
{
    IndexStatistics Statistics();

    /// <summary>Every archive path the index holds, with the report it holds and what the indexer saw of it.</summary>
    IReadOnlyList<SourceState> Sources();

    /// <summary>Changes with every commit the reader sees (and with a rebuilt index): part of HTTP ETags.</summary>
    string Version { get; }
}

/// <summary>Values derived from the stored payloads of the snapshot being served (see <see cref="PayloadView{TPart, TView}"/>). Thread-safe.</summary>
public interface IPayloadViews
{
    /// <summary>The view of the snapshot being served, built once per snapshot: concurrent callers wait for the one build.</summary>
    /// <param name="current">False: a view of an earlier snapshot will do while this one's is built in the background;
    /// the first one is always waited for.</param>
    TView View<TPart, TView>(PayloadView<TPart, TView> view, bool current = true) where TPart : class where TView : class;
}

/// <summary>The read side of an index, as the CLI, the host and the tests open it.</summary>
public interface IReportIndexReader : IReportSearcher, IReportStore, IIndexCatalog, IPayloadViews, IDisposable
{
    /// <summary>Sees the latest commit now (readers also refresh by themselves, at most every <see cref="LuceneIndexReader.RefreshInterval"/>).</summary>
    void Refresh();

    /// <summary>
    /// Looks for damage the reader would otherwise only meet in a search: verifies the checksums of every file of
    /// the segments not verified before (each segment is read in full once, as segments never change), and that
    /// the newest commit on disk can be read. A description of the damage, or null.
    /// </summary>
    string? FindDamage();
}

/// <summary>
/// The write side: the indexer's bookkeeping and batches, each batch one commit. One writer per index, held
/// for the writer's life (Lucene's write.lock); a second one fails with <see cref="IndexLockedException"/>.
/// </summary>
public interface IReportIndexWriter : IDisposable
{
    /// <summary>Every indexed archive path with its size, time and content hash.</summary>
    IReadOnlyDictionary<string, SourceState> LoadSources();

    /// <summary>Paths recorded as skipped, with their reasons.</summary>
    IReadOnlyList<SkippedFile> LoadSkipped();

    /// <summary>
    /// Applies a batch in one commit: after a crash the index is as after the last batch.
    /// <paramref name="documentsAdded"/> is called once the batch's documents are in the writer, before the
    /// commit (which runs on one core), so that a caller can prepare its next batch meanwhile.
    /// </summary>
    void Apply(IndexBatch batch, Action? documentsAdded = null);

    /// <summary>The status of the last indexing run; null when nothing was recorded yet.</summary>
    IndexStatus? ReadStatus();

    /// <summary>Replaces the recorded status (its own commit).</summary>
    void WriteStatus(IndexStatus status);

    /// <summary>
    /// Called when a scan has brought the index in step with the archive. A rebuild (another analyzer or schema
    /// version) is written beside the index that keeps serving, and replaces it only here, so readers never
    /// see a half-built index. After a bulk of new reports the index is also merged here; a cancelled merge is
    /// simply not committed (the index stays as it was), so stopping never waits for it.
    /// </summary>
    void MarkCaughtUp(CancellationToken cancel = default);

    /// <summary>Why this writer rebuilds the index from empty (another analyzer version…); null when it does not.</summary>
    string? RebuildReason { get; }
}
