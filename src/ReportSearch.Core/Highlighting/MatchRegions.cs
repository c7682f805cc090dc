using ReportSearch.Analysis;

namespace ReportSearch.Highlighting;

/// <summary>
/// The parts of a text that need normalizing to find every match of some terms, so that a snippet does not normalize a
/// whole segment of thousands of characters for a term that occurs in it a few times. A match starts on a character
/// whose folding holds the term's first character (<see cref="TextNormalizer.FoldSources"/>); its part runs from the
/// split point (<see cref="TextNormalizer.IsSplitPoint"/>) at or before that character to the first split point after
/// as many CJK characters as the term is long, which hold the rest of the match whatever lies between them. Normalized
/// apart, the parts are slices of the whole text's normalization, and a split point has a CJK character on each side,
/// which no word boundary check looks past: matches found in the parts are exactly those in the whole text.
/// </summary>
internal static class MatchRegions
{
    /// <summary>The parts to normalize, in order and disjoint; null when the text or a term's first character does not
    /// allow splitting (<see cref="TextNormalizer.SplitsCleanly"/>, <see cref="TextNormalizer.IsCopiedFromFolding"/>).</summary>
    public static List<TextSpan>? Of(string original, IReadOnlyList<string> normalizedTerms)
    {
        foreach (var term in normalizedTerms)
            if (term.Length > 0 && !TextNormalizer.IsCopiedFromFolding(term[0])) return null;
        if (!TextNormalizer.SplitsCleanly(original)) return null;

        var regions = new List<TextSpan>();
        var text = original.AsSpan();
        foreach (var term in normalizedTerms)
        {
            if (term.Length == 0) continue;
            var sources = TextNormalizer.FoldSources(term[0]);
            for (int at = text.IndexOfAny(sources); at >= 0; )
            {
                int end = SplitAtOrAfter(original, AfterCjkUnits(original, at + 1, term.Length));
                regions.Add(new TextSpan(SplitAtOrBefore(original, at), end));
                int next = text[(at + 1)..].IndexOfAny(sources);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return TextSpan.Merge(regions);
    }

    private static int SplitAtOrBefore(string text, int at)
    {
        while (!TextNormalizer.IsSplitPoint(text, at)) at--;
        return at;
    }

    private static int SplitAtOrAfter(string text, int at)
    {
        while (!TextNormalizer.IsSplitPoint(text, at)) at++;
        return at;
    }

    // Where the characters from `from` on have made `count` one-unit CJK characters (the text's end if they never do).
    private static int AfterCjkUnits(string text, int from, int count)
    {
        int at = from;
        for (int seen = 0; at < text.Length && seen < count; at++)
            if (TextNormalizer.IsOneCjkUnit(text[at])) seen++;
        return at;
    }
}
