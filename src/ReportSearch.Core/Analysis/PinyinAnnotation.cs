using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Analysis;

/// <summary>
/// Recognises pinyin readings that some archives print in parentheses after a character, as in
/// <c>政務(wù)公開</c>. Only a single, well-formed pinyin syllable with a tone counts, so ordinary parentheses such as
/// (一), (CAD), (ai), (A1) or (记者黄祖祥) are never taken for one.
/// </summary>
public static partial class PinyinAnnotation
{
    // Standard initials and finals of Mandarin pinyin, tone marks removed, ü also written v.
    [GeneratedRegex("^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|ue|er|a|o|e|i|u|ü|ê)[1-5]?$|^(?:m|n|ng|hm|hng)[1-5]?$")]
    private static partial Regex Syllable();

    private const string ToneVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ";
    private const string PlainVowels = "aaaaeeeeiiiioooouuuuüüüümnnn";

    /// <summary>
    /// True when <paramref name="inner"/> (folded: lower case) carries a tone: a tone-marked vowel (wù) or a tone digit
    /// after at least two letters (wu4, shi2; not a1, which is a label such as 型号(A1)). Only a toned syllable is taken
    /// for a reading: an untoned one, (AI), (ai), is an abbreviation or a note. Judged on folded text alone, so that
    /// normalizing twice gives what normalizing once gives.
    /// </summary>
    public static bool HasTone(ReadOnlySpan<char> inner)
    {
        int letters = 0;
        bool digit = false;
        foreach (var c in inner)
        {
            if (ToneVowels.Contains(c)) return true;
            if (c is >= '1' and <= '5') digit = true;
            else letters++;
        }
        return digit && letters >= 2;
    }

    /// <summary>
    /// True when <paramref name="inner"/> (the text between the parentheses, already lower-cased) is one pinyin
    /// syllable. A bare one-letter syllable without a tone (a), (e) is refused: those are list markers.
    /// </summary>
    public static bool IsSyllable(ReadOnlySpan<char> inner)
    {
        if (inner.Length is 0 or > 7) return false;
        var plain = new StringBuilder(inner.Length);
        bool toned = false;
        foreach (var c in inner)
        {
            int tone = ToneVowels.IndexOf(c);
            if (tone >= 0) { plain.Append(PlainVowels[tone]); toned = true; }
            else if (c == 'v') plain.Append('ü');
            else if (c is >= 'a' and <= 'z' or 'ü' or 'ê') plain.Append(c);
            else if (c is >= '1' and <= '5') { plain.Append(c); toned = true; }
            else return false;
        }
        if (!toned && plain.Length < 2) return false;
        return Syllable().IsMatch(plain.ToString());
    }

    /// <summary>Longest text between the parentheses of a reading: a syllable with its tone, zhuàng or shuang4.</summary>
    public const int MaxInnerLength = 7;

    /// <summary>
    /// The one rule for where a reading ends: when <paramref name="text"/>[<paramref name="open"/>] opens a pinyin
    /// reading ("(" or "（", closed by ")" or "）" within <see cref="MaxInnerLength"/> characters, one toned syllable
    /// inside), the index just past its closing parenthesis; otherwise -1. Whether a Han character must precede is
    /// the caller's part. Used by <see cref="TextNormalizer"/> (on folded text) and by metadata recognition.
    /// </summary>
    public static int EndOfReading(ReadOnlySpan<char> text, int open)
    {
        if (open >= text.Length || text[open] is not ('(' or '（')) return -1;
        int limit = Math.Min(text.Length, open + MaxInnerLength + 2);
        for (int j = open + 1; j < limit; j++)
        {
            if (text[j] is not (')' or '）')) continue;
            // Most parentheses hold Han text ((一), (试行)): a character from U+2E80 up (Han, CJK punctuation, fullwidth
            // forms) is no letter of a reading in either case, so they are refused here, before lowering, which calls
            // into ICU for non-ASCII text and was most of the normalizer's time on Chinese text.
            if (text.Slice(open + 1, j - open - 1).ContainsAnyInRange('\u2E80', '\uFFFF')) return -1;
            Span<char> inner = stackalloc char[j - open - 1];
            text.Slice(open + 1, j - open - 1).ToLowerInvariant(inner);
            // The tone first: it allocates nothing and refuses most parentheses ((一), (2021), (CAD)) before the syllable check.
            return HasTone(inner) && IsSyllable(inner) ? j + 1 : -1;
        }
        return -1;
    }
}
