using System.Text.Json;

/// <summary>
/// The header blocks 政府信息公开 pages print over a document, in the layouts issue 19 names (key: value lines, two
/// fields on a line, a table's cells one a line, bullets, gov.cn's spaced labels) and a news page's byline, filled
/// with a labelled document's own title, issuing body and date: what a page of that document would show. Every
/// layout carries an 索引号 (never a 文号) and a 文号 made up for the page (the unit's first character, the year, a
/// number; brackets of every form), or an empty 文号 field where the layout's pages leave it empty.
/// </summary>
internal static class HeaderLayouts
{
    /// <param name="SitePublisher">For a town's or street's document, its county's government, which posts it on the
    /// county's site (发布机构：某县人民政府); null for other levels.</param>
    public sealed record Fields(string Title, string? Org, DateOnly? Date, DateOnly? Posted, string IndexCode, string? DocNumber, DateOnly Reposted, string? SitePublisher, string? Unit = null);

    /// <param name="DateShown">The header gives the document's own date (成文日期, a news page's 发布时间); a re-posting's
    /// page gives only its own, and the date is then scored where the text alone had it right.</param>
    public sealed record Layout(string Name, Func<Fields, string> Header, bool NewsOnly = false, bool DocNumberShown = true, bool DateShown = true, bool TownsOnly = false, bool OrgShown = true);

    private const int RepostYears = 3;
    private const int LatestRepostYear = 2026;

    private static readonly string[] Brackets = ["〔〕", "[]", "（）", "【】", "()"];

    private const string Nav = "当前位置：首页 > 政务公开 > 政策文件\n";

    public static readonly Layout[] All =
    [
        new("lines", f => Nav + $"索引号：{f.IndexCode}\n主题分类：综合政务\n" + Line("发布机构：", f.Org) + Line("成文日期：", Cn(f.Date))
            + $"文号：{f.DocNumber}\n标题：{f.Title}\n" + Line("发布日期：", Iso(f.Posted)) + "有效性：有效\n"),
        new("pairs", f => Nav + $"索引号：{f.IndexCode}　　　　分类：通知\n" + $"发布机构：{f.Org}　　　　发文日期：{Iso(f.Date)}\n"
            + $"名　　称：{f.Title}\n" + $"文　　号：{f.DocNumber}　　　　发布日期：{Iso(f.Posted)}\n"),
        new("cells", f => Nav + $"索引号\n{f.IndexCode}\n" + Cell("发布机构", f.Org) + Cell("生成日期", Iso(f.Date)) + Cell("文号", f.DocNumber)
            + $"标题\n{f.Title}\n" + Cell("发布日期", Iso(f.Posted))),
        new("govcn", f => $"索 引 号：{f.IndexCode}　　主题分类：综合政务\n" + $"发文机关：{f.Org}　　成文日期：{Cn(f.Date)}\n"
            + $"标　　题：{f.Title}\n" + $"发文字号：{f.DocNumber}　　发布日期：{Cn(f.Posted)}\n"),
        new("bullets", f => Nav + $"· 索引号：{f.IndexCode}\n" + Line("· 发布机构：", f.Org) + Line("· 成文日期：", Iso(f.Date))
            + $"· 文号：{f.DocNumber}\n· 名称：{f.Title}\n"),
        // Labels without a colon, set apart from their values by spaces or a bar, as tables flattened to text print them.
        new("nocolon", f => Nav + $"索引号 {f.IndexCode}\n" + Line("发布机构 ", f.Org) + Line("发文日期 ", Cn(f.Date)) + $"文号 | {f.DocNumber}\n"
            + $"标题 | {f.Title}\n" + Line("发布时间 | ", Iso(f.Posted))),
        // A crawler's glued fields: the posting time run into the title's line, and a time run into its date
        // (…的通知2021-03-29 18:26; 发布时间：2021-03-2918:26 来源：…).
        new("glued", f => $"{f.Title}{Iso(f.Date)} 10:23\n发布时间：{Iso(f.Date)}10:23来源：{f.Org}\n", NewsOnly: true, DocNumberShown: false),
        // A page whose 文号 field is there and empty, as most pages of documents without one print it.
        new("emptyno", f => Nav + $"索引号：{f.IndexCode}\n" + Line("发布机构：", f.Org) + Line("成文日期：", Cn(f.Date))
            + "文号：\n" + $"标题：{f.Title}\n" + Line("发布日期：", Iso(f.Posted)), DocNumberShown: false),
        // The page of a re-posting years later (a 2012 report re-posted in 2022): only the posting's date and source.
        new("repost", f => Nav + $"{f.Title}\n发布日期：{Iso(f.Reposted)}　来源：本站\n", DocNumberShown: false, DateShown: false),
        // A town's or street's document on its county's site, the county's government as the page's publisher.
        new("sitepub", f => Nav + $"索引号：{f.IndexCode}\n发布机构：{f.SitePublisher}\n" + Line("成文日期：", Cn(f.Date)) + $"标题：{f.Title}\n",
            DocNumberShown: false, TownsOnly: true, OrgShown: false),
        // The same on a county site's column for its towns, the town named in the location trail, the county in the byline.
        new("column", f => $"当前位置：首页 > 乡镇动态 > {f.Unit}\n{f.Title}\n" + Line("发布时间：", Iso(f.Date)) + $"来源：{f.SitePublisher}\n",
            DocNumberShown: false, TownsOnly: true, OrgShown: false),
        new("byline", f => Nav + $"{f.Title}\n发布时间：{Iso(f.Date)} 10:23　来源：{f.Org}　浏览次数：256　【字体：大 中 小】\n",
            NewsOnly: true, DocNumberShown: false),
    ];

