using System.Text.RegularExpressions;
using ReportSearch.Places;

namespace ReportSearch.Ingestion;

/// <summary>
/// The report's region, precision first. Strong evidence names the place in what the document says about its own
/// author: the title, the issuing body (header, title, signature, 印发 line), the session line, the site column it
/// was filed under, a national addressee line. Without it, a place recognised in the running text is the region
/// only when the document also speaks of itself at that place's level (我街道, 本镇, 全县, 我市); otherwise it is a
/// mentioned place, and the region stays unknown.
/// </summary>
internal static partial class ReportRegion
{
    public sealed record Result(RegionResult Region, MetadataOrigin Origin, IReadOnlyList<string> Mentioned);

    // 我街道, 本镇, 全县, 我市, 全省: the level the document speaks of itself at.
    [GeneratedRegex(@"[全我本](?<unit>省|市|县|区|镇|乡|街道)")]
    private static partial Regex SelfReference();

    private const int MinSelfReferences = 2;

    public static Result Of(List<(DocumentZone Zone, string Text)> strongZones, List<(DocumentZone Zone, string Text)> allZones, bool nationalAddressee)
    {
        var strong = RegionRecognizer.Recognize(strongZones);
        if (strong.National || strong.Place is not null) return new Result(strong, MetadataOrigin.Gazetteer, []);
        if (nationalAddressee) return new Result(new RegionResult(null, true), MetadataOrigin.Addressee, []);

        var weak = RegionRecognizer.Recognize(allZones);
        if (weak.National) return new Result(weak, MetadataOrigin.Gazetteer, []);
        if (weak.Place is null) return new Result(RegionResult.Unknown, MetadataOrigin.Inferred, []);
        var text = string.Join('\n', allZones.Select(z => z.Text));
        if (SpeaksAtLevelOf(weak.Place, text)) return new Result(weak, MetadataOrigin.SelfReference, []);
        var opening = string.Join('\n', allZones.Where(z => z.Zone == DocumentZone.Opening).Select(z => z.Text));
        if (IsSubjectOfOpening(weak.Place, opening)) return new Result(weak, MetadataOrigin.SelfReference, []);
        return new Result(RegionResult.Unknown, MetadataOrigin.Inferred, [string.Join(" › ", weak.Place.Path)]);
    }

    // The unit opens a clause of the opening lines (今年以来，常泰街道坚持…; 2021年，西园街道…): the report speaks of it
    // as its subject. A unit cited after 如, 与 or 向 does not open a clause.
    private static bool IsSubjectOfOpening(Place place, string opening)
    {
        for (int i = opening.IndexOf(place.Name, StringComparison.Ordinal); i >= 0; i = opening.IndexOf(place.Name, i + 1, StringComparison.Ordinal))
        {
            var before = opening.AsSpan(0, i).TrimEnd();
            if (before.Length == 0 || before[^1] is '\n' or '，' or ',' or '。' or '；' or ';' or '：' or ':' || before.EndsWith("以来") || before.EndsWith("年来") || before.EndsWith("中共"))
                return true;
        }
        return false;
    }

    private static bool SpeaksAtLevelOf(Place place, string text)
    {
        var units = SelfReference().Matches(text).Select(m => m.Groups["unit"].Value).ToList();
        var suffix = UnitSuffix(place);
        return suffix is not null && units.Count(u => u == suffix || suffix is "镇" or "乡" or "街道" && u is "镇" or "乡" or "街道") >= MinSelfReferences;
    }

    // The word a unit uses for itself: 西园街道 → 街道, 晋江市 → 市, 吴兴区 → 区, 福建省 → 省.
    private static string? UnitSuffix(Place place)
    {
        var name = place.Name;
        foreach (var s in new[] { "街道", "镇", "乡", "县", "区", "市", "省" })
            if (name.EndsWith(s, StringComparison.Ordinal)) return s;
        return place.Level == PlaceLevel.Province ? "省" : null;
    }
}
