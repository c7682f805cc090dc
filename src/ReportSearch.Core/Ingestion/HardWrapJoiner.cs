using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Re-joins plain text that was hard-wrapped at a fixed width (most lines about equally long, broken
/// mid-sentence) into one line per paragraph. Text written one paragraph per line has lines of very
/// different lengths and is returned unchanged.
/// </summary>
internal static partial class HardWrapJoiner
{
    private const int MinLines = 6;
    private const int MaxWrapWidth = 120;
    // A wrapped line is at least this share of the wrap width; the last line of a paragraph is shorter.
    private const double FullLineShare = 0.8;
    // Lines a little longer than the wrap width still count (digits and Latin letters are narrower than Han characters).
    private const double OverlongShare = 1.2;
    // The text counts as wrapped when this share of its lines are "full" and most of those break mid-sentence. A
    // third, not a half: a regulation's articles or a report's paragraphs of one or two wrapped lines end in as many
    // short last lines as full ones (a 山东 regulation wrapped at 34: 46 % full, 78 % of them mid-sentence), while
    // text written one paragraph per line has few full lines that break mid-sentence (one of the development set's
    // tune part's 360 plain texts passes both, and it passed before: a regulation's passage lines). A short page's
    // few long lines (a location trail, a headline, the first sentence) are not a wrap: at least MinLines must be full.
    private const double MinFullLines = 0.3;
    private const double MinMidSentence = 0.5;

    public static IReadOnlyList<BodyLine> Join(IReadOnlyList<BodyLine> lines)
    {
        int width = WrapWidth(lines);
        if (width == 0) return lines;

        var result = new List<BodyLine>(lines.Count);
        var paragraph = new StringBuilder();
        string previous = "";
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // A line longer than the wrap width was never wrapped: it is a paragraph of its own.
            // A numbered paragraph's first line filled to the width, mid-sentence ((三十)强化…监管。对全市…统一按照《太 over
            // 原市…), goes on as its paragraph: only a heading shorter than the width, or ending a sentence, stands alone.
            bool numbered = SectionSplitter.LooksLikeHeading(line.Text);
            bool heading = numbered && (!IsFull(line.Text, width) || EndsSentence(line.Text));
            // So does a headline over its byline or posting line (苏州公积金新政:… over 澎湃新闻记者某某); that line, short, ends
            // its own paragraph.
            bool standsAlone = line.IsHeading || line.AboveMetadata || line.Text.Length == 0 || line.Text.Length > width * OverlongShare || heading || IsTableRow(line.Text)
                || paragraph.Length == 0 && i + 1 < lines.Count && TitleFinder.IsBylineOrStamp(lines[i + 1].Text);
            if (standsAlone || (paragraph.Length == 0 && IsWholeTitle(line.Text, i + 1 < lines.Count ? lines[i + 1].Text : "")))
            {
                Flush();
                result.Add(line);
                continue;
            }
            // A numbered paragraph after a line that ends a sentence starts anew, however full that line was.
            if (numbered && paragraph.Length > 0 && EndsSentence(previous)) Flush();
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
        var prose = lines.Where(l => !l.IsHeading && l.Text.Length > 0 && !IsTableRow(l.Text)).ToList();
        var lengths = prose.Select(l => l.Text.Length).Order().ToArray();
        if (lengths.Length < MinLines) return 0;
        int width = lengths[Math.Min(lengths.Length - 1, lengths.Length * 9 / 10)]; // 90th percentile: the wrap width
        if (width > MaxWrapWidth || width < 10) return 0;
        var full = prose.Where(l => IsFull(l.Text, width)).ToList();
        if (full.Count < lengths.Length * MinFullLines || full.Count < MinLines) return 0;
        int midSentence = full.Count(l => !EndsSentence(l.Text));
        return midSentence >= full.Count * MinMidSentence ? width : 0;
    }

    // A title as long as the wrap width (江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见) opens a paragraph,
    // breaks no sentence and ends in its kind: joined to the addressee line under it, the document loses its title;
    // so does a session line (2019年1月29日在…第三次会议上) joined to the speaker's, its date. A
    // title broken across lines leaves its first line with an open 《, without its kind, or with the rest of it next
    // (…考评办法》 over 的通知), and is joined as before; so is a quoted title that a sentence names (《…的决定》 over
    // 已经…审议通过, …决定对《…办法》 over 作如下修改).
    private static bool IsWholeTitle(string text, string next) =>
        !text.StartsWith('《') && !text.EndsWith('》') && !next.TrimStart().StartsWith('的') && text.AsSpan().IndexOfAny("，。；！？,;") < 0
        && text.Count(c => c == '《') == text.Count(c => c == '》') && (DocumentKind.FromTitle(text) is not null || SessionLine().IsMatch(text));

    [GeneratedRegex(@"^\s*[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{2,40}会议上?\s*[）)]?\s*$")]
    private static partial Regex SessionLine();

    // A table's row as plain text keeps its cells apart (序号　任务　责任单位　完成时限; 1\t开展专项检查\t各责任单位): its
    // rows are as long as one another and break no sentence, as wrapped lines do, but each is a line of its own. Two
    // gaps at least: a signature spaced from its date (某某县应急管理局　2021年3月5日) has one.
    [GeneratedRegex(@"\S(?:\t|\u3000|  )\s*\S.*?\S(?:\t|\u3000|  )\s*\S")]
    internal static partial Regex CellGaps();

    // Each gap is a tab, an ideographic space or two spaces: a line with none is no row, and the pattern, led by any
    // character, is otherwise tried at each one.
    internal static bool IsTableRow(string text) =>
        (text.AsSpan().IndexOfAny('\t', '\u3000') >= 0 || text.Contains("  ", StringComparison.Ordinal)) && CellGaps().IsMatch(text);

    private static bool IsFull(string text, int width) => text.Length >= width * FullLineShare && text.Length <= width * OverlongShare;

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '。' or '！' or '？' or '；' or '：' or '.' or '!' or '?' or '”' or '"';

    // Han text joins without a space (even a number cut in two: 1|65 → 165); Latin text was wrapped at a space.
    private static void Append(StringBuilder paragraph, string text, string previousLine)
    {
        if (paragraph.Length > 0 && !previousLine.Any(ChineseText.IsHan) && paragraph[^1] != ' ') paragraph.Append(' ');
        paragraph.Append(text);
    }
}
