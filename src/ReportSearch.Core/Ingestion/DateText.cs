using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Reads the date forms found in report headers (2025-02-08, 2025/2/8, 2025.02.08, 2025年2月8日) as yyyy-MM-dd,
/// also with the time glued to the day, as some sites print it (2021-03-2918:26 is 2021-03-29 at 18:26).
/// </summary>
internal static partial class DateText
{
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?:(?!\d)|(?=\d{1,2}:\d{2}))")]
    private static partial Regex Date();

    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Date().Match(text);
        if (!m.Success) return null;
        int y = int.Parse(m.Groups["y"].Value), mo = int.Parse(m.Groups["m"].Value), d = int.Parse(m.Groups["d"].Value);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return $"{y:D4}-{mo:D2}-{d:D2}";
    }
}
