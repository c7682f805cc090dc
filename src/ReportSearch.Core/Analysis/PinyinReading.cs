using System.Text;
using Icu;

namespace ReportSearch.Analysis;

/// <summary>
/// How a term of Han characters reads in pinyin without tones (环境 → huan jing), from ICU's <c>Han-Latin</c>
/// transform: one reading per character, the most common one, which is what an input method most often produces, so
/// two terms that read the same are what a pinyin typo swaps (幻境 for 环境). Null when a character has no reading
/// (not Han) or when the ICU of the machine has no such transform: then there are no homophones, and nothing fails.
/// </summary>
public static class PinyinReading
{
    private const int First = 0x4E00, Last = 0x9FFF;
    private static readonly Lazy<string?[]?> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The readings of <paramref name="text"/>'s characters, separated by spaces; null when one has none.</summary>
    public static string? Of(string text)
    {
        var table = Table.Value;
        if (table is null || text.Length == 0) return null;
        var sb = new StringBuilder(text.Length * 5);
        foreach (var c in text)
        {
            if (c is < (char)First or > (char)Last || table[c - First] is not { } reading) return null;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(reading);
        }
        return sb.ToString();
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> have the same length and every character of one reads
    /// like the character at its place in the other (<see cref="Of"/> equal), without building either reading: the
    /// check runs over a vocabulary's terms on every "did you mean".
    /// </summary>
    public static bool SameReading(string a, string b)
    {
        var table = Table.Value;
        if (table is null || a.Length != b.Length || a.Length == 0) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] is < (char)First or > (char)Last || b[i] is < (char)First or > (char)Last) return false;
            var ra = table[a[i] - First];
            // Readings are interned when the table is loaded: the same reading is the same string.
            if (ra is null || !ReferenceEquals(ra, table[b[i] - First])) return false;
        }
        return true;
    }

    /// <summary>True when this machine's ICU gives readings.</summary>
    public static bool Available => Table.Value is not null;

    // One ICU call for the whole CJK Unified Ideographs block, one character per line (as ScriptConverter does).
    private static string?[]? Load()
    {
        try
        {
            IcuRuntime.EnsureLoaded();
            using var transform = Transliterator.CreateInstance("Han-Latin; Latin-ASCII; Lower");
            var sb = new StringBuilder((Last - First + 1) * 2);
            for (int cp = First; cp <= Last; cp++) sb.Append((char)cp).Append('\n');
            var lines = transform.Transliterate(sb.ToString()).Split('\n');
            if (lines.Length != Last - First + 2) return null;
            var table = new string?[Last - First + 1];
            var readings = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int cp = First; cp <= Last; cp++)
            {
                var line = lines[cp - First].Trim();
                // A character without a reading comes back as itself.
                table[cp - First] = line.Length > 0 && line.All(char.IsAsciiLetterLower) ? readings.TryAdd(line, line) ? line : readings[line] : null;
            }
            return table;
        }
        catch (Exception e) when (e is not OutOfMemoryException) // whatever ICU refuses, homophones are only a help
        {
            return null;
        }
    }
}
