namespace ReportSearch.Ingestion;

/// <summary>
/// Plain text and markdown reports: encoding detected, lines handed to <see cref="ReportAssembler"/>. Only the first
/// <paramref name="maxTextChars"/> characters are ever decoded: plain text is parsed in the indexer's own process
/// (no child worker's budget), and every later stage (lines, sections, metadata, analysis) costs memory in
/// proportion to the text, so the text is bounded before the first of them.
/// </summary>
public sealed class PlainTextParser(int maxTextChars = ReportParsers.DefaultMaxTextChars) : IReportParser
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md"];

    public ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar)
    {
        var text = EscapedEntities.Decode(EscapedLineBreaks.Restore(EncodingDetector.DecodeAtMost(content, maxTextChars, out bool trimmed)));
        bool markdown = Path.GetExtension(file.FullPath).Equals(".md", StringComparison.OrdinalIgnoreCase);
        // Line by line from the decoded text, without the copies a normalized and a split string would be.
        var lines = new List<BodyLine>();
        foreach (var line in text.AsSpan().EnumerateLines()) lines.Add(markdown ? MarkdownLine(line.ToString()) : new BodyLine(line.ToString()));
        var report = ReportAssembler.Assemble(file, sidecar, lines, formatMetadata: null, mayBeHardWrapped: true);
        return trimmed ? report.WithTrimmedText(report.Sections, ReportParsers.TrimmedText(maxTextChars)) : report;
    }

    // "## 一、工作成效" is a heading; deeper levels than #### are ordinary text, like h5/h6 in HTML. Inline markup
    // (pictures, links, bold) is taken off first (MarkdownInline); a line keeps its indent.
    private static BodyLine MarkdownLine(string line)
    {
        var plain = MarkdownInline.Plain(line);
        var t = plain.TrimStart();
        int level = 0;
        while (level < t.Length && t[level] == '#') level++;
        if (level is >= 1 and <= 4 && level < t.Length && t[level] == ' ') return new BodyLine(t[(level + 1)..].Trim(), IsHeading: true);
        return new BodyLine(plain);
    }
}
