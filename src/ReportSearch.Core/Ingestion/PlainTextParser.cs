namespace ReportSearch.Ingestion;

/// <summary>Plain text and markdown reports: encoding detected, lines handed to <see cref="ReportAssembler"/>.</summary>
public sealed class PlainTextParser : IReportParser
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md"];

    public ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar)
    {
        var text = EncodingDetector.Decode(content);
        bool markdown = Path.GetExtension(file.FullPath).Equals(".md", StringComparison.OrdinalIgnoreCase);
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => markdown ? MarkdownLine(l) : new BodyLine(l));
        return ReportAssembler.Assemble(file, sidecar, lines, formatMetadata: null, mayBeHardWrapped: true);
    }

    // "## 一、工作成效" is a heading; deeper levels than #### are ordinary text, like h5/h6 in HTML.
    private static BodyLine MarkdownLine(string line)
    {
        var t = line.TrimStart();
        int level = 0;
        while (level < t.Length && t[level] == '#') level++;
        if (level is >= 1 and <= 4 && level < t.Length && t[level] == ' ') return new BodyLine(t[(level + 1)..].Trim(), IsHeading: true);
        return new BodyLine(line);
    }
}
