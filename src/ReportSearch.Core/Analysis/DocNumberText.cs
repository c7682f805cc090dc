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
    private static partial Regex Number();

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
        return m.Success ? $"{m.Groups["code"].Value}〔{m.Groups["year"].Value}〕{int.Parse(m.Groups["serial"].Value)}号" : null;
    }

    /// <summary>The standard form of the first document number in <paramref name="text"/>, or null when it holds none.</summary>
    public static string? Canonical(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Number().Match(Fold(text));
        return m.Success ? $"{m.Groups["code"].Value}〔{m.Groups["year"].Value}〕{int.Parse(m.Groups["serial"].Value)}号" : null;
    }

    /// <summary>The year a document number carries (国发〔2017〕35号 → 2017), or null.</summary>
    public static int? YearOf(string? docNumber)
    {
        var m = docNumber is null ? Match.Empty : Number().Match(Fold(docNumber));
        return m.Success ? int.Parse(m.Groups["year"].Value) : null;
    }

    /// <summary>
    /// The document numbers in <paramref name="simplifiedText"/> (already in simplified script, as the recognition
    /// view of a line is) with their positions in it.
    /// </summary>
    public static IEnumerable<(int Index, int Length, string Canonical)> FindAll(string simplifiedText)
    {
        foreach (Match m in Number().Matches(simplifiedText))
            yield return (m.Index, m.Length, $"{m.Groups["code"].Value}〔{m.Groups["year"].Value}〕{int.Parse(m.Groups["serial"].Value)}号");
    }

    /// <summary>
    /// The key a stored or queried number is compared by: its canonical form when it is one, else the text
    /// normalized as all text is (so a number in an unusual form still matches itself).
    /// </summary>
    public static string Key(string text) => Canonical(text) ?? TextNormalizer.NormalizeToString(text).Replace(" ", "");

    // Script and width folded as the analysis normalizes them (號 → 号, full-width digits → ASCII), brackets kept:
    // NFKC would turn （） into (), which the pattern accepts as well. Length-preserving for the characters that matter.
    private static string Fold(string text) => TextNormalizer.NormalizeToString(text);
}
