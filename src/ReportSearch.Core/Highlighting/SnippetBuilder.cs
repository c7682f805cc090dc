using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Ingestion;

namespace ReportSearch.Highlighting;

/// <summary>A snippet cut from a segment: its text, the marks in it, and where it sits.</summary>
/// <param name="Page">The page the snippet starts on, counted by form feeds (page breaks) before it; null when the text has none.</param>
/// <param name="CutStart">The snippet starts inside its section, not at its beginning.</param>
/// <param name="CutEnd">The snippet ends before its section does.</param>
public sealed record HighlightedSnippet(string? Section, string? District, int? Page, string Text, string Html, IReadOnlyList<TextSpan> Marks, bool CutStart, bool CutEnd);

/// <summary>
/// Cuts up to a few snippets out of a segment: windows of about <see cref="WindowLength"/> characters around
/// matches, widened to sentence boundaries where one is near, preferring windows that show more distinct terms.
/// </summary>
public static class SnippetBuilder
{
    public const int WindowLength = 120;
    private const int LeadIn = 40;          // how far before a match a window may start
    private const int SentenceSlack = 30;   // how far a window may stretch to end on a sentence boundary

    public static List<HighlightedSnippet> Build(StoredSegment segment, IReadOnlyList<string> normalizedTerms, int maxSnippets) =>
        Cut(segment, normalizedTerms, maxSnippets, MatchFinder.FindInOriginal(segment.Text, normalizedTerms));

    /// <summary>The snippets around <paramref name="matches"/>, the merged occurrences of the terms in the segment's text
    /// (tests give the matches the whole text's normalization finds, as the oracle of <see cref="MatchRegions"/>).</summary>
    internal static List<HighlightedSnippet> Cut(StoredSegment segment, IReadOnlyList<string> normalizedTerms, int maxSnippets, List<TextSpan> matches)
    {
        var text = segment.Text;
        var windows = new List<(TextSpan Window, List<TextSpan> Marks, int Distinct)>();

        int next = 0;
        while (next < matches.Count)
        {
            var window = WindowAround(text, matches[next]);
            var marks = new List<TextSpan>();
            while (next < matches.Count && matches[next].Start < window.End)
            {
                // A match that starts inside the window is shown whole: the window grows to its end.
                var m = matches[next];
                if (m.End > window.End) window = new TextSpan(window.Start, m.End);
                marks.Add(new TextSpan(m.Start - window.Start, m.End - window.Start));
                next++;
            }
            // With one term every window shows the same term; only with several is it worth finding out which
            // (normalizing each mark), and a common term can have hundreds of windows in a long report.
            int distinct = normalizedTerms.Count <= 1
                ? 1
                : marks.Select(m => TextNormalizer.NormalizeToString(text.Substring(m.Start + window.Start, m.Length))).Distinct().Count();
            windows.Add((window, marks, distinct));
        }

        if (windows.Count == 0)
        {
            var lead = WindowAround(text, new TextSpan(0, 0));
            return text.Length == 0 ? [] : [MakeSnippet(segment, text, lead, [])];
        }
        return windows
            .OrderByDescending(w => w.Distinct).ThenByDescending(w => w.Marks.Count).ThenBy(w => w.Window.Start)
            .Take(maxSnippets)
            .OrderBy(w => w.Window.Start)
            .Select(w => MakeSnippet(segment, text, w.Window, w.Marks))
            .ToList();
    }

    private static HighlightedSnippet MakeSnippet(StoredSegment segment, string text, TextSpan window, List<TextSpan> marks)
    {
        var raw = text.Substring(window.Start, window.Length);
        // Trim surrounding whitespace and shift the marks with it.
        int lead = raw.Length - raw.TrimStart().Length;
        var trimmed = raw.Trim();
        var shifted = marks
            .Select(m => new TextSpan(Math.Clamp(m.Start - lead, 0, trimmed.Length), Math.Clamp(m.End - lead, 0, trimmed.Length)))
            .Where(m => m.Length > 0).ToList();
        var merged = TextSpan.Merge(shifted);
        int sectionIndex = segment.Sections.Count == 0 ? -1 : Math.Max(0, segment.Sections.ToList().FindLastIndex(s => s.Start <= window.Start));
        var section = sectionIndex < 0 ? null : segment.Sections[sectionIndex];
        int sectionStart = section?.Start ?? 0;
        int sectionEnd = sectionIndex >= 0 && sectionIndex + 1 < segment.Sections.Count ? segment.Sections[sectionIndex + 1].Start : text.Length;
        bool cutStart = text.AsSpan(sectionStart, Math.Max(0, window.Start - sectionStart)).Trim().Length > 0;
        bool cutEnd = window.End < sectionEnd && text.AsSpan(window.End, sectionEnd - window.End).Trim().Length > 0;
        // Page breaks (form feeds, from PDF and OFD pages) read as spaces in a snippet; one for one, so marks stay put.
        int? page = text.Contains(PageBreaks.Marker) ? PageBreaks.PageAt(text, window.Start) : null;
        trimmed = trimmed.Replace(PageBreaks.Marker, ' ');
        return new HighlightedSnippet(section?.Heading, section?.District ?? segment.District, page,
            trimmed, HtmlMarkup.Mark(trimmed, merged), merged, cutStart, cutEnd);
    }

    private static TextSpan WindowAround(string text, TextSpan match)
    {
        // Start at the sentence holding the match if it begins within the lead-in, else at the first clause
        // boundary there (，、：), so a snippet does not open with the tail of a word.
        int limit = Math.Max(0, match.Start - LeadIn);
        int start = LastBoundary(text, match.Start, limit, IsSentenceEnd);
        if (start < 0) start = FirstBoundary(text, limit, match.Start, IsClauseEnd);
        if (start < 0) start = limit;

        // End at a sentence end within the slack, else a clause end, else cut at the window length.
        int end = Math.Min(text.Length, Math.Max(start + WindowLength, match.End));
        int slack = Math.Min(text.Length, end + SentenceSlack);
        int boundary = FirstBoundary(text, end, slack, IsSentenceEnd);
        if (boundary < 0) boundary = FirstBoundary(text, end, slack, IsClauseEnd);
        if (boundary >= 0) end = boundary;
        return new TextSpan(SafeBoundary(text, start), SafeBoundary(text, end));
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n';

    private static bool IsClauseEnd(char c) => c is '，' or '、' or '：' or ',' or ':';

    // The position just after the last boundary character in [limit, at), or -1.
    private static int LastBoundary(string text, int at, int limit, Func<char, bool> isBoundary)
    {
        for (int i = Math.Min(at, text.Length) - 1; i >= limit; i--)
            if (isBoundary(text[i])) return i + 1;
        return -1;
    }

    // The position just after the first boundary character in [from, limit), or -1.
    private static int FirstBoundary(string text, int from, int limit, Func<char, bool> isBoundary)
    {
        for (int i = from; i < limit; i++)
            if (isBoundary(text[i])) return i + 1;
        return -1;
    }

    // Never cut between the two halves of a surrogate pair.
    private static int SafeBoundary(string text, int at) =>
        at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]) ? at - 1 : at;
}
