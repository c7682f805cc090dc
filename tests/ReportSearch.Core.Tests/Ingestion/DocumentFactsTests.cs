using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Years, dates, titles and kinds as documents state them, on synthetic documents with random values.</summary>
public class DocumentFactsTests
{
    private static ReportMetadata Meta(string text, string name = "doc.txt") => ParseVirtual($"x/{name}", Encoding.UTF8.GetBytes(text)).Metadata;

    private static string ChineseYear(int year) => string.Concat(year.ToString().Select(c => "〇一二三四五六七八九"[c - '0']));

    private static string ChineseSmall(int n) => n switch
    {
        < 10 => "〇一二三四五六七八九"[n].ToString(),
        10 => "十",
        < 20 => "十" + "〇一二三四五六七八九"[n - 10],
        _ => "〇一二三四五六七八九"[n / 10] + "十" + (n % 10 == 0 ? "" : "〇一二三四五六七八九"[n % 10].ToString()),
    };

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Years_in_chinese_numerals_are_read(int seed)
    {
        var random = new Random(seed);
        int year = random.Next(1950, 2025), month = random.Next(1, 13), day = random.Next(1, 29);
        Assert.Equal(year, ChineseNumeralsProbe($"{ChineseYear(year)}年工作总结"));
        var m = Meta($"关于加强安全生产的通知\n\n各单位：\n现将有关事项通知如下。\n一、总体要求\n加强管理。\n\n{ChineseYear(year)}年{ChineseSmall(month)}月{ChineseSmall(day)}日");
        Assert.Equal($"{year:D4}-{month:D2}-{day:D2}", m.Date);
        Assert.Equal(year, m.Year);
        Assert.Equal("通知", m.Kind);
    }

