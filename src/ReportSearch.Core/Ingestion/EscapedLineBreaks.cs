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

    /// <summary>
    /// The text with its escaped line breaks made real, where they outnumber the real ones; else each line that carries
    /// <see cref="MinEscapes"/> or more made real (a flattened report among a page's menu or a table of tasks, whose
    /// real lines outnumber its escapes); else the text itself.
    /// </summary>
    public static string Restore(string text)
    {
        var span = text.AsSpan();
        if (Flattened(Escapes(span), span.Count('\n'))) return MadeReal(text);
        if (!span.Contains('\\')) return text;
        var lines = text.Split('\n');
        bool restored = false;
        for (int i = 0; i < lines.Length; i++)
            if (FlattenedLine(lines[i])) (lines[i], restored) = (MadeReal(lines[i]), true);
        return restored ? string.Join('\n', lines) : text;
    }

    /// <summary>
    /// A page's lines with their escaped line breaks made real, by the same rules (a flattened report pasted into one
    /// paragraph of a page: its lines are the page's block elements, its escapes outnumber them, or the line carries
    /// enough of them).
    /// A line broken so keeps its heading mark on its first part only.
    /// </summary>
    public static IReadOnlyList<BodyLine> Restore(IReadOnlyList<BodyLine> lines)
    {
        int escapes = 0;
        foreach (var line in lines) escapes += Escapes(line.Text);
        bool whole = Flattened(escapes, lines.Count);
        if (!whole && !lines.Any(l => FlattenedLine(l.Text))) return lines;
        var restored = new List<BodyLine>(lines.Count + escapes);
        foreach (var line in lines)
        {
            // Over the whole page, or (its real lines outnumbering the escapes) a line that carries enough of them.
            if (!whole && !FlattenedLine(line.Text)) { restored.Add(line); continue; }
            var parts = MadeReal(line.Text).Split('\n');
            restored.Add(line with { Text = parts[0].Trim() });
            restored.AddRange(parts.Skip(1).Select(p => new BodyLine(p.Trim())));
        }
        return restored;
    }

    private static int Escapes(ReadOnlySpan<char> text) => text.Count(@"\n") + text.Count(@"\r") - text.Count(@"\r\n");

    private static bool Flattened(int escapes, int realLines) => escapes >= MinEscapes && escapes > realLines;

    /// <summary>
    /// One line that is a flattened text: <see cref="MinEscapes"/> or more escapes with the next line's text right after
    /// them (…政府工作报告\r\n——2010年…\r\n各位代表：…), not an explanation that quotes them (\n 表示换行).
    /// </summary>
    private static bool FlattenedLine(string line)
    {
        int glued = 0;
        for (int at = line.IndexOf('\\'); at >= 0 && at + 1 < line.Length; at = line.IndexOf('\\', at + 1))
        {
            int end = at + 2;
            if (line[at + 1] == 'r' && end + 1 < line.Length && line[end] == '\\' && line[end + 1] == 'n') end += 2;
            else if (line[at + 1] is not ('n' or 'r')) continue;
            if (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] > 0x7F) glued++;
            at = end - 1;
        }
        return glued >= MinEscapes;
    }

    private static string MadeReal(string text) =>
        text.Replace(@"\r\n", "\n", StringComparison.Ordinal).Replace(@"\n", "\n", StringComparison.Ordinal).Replace(@"\r", "\n", StringComparison.Ordinal);
}
