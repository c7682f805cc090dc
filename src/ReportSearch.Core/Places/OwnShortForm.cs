using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Places;

/// <summary>
/// The unit a document speaks as (我县, 全镇, 我代表镇人民政府向大会报告工作) named only by its short form: 为加快西和脱贫攻坚
/// in a county's report, 幸福孙岗 and 《孙岗投资指南》 in a town's. A short form alone is often an ordinary word, so it
/// counts only at the level the document speaks at, only where one unit of that level bears it, only inside the
/// provinces or cities the text names with certainty, and only when repeated (or three characters long: 司门前). A stem
/// the dictionary reads as one word (计划 of 计划乡, 工程 of 工程街道) or one naming a mountain, lake or river (祁连山) is
/// not counted.
/// </summary>
internal static partial class OwnShortForm
{
    private enum Kind { County, District, Town }

    // 我代表县人民政府 / 我代表镇政府 / 由我代表镇人民政府: the speaker names the level of the government, not its name.
    [GeneratedRegex(@"我(?:谨)?代表(?<s>县|区|镇|乡|街道)(?:人民)?政府")]
    internal static partial Regex LevelSpeaker();

    [GeneratedRegex(@"[全我本](?<s>县|区|镇|乡|街道)")]
    private static partial Regex SelfReference();

    // A government's work report thanks the congress and conference of its own level: 在区人大、区政协的监督支持下.
    [GeneratedRegex(@"在(?<s>县|区)人大[、和及]\s*\k<s>?政协的监督")]
    private static partial Regex OwnCongressSupervision();

    private const int MinSelfReferences = 3;
    private const int MinRepeats = 2;
    private const int LongStem = 3;

    private static readonly Lazy<Dictionary<string, List<Place>>> TownStems = new(BuildTownStems);

    /// <summary>The shortest and longest town stem (<see cref="BuildTownStems"/>).</summary>
    internal const int MinStem = 2, MaxStem = 4;

