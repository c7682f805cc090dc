namespace ReportSearch.Indexing;

public sealed record IndexerOptions
{
    /// <summary>Files per transaction: large enough for throughput, small enough that new reports show up soon.</summary>
    public int BatchFiles { get; init; } = 200;
    /// <summary>Bytes per transaction, whichever limit comes first.</summary>
    public long BatchBytes { get; init; } = 32L * 1024 * 1024;
    /// <summary>
    /// In a long run the batches double from <see cref="BatchFiles"/> and <see cref="BatchBytes"/> up to these
    /// limits: a small change is still committed at once, while a bulk makes few large Lucene segments (many small
    /// ones cost a third more CPU in flushing and merging their term dictionaries). 32 MB rather than 64: at 1 GB the
    /// larger batches were 4% faster but held 180 MB more at their peak (706 against 524 MB).
    /// </summary>
    public int BulkBatchFiles { get; init; } = 4000;
    public long BulkBatchBytes { get; init; } = 32L * 1024 * 1024;
    /// <summary>Files larger than this are skipped with a reason.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Which archive files to index; files it rejects count as absent (and are removed if indexed).</summary>
    public PathFilter Filter { get; init; } = PathFilter.All;
}
