using System.Text.RegularExpressions;

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

        string? district = null, region = null;
        int? year = null;
        // Nearest name first: the file, then its folder, then the folders above.
        for (int i = names.Length - 1; i >= 0; i--)
        {
            var name = names[i];
            bool isFile = i == names.Length - 1;
            var chain = UnitNames.ParseChain(name);
            if (chain.Count > 0 && (isFile || UnitNames.IsWholeChain(name, out _)))
            {
                district ??= UnitNames.DistrictOf(chain);
                region ??= UnitNames.RegionOf(chain);
            }
            if (year is null)
            {
                var m = Year().Match(name);
                if (m.Success) year = int.Parse(m.Groups["year"].Value);
            }
        }
        return new ReportMetadata { Title = stem.Length > 0 ? stem : null, District = district, Region = region, Year = year };
    }
}
