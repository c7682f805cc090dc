using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>The year a report is about, when only its opening text names a year.</summary>
public class ReviewYearTests
{
    [Theory]
    [InlineData("部署", true)]
    [InlineData("展望", true)]
    [InlineData("谋划", true)]
    [InlineData("完成", false)]
    [InlineData("", false)]
    public void A_year_the_opening_looks_ahead_to_is_the_year_after_the_one_reviewed(string verb, bool looksAhead)
    {
        var random = new Random(verb.Length * 31 + 7);
        for (int i = 0; i < 20; i++)
        {
            int year = 2005 + random.Next(20);
            var text = $"奋力打造高质量发展示范\n\n近日召开的全会盘点回顾了一年来的发展情况，并{verb}{year}年各项工作。\n今年以来，经济运行稳中向好。";
            var report = ParseVirtual($"news/{i}.txt", Encoding.UTF8.GetBytes(text));
            Assert.Equal(looksAhead ? year - 1 : year, report.Metadata.Year);
        }
    }

    // The base a figure is compared with (比2006年增长, 较2015年提高, 由2010年的…增加到…) is never the report's year: a
    // work report's review of five years, its title and session line gone, had been dated 2006 and 2010 (found by the
    // dropped-lines measure). The year the figures are of still is.
    [Theory]
    [InlineData("比{0}年增长8.34亿元", null)]
    [InlineData("较{0}年提高3个百分点", null)]
    [InlineData("由{0}年的162.4亿元增加到287.9亿元", null)]
    // A multiple of a base year's figure (是2006年的2.2倍, 分别是2006年的2倍、1.8倍), as a county's report of five years
    // gives it again and again: dated 2006 for 2012 once its first five lines were dropped.
    [InlineData("完成地方生产总值126.4亿元，是{0}年的2.2倍", null)]
    [InlineData("城镇和农村居民收入分别是{0}年的2倍、1.8倍", null)]
    [InlineData("财政收入达到{0}年末的三倍", null)]
    [InlineData("{0}年完成增加值15亿元", 0)]
    public void A_year_a_figure_is_compared_with_is_not_the_reports(string phrase, int? offset)
    {
        var random = new Random(phrase.Length);
        for (int i = 0; i < 10; i++)
        {
            int year = 2001 + random.Next(20);
            var text = "工业发展取得较大突破。全县规模以上工业企业达到55家，" + string.Format(phrase, year) + "，产业结构不断优化。";
            Assert.Equal(offset is null ? null : year + offset, ParseVirtual($"report/{i}.txt", Encoding.UTF8.GetBytes(text)).Metadata.Year);
        }
    }

    // The year of an event the story goes on from (2008年返乡后，; 2007年换届以来) is behind the text's own time: a tea
    // farmer's 2011 story and a county's 2012 work report without its title had been dated by them (found by the
    // dropped-lines measure). A time within the year (春节后, 5月后, 年底以后) is the year's own.
    [Theory]
    [InlineData("陈某是某村人，在外打工多年。{0}年返乡后，他看到茶园的老枝条被丢弃，便试着做成茶食品。", null)]
    [InlineData("他{0}年大学毕业后，回到家乡创业，带动村民种植蔬菜。", null)]
    [InlineData("现在，我代表县人民政府，向大会报告{0}年换届以来的工作，请予审议。", null)]
    [InlineData("{0}年春节后，全镇企业陆续复工，镇里组织专班上门服务。", 0)]
    [InlineData("{0}年5月后，全镇企业陆续复工，镇里组织专班上门服务。", 0)]
    public void A_year_the_story_goes_on_from_is_not_the_texts(string phrase, int? offset)
    {
        var random = new Random(phrase.Length * 7);
        for (int i = 0; i < 10; i++)
        {
            int year = 2001 + random.Next(20);
            var text = string.Format(phrase, year) + "\n如今，产品已销往全国各地，年销售额达到数百万元。";
            Assert.Equal(offset is null ? null : year + offset, ParseVirtual($"story/{i}.txt", Encoding.UTF8.GetBytes(text)).Metadata.Year);
        }
    }

    // A site's menu of years (政府信息公开年报 ·2025年 ·2024年 …) above a policy saved as plain text says nothing of the
    // policy's year (found by the dropped-lines measure: a 2022 county notice dated by its site's newest report). A year
    // alone on one line, as a wrapped title's first line, still counts.
    [Fact]
    public void A_menu_of_years_is_not_the_documents_year()
    {
        var random = new Random(2025);
        for (int i = 0; i < 10; i++)
        {
            int newest = 2015 + random.Next(10), own = newest - 1 - random.Next(4);
            var menu = string.Join("\n", Enumerable.Range(0, 5).Select(k => $"·{newest - k}年"));
            var text = $"政府信息\n公开年报\n{menu}\n关于促进消费的若干措施\n一、{own}年起，对购买新能源汽车的给予补贴。\n二、鼓励商贸企业开展促销活动。";
            Assert.Equal(own, ParseVirtual($"menu/{i}.txt", Encoding.UTF8.GetBytes(text)).Metadata.Year);
        }
        var wrapped = ParseVirtual("menu/w.txt", Encoding.UTF8.GetBytes("2019年\n某某镇工作总结\n今年以来，全镇经济运行平稳。"));
        Assert.Equal(2019, wrapped.Metadata.Year);
    }

