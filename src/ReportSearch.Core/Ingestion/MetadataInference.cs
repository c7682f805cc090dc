using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Infers metadata that a report does not state: the title is its first substantial line; the district is
/// the issuing unit named in the title (…街道/…镇/…区…); the year is a 4-digit year in the title, else in the
/// opening lines.
/// </summary>
public static partial class MetadataInference
{
    [GeneratedRegex(@"(?<unit>[\p{IsCJKUnifiedIdeographs}]{1,12}?(?:街道|镇|乡|区|县|市))")]
    private static partial Regex UnitName();

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex YearMention();

    private const int OpeningLines = 5;

    public static ReportMetadata Infer(IReadOnlyList<string> lines)
    {
        var substantial = lines.Select(l => l.Trim()).Where(l => l.Length >= 2).Take(OpeningLines).ToList();
        var title = substantial.FirstOrDefault();
        var origins = new Dictionary<string, MetadataOrigin>();
        if (title is not null) origins["title"] = MetadataOrigin.Inferred;

        string? district = null;
        foreach (var line in substantial)
        {
            var m = UnitName().Match(line);
            if (m.Success) { district = m.Groups["unit"].Value; origins["district"] = MetadataOrigin.Inferred; break; }
        }

        int? year = null;
        foreach (var line in substantial)
        {
            var m = YearMention().Match(line);
            if (m.Success) { year = int.Parse(m.Groups["year"].Value); origins["year"] = MetadataOrigin.Inferred; break; }
        }

        return new ReportMetadata { Title = title, District = district, Year = year, Origins = origins };
    }
}
