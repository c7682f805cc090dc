using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>Reads the date forms found in report headers (2025-02-08, 2025/2/8, 2025.02.08, 2025年2月8日) as yyyy-MM-dd.</summary>
internal static partial class DateText
{
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?!\d)")]
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
