namespace ReportSearch.Pipeline;

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
