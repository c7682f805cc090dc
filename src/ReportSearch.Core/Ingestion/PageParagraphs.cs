using System.Text;

namespace ReportSearch.Ingestion;

/// <summary>
/// Turns the lines of laid-out pages back into paragraphs: a line runs on into the next one when it reaches the
/// right margin (the next line's first word would not have fitted after it), the next line is not indented and
/// no wider gap than usual separates them. Han text joins without a space, Latin text with one. A page break
/// becomes <see cref="PageBreaks.Marker"/>: inside the paragraph when one runs on across pages, else on a line of its own.
/// </summary>
internal static class PageParagraphs
{
    // Indented by more than this share of the font size: a first line.
    private const double IndentShare = 1.0;
    // A baseline gap this much wider than the page's usual line spacing separates paragraphs.
    private const double ParagraphGapShare = 1.6;
    // Slack when comparing the room left on a line with the next line's first word.
    private const double FitSlackShare = 0.3;

    public static List<BodyLine> Join(IReadOnlyList<IReadOnlyList<PageLine>> pages)
    {
        var result = new List<BodyLine>();
        var paragraph = new StringBuilder();
        PageLine? previous = null;
        Margins previousMargins = default;
        bool pageBreakPending = false;

        // A short last page has no full lines: its right margin is the one most pages have.
        var typical = Typical(pages.Where(p => p.Count > 0).Select(Margins.Of).ToList());
        foreach (var page in pages)
        {
            if (page.Count == 0) { pageBreakPending |= result.Count > 0 || paragraph.Length > 0; continue; }
            var own = Margins.Of(page);
            var margins = own with { Left = Math.Min(own.Left, typical.Left), Right = Math.Max(own.Right, typical.Right) };
            for (int i = 0; i < page.Count; i++)
            {
                var line = page[i];
                bool runsOn = previous is not null && RunsOn(previous, previousMargins, line, margins, samePage: i > 0 && !pageBreakPending);
                if (!runsOn) Flush();
                var text = line.Text;
                if (pageBreakPending)
                {
                    if (paragraph.Length > 0) text = WithPageBreak(text);
                    else result.Add(new BodyLine(PageBreaks.Marker.ToString()));
                    pageBreakPending = false;
                }
                else if (runsOn && paragraph.Length > 0 && NeedsSpace(paragraph[^1], line.Text[0])) paragraph.Append(' ');
                if (!runsOn && previous is not null && i > 0 && line.Baseline - previous.Baseline > margins.LineSpacing * ParagraphGapShare)
                    result.Add(new BodyLine(""));
                paragraph.Append(text);
                previous = line;
                previousMargins = margins;
            }
            pageBreakPending = true;
        }
        Flush();
        return result;

        void Flush()
        {
            if (paragraph.Length > 0) result.Add(new BodyLine(paragraph.ToString()));
            paragraph.Clear();
        }
    }

    private static Margins Typical(List<Margins> pages)
    {
        if (pages.Count == 0) return default;
        var lefts = pages.Select(m => m.Left).Order().ToList();
        var rights = pages.Select(m => m.Right).Order().ToList();
        return new Margins(lefts[lefts.Count / 2], rights[rights.Count / 2], 0);
    }

    private static bool RunsOn(PageLine previous, Margins previousMargins, PageLine next, Margins margins, bool samePage)
    {
        double size = Math.Max(previous.FontSize, next.FontSize);
        double room = previousMargins.Right - previous.Right;
        if (room > next.FirstTokenWidth + FitSlackShare * size) return false; // the next word would have fitted: the line ended a paragraph
        if (next.Left - margins.Left > IndentShare * size) return false;
        if (samePage && next.Baseline - previous.Baseline > margins.LineSpacing * ParagraphGapShare) return false;
        if (SectionSplitter.LooksLikeHeading(next.Text)) return false;
        return true;
    }

    // A page break inside a paragraph goes before the continuation, but not between a character and its pinyin
    // reading (政務|(wù)): normalization drops a reading only when it directly follows its character.
    private static string WithPageBreak(string continuation)
    {
        if (continuation[0] is '(' or '（')
        {
            int close = continuation.IndexOfAny([')', '）']);
            if (close is > 0 and <= 8) return continuation[..(close + 1)] + PageBreaks.Marker + continuation[(close + 1)..];
        }
        return PageBreaks.Marker + continuation;
    }

    private static bool NeedsSpace(char before, char after) =>
        !(ChineseText.IsHan(before) || ChineseText.IsHan(after) || IsCjkPunctuation(before) || IsCjkPunctuation(after) || before == PageBreaks.Marker);

    private static bool IsCjkPunctuation(char c) => c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>The text block of one page: left and right edges and the usual distance between baselines.</summary>
    private readonly record struct Margins(double Left, double Right, double LineSpacing)
    {
        public static Margins Of(IReadOnlyList<PageLine> page)
        {
            double left = page.Min(l => l.Left);
            // Not the widest line: CJK punctuation may hang into the margin. Most lines of a page are full ones.
            var rights = page.Select(l => l.Right).Order().ToList();
            double right = rights[(rights.Count - 1) * 3 / 4];
            var gaps = new List<double>();
            for (int i = 1; i < page.Count; i++)
            {
                double gap = page[i].Baseline - page[i - 1].Baseline;
                if (gap > 0) gaps.Add(gap);
            }
            gaps.Sort();
            double spacing = gaps.Count > 0 ? gaps[gaps.Count / 2] : page.Max(l => l.FontSize) * 1.5;
            return new Margins(left, right, spacing);
        }
    }
}
