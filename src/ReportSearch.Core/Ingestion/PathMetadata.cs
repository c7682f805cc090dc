using System.Text.RegularExpressions;
using ReportSearch.Places;

namespace ReportSearch.Ingestion;

/// <summary>
/// The weakest source: what folder and file names say, as in <c>西园街道/2021/总结.txt</c> or
/// <c>晋江市/西园街道2021年工作总结.docx</c>. Title falls back to the file name.
/// </summary>
internal static partial class PathMetadata
{
    // A year standing alone in a name: not part of a longer number or of a word like a hash (e28e2021f).
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<year>(?:19|20)\d{2})(?![0-9])")]
    private static partial Regex Year();

    public static ReportMetadata FromPath(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return new ReportMetadata();
        var stem = Path.GetFileNameWithoutExtension(parts[^1]);
        var names = parts[..^1].Select(ChineseText.ForMatching).Append(ChineseText.ForMatching(stem)).ToArray();

        // Folder names from the top down and the file name read as one issuing chain: 湖州市/吴兴区/2013 → 吴兴区.
        var place = RegionRecognizer.Recognize([(DocumentZone.Org, string.Join("/", names[..^1])), (DocumentZone.Title, names[^1])]);
        IReadOnlyList<string>? path = place.Place?.Path;
        // A place name several units bear (龙溪镇/2016/…) still names the unit, without a path.
        string? district = path?[^1] ?? names.Reverse().SelectMany(n => UnitNames.ParseChain(n)).Select(u => u.Name).FirstOrDefault(Gazetteer.Default.IsPlaceName);
        int? year = null;
        for (int i = names.Length - 1; i >= 0 && year is null; i--)
        {
            var m = Year().Match(names[i]);
            if (m.Success) year = int.Parse(m.Groups["year"].Value);
        }
        return new ReportMetadata
        {
            Title = stem.Length > 0 ? stem : null, District = district, Year = year,
            RegionPath = path, Region = path is null ? null : string.Join(" › ", path),
        };
    }
}
