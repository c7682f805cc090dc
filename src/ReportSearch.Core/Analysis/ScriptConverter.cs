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
            var converted = Convert(r);
            BmpCache[cp] = converted;
            return converted;
        }
        return SupplementaryCache.GetOrAdd(cp, static c => Convert(new Rune(c)));
    }

    private static string Convert(Rune r)
    {
        var original = r.ToString();
        var result = Transform.Value!.Transliterate(original);
        return string.IsNullOrEmpty(result) ? original : result;
    }
}
