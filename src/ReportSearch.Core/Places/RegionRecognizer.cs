using System.Text.RegularExpressions;

namespace ReportSearch.Places;

/// <summary>The place a document is about: a gazetteer unit, or the whole country (全国), or unknown.</summary>
public sealed record RegionResult(Place? Place, bool National)
{
    public static readonly RegionResult Unknown = new(null, false);

    public const string NationalName = "全国";

    /// <summary>福建省, 泉州市, 晋江市, 西园街道; or 全国; null when unknown.</summary>
    public IReadOnlyList<string>? Path => National ? [NationalName] : Place?.Path;
}

/// <summary>Where in a document a text comes from; the parts that name the author weigh more than passing mentions.</summary>
public enum DocumentZone { Title, Org, Opening, Body }

/// <summary>
/// Decides which place a document is about from the place names in it. Each mention of a name weighs by where it
/// stands (title and issuing body 10, opening lines 3, the rest 1). A name that several units bear (西园街道 in four
/// cities) is resolved by hierarchy: the unit whose county, city or province the document also names wins; a short
/// form of a county (朝阳, 东方, 和平: often a common word) counts only with such support. The weights of each unit go
/// to its ancestors too, and the answer is the deepest unit that holds most of the weight: a provincial report
/// names its cities in passing, but they share the province's weight, while a street's profile holds its own.
/// A unit the title or the issuing body opens with (晋江市西园街道2021年工作总结) is taken as it stands.
/// Documents of central bodies (国务院, 全国人民代表大会, 中共中央, ministries) are national.
/// </summary>
public static partial class RegionRecognizer
{
    private static readonly Dictionary<DocumentZone, double> Weights = new()
    {
        [DocumentZone.Title] = 10, [DocumentZone.Org] = 10, [DocumentZone.Opening] = 3, [DocumentZone.Body] = 1,
    };

    // A deeper unit must hold this share of its parent's weight to be the document's place.
    private const double DescendShare = 0.5;
    private const int PartStride = 1_000_000;

