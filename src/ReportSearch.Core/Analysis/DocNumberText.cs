using System.Buffers;
using System.Text.RegularExpressions;

namespace ReportSearch.Analysis;

/// <summary>
/// The one rule for matching a document number (文号): 国发〔2017〕35号, 国发[2017]35号, 国发（2017）35号,
/// 国发(2017)35号 and 国发【2017】35号 are the same number. <see cref="Canonical"/> writes each in the standard form
/// (GB/T 9704: the year in 〔〕, no spaces, simplified script), which is both the stored value and the key a
/// <c>docNumber:</c> filter compares.
/// </summary>
public static partial class DocNumberText
{
    // The issuer's code (国发, 浙卫发, 科工法字, 沈政令), the year in any bracket, the serial number, 号.
    // Sites also print the year in the small brackets ﹝﹞ and in 〖〗.
    [GeneratedRegex(@"(?<code>[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,16})\s*[〔\[（(【［{﹝〖]\s*(?<year>(?:19|20)\d{2})\s*[〕\]）)】］}﹞〗]\s*第?\s*(?<serial>\d{1,5})\s*号")]
    internal static partial Regex Number();

    // A number whose closing bracket and 号 the page lost, printed in a font the text layer did not keep
    // (南兴府办函〔202058 for 南兴府办函〔2020〕58号): the year has four digits, so the serial is what follows it; or
    // only its 号 (南兴府办函〔2020〕58).
    [GeneratedRegex(@"^(?<code>\p{IsCJKUnifiedIdeographs}{2,16})\s*[〔\[（(【［﹝〖]\s*(?<year>(?:19|20)\d{2})\s*[〕\]）)】］﹞〗]?\s*(?<serial>\d{1,4})$")]
    private static partial Regex LostClosing();

    /// <summary>
    /// The standard form of a line that is a document number whose closing bracket and 号, or 号 alone, were lost
    /// (南兴府办函〔202058 → 南兴府办函〔2020〕58号), or null. Only for a line standing alone, never for running text,
    /// where the digits after a year may be anything.
    /// </summary>
    public static string? RepairLostClosing(string line)
    {
        var m = LostClosing().Match(Fold(line.Trim()));
        return m.Success ? $"{m.Groups["code"].Value}〔{m.Groups["year"].Value}〕{DigitText.Value(m.Groups["serial"].Value)}号" : null;
    }

    /// <summary>The standard form of the first document number in <paramref name="text"/>, or null when it holds none.</summary>
    public static string? Canonical(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Number().Match(Fold(text));
        return m.Success ? $"{m.Groups["code"].Value}〔{m.Groups["year"].Value}〕{DigitText.Value(m.Groups["serial"].Value)}号" : null;
    }

    /// <summary>The year a document number carries (国发〔2017〕35号 → 2017), or null.</summary>
    public static int? YearOf(string? docNumber)
    {
        var m = docNumber is null ? Match.Empty : Number().Match(Fold(docNumber));
        return m.Success ? DigitText.Value(m.Groups["year"].Value) : null;
    }

    /// <summary>
    /// Whether a number found at the start of a heading is the heading's own words read as an issuer's code (关于落实
    /// 宁政发〔2020〕1号文件的通知, 某市人民政府关于落实某政发〔2021〕12号文件的通知): a code never holds 关于.
    /// </summary>
    public static bool ReadsHeadingAsCode(string simplifiedMatch) => simplifiedMatch.Contains("关于", StringComparison.Ordinal);

    /// <summary>
    /// The document numbers in <paramref name="simplifiedText"/> (already in simplified script, as the recognition
    /// view of a line is) with their positions in it.
    /// </summary>
    public static IEnumerable<(int Index, int Length, string Canonical)> FindAll(string simplifiedText)
    {
        // Every number ends in 号: most text has none, and the pattern would be tried at each of its Han characters.
        if (!simplifiedText.Contains('号') || !HoldsBracketedYear(simplifiedText)) yield break;
        foreach (Match m in Number().Matches(simplifiedText))
            yield return (m.Index, m.Length, $"{m.Groups["code"].Value}〔{m.Groups["year"].Value}〕{DigitText.Value(m.Groups["serial"].Value)}号");
    }

