using System.Text;
using ReportSearch.Analysis;

namespace ReportSearch.Highlighting;

/// <summary>
/// Finds where query terms occur in a text, by the same rule the index matches: the normalized term occurs
/// contiguously in the normalized text, and a term that begins or ends with a letter or digit does so at a
/// word boundary (words match whole, CJK matches any substring).
/// </summary>
public static class MatchFinder
{
    /// <summary>Occurrences as ranges of the original text, merged where they overlap or touch.</summary>
    public static List<TextSpan> FindInOriginal(NormalizedText text, IEnumerable<string> normalizedTerms)
    {
        var spans = new List<TextSpan>();
        AddOccurrences(text, normalizedTerms, spans);
        return TextSpan.Merge(spans);
    }

    /// <summary>
    /// What <see cref="FindInOriginal(NormalizedText, IEnumerable{string})"/> finds in the normalization of
    /// <paramref name="original"/>, normalizing only the parts of it where a term may occur (<see cref="MatchRegions"/>)
    /// when the text and terms allow, the whole text otherwise.
    /// </summary>
    public static List<TextSpan> FindInOriginal(string original, IReadOnlyList<string> normalizedTerms)
    {
        var regions = MatchRegions.Of(original, normalizedTerms);
        if (regions is null) return FindInOriginal(TextNormalizer.Normalize(original), normalizedTerms);
        var spans = new List<TextSpan>();
        foreach (var region in regions)
            AddOccurrences(TextNormalizer.NormalizeRange(original, region.Start, region.End), normalizedTerms, spans);
        return TextSpan.Merge(spans);
    }

    private static void AddOccurrences(NormalizedText text, IEnumerable<string> normalizedTerms, List<TextSpan> spans)
    {
        foreach (var term in normalizedTerms)
            foreach (var m in FindNormalized(text.Text, term))
            {
                var (s, e) = text.ToSource(m.Start, m.End);
                spans.Add(new TextSpan(s, e));
            }
    }

    /// <summary>Occurrences of <paramref name="term"/> in normalized text, as normalized ranges.</summary>
    public static IEnumerable<TextSpan> FindNormalized(string normalized, string term)
    {
        if (term.Length == 0) yield break;
        bool wordStart = CharClass.Of(Rune.GetRuneAt(term, 0)) == CharKind.Word;
        bool wordEnd = CharClass.Of(LastRune(term)) == CharKind.Word;
        int from = 0;
        while (from <= normalized.Length - term.Length)
        {
            int at = normalized.IndexOf(term, from, StringComparison.Ordinal);
            if (at < 0) yield break;
            int end = at + term.Length;
            bool ok = !(wordStart && at > 0 && CharClass.Of(LastRune(normalized.AsSpan(0, at))) == CharKind.Word)
                   && !(wordEnd && end < normalized.Length && CharClass.Of(Rune.GetRuneAt(normalized, end)) == CharKind.Word);
            if (ok) yield return new TextSpan(at, end);
            from = at + (char.IsHighSurrogate(normalized[at]) ? 2 : 1);
        }
    }

    private static Rune LastRune(ReadOnlySpan<char> s)
    {
        Rune.DecodeLastFromUtf16(s, out var r, out _);
        return r;
    }
}
