using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Analysis;

/// <summary>
/// Recognises pinyin readings that some archives print in parentheses after a character, as in
/// <c>政務(wù)公開</c>. Only a single, well-formed pinyin syllable counts, so ordinary parentheses such as
/// (一), (CAD) or (记者黄祖祥) are never taken for one.
/// </summary>
public static partial class PinyinAnnotation
{
    // Standard initials and finals of Mandarin pinyin, tone marks removed, ü also written v.
    [GeneratedRegex("^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|ue|er|a|o|e|i|u|ü|ê)[1-5]?$|^(?:m|n|ng|hm|hng)[1-5]?$")]
    private static partial Regex Syllable();

    private const string ToneVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ";
    private const string PlainVowels = "aaaaeeeeiiiioooouuuuüüüümnnn";

    /// <summary>
    /// True when the original text of an annotation may be pinyin by its letter case: readings are printed in
    /// lower case (wù, gong1); capitals without a tone mark or digit are an abbreviation (AI, CAD, GDP).
    /// </summary>
    public static bool CaseFits(ReadOnlySpan<char> originalInner)
    {
        bool upper = false, toned = false;
        foreach (var c in originalInner)
        {
            if (char.IsUpper(c)) upper = true;
            if (ToneVowels.Contains(char.ToLowerInvariant(c)) || c is >= '1' and <= '5' or >= '１' and <= '５') toned = true;
        }
        return !upper || toned;
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
}
