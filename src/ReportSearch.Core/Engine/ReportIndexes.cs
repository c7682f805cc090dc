namespace ReportSearch.Engine;

/// <summary>
/// The one place that opens indexes, for the CLI, the host, the worker, the tests and the benchmark, so that
/// they all agree on the engine, the folder layout and the analyzer version.
/// </summary>
public static class ReportIndexes
{
    /// <summary>
    /// Changes whenever tokens, fields or what ingestion extracts change: an index built by another version is
    /// rebuilt beside the serving one, since unchanged files are otherwise never read again.
    /// </summary>
    public const string AnalyzerVersion = "13";

    public static IReportIndexReader OpenForReading(string indexDirectory) => LuceneIndexReader.Open(indexDirectory);

    /// <exception cref="IndexLockedException">Another writer holds the index.</exception>
    public static IReportIndexWriter OpenForWriting(string indexDirectory, string analyzerVersion = AnalyzerVersion) =>
        LuceneIndexWriter.Open(indexDirectory, analyzerVersion);

    /// <summary>
    /// Opens the index for writing into a new generation folder beside the serving one, which is damaged
    /// (<paramref name="reason"/>): it keeps serving until the rebuild has caught up with the archive.
    /// </summary>
    /// <exception cref="IndexLockedException">Another writer holds the index.</exception>
    public static IReportIndexWriter OpenForRebuilding(string indexDirectory, string reason) =>
        LuceneIndexWriter.Open(indexDirectory, AnalyzerVersion, reason);

    /// <summary>True when the folder holds an index readers can open.</summary>
    public static bool Exists(string indexDirectory) => IndexFolder.Current(indexDirectory) is not null;
}
