using System.Text.RegularExpressions;

namespace ReportSearch.Places;

/// <summary>
/// A town's or a street's page that names its unit by the stem alone, as people write it (龙山县里耶管理区…里耶的自然
/// 山水…里耶的民俗风情…; 安宁太平新城启动城市设计…太平新城城市设计…), is filed under its county by the rules that read
/// full names: the county is named (龙山县, 安宁), the town mostly is not. Where the answer is such a county, one of its
/// towns whose stem the text repeats is the page's unit:
/// - named <see cref="MinTimes"/> times or more, by stem or in full, as a word of its own (not a dictionary word: 新城,
///   城关 stay words), and not as a feature (里耶古城 counts, 里耶河 would not);
/// - tied to the county once at least: in full (里耶镇) or right after the county's name (龙山县里耶, 安宁太平新城), so
///   the stem is the county's town and not a word or a place elsewhere;
/// - named at least twice as often as the county, and no other town of the county a third as often: a county's item
///   about one of its towns (丰县大沙河镇 five times, 丰县 three) stays the county's, and so does a town's profile that
///   names its county nearly as often (浏阳 six times, 文家市 nine) — unless its first sentence opens on the town right
///   after the county (浏阳文家市是…小镇): then the opening's subject is the town (RegionRecognizer.TownStemAfter).
/// Never under an issuing body (a county government's notice about one of its towns is the county's), nor where the
/// text speaks as the county or above (全县, 我市).
/// </summary>
internal static partial class TownByItsStem
{
    // As many times as a full name must be repeated (RepeatedSubject), against the same county and competitors.
    public const int MinTimes = RepeatedSubject.MinTimes;

    [GeneratedRegex(@"[全我本](?:县|市|区|旗|省)")]
    private static partial Regex CountyOrAboveVoice();

    public static RegionResult Descend(RegionResult found, IReadOnlyList<(DocumentZone Zone, string Text)> zoned)
    {
        if (found.Place is not { Level: PlaceLevel.County } county || found.Evidence is not (RegionEvidence.Title or RegionEvidence.SelfReference or RegionEvidence.Repeated))
            return found;
        if (zoned.Any(z => CountyOrAboveVoice().IsMatch(z.Text))) return found;
        var countyStems = CountyStems(county);
        // The county by its full name or short form (浏阳市 or 浏阳): the shortest stem counts both, each place once.
        var countyStem = countyStems.MinBy(s => s.Length)!;
        var counts = new Dictionary<Place, int>();
        var tied = new HashSet<Place>();
        int countyTimes = 0;
        foreach (var (_, text) in zoned)
        {
            countyTimes += text.AsSpan().Count(countyStem);
            for (int i = 0; i < text.Length; i++)
                for (int len = OwnShortForm.MaxStem; len >= OwnShortForm.MinStem; len--)
                {
                    if (i + len > text.Length || OwnShortForm.TownOfStem(text.AsSpan(i, len), county) is not { } town) continue;
                    if (OwnShortForm.IsFeature(text, i + len)) break;
                    bool full = text.AsSpan(i + len).StartsWith(PlaceNames.Folded(town.Name).AsSpan(len), StringComparison.Ordinal);
                    bool afterCounty = countyStems.Any(s => i >= s.Length && text.AsSpan(i - s.Length, s.Length).SequenceEqual(s));
                    if (!full && !afterCounty && OwnShortForm.IsWord(text.Substring(i, len))) break;
                    counts[town] = counts.GetValueOrDefault(town) + 1;
                    if (full || afterCounty) tied.Add(town);
                    i += len - 1;
                    break;
                }
        }
        if (counts.Count == 0) return found;
        var (best, times) = counts.MaxBy(kv => kv.Value);
        if (times < MinTimes || !tied.Contains(best) || times < RepeatedSubject.TownOverCounty * countyTimes
            || counts.Any(kv => kv.Key != best && kv.Value > RepeatedSubject.CompetitorShare * times)) return found;
        return found with { Place = best };
    }

    /// <summary>How a text names the county before one of its towns: its short forms that open its name, and its name.</summary>
    internal static List<string> CountyStems(Place county) =>
        PlaceNames.ShortForms(county).Where(s => county.Name.StartsWith(s, StringComparison.Ordinal)).Append(county.Name).ToList();
}