    // Central bodies at the start of a title or an issuing body: 国务院办公厅关于…, 中共中央 国务院关于…, 中华人民共和国…法.
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年)?(?:国务院|中共中央|中央军委|中央|全国人民代表大会|全国人大|全国政协|中华人民共和国|国家(?!级)|(?:财政|教育|科学技术|工业和信息化|公安|民政|司法|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|交通运输|水利|农业农村|商务|文化和旅游|卫生健康|外交|国防)部)")]
    private static partial Regex NationalStart();

    // Central bodies and national events in the opening lines: 在第十一届全国人民代表大会第一次会议上, 国家主席习近平.
    [GeneratedRegex(@"全国人民代表大会(?!常务委员会第.{1,4}次会议批准)|全国人大|国务院总理|国家主席|中共中央|国务院(?:发布|批准|公布|令)|全国代表大会")]
    private static partial Regex NationalInOpening();

    // National subjects in a title without a place: 习近平会见…, 关于国家机关工作人员…, 全国…会议, 中国共产党….
    // (A local notice about a national campaign, 关于开展全国文明城市创建的通知, names its place in the issuing body.)
    [GeneratedRegex(@"习近平|国家主席|党中央|国务院|国家机关|中国共产党|^全国|^中央")]
    private static partial Regex NationalInTitle();

    public static RegionResult Recognize(IEnumerable<(DocumentZone Zone, string Text)> parts, PlaceNames? names = null)
    {
        names ??= PlaceNames.Default;
        var zoned = parts.Where(p => !string.IsNullOrEmpty(p.Text)).ToList();
        var mentions = new List<(PlaceMention Mention, DocumentZone Zone, int Order)>();
        int order = 0;
        // Order: the part's index times a large stride plus the position, so the first part of a zone is known.
        for (int part = 0; part < zoned.Count; part++)
            foreach (var m in names.Find(zoned[part].Text))
                mentions.Add((m, zoned[part].Zone, part * PartStride + order++ % PartStride));

        bool strongLocal = mentions.Any(m => m.Zone is DocumentZone.Title or DocumentZone.Org && !m.Mention.IsShortForm);
        foreach (var (zone, text) in zoned)
        {
            if (zone is DocumentZone.Title or DocumentZone.Org && NationalStart().IsMatch(text)) return new RegionResult(null, true);
        }
        if (!strongLocal && zoned.Any(p => p.Zone is DocumentZone.Title && NationalInTitle().IsMatch(p.Text) || p.Zone is DocumentZone.Title or DocumentZone.Opening && NationalInOpening().IsMatch(p.Text)))
            return new RegionResult(null, true);
        if (mentions.Count == 0) return RegionResult.Unknown;

        // Units named without doubt (one unit bears the name), with their ancestors: the support for resolving the rest.
        var certain = new HashSet<Place>();
        // A short form of one province or city (山东, 泉州) supports the units below it too; a county's short form
        // may be a common word (新建, 和平) and does not.
        foreach (var (m, _, _) in mentions)
            if (m.Candidates.Count == 1 && (!m.IsShortForm || m.Candidates[0].Level <= PlaceLevel.City))
                for (var p = m.Candidates[0]; p is not null; p = p.Parent) certain.Add(p);

        var weight = new Dictionary<Place, double>();
        var resolved = new List<(Place Place, DocumentZone Zone, int Order)>();
        foreach (var (m, zone, ord) in mentions)
        {
            var (place, supported) = Resolve(m, certain);
            if (place is null) continue;
            if (m.IsShortForm && place.Level >= PlaceLevel.County && !supported) continue;
            double w = Weights[zone] * (m.IsShortForm && place.Level >= PlaceLevel.City && !supported ? 0.5 : 1);
            for (var p = place; p is not null; p = p.Parent) weight[p] = weight.GetValueOrDefault(p) + w;
            resolved.Add((place, zone, ord));
        }
        if (resolved.Count == 0) return RegionResult.Unknown;

        // The title or issuing body opening with a unit names the author: 晋江市西园街道…, 中共柳河县委…
        var lead = LeadingChain(resolved, zoned);
        if (lead is not null) return new RegionResult(lead, false);

        Place? best = null;
        double bestWeight = 0;
        foreach (var (p, w) in weight)
            if (p.Parent is null && w > bestWeight) (best, bestWeight) = (p, w);
        var (lowest, highest) = SelfLevel(zoned);
        while (best is not null)
        {
            var child = weight.Where(kv => kv.Key.Parent == best).OrderByDescending(kv => kv.Value).FirstOrDefault();
            if (child.Key is null) break;
            // The document speaks of itself as 全县/我县: it is at least at that level, and not below it.
            bool mustDescend = lowest is not null && best.Level < lowest;
            bool mayDescend = highest is null || child.Key.Level < highest || child.Key.Level == highest && (highest != PlaceLevel.County || lowest != PlaceLevel.City || child.Key.Name.EndsWith('市'));
            if (!mustDescend && (!mayDescend || child.Value < DescendShare * weight[best])) break;
            best = child.Key;
        }
        return new RegionResult(best, false);
    }

    // How a document names its own level: 全省/我省/本省 (a province), 全市 (a city, or a county-level city),
    // 全县 (a county), 全镇/全乡/全街道 (a town or street). 全区 is left out: an autonomous region or a district.
    [GeneratedRegex(@"[全我本](省|市|县|镇|乡|街道)")]
    private static partial Regex SelfReference();

    private const int MinSelfReferences = 3;

    // The levels the document's own words allow: (lowest, highest) depth, or (null, null) when they do not say.
    private static (PlaceLevel? Lowest, PlaceLevel? Highest) SelfLevel(List<(DocumentZone Zone, string Text)> zoned)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (_, text) in zoned)
            foreach (Match m in SelfReference().Matches(text))
            {
                var unit = m.Groups[1].Value is "乡" or "街道" ? "镇" : m.Groups[1].Value;
                counts[unit] = counts.GetValueOrDefault(unit) + 1;
            }
        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinSelfReferences || ranked.Count > 1 && ranked[0].Value < 2 * ranked[1].Value) return (null, null);
        return ranked[0].Key switch
        {
            "省" => (PlaceLevel.Province, PlaceLevel.Province),
            "市" => (PlaceLevel.City, PlaceLevel.County),
            "县" => (PlaceLevel.County, PlaceLevel.County),
            _ => (PlaceLevel.Town, PlaceLevel.Town),
        };
    }

    // The deepest unit of the chain the title or org starts with (after a year): 泉州市晋江市西园街道 → 西园街道.
    private static Place? LeadingChain(List<(Place Place, DocumentZone Zone, int Order)> resolved, List<(DocumentZone Zone, string Text)> zoned)
    {
        foreach (var zone in new[] { DocumentZone.Org, DocumentZone.Title })
        {
            int part = zoned.FindIndex(z => z.Zone == zone);
            if (part < 0) continue;
            var inZone = resolved.Where(r => r.Order / PartStride == part).OrderBy(r => r.Order).ToList();
            if (inZone.Count == 0) continue;
            var text = zoned[part].Text;
            if (!LeadingYear().Replace(text, "").StartsWith(inZone[0].Place.Name[..Math.Min(2, inZone[0].Place.Name.Length)], StringComparison.Ordinal))
                continue;
            var chain = inZone[0].Place;
            foreach (var next in inZone.Skip(1))
                if (next.Place.IsWithin(chain)) chain = next.Place;
                else break;
            return chain;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?|中共|关于)")]
    private static partial Regex LeadingYear();

    // The unit a name denotes: the only one, else the one whose ancestors or descendants the document names with
    // certainty, else (a tie) the widest (吉林 the province rather than the city).
    private static (Place? Place, bool Supported) Resolve(PlaceMention m, HashSet<Place> certain)
    {
        Place? best = null;
        int bestSupport = -1;
        foreach (var c in m.Candidates)
        {
            int support = 0;
            for (var p = c.Parent; p is not null; p = p.Parent) if (certain.Contains(p)) support++;
            if (support > bestSupport || (support == bestSupport && best is not null && c.Level < best.Level))
                (best, bestSupport) = (c, support);
        }
        if (m.Candidates.Count == 1) return (best, bestSupport > 0 || !m.IsShortForm);
        if (bestSupport > 0) return (best, true);
        // Several units of one level and nothing to choose between them: no answer rather than a guess.
        return m.Candidates.Count(c => c.Level == best!.Level) > 1 ? (null, false) : (best, false);
    }
}
