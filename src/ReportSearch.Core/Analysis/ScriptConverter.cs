using System.Collections.Concurrent;
using System.Text;
using Icu;

namespace ReportSearch.Analysis;

/// <summary>
/// Folds traditional Chinese characters to simplified ones with ICU's <c>Traditional-Simplified</c> transform.
/// It works character by character (not phrase by phrase) so that every output character maps back to
/// exactly one original character, and so that documents and queries always fold the same way.
/// Results are cached: the transform is slow per call but the set of distinct characters is small.
/// </summary>
public static class ScriptConverter
{
    // BMP characters: a flat table, filled lazily; null means "not looked up yet".
    private static readonly string?[] BmpCache = new string?[0x10000];
    private static readonly ConcurrentDictionary<int, string> SupplementaryCache = new();
    private static readonly ThreadLocal<Transliterator> Transform = new(CreateTransform, trackAllValues: false);
    private static readonly Lazy<bool> Preloaded = new(PreloadUnifiedIdeographs, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Transliterator CreateTransform()
    {
        IcuRuntime.EnsureLoaded();
        return Transliterator.CreateInstance("Traditional-Simplified");
    }

    /// <summary>The simplified form of one CJK code point (usually one character; the code point itself when unchanged).</summary>
    public static string ToSimplified(Rune r)
    {
        int cp = r.Value;
        if (cp < 0x10000)
        {
            var cached = BmpCache[cp];
            if (cached is not null) return cached;
            _ = Preloaded.Value; // the first miss fills the whole unified-ideograph block at once
            cached = BmpCache[cp];
            if (cached is not null) return cached;
            var converted = Convert(r);
            BmpCache[cp] = converted;
            return converted;
        }
        return SupplementaryCache.GetOrAdd(cp, static c => Convert(new Rune(c)));
    }

    // The one-character simplified form of each unified ideograph (U+4E00–U+9FFF) as the preload found it, '\0' where
    // it is longer or was left to the lazy path. The metadata rules simplify every line they read, character by
    // character (ChineseText.Simplify): a 42 KB table of characters stays in cache, where a string per character is
    // one more load from wherever that string lies.
    private static readonly Lazy<char[]> OneCharUnified = new(() =>
    {
        _ = Preloaded.Value;
        var table = new char[0x9FFF - 0x4E00 + 1];
        for (int i = 0; i < table.Length; i++) table[i] = BmpCache[0x4E00 + i] is { Length: 1 } one ? one[0] : '\0';
        return table;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Per unified ideograph (index: code point − U+4E00), its simplified form when that is one character, else '\0'
    /// (then ask <see cref="ToSimplified"/>, which gives the same answer for every other character).
    /// </summary>
    internal static ReadOnlySpan<char> OneCharSimplifiedUnified => OneCharUnified.Value;

    // One ICU call for the whole CJK Unified Ideographs block (U+4E00–U+9FFF), one character per line so that no
    // rule sees a neighbour: a cold process (the CLI, the host's first query) would otherwise make thousands of
    // single-character calls. Characters that do not come back one line each are left to the lazy path.
    private static bool PreloadUnifiedIdeographs()
    {
        const int first = 0x4E00, last = 0x9FFF;
        var sb = new StringBuilder((last - first + 1) * 2);
        for (int cp = first; cp <= last; cp++) sb.Append((char)cp).Append('\n');
        var lines = Transform.Value!.Transliterate(sb.ToString()).Split('\n');
        if (lines.Length != last - first + 2) return true;
        for (int cp = first; cp <= last; cp++)
        {
            var line = lines[cp - first];
            if (line.Length > 0) BmpCache[cp] ??= line;
        }
        return true;
    }

    private static string Convert(Rune r)
    {
        var original = r.ToString();
        var result = Transform.Value!.Transliterate(original);
        return string.IsNullOrEmpty(result) ? original : result;
    }
}
