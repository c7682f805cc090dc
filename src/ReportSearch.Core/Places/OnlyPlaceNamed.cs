using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Places;

/// <summary>
/// The one place a body-only text names, where nothing stronger names its author: a news item that names 江苏省镇江市
/// 吕城镇 and no other place is 吕城镇's; a letter to 雅安市委书记 on a case in the city is 雅安市's. A text that names
/// places on two branches (a case one county's police handled in another) stays unknown, as before.
/// <list type="bullet">
/// <item>Every place the text names lies on one branch: the unit (a city, county, town or street) and the units above it.
/// A province named alone is no answer: a city's or a ministry's text cites its province's rules as often.</item>
/// <item>The unit is named in full at least once, not as a phrase (老城区 of 推进老城区改造 is no district of 洛阳; 吕城镇
/// after 镇江市 is no 城镇), as an example (学习借鉴青田县经验, 参照长沙市的标准), or as where a text that speaks of itself
/// goes (我县考察团前往沭阳县). A news item on a centre's staff going to a town (前往会川镇开展选点) is the town's.</item>
/// <item>No unit above it is named more often than it (四川 four times, 成都市 three: a province's text naming its
/// capital).</item>
/// <item>The text speaks of itself at no other level (按照襄阳市统一部署，我县…, 省直单位…在成都市, 县领导一行到鉴江镇调研)
/// and of no whole above it (全市推广…其中梨树县面积最大). 市 words (本市) are left out: a county-level city and a
/// municipality's district speak so of themselves or of their city (a district's text saying 我市 with no county-level
/// city named: policy-scan tune one right and one deeper answer lost, none gained).</item>
/// <item>Not a text built of articles, on aid between places, or with a part opened by a central body (see
/// <see cref="RepeatedSubject"/>, whose exclusions these are).</item>
/// </list>
/// Measured on policy-scan's tune part (1,541 policies, most of them body-only texts a crawler saved): of 92 texts it
/// files that were unknown, 80 where the database files them, 9 one level deeper, 3 one level up, none elsewhere; the
/// labelled tune part 5 more regions right, none wrong.
/// </summary>
internal static partial class OnlyPlaceNamed
{
    /// <param name="named">Every place mention the region rules kept, short forms too, with the text it stands in.</param>
    /// <param name="texts">The text's parts.</param>
    public static Place? Find(IReadOnlyList<(PlaceMention Mention, Place Place, string Text)> named, IReadOnlyList<string> texts)
    {
        var unit = named.Select(k => k.Place).Where(p => !p.IsZone).OrderByDescending(p => p.Level).FirstOrDefault();
        if (unit is null || unit.Level < PlaceLevel.City) return null;
        // One branch: the unit and the units above it (a development zone inside it too).
        if (named.Any(k => !unit.IsWithin(k.Place) && !(k.Place.IsZone && k.Place.IsWithin(unit)))) return null;
        int times = named.Count(k => k.Place == unit);
        if (named.Where(k => k.Place != unit).GroupBy(k => k.Place).Any(g => g.Count() > times)) return null;
        if (texts.Any(t => SpeaksAsAnotherLevel(t, unit.Level)) || RegionRecognizer.SpeaksAboveCounty(unit, texts)) return null;
        bool speaksOfItself = texts.Any(t => OwnWords(t).Any() || WholeWord().IsMatch(t));
        if (!named.Any(k => k.Place == unit && !k.Mention.IsShortForm && !(PlaceNames.MayBePhrase(k.Text, k.Mention.Start, k.Mention.Start + k.Mention.Length) && !AfterAUnitAbove(k, named))
                && !Example().IsMatch(Before(k.Text, k.Mention.Start)) && !(speaksOfItself && RegionRecognizer.IsDestination(k.Text, k.Mention.Start))))
            return null;
        if (texts.Any(RepeatedSubject.TellsOfAid) || texts.Sum(t => RuleArticle.Opening().Count(t)) >= RepeatedSubject.MinArticles) return null;
        // Any part, not only the first: a heading broken over three lines may leave the title its last piece
        // (…的复函) and the central body opening the next part (国务院办公厅关于同意以哈尔滨市名义 / 申办… / …的复函).
        return texts.Any(RegionRecognizer.OpensWithCentralBody) ? null : unit;
    }

    // 镇江市吕城镇: a name that may be a phrase (吕城镇 ends in 城镇) chained to a unit above it is the unit's name.
    private static bool AfterAUnitAbove((PlaceMention Mention, Place Place, string Text) k, IReadOnlyList<(PlaceMention Mention, Place Place, string Text)> named) =>
        named.Any(o => ReferenceEquals(o.Text, k.Text) && o.Mention.Start + o.Mention.Length == k.Mention.Start && o.Place != k.Place && k.Place.IsWithin(o.Place));

    private const int ExampleWindow = 14;

    private static ReadOnlySpan<char> Before(string text, int start) => text.AsSpan(Math.Max(0, start - ExampleWindow), Math.Min(ExampleWindow, start));

    // Another unit's example: 学习推广浙江省安吉县经验, 借鉴, 参照长沙市的标准. (RegionRecognizer's ExampleOrDestination
    // reads the journey's words with these in a title; here a journey is the subject's, unless the text speaks of itself.)
    [GeneratedRegex(@"(?:学习|推广|借鉴|参照)[^，。；,;、\s]{0,12}$")]
    private static partial Regex Example();

    // The words a unit speaks of itself with (我县, 本镇, 该街道, 省直), and its own officials named by their level alone
    // (县领导一行到鉴江镇调研, 在区委、区政府的领导下); 市 left out, a county-level city being a 市 too.
    [GeneratedRegex(@"[我本该](?<level>省|县|区|旗|镇|乡|街道)|省直|(?:^|(?<=[^\p{IsCJKUnifiedIdeographs}]|[在由经受按据向和与]))(?<level>县|区|旗|镇|乡)(?:领导|委|政府)")]
    private static partial Regex OwnWord();

    // A whole the text speaks of (全市, 全县, 全省).
    [GeneratedRegex(@"全(?<level>省|市|县|镇|乡|街道)")]
    private static partial Regex WholeWord();

    // 本区域, 本市场 and a national law's 本省、自治区 are no unit speaking (RegionRecognizer.IsFirstPerson).
    private static IEnumerable<Match> OwnWords(string text) =>
        OwnWord().Matches(text).Where(m => m.Value[0] is not ('我' or '本') || RegionRecognizer.IsFirstPerson(text, m.Index, m.Length));

    private static bool SpeaksAsAnotherLevel(string text, PlaceLevel level) =>
        OwnWords(text).Any(m => LevelOf(m.Groups["level"]) != level)
        || WholeWord().Matches(text).Any(m => LevelOf(m.Groups["level"]) < level);

    private static PlaceLevel LevelOf(Group word) => !word.Success ? PlaceLevel.Province : word.Value switch
    {
        "省" => PlaceLevel.Province,
        "市" => PlaceLevel.City,
        "县" or "区" or "旗" => PlaceLevel.County,
        _ => PlaceLevel.Town,
    };
}
