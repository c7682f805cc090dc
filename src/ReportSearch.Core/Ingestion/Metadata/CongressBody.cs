using ReportSearch.Analysis;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// The body a congress session stands for, as a reader records a regulation's issuer: the congress or its standing
/// committee, without the session's numbers (聊城市第十七届人民代表大会常务委员会第十四次会议 → 聊城市人民代表大会常务委员会),
/// also where they are abbreviated (景宁畲族自治县八届人大四次会议 → 景宁畲族自治县人民代表大会), and with its place where
/// the line names only the level (县第五届人民代表大会 under 景宁畲族自治县水资源管理条例).
/// </summary>
internal static partial class CongressBody
{
    private const string Numeral = "[一二三四五六七八九十百零〇\\d]+";

    // The session's numbers: 第十七届, 十七届, 第十四次(全体)会议 and all after it, 第一次会议主席团 stays a 主席团 elsewhere.
    [GeneratedRegex("第?" + Numeral + "届|第?" + Numeral + "次(?:全体|常务)?会议.*$")]
    private static partial Regex SessionNumbers();

    // 人大常委会 and 人大 are the standing committee and the congress written short.
    [GeneratedRegex("人大常委会$|人大$")]
    private static partial Regex Abbreviated();

    // 国务院令第112号: the order's number is not part of the issuer.
    [GeneratedRegex(@"令第[\d一二三四五六七八九十百零〇]+号$")]
    private static partial Regex OrderNumber();

    // A congress named by its level only: 县人民代表大会, 自治县人民代表大会常务委员会.
    [GeneratedRegex(@"^(?<level>自治县|自治州|自治区|自治旗|省|市|县|区|州|旗)人民代表大会")]
    private static partial Regex LevelOnly();

    // The unit a regulation's title opens with: 景宁畲族自治县水资源管理条例 → 景宁畲族自治县.
    [GeneratedRegex(@"^(?<unit>\p{IsCJKUnifiedIdeographs}{2,12}?(?:自治县|自治州|自治区|自治旗|省|市|县|区|州|旗))")]
    private static partial Regex UnitOfTitle();

    /// <summary>
    /// The body of a passage line's subject (<paramref name="passedBy"/>, what stands between the date and 通过), or null
    /// when nothing is left of it; <paramref name="title"/> gives the place when the subject names only a level.
    /// </summary>
    public static string? Name(string passedBy, string? title)
    {
        var body = OrderNumber().Replace(SessionNumbers().Replace(passedBy, ""), "").Replace("中华人民共和国", "").Trim();
        body = Abbreviated().Replace(body, m => m.Value == "人大" ? "人民代表大会" : "人民代表大会常务委员会");
        if (LevelOnly().Match(body) is { Success: true } level && title is not null && UnitOfTitle().Match(title) is { Success: true } unit
            && unit.Groups["unit"].Value.EndsWith(level.Groups["level"].Value, StringComparison.Ordinal))
            body = unit.Groups["unit"].Value + body[level.Groups["level"].Length..];
        return body.Length >= 2 ? body : null;
    }

    // A dated step of a law's history that its own body passed: 2019年1月31日 济南市第十七届人民代表大会常务委员会第一次会议通过….
    [GeneratedRegex(@"^[（(]?\s*(?<date>(?:19|20)\d{2})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日\s*(?<body>[^，。；;（）()《]{2,60}?)通过")]
    private static partial Regex PassingStep();

    private const int HistoryLines = 12;

    /// <summary>
    /// The body of the latest 通过 in a law's history lines when another place's congress passed it than the first
    /// (莱芜市 merged into 济南市: 济南市's standing committee amended 莱芜市's regulation, and the text in force is its);
    /// null otherwise, the first passage then standing (a congress revising its own committee's law is the same place's).
    /// </summary>
    public static string? OfLatestPassage(IReadOnlyList<string> matching)
    {
        (string Date, string Body)? first = null, latest = null;
        for (int i = 0; i < matching.Count && i < HistoryLines; i++)
        {
            if (PassingStep().Match(matching[i].Trim()) is not { Success: true } m) continue;
            var step = ($"{m.Groups["date"].Value}-{DigitText.Value(m.Groups["month"].Value):D2}-{DigitText.Value(m.Groups["day"].Value):D2}", m.Groups["body"].Value.Trim());
            if (first is null || string.CompareOrdinal(step.Item1, first.Value.Date) < 0) first = step;
            if (latest is null || string.CompareOrdinal(step.Item1, latest.Value.Date) > 0) latest = step;
        }
        if (first is null || latest is null) return null;
        var (from, to) = (PlaceOf(first.Value.Body), PlaceOf(latest.Value.Body));
        return from is not null && to is not null && from != to ? latest.Value.Body : null;
    }

    // The place a local congress's name opens with (济南市第十七届人民代表大会常务委员会 → 济南市); null for the national one.
    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{2,20}?)(?:第?[一二三四五六七八九十百零〇\d]+届)?(?:人民代表大会|人大)")]
    private static partial Regex CongressPlace();

    private static string? PlaceOf(string body) =>
        CongressPlace().Match(body) is { Success: true } m && !m.Groups["place"].Value.Contains("全国", StringComparison.Ordinal) ? m.Groups["place"].Value : null;
}
