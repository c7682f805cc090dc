using ReportSearch.Analysis;
using ReportSearch.Engine;

namespace ReportSearch.Search;

/// <summary>
/// The vocabulary terms a mistyped term may have meant: one character replaced, added or dropped (营商坏境 → 营商环境),
/// and, where ICU has readings for every character, a term read the same way (<see cref="PinyinReading"/>).
/// Traditional and simplified need no rule of their own: a query and the vocabulary are both folded to simplified
/// characters (TextNormalizer), so 營商壞境 is compared as 营商坏境. Most reports first.
/// </summary>
public static class SpellingVariants
{
    /// <summary>Shortest term corrected: one character more or less changes a one-character term into anything.</summary>
    public const int MinTermChars = 2;

    public static List<IndexVocabulary.Entry> Of(string normalized, IndexVocabulary vocabulary)
    {
        if (normalized.Length < MinTermChars) return [];
        var found = new Dictionary<string, IndexVocabulary.Entry>(StringComparer.Ordinal);
        for (int length = normalized.Length - 1; length <= normalized.Length + 1; length++)
        {
            if (length < MinTermChars) continue;
            foreach (var entry in vocabulary.OfLength(length))
                if (IsOneEditAway(normalized, entry.Text)) found.TryAdd(entry.Text, entry);
        }
        if (PinyinReading.Of(normalized) is not null)
        {
            foreach (var entry in vocabulary.OfLength(normalized.Length))
                if (entry.Text != normalized && PinyinReading.SameReading(normalized, entry.Text)) found.TryAdd(entry.Text, entry);
        }
        return found.Values.OrderByDescending(e => e.Reports).ThenBy(e => e.Text, StringComparer.Ordinal).ToList();
    }

    /// <summary>True when <paramref name="b"/> is <paramref name="a"/> with exactly one character replaced, added or dropped.</summary>
    public static bool IsOneEditAway(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        if (b.Length - a.Length > 1) return false;
        int prefix = 0;
        while (prefix < a.Length && a[prefix] == b[prefix]) prefix++;
        if (a.Length == b.Length)
        {
            if (prefix == a.Length) return false; // the same
            return a.AsSpan(prefix + 1).SequenceEqual(b.AsSpan(prefix + 1));
        }
        return a.AsSpan(prefix).SequenceEqual(b.AsSpan(prefix + 1));
    }
}
