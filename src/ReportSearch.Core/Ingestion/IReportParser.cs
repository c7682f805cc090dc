namespace ReportSearch.Ingestion;

/// <summary>Reads one file format into a <see cref="ParsedReport"/>.</summary>
public interface IReportParser
{
    /// <summary>File extensions this parser reads, lower case with the dot (".txt").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// Parses the file's bytes; throws <see cref="UnreadableFileException"/> with a reason when it cannot. A parser
    /// reads no file of its own: the report's bytes and its <paramref name="sidecar"/> (already read, or null)
    /// are given.
    /// </summary>
    ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar);
}
