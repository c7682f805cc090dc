namespace ReportSearch.Pipeline;

/// <summary>
/// How far the first indexing of an archive has come: until it ends, an index would answer "nothing found" for
/// every report not yet read, so searches are refused with this share instead.
/// </summary>
/// <param name="FilesDone">Files of the catch-up committed so far.</param>
/// <param name="FilesTotal">Files the catch-up has to read; 0 until the archive has been scanned.</param>
public sealed record FirstIndexing(int FilesDone, int FilesTotal)
{
    /// <summary>Whole percent, rounded down so that 100 is shown only once everything is in.</summary>
    public int Percent => FilesTotal > 0 ? (int)Math.Min(100, 100L * FilesDone / FilesTotal) : 0;
}
