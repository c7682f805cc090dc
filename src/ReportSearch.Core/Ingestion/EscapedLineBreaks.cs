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
        int escapes = span.Count(@"\n") + span.Count(@"\r") - span.Count(@"\r\n");
        if (escapes < MinEscapes) return text;
        int real = span.Count('\n');
        if (real >= escapes) return text;
        return text.Replace(@"\r\n", "\n", StringComparison.Ordinal).Replace(@"\n", "\n", StringComparison.Ordinal).Replace(@"\r", "\n", StringComparison.Ordinal);
    }
}
