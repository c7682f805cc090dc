namespace ReportSearch.Ingestion;

/// <summary>Plain text reports (.txt): decoded, split into lines and sections, metadata inferred.</summary>
public sealed class PlainTextParser : IReportParser
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public ParsedReport Parse(SourceFile file, byte[] content)
    {
        var text = TextDecoding.Decode(content);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var sections = SectionSplitter.Split(lines);
        if (sections.All(s => string.IsNullOrWhiteSpace(s.Text))) throw new UnreadableFileException("no text");
        return new ParsedReport { Metadata = MetadataInference.Infer(lines), Sections = sections };
    }
}
