using ReportSearch.Analysis;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Reads the date forms found in report headers (2025-02-08, 2025/2/8, 2025.02.08, 2025年2月8日, a byline's 08.02.2025) as yyyy-MM-dd,
/// also with the time glued to the day, as some sites print it (2021-03-2918:26 is 2021-03-29 at 18:26).
/// </summary>
internal static partial class DateText
{
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?:(?!\d)|(?=\d{1,2}:\d{2}))")]
    private static partial Regex Date();

    // A site's byline may put the day first, with dots (15.07.2015 13:49; 31.08.2016): never the month first, which
    // no Chinese page writes.
    [GeneratedRegex(@"^\s*(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex DayFirstDate();

    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Fullwidth digits (２０２１年３月) are dates as much as ASCII ones (header values do not pass ForMatching).
        var ascii = ChineseText.AsciiDigits(text);
        var m = Date().Match(ascii);
        if (!m.Success) m = DayFirstDate().Match(ascii);
        if (!m.Success) return null;
        int y = DigitText.Value(m.Groups["y"].Value), mo = DigitText.Value(m.Groups["m"].Value), d = DigitText.Value(m.Groups["d"].Value);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return $"{y:D4}-{mo:D2}-{d:D2}";
    }

    /// <summary>
    /// Of two posting dates (yyyy-MM-dd or null) the earlier: the page's first posting. A site re-posting a page puts its
    /// own byline (发布时间：2025-06-30) above the one it copied (发布时间：2016-11-19), and an 更新时间 follows the 发布时间.
    /// </summary>
    public static string? FirstPosting(string? first, string? other) =>
        first is null || other is not null && string.CompareOrdinal(other, first) < 0 ? other : first;

    /// <summary>
    /// A date whose 年 and 月 the page lost, its digits run together (——2020116日在…会议上, ——20191226日在…): the year,
    /// then the month and the day without padding. A run with two readings (116: 1月16日 or 11月6日) takes the earliest
    /// that is not after <paramref name="notAfter"/> (the page's own posting or header date: a copy is posted after
    /// the document); null when no reading is a real date.
    /// </summary>
    public static string? NormalizeRun(string run, string? notAfter)
    {
        if (run.Length is < 5 or > 8 || !run.All(char.IsAsciiDigit)) return null;
        int y = int.Parse(run[..4]);
        var rest = run[4..];
        string? best = null;
        for (int k = 1; k <= 2 && k < rest.Length; k++)
        {
            if (rest.Length - k > 2) continue;
            int mo = int.Parse(rest[..k]), d = int.Parse(rest[k..]);
            if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) continue;
            var date = $"{y:D4}-{mo:D2}-{d:D2}";
            if (notAfter is not null && string.CompareOrdinal(date, notAfter) > 0) continue;
            if (best is null || string.CompareOrdinal(date, best) < 0) best = date;
        }
        return best;
    }
}