    [Fact]
    public void A_profile_is_of_its_figures_year_never_of_its_unit_s_history()
    {
        var random = new Random(1986);
        for (int i = 0; i < 20; i++)
        {
            int founded = 1950 + random.Next(50), counted = 2005 + random.Next(18);
            var text = $"【概况】某某镇地处某县东部，总面积126平方公里，辖12个行政村，{founded}年撤乡建镇。{counted}年全镇户籍人口3.2万人，地区生产总值18亿元。\n全镇以茶叶、蔬菜为主导产业。";
            var report = ParseVirtual($"profiles/{i}.txt", Encoding.UTF8.GetBytes(text));
            Assert.Equal("简介", report.Metadata.Kind);
            Assert.Equal(counted, report.Metadata.Year);
            Assert.Contains(founded, report.Metadata.MentionedYears ?? []);
        }
        // A profile that gives only its history has no year.
        var history = ParseVirtual("profiles/h.txt", Encoding.UTF8.GetBytes("【概况】某某镇地处某县东部，总面积126平方公里，1958年建镇，2001年更名为某某镇。\n全镇以茶叶为主导产业。"));
        Assert.Null(history.Metadata.Year);
        // A summary's opening year is still its year.
        var review = ParseVirtual("reviews/1.txt", Encoding.UTF8.GetBytes("2019年，我镇在县委、县政府的正确领导下，较好地完成了全年各项目标任务。\n一是经济发展稳中有进。"));
        Assert.Equal(2019, review.Metadata.Year);
    }

    [Fact]
    public void A_term_reports_proposals_for_the_coming_year_give_the_session_year()
    {
        var random = new Random(2012);
        for (int i = 0; i < 20; i++)
        {
            int year = 2005 + random.Next(20);
            var text = $"各位代表：\n现在，我代表某某县第十四届人民政府，向大会报告{year - 5}年换届以来的工作，对今后五年和{year}年的工作提出建议，请予审议。\n一、过去五年工作回顾\n五年来，全县经济平稳较快发展。{year - 1}年，全县生产总值增长8%。";
            var report = ParseVirtual($"reports/{i}.txt", Encoding.UTF8.GetBytes(text));
            Assert.Equal(year, report.Metadata.Year);
        }
    }

    [Theory]
    [InlineData("一、关于{0}年政府工作", true)]
    [InlineData("一、{0}年工作回顾", true)]
    [InlineData("一、关于{0}年政府工作的若干问题和建议", false)] // not a heading of the review
    public void A_work_reports_review_heading_gives_the_year_after(string heading, bool review)
    {
        var random = new Random(heading.Length);
        for (int i = 0; i < 10; i++)
        {
            int year = 2005 + random.Next(18);
            var text = $"各位代表：\n现在，我代表某某县人民政府向大会报告工作，请审议。\n{string.Format(heading, year)}\n过去一年，全县上下真抓实干。";
            var m = ParseVirtual($"reports/{i}.txt", Encoding.UTF8.GetBytes(text)).Metadata;
            if (review) Assert.Equal(year + 1, m.Year);
            else Assert.NotEqual(year + 1, m.Year);
        }
    }

    // A national work report that lost its heading and session line, looking back to the session five years before
    // (第十一届…第一次会议以来的五年 opens the 2013 report): that session is not the report's own.
    [Theory]
    [InlineData("以来的五年", 2008)]
    [InlineData("以后", 2008)]
    [InlineData("上", 2013)]
    public void A_congress_session_looked_back_to_is_not_the_report_s_own(string after, int notOrYear)
    {
        var text = after == "上"
            ? "——2013年3月5日在第十二届全国人民代表大会第一次会议上\n各位代表：\n现在，我代表国务院，向大会报告过去五年的政府工作，请各位代表审议。\n"
            : $"各位代表：\n现在，我代表国务院，向大会报告过去五年的政府工作，请各位代表审议。\n一、过去五年工作回顾\n第十一届全国人民代表大会第一次会议{after}，我们有效应对国际金融危机的严重冲击，保持经济平稳较快发展。\n";
        var year = ParseVirtual("p/report.txt", Encoding.UTF8.GetBytes(text)).Metadata.Year;
        if (after == "上") Assert.Equal(notOrYear, year); // its own session line still dates it
        else Assert.NotEqual(notOrYear, year);
    }

    // A page posted two years or more after the year its text opens on is a re-posting: the text's year stands. A
    // posting the next year, or a year named inside a sentence (history), leaves the posting's year.
    [Theory]
    [InlineData("2019年，某县将紧扣低收入人口和经济薄弱村脱贫任务，进一步聚焦富民、聚焦产业、聚焦项目。", "2025-06-30", 2019)]
    [InlineData("2017年末，全县总户数30.19万户，户籍总人口113.61万人，比年初减少1.77万人。", "2025-06-30", 2017)]
    [InlineData("2019年，某县将紧扣低收入人口和经济薄弱村脱贫任务，进一步聚焦富民、聚焦产业、聚焦项目。", "2020-01-10", 2020)]
    [InlineData("全国劳模赵某1983年就在某镇推广种植草莓，由此开启了该镇草莓产业发展之路。", "2025-06-30", 2025)]
    // Found by altered-forms' repost form: a line opening on a year after a first line naming another is history.
    [InlineData("8月10日至11日，2024年某省第29届象棋棋王赛在某县举行。\n2021年，某县青少年校外活动中心象棋公益培训班开班。", "2025-06-30", 2025)]
    public void A_posting_years_after_the_year_a_text_opens_on_is_a_re_posting(string opening, string posted, int year)
    {
        var text = $"某县扶贫工作情况\n发布时间：{posted} 09:12 来源：本站\n{opening}\n各乡镇要认真抓好落实。\n";
        Assert.Equal(year, ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata.Year);
    }
}
