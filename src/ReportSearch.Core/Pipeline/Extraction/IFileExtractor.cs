using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline.Extraction;

/// <summary>
/// Turns archive files into records for the indexer. Called from as many threads at once as the indexing
/// parallelism; never throws for a bad file (the result carries the skip reason).
/// </summary>
public interface IFileExtractor : IDisposable
{
    ExtractionResult Extract(SourceFile file, string? indexedId, ArchiveBoundary boundary);
}

/// <summary>Extraction on the calling thread: for plain text, for tests, and where no child process can be started.</summary>
public sealed class InProcessExtractor(ReportParsers parsers) : IFileExtractor
{
    public ExtractionResult Extract(SourceFile file, string? indexedId, ArchiveBoundary boundary) =>
        FileExtraction.Extract(file, indexedId, boundary, parsers);

    public void Dispose() { }
}