    // Where the pattern can match, an opening bracket stands before a year (spaces between): most text with 号 and
    // brackets has none, and the pattern, led by the code's Han characters, is tried at each of them.
    private static bool HoldsBracketedYear(string text)
    {
        var span = text.AsSpan();
        for (int at = span.IndexOfAny(NumberOpeners); at >= 0; )
        {
            int q = at + 1;
            while (q < span.Length && char.IsWhiteSpace(span[q])) q++;
            if (q + 3 < span.Length && (span[q] == '1' && span[q + 1] == '9' || span[q] == '2' && span[q + 1] == '0') && char.IsDigit(span[q + 2]) && char.IsDigit(span[q + 3]))
                return true;
            int next = span[(at + 1)..].IndexOfAny(NumberOpeners);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    // The opening brackets the number's pattern allows around its year.
    private static readonly SearchValues<char> NumberOpeners = SearchValues.Create("〔[（(【［{﹝〖");

    /// <summary>
    /// The key a stored or queried number is compared by: its canonical form when it is one, else the text
    /// normalized as all text is (so a number in an unusual form still matches itself).
    /// </summary>
    public static string Key(string text) => Canonical(text) ?? TextNormalizer.NormalizeToString(text).Replace(" ", "");

    /// <summary>
    /// Writes the brackets of a 文号's year in the standard 〔〕 wherever normalized text holds one (国发[2017]35号,
    /// 国发（2017）35号 and 国发【2017】35号 all read 国发〔2017〕35号), so the text search finds a number however it is
    /// bracketed. Called by <see cref="TextNormalizer"/> on every text, documents and queries alike: one bracket for
    /// another, in place, so offsets do not move. A year is four digits from 1900 to 2099, closed and followed by the
    /// serial and 号 (第 allowed): (2017)年度 or [2017] alone are left as written.
    /// </summary>
    public static void FoldYearBrackets(Span<char> normalized)
    {
        for (int open = normalized.IndexOfAny(YearOpeners); open >= 0 && open + 6 < normalized.Length; )
        {
            if (IsBracketedYearBeforeSerial(normalized, open))
            {
                normalized[open] = '〔';
                normalized[open + 5] = '〕';
            }
            int next = normalized[(open + 1)..].IndexOfAny(YearOpeners);
            open = next < 0 ? -1 : open + 1 + next;
        }
    }

    /// <summary>True for the brackets <see cref="FoldYearBrackets"/> writes: normalized text may hold them where the original
    /// had another bracket.</summary>
    internal static bool IsYearBracket(char c) => c is '〔' or '〕';

    // The opening and closing brackets a year may be written in once text is normalized (NFKC turns （［｛ into ([{).
    private const string YearOpeners = "〔[(【{";
    private const string YearClosers = "〕])】}";

    private static bool IsBracketedYearBeforeSerial(ReadOnlySpan<char> s, int open)
    {
        if (s.Length - open < 8) return false; // 〔2017〕1号 at least
        var year = s.Slice(open + 1, 4);
        if (!(year[0] == '1' && year[1] == '9' || year[0] == '2' && year[1] == '0') || !char.IsAsciiDigit(year[2]) || !char.IsAsciiDigit(year[3]))
            return false;
        if (!YearClosers.Contains(s[open + 5])) return false;
        int i = open + 6;
        if (i < s.Length && s[i] == '第') i++;
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && digits <= 5) { i++; digits++; }
        return digits is >= 1 and <= 5 && i < s.Length && s[i] == '号';
    }

    // Script and width folded as the analysis normalizes them (號 → 号, full-width digits → ASCII), brackets kept:
    // NFKC would turn （） into (), which the pattern accepts as well. Length-preserving for the characters that matter.
    private static string Fold(string text) => TextNormalizer.NormalizeToString(text);
}
