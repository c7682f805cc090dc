namespace ReportSearch.Ingestion;

/// <summary>
/// A text whose line breaks were written as escapes: the four characters <c>\r\n</c> (or <c>\n</c>) where a database
/// dump, a spreadsheet cell or a crawler's JSON saved a report as one line. Read as such, a work report is one long
/// line, and its title, session line and headings are lost to every rule that reads lines.
/// </summary>
public static class EscapedLineBreaks
{
    // Fewer than this many escapes is a text that quotes one (a path, a regular expression), not a flattened text.
    private const int MinEscapes = 3;

    /// <summary>The text with its escaped line breaks made real, where they outnumber the real ones; else the text itself.</summary>
    public static string Restore(string text)
    {
        var span = text.AsSpan();
        return Flattened(Escapes(span), span.Count('\n')) ? MadeReal(text) : text;
    }

    /// <summary>
    /// A page's lines with their escaped line breaks made real, by the same rule over the whole page (a flattened
    /// report pasted into one paragraph of a page: its lines are the page's block elements, its escapes outnumber them).
    /// A line broken so keeps its heading mark on its first part only.
    /// </summary>
    public static IReadOnlyList<BodyLine> Restore(IReadOnlyList<BodyLine> lines)
    {
        int escapes = 0;
        foreach (var line in lines) escapes += Escapes(line.Text);
        if (!Flattened(escapes, lines.Count)) return lines;
        var restored = new List<BodyLine>(lines.Count + escapes);
        foreach (var line in lines)
        {
            var parts = MadeReal(line.Text).Split('\n');
            restored.Add(line with { Text = parts[0].Trim() });
            restored.AddRange(parts.Skip(1).Select(p => new BodyLine(p.Trim())));
        }
        return restored;
    }

    private static int Escapes(ReadOnlySpan<char> text) => text.Count(@"\n") + text.Count(@"\r") - text.Count(@"\r\n");

    private static bool Flattened(int escapes, int realLines) => escapes >= MinEscapes && escapes > realLines;

    private static string MadeReal(string text) =>
        text.Replace(@"\r\n", "\n", StringComparison.Ordinal).Replace(@"\n", "\n", StringComparison.Ordinal).Replace(@"\r", "\n", StringComparison.Ordinal);
}
