using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// The report's own year by kind, Chinese-numeral dates, congress sessions, titles past page furniture, and kinds:
/// synthetic documents with random years, so the rules hold beyond any one example.
/// </summary>
public class YearTitleKindTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("x/doc.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private const string Digits = "〇一二三四五六七八九";

    private static string ChineseYear(int year) => string.Concat(year.ToString().Select(c => Digits[c - '0']));

    // 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 31 → 三十一.
    private static string ChineseSmall(int n) => n switch
    {
        < 10 => Digits[n].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
    };

    [Fact]
    public void ChineseNumeralDates_ReadAsDigits()
    {
        var random = new Random(1954);
        for (int i = 0; i < 1000; i++)
        {
            int year = random.Next(1949, 2031), month = random.Next(1, 13), day = random.Next(1, 29);
            var written = $"{ChineseYear(year)}年{ChineseSmall(month)}月{ChineseSmall(day)}日";
            Assert.Equal($"会议于{year}年{month}月{day}日召开", ChineseNumerals.DatesToDigits($"会议于{written}召开"));
        }
        Assert.Equal("1954年", ChineseNumerals.DatesToDigits("一九五四年"));
        Assert.Equal("2023年", ChineseNumerals.DatesToDigits("二○二三年"));
        Assert.Equal("第十三届", ChineseNumerals.DatesToDigits("第十三届"));
    }

    [Fact]
    public void CongressSessions_GiveTheirYear_OneSessionAYear()
    {
        // The congresses' first sessions (fixed by history), and each later session one year on.
        (int Congress, int Year)[] first = [(1, 1954), (5, 1978), (8, 1993), (10, 2003), (12, 2013), (13, 2018), (14, 2023)];
        foreach (var (congress, year) in first)
            for (int session = 1; session <= 5; session++)
                Assert.Equal(year + session - 1, CongressSession.YearIn($"在第{ChineseSmall(congress)}届全国人民代表大会第{ChineseSmall(session)}次会议上"));
        Assert.Equal(2019, CongressSession.YearIn("第十三届全国人民代表大会第二次会议"));
        Assert.Null(CongressSession.YearIn("第十三届全国人民代表大会常务委员会"));
    }

    [Fact]
    public void WorkReport_IsTheSessionsYear_FromTheVenueLine_InChineseNumerals()
    {
        var random = new Random(8);
        for (int i = 0; i < 50; i++)
        {
            int year = random.Next(1955, 2026), month = random.Next(1, 4), day = random.Next(1, 29);
            var text = $"政府工作报告\n——{ChineseYear(year)}年{ChineseSmall(month)}月{ChineseSmall(day)}日在人民代表大会会议上\n各位代表：\n" +
                       $"现在，我代表政府，向大会报告工作。{year - 1}年是很不平凡的一年。到{year + 10}年，基本实现目标。";
            var m = Meta(text);
            Assert.Equal("政府工作报告", m.Title);
            Assert.Equal("报告", m.Kind);
            Assert.Equal(year, m.Year);
            Assert.Equal($"{year}-{month:00}-{day:00}", m.Date);
        }
    }

    [Theory]
    [InlineData("——{0}在某省第十四届人民代表大会第四次会议上")]
    [InlineData("（{0}在某省第十四届人民代表大会第四次会议上）")]
    [InlineData("——{0}在某省第十四届\n人民代表大会第四次会议上")]
    [InlineData("第十二届全国人大二次会议，{0}")]
    public void VenueLines_InEveryLayout_GiveTheDate(string layout)
    {
        var random = new Random(layout.Length);
        for (int i = 0; i < 30; i++)
        {
            int year = random.Next(1980, 2027), month = random.Next(1, 13), day = random.Next(1, 29);
            var venue = string.Format(layout, $"{year}年{month}月{day}日");
            var m = Meta($"政府工作报告\n{venue}\n各位代表：\n现在，我代表政府，向大会报告工作。过去一年，{year + random.Next(1, 9)}年的目标稳步推进。");
            Assert.Equal($"{year}-{month:00}-{day:00}", m.Date);
            Assert.Equal(year, m.Year);
        }
    }

    [Fact]
    public void NewsHeadline_AbovePublicationDate_IsTheTitle_KindNews()
    {
        var random = new Random(6);
        for (int i = 0; i < 30; i++)
        {
            int year = random.Next(2005, 2026), month = random.Next(1, 13), day = random.Next(1, 29);
            var headline = $"某地召开第{random.Next(1, 30)}次座谈会部署工作";
            var m = Meta($"某某网站数据库\n{headline}\n发布时间：{year}-{month:00}-{day:00}\n{year - 3}年以来，当地持续推进各项工作。");
            Assert.Equal(headline, m.Title);
            Assert.Equal("新闻", m.Kind);
            Assert.Equal(year, m.Year);
        }
    }

    [Fact]
    public void Decree_PassageLine_GivesDateOrgAndNationalRegion()
    {
        var random = new Random(112);
        for (int i = 0; i < 30; i++)
        {
            int year = random.Next(1980, 2026), month = random.Next(1, 13), day = random.Next(1, 29), number = random.Next(1, 800);
            var m = Meta($"某某管理暂行条例\n{year}年{month}月{day}日 中华人民共和国国务院令第{number}号发布\n第一章 总则\n第一条 为了规范管理，制定本条例。");
            Assert.Equal("国务院", m.Org);
            Assert.Equal("条例", m.Kind);
            Assert.Equal($"{year}-{month:00}-{day:00}", m.Date);
            Assert.Equal(year, m.Year);
            Assert.Equal(["全国"], m.RegionPath);
        }
    }

    // A county work report that lost its heading and session line, every way its speaker says it reports: a report,
    // and never the base year its five-year review compares with (2005 eleven times, the year reviewed 2010 once).
    [Theory]
    [InlineData("向大会作工作报告")]
    [InlineData("向大会作政府工作报告")]
    [InlineData("向大会作报告")]
    [InlineData("向大会报告政府工作")]
    [InlineData("向大会报告工作")]
    public void WorkReport_WithoutItsSessionLine_IsAReport_NotTheBaseYearsReport(string reports)
    {
        var review = string.Concat(Enumerable.Range(0, 5).Select(i => $"第{i + 1}项指标是2005年的{i + 2}倍。"));
        var m = Meta($"某县人民政府县长 王某\n各位代表：\n现在，我代表县人民政府，{reports}，请予审议。\n一、“十一五”工作回顾\n{review}预计2010年，全县生产总值达到33亿元，是2005年的2倍。");
        Assert.Equal("报告", m.Kind);
        Assert.NotEqual(2005, m.Year);
    }

    // A news item on the session tells that the mayor delivered the report, in the third person: it is no report.
    [Fact]
    public void News_OfAWorkReportsDelivery_IsNoReport()
    {
        var m = Meta("1月5日上午，某市第六届人民代表大会第一次会议隆重开幕。主席团成员在主席台就座。\n市长王某代表某市第五届人民政府向大会作政府工作报告。报告共分四个部分。\n会议应到代表355名，实到代表351名，符合法定人数。");
        Assert.NotEqual("报告", m.Kind);
    }

    [Fact]
    public void TargetYears_NeverWin()
    {
        var random = new Random(2035);
        string[] targets = ["到{0}年", "力争到{0}年", "至{0}年", "{0}年远景目标"];
        for (int i = 0; i < 100; i++)
        {
            int year = random.Next(2000, 2024), target = year + random.Next(3, 15);
            var phrase = string.Format(targets[random.Next(targets.Length)], target);
            var m = Meta($"一、总体情况\n{phrase}，要基本实现现代化。{year}年，全市地区生产总值增长6%。\n二、下一步\n继续努力。");
            Assert.Equal(year, m.Year);
        }
    }

    [Fact]
    public void Summary_IsTheYearReviewed_Plan_TheYearPlanned()
    {
        var random = new Random(12);
        for (int i = 0; i < 50; i++)
        {
            int year = random.Next(2005, 2025);
            var summary = Meta($"{year}年工作总结\n{year + 1}年1月10日\n一、主要成绩\n全年完成各项任务。");
            Assert.Equal(year, summary.Year);
            Assert.Equal("总结", summary.Kind);
            var plan = Meta($"{year}年工作计划\n一、总体要求\n{year - 1}年各项工作取得新成效，{year}年要再上新台阶。");
            Assert.Equal(year, plan.Year);
            Assert.Equal("计划", plan.Kind);
            var points = Meta($"{year}年工作要点\n一、总体要求\n深入推进各项工作。");
            Assert.Equal("要点", points.Kind);
            Assert.Equal(year, points.Year);
        }
    }

    [Fact]
    public void Policy_IsTheYearOfItsSignatureDate()
    {
        var random = new Random(3);
        string[] kinds = ["通知", "意见", "办法", "方案", "决定"];
        for (int i = 0; i < 50; i++)
        {
            int year = random.Next(1990, 2026), month = random.Next(1, 13), day = random.Next(1, 29);
            var kind = kinds[random.Next(kinds.Length)];
            var text = $"关于加强{year - 3}年以来项目管理的{kind}\n各有关单位：\n为规范管理，参照2008年的做法，制定本{kind}。到{year + 5}年全面完成。\n一、总体要求\n严格执行。\n" +
                       $"{year}年{month}月{day}日";
            var m = Meta(text);
            Assert.Equal($"关于加强{year - 3}年以来项目管理的{kind}", m.Title);
            Assert.Equal(kind, m.Kind);
            Assert.Equal($"{year}-{month:00}-{day:00}", m.Date);
            Assert.Equal(year, m.Year);
        }
    }

    [Theory]
    [InlineData("您的位置: 首页 > 要闻\n各位代表：\n关于做好春耕生产的通知\n各乡镇：\n现将有关事项通知如下。", "关于做好春耕生产的通知", "通知")]
    [InlineData("各位代表：\n现在，我代表政府报告工作。\n一、过去一年的工作\n成绩显著。", null, null)]
    [InlineData("【字体：大 中 小】\n当前位置：首页 > 政策文件\n关于促进消费的若干意见\n为促进消费，提出如下意见。", "关于促进消费的若干意见", "意见")]
    [InlineData("政 府 工 作 报 告\n各位代表：\n现在报告工作。", "政府工作报告", "报告")]
    public void Titles_SkipSalutationsCrumbsAndFurniture(string text, string? title, string? kind)
    {
        var m = Meta(text);
        if (title is null) Assert.True(m.Title is null || !m.Title.StartsWith("各位代表", StringComparison.Ordinal) && m.Title != "现在，我代表政府报告工作。");
        else Assert.Equal(title, m.Title);
        Assert.Equal(kind, m.Kind);
    }

    [Fact]
    public void KindComesFromTheTitlesEnding()
    {
        string[] kinds = ["报告", "总结", "计划", "要点", "通知", "意见", "办法", "方案", "决定", "规划", "公告"];
        var random = new Random(4);
        foreach (var kind in kinds)
            for (int i = 0; i < 5; i++)
            {
                var title = $"关于{"加强推进落实深化"[random.Next(4)..][..2]}第{random.Next(1, 9)}项工作的{kind}";
                Assert.Equal(kind, DocumentKind.FromTitle(title));
                // The kind word inside a title is not its kind: 关于报告制度的意见 is an 意见.
                Assert.Equal("意见", DocumentKind.FromTitle($"关于完善{kind}制度的意见"));
            }
        Assert.Null(DocumentKind.FromTitle("西园街道"));
        Assert.Equal("公告", DocumentKind.FromTitle("关于停电的通告"));
    }
}
