using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Paragraphs run together on one line, each still opening with its indent of two ideographic spaces: a text whose line
/// breaks a crawler or a table cell dropped (…降到最低程度。　　二〇〇五年十二月十五日　　公开程序：…). The metadata rules read
/// such a line as the paragraphs it was, so that a signature's date or a 印发 line stands on a line of its own again.
/// Only the rules' view is split; the text indexed and shown keeps its lines.
/// </summary>
internal static partial class IndentedParagraphs
{
    // An indent inside a line: two or more ideographic spaces after some text.
    [GeneratedRegex(@"(?<=\S)\u3000{2,}(?=\S)")]
    private static partial Regex InnerIndent();

    // A line shorter than this holds one paragraph at the most (a table's cells are spaced 姓　　名).
    private const int MinRunLength = 60;

    public static IEnumerable<BodyLine> Split(BodyLine line)
    {
        if (line.Text.Length < MinRunLength || line.IsHeading || !InnerIndent().IsMatch(line.Text))
        {
            yield return line;
            yield break;
        }
        foreach (var part in InnerIndent().Split(line.Text))
            if (part.Trim() is { Length: > 0 } text) yield return line with { Text = text };
    }
}
