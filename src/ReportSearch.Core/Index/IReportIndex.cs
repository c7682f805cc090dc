namespace ReportSearch.Index;

/// <summary>
/// The index engine, kept small so that another backend can replace SQLite FTS5. Everything above it
/// (filters, facets, ranking across segments, snippets) is engine-neutral.
/// </summary>
public interface IReportIndex : IDisposable
{
    /// <summary>Every indexed archive path with its size, time and content hash.</summary>
    IReadOnlyDictionary<string, SourceState> LoadSources();

    /// <summary>Applies a batch in one transaction.</summary>
    void Apply(IndexBatch batch);

    /// <summary>All segments matching the query, with their bm25 score. Exact: no sampling, no limit.</summary>
    IReadOnlyList<SegmentMatch> Match(MatchQuery query);

    IReadOnlyList<StoredReport> LoadReports(IReadOnlyCollection<long> reportKeys);

    StoredReport? LoadReport(string id);

    IReadOnlyList<StoredSegment> LoadSegments(IReadOnlyCollection<long> segmentKeys);

    IReadOnlyList<StoredSegment> LoadSegmentsOfReport(long reportKey);

    /// <summary>Up to <paramref name="limit"/> suggestion phrases starting with the normalized prefix, most reports first.</summary>
    IReadOnlyList<string> Suggest(string normalizedPrefix, int limit);

    IndexStatistics Statistics();

    // Default bodies so that other engines and test doubles need not implement the indexer's bookkeeping.

    /// <summary>The status of the last indexing run; null when nothing was recorded yet.</summary>
    IndexStatus? ReadStatus() => null;

    /// <summary>Replaces the recorded status (its own small transaction, separate from batches).</summary>
    void WriteStatus(IndexStatus status) { }

    /// <summary>Paths currently recorded as skipped, so that entries of files gone from the archive can be cleared.</summary>
    IReadOnlyList<SkippedFile> LoadSkipped() => Statistics().Skipped;
}
