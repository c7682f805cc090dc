using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Places;

/// <summary>
/// The unit a body-only news item or profile keeps naming in full, where nothing names its author: 建水县棋手…, 2021年，
/// 建水县青少年校外活动中心…, 建水县积极推进…, 建水县各中小学… (four times, against the 石屏县 it competed in once) is
/// 建水县's item. A county's or a town's own pages name it over and over; a page of another place names it about as
/// often as its own. So the unit must be named <see cref="MinTimes"/> times or more, in full or by a short form tied
/// to its full name (<see cref="Named"/>), and no county, town or street
/// on another branch may be named more than a third as often (平阳县公安局 three times in a case it handled in 苍南县钱库镇,
/// twice: the text is about two places, and neither is the answer).
/// Between a town and its county both named so, the town is the subject only when it is named at least twice as
/// often as the county (芙蓉镇 ten times, 永顺县 once); a county's item that cites one of its towns as the example
/// (丰县大沙河镇 five times, 丰县 three) is the county's.
/// A text about aid between places (北京市对口支援兴和县…, 与兴和县鄂尔栋社区卫生服务中心签订帮扶结对协议) is written by
/// either side, and names the side it helps the more: no answer.
/// Counties, towns and streets first: a city or province named again and again is as often the frame of a local text
/// as its subject; a city only where nothing below it is named twice and no word speaks as a county or town
/// (<see cref="RepeatedCity"/>). A city or province on another branch still competes, named in full (绍兴市 twice against 杭州市萧山区
/// three times in a province's regulation on a lake they share).
/// Not a text built of articles (第一条 …, 第二条 …): a regulation names the units it gives duties to again and again
/// (由浦东新区建设管理部门…, 浦东新区行政区域内的…参照适用本规定), and its author is in its title and preamble.
/// </summary>
internal static partial class RepeatedSubject
{
    /// <summary>
    /// How often the unit must be named in full: twice is what any page of a neighbour or partner does (a pairing's
    /// news names both sides twice), three times is a subject.
    /// </summary>
    public const int MinTimes = 3;

    /// <summary>A unit on another branch named more than this share as often leaves the text about two places.</summary>
    internal const double CompetitorShare = 1.0 / 3;

    /// <summary>A town below a county the text also names is the subject only when named this many times as often.</summary>
    internal const int TownOverCounty = 2;

    [GeneratedRegex(@"对口(?:支援|帮扶|协作|合作)|结对帮扶|帮扶结对|东西部(?:扶贫)?协作")]
    private static partial Regex AidBetweenPlaces();

    /// <summary>Whether a text is about aid between places (对口支援, 结对帮扶): either side may have written it.</summary>
    internal static bool TellsOfAid(string text) => AidBetweenPlaces().IsMatch(text);

    internal const int MinArticles = 2;

    /// <summary>
    /// The mentions that count towards a unit's repetition: every full name, and a county's, town's or street's short
    /// form where the text names that unit in full too (徐州市铜山区 twice, then 铜山 twelve times, 区委书记: 铜山区's
    /// item). The full name ties the short form to the unit; a short form alone is often a word or another place's.
    /// Named in full only once, the unit's short forms count only where nothing within it is named: a town's item names
    /// its county once in full and by its short form (涟水县黄营镇…省委驻涟水工作队), and the town is its subject.
    /// </summary>
    public static IEnumerable<Place> Named(IEnumerable<(Place Place, bool IsShortForm)> mentions)
    {
        var all = mentions.ToList();
        var fullTimes = all.Where(m => !m.IsShortForm).GroupBy(m => m.Place).ToDictionary(g => g.Key, g => g.Count());
        var inFull = fullTimes.Keys.Where(p => fullTimes[p] >= 2 || !all.Any(m => m.Place != p && m.Place.IsWithin(p))).ToHashSet();
        return all.Where(m => !m.IsShortForm || m.Place.Level >= PlaceLevel.County && inFull.Contains(m.Place)).Select(m => m.Place);
    }

    /// <param name="named">Each mention's unit that counts (<see cref="Named"/>).</param>
    /// <param name="texts">The text's parts, for the words of aid between places.</param>
    /// <param name="namedAtAll">Each mention's unit, short forms too: what a city's text may name below or above it.</param>
    public static Place? Find(IEnumerable<Place> named, IEnumerable<string> texts, IEnumerable<Place> namedAtAll)
    {
        if (texts.Any(TellsOfAid) || texts.Sum(t => RuleArticle.Opening().Count(t)) >= MinArticles) return null;
        var counts = named.Where(p => !p.IsZone).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var candidates = counts.Where(kv => kv.Key.Level >= PlaceLevel.County && kv.Value >= MinTimes && !HasCompetitor(kv.Key, kv.Value, counts)).Select(kv => kv.Key).ToList();
        if (candidates.Count == 0) return RepeatedCity(counts, texts, namedAtAll.ToList());
        // Every candidate on one branch, or the text is about two places.
        var deepest = candidates.OrderByDescending(p => p.Level).First();
        if (candidates.Any(c => !deepest.IsWithin(c))) return null;
        // From the deepest up: a town is the subject over its county only when named clearly more often.
        var subject = deepest;
        foreach (var above in candidates.Where(c => c != deepest).OrderByDescending(c => c.Level))
            if (counts[subject] < TownOverCounty * counts[above]) subject = above;
        return subject;
    }

    /// <summary>
    /// A city named in full again and again where nothing below it is (襄阳市 four times in a news item on its bureau's
    /// new rules; 常州市 three times in its fund's rules), with no place on another branch, its province named less
    /// often, no word a province, county, district or town speaks of itself with (全省, 省直, 我县, 全区, 本镇), and no
    /// central body as the subject of its first line: a county's text framed by its city names the county too (涿州 by
    /// its short form, beside 保定市 five times), or speaks as one; a province's text names its capital (成都市 three
    /// times, 四川 four); a ministry's meeting held in a city (住房城乡建设部在福建省福州市召开…) is the ministry's.
    /// </summary>
    private static Place? RepeatedCity(Dictionary<Place, int> counts, IEnumerable<string> texts, List<Place> namedAtAll)
    {
        var cities = counts.Where(kv => kv.Key.Level == PlaceLevel.City && kv.Value >= MinTimes && !HasCompetitor(kv.Key, kv.Value, counts)).Select(kv => kv.Key).ToList();
        if (cities is not [var city]) return null;
        if (namedAtAll.Where(p => p.Level > PlaceLevel.City && p.IsWithin(city)).GroupBy(p => p).Any(g => g.Count() >= 2)) return null;
        // The city by its short form too (长沙 23 times beside 长沙市 three times and 湖南省 five): how often each is named.
        if (namedAtAll.Count(p => p == city.Parent) >= namedAtAll.Count(p => p == city)) return null;
        if (texts.Any(t => OwnWordBelowOrAboveCity().IsMatch(t))) return null;
        return texts.FirstOrDefault() is { } first && RegionRecognizer.OpensWithCentralBody(first) ? null : city;
    }

    [GeneratedRegex(@"[我本全该](?:省|县|区|镇|乡|街道|旗)|省直")]
    private static partial Regex OwnWordBelowOrAboveCity();

    private static bool HasCompetitor(Place unit, int times, Dictionary<Place, int> counts) =>
        counts.Any(kv => !kv.Key.IsWithin(unit) && !unit.IsWithin(kv.Key) && kv.Value > CompetitorShare * times);
}
