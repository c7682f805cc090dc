using System.Text;

namespace ReportSearch.Ingestion;

/// <summary>
/// Re-joins plain text that was hard-wrapped at a fixed width (most lines about equally long, broken
/// mid-sentence) into one line per paragraph. Text written one paragraph per line has lines of very
/// different lengths and is returned unchanged.
/// </summary>
internal static class HardWrapJoiner
{
    private const int MinLines = 6;
    private const int MaxWrapWidth = 120;
    // A wrapped line is at least this share of the wrap width; the last line of a paragraph is shorter.
    private const double FullLineShare = 0.8;
    // Lines a little longer than the wrap width still count (digits and Latin letters are narrower than Han characters).
    private const double OverlongShare = 1.2;
    // The text counts as wrapped when this share of its lines are "full" and most of those break mid-sentence.
    private const double WrappedShare = 0.5;

    public static IReadOnlyList<BodyLine> Join(IReadOnlyList<BodyLine> lines)
    {
        int width = WrapWidth(lines);
        if (width == 0) return lines;

        var result = new List<BodyLine>(lines.Count);
        var paragraph = new StringBuilder();
        string previous = "";
        foreach (var line in lines)
        {
            // A line longer than the wrap width was never wrapped: it is a paragraph of its own.
            bool standsAlone = line.IsHeading || line.AboveMetadata || line.Text.Length == 0 || line.Text.Length > width * OverlongShare || SectionSplitter.LooksLikeHeading(line.Text);
            if (standsAlone)
            {
                Flush();
                result.Add(line);
                continue;
            }
            Append(paragraph, line.Text, previous);
            previous = line.Text;
            // A paragraph ends with a line shorter than the width; a line filled to the width that happens to end
            // a sentence goes on, a nearly full one that ends a sentence does not.
            if (!IsFull(line.Text, width) || (EndsSentence(line.Text) && line.Text.Length < width)) Flush();
        }
        Flush();
        return result;

        void Flush()
        {
            if (paragraph.Length > 0) result.Add(new BodyLine(paragraph.ToString()));
            paragraph.Clear();
        }
    }

    /// <summary>The width the text is wrapped at, or 0 when it is not hard-wrapped.</summary>
    internal static int WrapWidth(IReadOnlyList<BodyLine> lines)
    {
        var lengths = lines.Where(l => !l.IsHeading && l.Text.Length > 0).Select(l => l.Text.Length).Order().ToArray();
        if (lengths.Length < MinLines) return 0;
        int width = lengths[Math.Min(lengths.Length - 1, lengths.Length * 9 / 10)]; // 90th percentile: the wrap width
        if (width > MaxWrapWidth || width < 10) return 0;
        var full = lines.Where(l => !l.IsHeading && IsFull(l.Text, width)).ToList();
        if (full.Count < lengths.Length * WrappedShare) return 0;
        int midSentence = full.Count(l => !EndsSentence(l.Text));
        return midSentence >= full.Count * WrappedShare ? width : 0;
    }

    private static bool IsFull(string text, int width) => text.Length >= width * FullLineShare && text.Length <= width * OverlongShare;

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '。' or '！' or '？' or '；' or '：' or '.' or '!' or '?' or '”' or '"';

    // Han text joins without a space (even a number cut in two: 1|65 → 165); Latin text was wrapped at a space.
    private static void Append(StringBuilder paragraph, string text, string previousLine)
    {
        if (paragraph.Length > 0 && !previousLine.Any(ChineseText.IsHan) && paragraph[^1] != ' ') paragraph.Append(' ');
        paragraph.Append(text);
    }
}