    /// <summary>The one town or street of <paramref name="county"/> whose stem <paramref name="stem"/> is; null if none or two.</summary>
    internal static Place? TownOfStem(ReadOnlySpan<char> stem, Place county) =>
        TownStems.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out var towns)
        && towns.Where(t => t.Parent == county).ToList() is [var only] ? only : null;

    public static Place? Find(List<(DocumentZone Zone, string Text)> zoned, PlaceNames names)
    {
        var ranked = Candidates(zoned, names).Where(c => c.Count >= MinRepeats || c.StemLength >= LongStem).ToList();
        if (ranked.Count == 0 || ranked.Count > 1 && ranked[1].Count == ranked[0].Count) return null;
        return ranked[0].Place;
    }

    /// <summary>The units of the document's own level its text names by their short form, most often named first.</summary>
    internal static List<(Place Place, int Count, int StemLength)> Candidates(List<(DocumentZone Zone, string Text)> zoned, PlaceNames names)
    {
        if (KindOf(zoned) is not { } kind) return [];
        // A town that speaks as 镇 is not the 乡 of the same stem next to it (孙岗镇 and 孙岗乡 of one city).
        var ownSuffix = kind is Kind.Town ? TownSuffix(zoned) : null;
        var mentions = zoned.SelectMany(z => names.Find(z.Text).Select(m => (Text: z.Text, m))).ToList();
        // Provinces and cities the text names without doubt: the unit must lie within them.
        var certain = mentions.Where(x => x.m.Candidates.Count == 1 && x.m.Candidates[0].Level <= PlaceLevel.City).Select(x => x.m.Candidates[0]).ToHashSet();
        var counts = new Dictionary<Place, (int Count, int StemLength)>();
        void Count(Place place, int length)
        {
            if (certain.Count > 0 && !certain.Any(place.IsWithin)) return;
            var (n, len) = counts.GetValueOrDefault(place);
            counts[place] = (n + 1, Math.Max(len, length));
        }
        if (kind is Kind.Town)
        {
            var lookup = TownStems.Value.GetAlternateLookup<ReadOnlySpan<char>>();
            // Every position, the longest stem there that stands as a word of its own (全镇人民 holds no 镇人).
            foreach (var (_, text) in zoned)
                for (int i = 0; i < text.Length; i++)
                    for (int len = MaxStem; len >= MinStem; len--)
                        if (i + len <= text.Length && lookup.TryGetValue(text.AsSpan(i, len), out var towns))
                        {
                            var bySuffix = ownSuffix is null ? towns : towns.Where(t => t.Name.EndsWith(ownSuffix, StringComparison.Ordinal)).ToList();
                            var unit = bySuffix.Count == 1 ? bySuffix[0] : bySuffix.Where(t => certain.Count > 0 && certain.Any(t.IsWithin)).ToList() is [var only] ? only : null;
                            if (unit is null || certain.Count > 0 && !certain.Any(unit.IsWithin) || IsFeature(text, i + len)) continue;
                            // The dictionary checks last: they are the cost, and few stems get this far.
                            if (!PlaceNames.OnWordBoundaries(text, i, i + len) || IsWord(text.Substring(i, len))) continue;
                            // Nor, where the text names no province or city to hold it, one the dictionary reads as two
                            // words (民族团结 of 民族团结乡: a national rule on 民族乡 speaks as 本乡 and asks for 增强民族团结).
                            if (certain.Count == 0 && IsTwoWords(text.Substring(i, len))) continue;
                            Count(unit, len);
                            break;
                        }
        }
        else
        {
            foreach (var (text, m) in mentions)
            {
                if (!m.IsShortForm || IsFeature(text, m.Start + m.Length)) continue;
                // Of the units of that level bearing the name, those inside what the text names with certainty (朝阳 in a
                // text naming 北京: 北京市朝阳区, not 长春市朝阳区).
                var units = m.Candidates.Where(c => c.Level == PlaceLevel.County && (kind is Kind.District ? c.Name.EndsWith('区') : c.Name.EndsWith('县'))
                    && (certain.Count == 0 || certain.Any(c.IsWithin))).ToList();
                if (units.Count != 1) continue;
                // Standing as a word of its own, as a town's stem must (checked last: the dictionary is the cost): 民和 of
                // 人民和国家, 定结 of 确定结果, 得荣 of 获得荣誉 are no county speaking as 本县.
                if (!PlaceNames.OnWordBoundaries(text, m.Start, m.Start + m.Length)) continue;
                // A stem the dictionary reads as a word (朝阳, 顺德, 公安) counts where the text names the unit's city (北京市
                // for 朝阳区, 佛山市 for 顺德区): its province is not enough, as 湖北省 beside 公安机关 in a national rule on the
                // 三峡 migrants, which speaks as 本县, is no 荆州市公安县.
                if (!certain.Contains(units[0].Parent!) && IsWord(text.Substring(m.Start, m.Length))) continue;
                // An autonomous region speaks of itself as 全区 too: there a district counts only under its city named
                // without doubt (青山 of 绿水青山 in 内蒙古's report is no 青山区 of 包头市), and no other city so named
                // (广西's report, its heading lost, names 北海铁山港 among 柳州市 and the region's other cities).
                if (kind is Kind.District && units[0].InAutonomousRegion
                    && (!certain.Contains(units[0].Parent!) || certain.Any(c => c.Level == PlaceLevel.City && c != units[0].Parent))) continue;
                Count(units[0], m.Length);
            }
        }
        return counts.OrderByDescending(kv => kv.Value.Count).Select(kv => (kv.Key, kv.Value.Count, kv.Value.StemLength)).ToList();
    }

    private static Kind? KindOf(List<(DocumentZone Zone, string Text)> zoned)
    {
        var counts = new Dictionary<Kind, int>();
        foreach (var (_, text) in zoned)
        {
            foreach (Match m in LevelSpeaker().Matches(text)) counts[KindOf(m.Groups["s"].Value)] = counts.GetValueOrDefault(KindOf(m.Groups["s"].Value)) + MinSelfReferences;
            foreach (Match m in OwnCongressSupervision().Matches(text)) counts[KindOf(m.Groups["s"].Value)] = counts.GetValueOrDefault(KindOf(m.Groups["s"].Value)) + MinSelfReferences;
            foreach (Match m in SelfReference().Matches(text)) counts[KindOf(m.Groups["s"].Value)] = counts.GetValueOrDefault(KindOf(m.Groups["s"].Value)) + 1;
        }
        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinSelfReferences || ranked.Count > 1 && ranked[0].Value < 2 * ranked[1].Value) return null;
        return ranked[0].Key;
    }

    // 祁连山, 柳河站: a name of a mountain, a lake, a river or a station, not of the unit.
    private const string Features = "山岭峰湖河江海岛湾站村";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Words = new(StringComparer.Ordinal);

    internal static bool IsWord(string stem) => Words.GetOrAdd(stem, IcuWords.IsOneWord);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> TwoWords = new(StringComparer.Ordinal);

    // A stem the dictionary splits into words of two characters or more each (民族|团结, 经济|开发): a phrase.
    private static bool IsTwoWords(string stem) => TwoWords.GetOrAdd(stem, IcuWords.IsPhraseOfWords);

    internal static bool IsFeature(string text, int end) => end < text.Length && Features.Contains(text[end]);

    private static string? TownSuffix(List<(DocumentZone Zone, string Text)> zoned)
    {
        var counts = zoned.SelectMany(z => SelfReference().Matches(z.Text).Concat(LevelSpeaker().Matches(z.Text)))
            .Select(m => m.Groups["s"].Value).Where(s => s is "镇" or "乡" or "街道").GroupBy(s => s).OrderByDescending(g => g.Count()).ToList();
        return counts.Count == 0 || counts.Count > 1 && counts[1].Count() == counts[0].Count() ? null : counts[0].Key;
    }

    private static Kind KindOf(string suffix) => suffix switch { "县" => Kind.County, "区" => Kind.District, _ => Kind.Town };

    // 孙岗 → 孙岗镇, 司门前 → 司门前镇, 未来路 → 未来路街道: stems of two to four characters of the towns and streets
    // (development zones and farms left out), as a text searched in simplified script writes them.
    private static Dictionary<string, List<Place>> BuildTownStems()
    {
        var stems = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var place in Gazetteer.Default.Places)
        {
            if (place.Level != PlaceLevel.Town || place.IsZone) continue;
            var name = PlaceNames.Folded(place.Name);
            var stem = name.EndsWith("街道", StringComparison.Ordinal) ? name[..^2] : name[..^1];
            if (stem.Length is < MinStem or > MaxStem) continue;
            if (!stems.TryGetValue(stem, out var list)) stems[stem] = list = [];
            list.Add(place);
        }
        return stems;
    }
}