    private static string Line(string label, string? value) => value is null ? "" : label + value + "\n";

    private static string Cell(string label, string? value) => $"{label}\n{value}\n";

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd");

    private static string? Cn(DateOnly? d) => d is { } day ? $"{day.Year}年{day.Month:00}月{day.Day:00}日" : null;

    /// <summary>A page's fields for a labelled document, or null where it has no title to print.</summary>
    public static Fields? For(JsonElement label, Random random)
    {
        string? Text(string key) => label.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (Text("title") is not { } title) return null;
        DateOnly? date = Text("date") is { } d && DateOnly.TryParse(d, out var parsed) ? parsed : null;
        int? year = label.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : date?.Year;
        var unit = label.TryGetProperty("regionPath", out var rp) && rp.ValueKind == JsonValueKind.Array ? rp.EnumerateArray().Last().GetString() : null;
        var docNumber = Text("docNumber");
        if (docNumber is null && unit is not null && year is not null)
        {
            var b = Brackets[random.Next(Brackets.Length)];
            docNumber = $"{(unit == "全国" ? "国" : unit[..1])}政办发{b[0]}{year}{b[1]}{random.Next(1, 200)}号";
        }
        // An 索引号 as the catalogue prints it: the body's code, the year, a serial (11330327002594XXXX/2021-00123).
        var index = $"1133{random.Next(100000, 999999)}{random.Next(10000, 99999)}X/{year ?? 2020}-{random.Next(1, 99999):00000}";
        // A re-posting three years after the document's year, in the spring, and not after the year this probe was written.
        var reposted = new DateOnly(Math.Min((year ?? 2020) + RepostYears, LatestRepostYear), 4, 15);
        var path = label.TryGetProperty("regionPath", out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        bool town = label.TryGetProperty("level", out var lv) && lv.ValueKind == JsonValueKind.String && lv.GetString() is "town" or "street";
        var sitePublisher = town && path.Count >= 2 ? path[^2] + "人民政府" : null;
        return new Fields(title, Text("org"), date, date?.AddDays(3), index, docNumber, reposted, sitePublisher, path.Count > 0 ? path[^1] : null);
    }
}
