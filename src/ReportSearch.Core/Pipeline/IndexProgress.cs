namespace ReportSearch.Pipeline;

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
