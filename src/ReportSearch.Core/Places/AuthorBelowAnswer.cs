using System.Text.RegularExpressions;

namespace ReportSearch.Places;

/// <summary>
/// A county's or a town's page speaking in the first person (我县, 本镇, 我街道) is not the page of the city, province or
/// country it reports on: 4月10日，湖州市安全生产工作会议召开。…县委常委、副县长王某在县分会场参加会议。…我县随即召开会议
/// is the county's news of the city's meeting, 中央文明办测评组对我县…暗访测评 and 浙江省委农办公布…我县获评优秀 a county's
/// news of a higher body, 县政府办公室 forwarding 《湖州市人民政府办公室关于…的通知》 a county's notice. Such an answer,
/// above the author's own level, is a unit above the right one (wrong for the facet): no answer is better. The issuing
/// body is kept (a city's notice may quote a county's 我县), and so is a central body heading the title; a text that
/// also speaks as a city or province (我市, 本省) does not say which it is. 我区 is a district's only outside the
/// autonomous regions (in 广西's own texts 我区 is the region).
/// </summary>
internal static partial class AuthorBelowAnswer
{
    // First person only: 全县 and 全镇 may speak of a scope the text reports on, 我县 and 本镇 are the author's own.
    // 我区 is a district's, or an autonomous region's (新疆, 广西): it counts only where the answer lies in no
    // autonomous region.
    [GeneratedRegex(@"[我本](?<unit>县|旗|镇|乡|街道|区)(?![长委政])")]
    private static partial Regex LowerFirstPerson();

    // An issuing body named by its level alone (县政府办公室, 镇人民政府, 中共县委) is a county's or a town's own signature.
    [GeneratedRegex(@"^(?:中共)?(?<unit>县|旗|镇|乡|街道)(?:委|人民政府|政府|党委|党工委|办事处)")]
    private static partial Regex UnnamedIssuer();

    [GeneratedRegex(@"[我本](?:市|省)")]
    private static partial Regex UpperFirstPerson();

    public static RegionResult Check(RegionResult found, IReadOnlyList<(DocumentZone Zone, string Text)> zoned, Func<string, bool> headedByCentralBody)
    {
        if (!found.IsStrong || found.Evidence is RegionEvidence.Issuer) return found;
        if (zoned.Any(z => z.Zone is DocumentZone.Title or DocumentZone.Org && headedByCentralBody(z.Text))) return found;
        bool inAutonomousRegion = found.Place is { } answer && answer.Path[0].EndsWith("自治区", StringComparison.Ordinal);
        if (AuthorLevel(zoned, countDistricts: !found.National && !inAutonomousRegion) is not { } author) return found;
        bool above = found.National || found.Place is { } place && place.Level < author;
        // The unit above stays among the mentioned places (they hold every unit the text weighs).
        return above ? RegionResult.Unknown with { Mentioned = found.Mentioned } : found;
    }

    /// <summary>The level the text speaks as in the first person, its lowest; null where it also speaks as a city or province, or not at all.</summary>
    private static PlaceLevel? AuthorLevel(IReadOnlyList<(DocumentZone Zone, string Text)> zoned, bool countDistricts)
    {
        PlaceLevel? lowest = null;
        foreach (var (zone, text) in zoned)
        {
            if (UpperFirstPerson().IsMatch(text)) return null;
            var own = LowerFirstPerson().Matches(text).AsEnumerable();
            if (zone is DocumentZone.Org) own = own.Append(UnnamedIssuer().Match(text.Trim())).Where(m => m.Success);
            foreach (var m in own)
            {
                if (m.Groups["unit"].Value == "区" && !countDistricts) continue;
                var level = m.Groups["unit"].Value is "县" or "旗" or "区" ? PlaceLevel.County : PlaceLevel.Town;
                if (lowest is null || level > lowest) lowest = level;
            }
        }
        return lowest;
    }
}