    private static int? ChineseNumeralsProbe(string title) => Meta($"{title}\n\n正文。").Year;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_national_congress_session_gives_its_year(int seed)
    {
        var random = new Random(seed);
        int congress = random.Next(6, 15), session = random.Next(1, 6);
        int first = new[] { 1983, 1988, 1993, 1998, 2003, 2008, 2013, 2018, 2023 }[congress - 6];
        if (first + session - 1 > DateTime.UtcNow.Year) session = 1;
        var m = Meta($"政府工作报告\n在第{ChineseSmall(congress)}届全国人民代表大会第{ChineseSmall(session)}次会议上\n国务院总理\n各位代表：\n现在，我代表国务院，向大会报告政府工作。");
        Assert.Equal(first + session - 1, m.Year);
        Assert.Equal(["全国"], m.RegionPath);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Target_years_never_win(int seed)
    {
        var random = new Random(seed);
        int year = random.Next(2005, 2024), target = year + random.Next(2, 12);
        var lead = new[] { "到", "力争到", "至" }[random.Next(3)];
        var m = Meta($"一、主要目标\n{lead}{target}年，基本实现现代化。{year}年，全区生产总值增长6%。\n二、措施\n继续努力。");
        Assert.Equal(year, m.Year);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_work_report_takes_the_year_and_date_of_its_session_line(int seed)
    {
        var random = new Random(seed);
        int year = random.Next(2000, 2026), month = random.Next(1, 4), day = random.Next(1, 29);
        var m = Meta($"政府工作报告\n——{year}年{month}月{day}日在晋江市第十八届人民代表大会第{ChineseSmall(random.Next(1, 6))}次会议上\n市长 某某\n各位代表：\n现在，我代表市人民政府向大会报告工作。{year - 1}年，全市生产总值增长。\n一、{year - 1}年工作回顾\n成效明显。");
        Assert.Equal(year, m.Year);
        Assert.Equal($"{year:D4}-{month:D2}-{day:D2}", m.Date);
        Assert.Equal("政府工作报告", m.Title);
        Assert.Equal("报告", m.Kind);
        Assert.Equal(["福建省", "泉州市", "晋江市"], m.RegionPath);
        Assert.Equal("晋江市人民政府", m.Org);
        Assert.Equal(MetadataOrigin.Document, m.Origins.Date);
    }

    [Theory]
    [InlineData("您的位置：\n首页\n>\n要闻\n关于印发晋江市节能工作方案的通知\n来源：本站\n正文开始。", "关于印发晋江市节能工作方案的通知", "通知")]
    [InlineData("各位代表：\n现在我代表区人民政府报告工作。", null, null)]
    [InlineData("标　　题：\n泉州市城市管理条例\n第一条 为了加强管理，制定本条例。", "泉州市城市管理条例", "条例")]
    [InlineData("新闻中心\n晋江举办鞋服博览会\n发布时间：2021-04-20\n本报讯 19日，博览会开幕。", "晋江举办鞋服博览会", "新闻")]
    [InlineData("关于支持重点产业加快发展的实施意见\n\n为加快发展，提出如下意见。", "关于支持重点产业加快发展的实施意见", "意见")]
    [InlineData("晋江市财政局2023年工作要点\n\n一、总体要求\n稳中求进。", "晋江市财政局2023年工作要点", "要点")]
    public void Titles_skip_furniture_and_salutations_and_kinds_follow_the_title(string text, string? title, string? kind)
    {
        var m = Meta(text, "无题.txt");
        Assert.Equal(title ?? "无题", m.Title);
        Assert.Equal(kind, m.Kind);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_signature_date_beats_the_publication_date_even_above_an_attachment(int seed)
    {
        var random = new Random(seed);
        int year = random.Next(2010, 2026), month = random.Next(1, 13), day = random.Next(1, 29);
        var attachment = string.Concat(Enumerable.Range(0, 20).Select(i => $"附件第{i + 1}条：按要求办理。\n"));
        var m = Meta($"发布日期：{year}-12-31\n关于印发吴淞街道工作规则的通知\n各科室：\n现印发给你们，请遵照执行。\n特此通知。\n上海市宝山区人民政府吴淞街道办事处\n{year}年{month}月{day}日\n{attachment}");
        Assert.Equal($"{year:D4}-{month:D2}-{day:D2}", m.Date);
        Assert.Equal(year, m.Year);
        Assert.Equal(["上海市", "宝山区", "吴淞街道"], m.RegionPath);
    }

    [Theory]
    [InlineData(2013)]
    [InlineData(2023)]
    public void A_circulated_result_is_of_the_year_it_was_written_and_a_statistical_communique_of_the_year_it_covers(int covered)
    {
        var circular = Meta($"沂水县人民政府\n关于{covered}年度耕地保护目标责任考核结果的通报\n各乡镇人民政府，县政府有关部门：\n现将{covered}年度考核结果通报如下。\n沂水县人民政府\n{covered + 1}年3月8日\n");
        Assert.Equal(("通知", covered + 1), (circular.Kind, circular.Year));
        var communique = Meta($"沂水县{covered}年国民经济和社会发展统计公报\n沂水县统计局\n{covered + 1}年3月20日\n{covered}年，全县经济运行总体平稳。\n");
        Assert.Equal(("报告", covered), (communique.Kind, communique.Year));
    }

    [Theory]
    [InlineData("2026年政府工作报告", "报告")]
    [InlineData("西园街道2023年工作总结", "总结")]
    [InlineData("晋江市2024年工作计划", "计划")]
    [InlineData("2024年全市教育工作要点", "要点")]
    [InlineData("关于进一步加强安全生产工作的实施意见", "意见")]
    [InlineData("晋江市城市更新实施方案（试行）", "方案")]
    [InlineData("泉州市物业管理条例", "条例")]
    [InlineData("国务院办公厅关于科技节水建议的复函", "函")]
    [InlineData("中华人民共和国国籍法", "法")]
    [InlineData("柳河县概况", "简介")]
    [InlineData("关于2023年工作情况的汇报", "报告")]
    [InlineData("沂水县人民政府关于2023年度耕地保护目标责任考核结果的通报", "通知")]
    [InlineData("万载县2015年国民经济和社会发展统计公报", "报告")]
    [InlineData("递铺街道2022年第5次主任办公会议纪要", "纪要")] // the minutes of a meeting, not news of it
    [InlineData("习近平同全国劳动模范代表座谈并发表重要讲话", "新闻")] // a news headline about a speech, not the speech
    [InlineData("县政府召开常务会议研究《某县城市管理办法》", "新闻")] // a meeting examining a document
    [InlineData("图解：2023年某县政府工作报告", null)] // an explainer names the document it explains
    [InlineData("一图读懂《某县农村宅基地管理办法》", null)]
    [InlineData("晋江举办鞋服博览会", null)]
    [InlineData("推进依法行政的方法", null)]
    public void Kinds_come_from_the_title_ending(string title, string? kind) => Assert.Equal(kind, DocumentKind.FromTitle(title));

    [Fact]
    public void A_bureau_is_the_org_and_its_place_the_district()
    {
        var m = Meta("晋江市财政局关于2023年预算执行情况的报告\n\n市人大常委会：\n现将有关情况报告如下。");
        Assert.Equal("晋江市财政局", m.Org);
        Assert.Equal("晋江市", m.District);
        Assert.Equal("福建省 › 泉州市 › 晋江市", m.Region);
        Assert.Equal(2023, m.Year);
    }

    [Fact]
    public void No_string_that_is_not_a_place_becomes_a_district()
    {
        // Phrases ending in 市/区/县 that the old unit guesser took for districts.
        var m = Meta("一、主要成效\n人均地区生产总值增长，帮助返乡人员就业，以下简称市。不予支持市县项目。\n二、下一步\n各地区继续推进。");
        Assert.Null(m.District);
        Assert.Null(m.RegionPath);
    }
}
