using System.Text.RegularExpressions;

/// <summary>
/// The same document written some years earlier: every year in it (2019, 2019-03-01, 〔2019〕, 二〇一九年) moved back by
/// the same number of years. A reader dates the copy that many years earlier. Where the rules date the document itself
/// right and the copy otherwise, they depend on the years they were tuned on (a window of plausible years, a clock, a
/// numeral form).
/// </summary>
internal static partial class OtherYears
{
    private const string Numerals = "〇一二三四五六七八九";

    // Half- or full-width digits, each kept in its width.
    [GeneratedRegex(@"(?<![0-9０-９])(?:[1１][9９][5-9５-９][0-9０-９]|[2２][0０][0-3０-３][0-9０-９])(?![0-9０-９])")]
    private static partial Regex ArabicYear();

    // 〇 written as 零, ○ or a Latin O, as typed documents do.
    [GeneratedRegex(@"[〇零○OＯ一二三四五六七八九]{4}(?=\s*年)")]
    private static partial Regex NumeralYear();

    public static string Shift(string text, int years)
    {
        text = ArabicYear().Replace(text, m =>
        {
            bool wide = m.Value[0] > '9';
            var shifted = (int.Parse(string.Concat(m.Value.Select(c => wide ? (char)(c - '０' + '0') : c))) - years).ToString();
            return wide ? string.Concat(shifted.Select(c => (char)(c - '0' + '０'))) : shifted;
        });
        return NumeralYear().Replace(text, m =>
        {
            var digits = string.Concat(m.Value.Select(c => c is '零' or '○' or 'O' or 'Ｏ' ? '0' : (char)('0' + Numerals.IndexOf(c))));
            int year = int.Parse(digits) - years;
            return string.Concat(year.ToString().Select(d => Numerals[d - '0']));
        });
    }

    /// <summary>A yyyy-mm-dd date moved back by the same years (29 February to 28 where the year has none).</summary>
    public static string? ShiftDate(string? date, int years)
    {
        if (date is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", out var d)) return date;
        return d.AddYears(-years).ToString("yyyy-MM-dd");
    }
}
