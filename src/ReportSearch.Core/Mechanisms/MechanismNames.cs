using System.Globalization;
using System.Text;
using ReportSearch.Analysis;

namespace ReportSearch.Mechanisms;

/// <summary>
/// How a written name becomes the mechanism's identity: “六個一”工作機制, 六个一机制 and “六个一” are one mechanism.
/// </summary>
public static class MechanismNames
{
    public const int MinChars = 2;
    public const int MaxChars = 16;

    /// <summary>
    /// Words that say what kind of thing a name is. They follow the name (“六个一”工作机制, “放管服”改革) but are not
    /// part of it: one is removed from the end of a key, longest first, when what remains still names something.
    /// Simplified script, since keys are normalized first.
    /// </summary>
    public static readonly string[] KindSuffixes =
    [
        "工作机制", "长效机制", "工作模式", "工作制度", "工作体系", "工作法", "工作制",
        "机制", "模式", "制度", "体系", "工程", "行动", "改革", "活动", "工作",
    ];

    /// <summary>The identity of a written name (quotes and kind suffix are dropped); null when it cannot be a name.</summary>
    public static string? Key(string written) => KeyOfNormalized(TextNormalizer.NormalizeToString(written));

    /// <summary><see cref="Key"/> of a name already normalized (<see cref="TextNormalizer"/>).</summary>
    internal static string? KeyOfNormalized(string normalized)
    {
        var core = StripQuotes(normalized);
        core = StripKindSuffix(core);
        return IsPlausible(core) ? core : null;
    }

    /// <summary>The name to show: simplified script and folded width like the key, but letter case as written.</summary>
    public static string Display(string written)
    {
        var sb = new StringBuilder(written.Length);
        foreach (var rune in written.EnumerateRunes())
        {
            if (CharClass.IsCjk(rune.Value)) sb.Append(ScriptConverter.ToSimplified(rune));
            else if (rune.IsAscii) sb.Append((char)rune.Value); // NFKC leaves ASCII as it is
            else sb.Append(rune.ToString().Normalize(NormalizationForm.FormKC));
        }
        var display = StripQuotes(sb.ToString());
        var stripped = StripKindSuffix(display);
        return stripped;
    }

    /// <summary>The kind suffix <paramref name="text"/> starts with (normalized), or null.</summary>
    public static string? KindSuffixAt(string normalizedText)
    {
        foreach (var s in KindSuffixes)
            if (normalizedText.StartsWith(s, StringComparison.Ordinal)) return s;
        return null;
    }

    // What is left must still name something: three characters, or two that count (两新工作 → 两新), while 山水工程
    // stays whole (山水 alone names nothing). Nor may it end in a count that needs its noun, or be an amount: 一号工程,
    // 碳达峰十大行动 and 千万工程 stay whole (一号, 十大 and 千万 name nothing).
    private static string StripKindSuffix(string core)
    {
        foreach (var s in KindSuffixes)
        {
            if (!core.EndsWith(s, StringComparison.Ordinal)) continue;
            var rest = core[..^s.Length];
            if (NeedsItsKindWord(rest)) return core;
            if (rest.Length >= 3 || rest.Length == MinChars && rest.Any(c => StructuredNames.IsNumeral(c) || c == '双')) return rest;
        }
        return core;
    }

    /// <summary>A name that names nothing without the kind word after it (“千万”工程, “一号”工程, “碳达峰十大”行动): an
    /// amount, or a count that waits for its noun. Normalized text.</summary>
    public static bool NeedsItsKindWord(string name) =>
        EndsInBareCount(name) || NotMechanismShapes.Of(name) == NotMechanismShapes.Kind.Amount;

    // 十大, 十项重大, 七个专项, 7个专项: a count and its measure word, perhaps with a word that only qualifies the noun
    // to come.
    private static bool EndsInBareCount(string s)
    {
        foreach (var q in Qualifiers)
            if (s.Length > q.Length && s.EndsWith(q, StringComparison.Ordinal)) { s = s[..^q.Length]; break; }
        return s.Length >= 2 && CountWords.Contains(s[^1]) && (StructuredNames.IsNumeral(s[^2]) || s[^2] == '双' || char.IsAsciiDigit(s[^2]));
    }

    private static readonly string[] Qualifiers = ["专项", "重大", "主要"];

    // “六个一”工作机制 as typed in a search box: the quoted part is the name, the kind word after it is not.
    private static string StripQuotes(string s)
    {
        s = s.Trim();
        if (s.Length > 2 && Array.IndexOf(QuoteChars, s[0]) >= 0)
        {
            int close = s.IndexOfAny(QuoteChars, 1);
            if (close > 1) return s[1..close];
        }
        return s.Trim(QuoteChars);
    }

    internal static readonly char[] QuoteChars = ['“', '”', '「', '」', '『', '』', '‘', '’', '"', '\''];

    /// <summary>A character a name may hold: Han, letters, digits, and the joiners of X+Y and A·B forms.</summary>
    public static bool IsNameChar(char c) =>
        CharClass.IsCjk(c) || char.IsAsciiLetterOrDigit(c) || c is '+' or '＋' or '·' or '•'
        || c is >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or >= '０' and <= '９';

    /// <summary>
    /// Two to sixteen name characters (an inner 、 allowed, as in 双随机、一公开), with a Han character or at least
    /// three digits (“1533”): a lone word of letters is an abbreviation, not a mechanism's name.
    /// </summary>
    public static bool IsPlausible(string key)
    {
        if (key.Length is < MinChars or > MaxChars) return false;
        if (key[0] == '、' || key[^1] == '、') return false;
        bool han = false;
        int digits = 0;
        foreach (char c in key)
        {
            if (c == '、') continue;
            if (!IsNameChar(c)) return false;
            if (CharClass.IsCjk(c)) han = true;
            else if (char.IsAsciiDigit(c)) digits++;
        }
        return (han || digits >= 3 && digits == key.Length) && !IsBareCount(key);
    }

    /// <summary>A count without the thing counted (五大, 十项, 三个): the rest of the name is outside the quotes or was
    /// cut as a kind word, and what is left names nothing.</summary>
    public static bool IsBareCount(string key)
    {
        int i = 0;
        while (i < key.Length && (StructuredNames.IsNumeral(key[i]) || key[i] == '双')) i++;
        if (i == 0 || i == key.Length) return false;
        while (i < key.Length && CountWords.Contains(key[i])) i++;
        return i == key.Length;
    }

    internal const string CountWords = "大个项条类种批号";

    internal static bool IsHan(char c) => CharClass.IsCjk(c) && char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;
}
