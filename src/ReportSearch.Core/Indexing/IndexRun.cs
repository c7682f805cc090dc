namespace ReportSearch.Indexing;

/// <summary>Progress of an indexing run, reported after every batch, once it is committed (in order, from the writing thread).</summary>
public sealed record IndexProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, TimeSpan Elapsed)
{
    /// <summary>Files of this batch that could not be indexed, so that they can be logged as they happen.</summary>
    public IReadOnlyList<(string Path, string Reason)> SkippedInBatch { get; init; } = [];

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesDone / 1048576.0 / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => BytesDone > 0 && BytesTotal > BytesDone
        ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (BytesTotal - BytesDone) / BytesDone)
        : null;
}

/// <summary>What one run changed. Bytes counts the files read in full.</summary>
public sealed record IndexRunResult(
    int FilesScanned,
    int Added,
    int Updated,
    int Deleted,
    int Unchanged,
    int Duplicates,
    IReadOnlyList<(string Path, string Reason)> Skipped,
    long BytesRead,
    TimeSpan Elapsed)
{
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesRead / 1048576.0 / Elapsed.TotalSeconds : 0;
}

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
