using ReportSearch.Analysis;
using System.Text.RegularExpressions;
using ReportSearch.Places;

namespace ReportSearch.Ingestion;

/// <summary>
/// The weakest source: what folder and file names say, as in <c>西园街道/2021/总结.txt</c> or
/// <c>晋江市/西园街道2021年工作总结.docx</c>. Title falls back to the file name.
/// </summary>
internal static partial class PathMetadata
{
    // A year standing alone in a name: not part of a longer number or of a word like a hash, on either side
    // (e28e2021f, POL_1928A1C25FA1188CD30F).
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<year>(?:19|20)\d{2})(?![0-9A-Za-z])")]
    private static partial Regex Year();

    // Generic page and file names that name nothing: index.html, default.aspx, content_12345, 附件1.
    [GeneratedRegex(@"^(?:index|default|content|detail|article|page|view|show|main|news|doc|file|document|attachment|附件|正文|新建文本文档|新建\s*Microsoft Word 文档)[\s_\-\d]*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericName();

    // A part of a name joined by underscores that is a code: letters and digits only (HB, 0203, t20240313).
    [GeneratedRegex(@"(?:^|_)[0-9A-Za-z]+(?=_|$)")]
    private static partial Regex CodePart();

    /// <summary>
    /// A file name is a title only when it is a real name: words with at least two Han characters, not a hash or a
    /// number (000_e28e3db9f9a1f121, t20240313_1102928), not a generic page name (index, 附件1), and not a catalogue
    /// key, parts joined by underscores with a code among them (HB_人民政府_政府规章_0203, 西园街道_2021_03): a crawler's
    /// or a clerk's key names the list a document came from, not the document.
    /// </summary>
    public static bool IsRealName(string stem)
    {
        var s = stem.Trim();
        if (s.Length == 0 || GenericName().IsMatch(s)) return false;
        if (s.Contains('_') && CodePart().IsMatch(s)) return false;
        return s.Count(ChineseText.IsHan) >= 2;
    }

    /// <param name="latestYear">The latest year a report may be about (<see cref="ReportYear.LatestPlausible"/>): a name's
    /// 2081 is a number, not a year.</param>
    public static ReportMetadata FromPath(string relativePath, int latestYear)
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
            if (m.Success && DigitText.Value(m.Groups["year"].Value) is var y && y <= latestYear) year = y;
        }
        return new ReportMetadata
        {
            Title = IsRealName(stem) ? stem : null, District = district, Year = year,
            RegionPath = path, Region = path is null ? null : string.Join(" › ", path),
        };
    }
}
