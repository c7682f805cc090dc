using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Title and year rules (issue 19) on short openings of real public pages (address above each), trimmed: the
/// document's name in a 内容概述 field, a speech run together with its heading, and a plan report's year.
/// </summary>
public class TitleAndYearRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    // A body-only policy (policy-scan, shortened) that cites an older rule's start before it states its own year's dates
    // again and again: the year it gives most often, not the first.
    [Fact]
    public void A_body_only_policy_takes_the_year_it_gives_most_often_not_the_first_it_cites()
    {
        var m = Meta("""
            一、实行商品房契税补贴。对2016年7月1日以后在中心城区购买首套住房的，继续执行原补贴政策。
            二、2023年1月1日至2023年12月31日期间购买新建商品住房的，按契税的50%给予补贴。
            三、2023年内完成网签备案的，可同时享受公积金贷款支持。
            """);
        Assert.Equal(2023, m.Year);
    }

    // A body-only policy's deadlines (在2026年6月30日前缴清契税, 补贴申报截止于2026年12月31日) and cut-offs (2016年1月1日及
    // 以后出生, 2014年12月31日前发放的) are its terms, not its year (policy-scan: 2024 policies dated 2026 by their
    // deadlines, a 2024 notice dated 2014 by the loans it reaches back to). The year its own dates state stands.
    [Theory]
    [InlineData("且在{1}年6月30日前缴清契税的,给予契税补贴。", null)]
    [InlineData("补贴申报时间截止于{1}年12月31日。", null)]
    [InlineData("申请受理截止时间为{1}年12月31日。", null)]
    [InlineData("对{1}年12月31日前发放的公积金贷款,按原规定执行。", null)]
    [InlineData("二孩为{1}年1月1日及以后出生的家庭。", null)]
    [InlineData("{0}年7月26日,全市启动购房补贴申报。", 0)]
    public void A_deadline_or_a_cut_off_day_is_not_a_policys_year(string clause, int? offset)
    {
        var random = new Random(clause.Length * 13);
        for (int i = 0; i < 10; i++)
        {
            int year = 2010 + random.Next(14), other = year + 1 + random.Next(3);
            var m = Meta($"一、实行阶段性购房补贴。对购买新建商品住房的家庭给予补贴。\n二、{string.Format(clause, year, other)}\n三、{string.Format(clause, year, other)}");
            Assert.Equal(offset is null ? null : year + offset, m.Year);
        }
    }

    // A body-only policy whose terms run to a day (发文之日起至2024年6月30日) was written within a few years before it: a year
    // it cites from far earlier (a birth-date bracket, the start of the two-child policy) is not its own (policy-scan: such
    // policies of 2024 had been dated 1987 and 2016). Its own year, where it states one, stands, and so does every year of a
    // text whose terms run years ahead (至2035年12月31日): that day bounds nothing.
    [Theory]
    [InlineData("青年人年龄标准为{0}年7月2日至{1}年6月30日期间出生。", false)]
    [InlineData("对符合生育政策且在{0}年“全面两孩”政策实施之后本市户籍二孩、三孩家庭,给予购房消费券。", false)]
    [InlineData("青年人年龄标准为{0}年7月2日至{1}年6月30日期间出生。{2}年购房的,另给予契税补贴。", true)]
    [InlineData("{2}年购房的,另给予契税补贴。本措施有效期至2099年12月31日。", true)]
    public void A_policy_running_to_a_day_is_not_of_a_year_it_cites_from_long_before(string clause, bool ownYearStated)
    {
        var random = new Random(clause.Length * 19);
        for (int i = 0; i < 10; i++)
        {
            int year = 2015 + random.Next(10), cited = year - 6 - random.Next(30);
            var m = Meta($"""
                为促进房地产市场平稳健康发展,结合实际,制定以下措施。
                一、在个人购房补贴方面,发文之日起至{year}年6月30日期间,在市区购买新建商品住宅的,给予购房补贴。
                {string.Format(clause, cited, cited + 5, year)}
                三、本措施由市住房和城乡建设局负责解释。
                """);
            Assert.Equal(ownYearStated ? year : null, m.Year);
            Assert.NotEqual(cited, m.Year);
        }
    }

    // A policy without its own date that names the day it takes effect was written shortly before it: the day's year,
    // or the year before for New Year's Day (policy-scan: a notice in force from 2022年12月26日, expiring 2027年12月25日,
    // citing its cut-off 2022年12月26日(含当日)之后, had been dated 2027). Another text's day (原《…》自…起施行) is not its own.
    [Theory]
    [InlineData("五、本通知自{0}年12月26日起施行,{1}年12月25日废止。", 0)]
    [InlineData("以上政策自{0}年3月1日起执行。", 0)]
    [InlineData("本通知由某市住房公积金中心负责解释,自{0}年3月23日起执行。", 0)]
    [InlineData("本措施自{0}年1月1日起正式实施,有效期两年。", -1)]
    // The day without 起 (policy-scan: (三)本通知自2022年10月31日执行。).
    [InlineData("(三)本通知自{0}年10月31日执行。本通知涉及政策由市住房公积金中心负责解释。", 0)]
    [InlineData("原《某市住房公积金管理办法》自{0}年3月1日起施行。", null)]
    // A sentence opening on the day, the notice unnamed (policy-scan: 政策自2024年5月22日起执行。, 自2022年11月11日开始执行,
    // 以购房网签合同日期为准); not a clause naming what took effect then.
    [InlineData("政策自{0}年5月22日起执行。购买新建商品住房的,以网签时间为准。", 0)]
    [InlineData("自{0}年11月11日开始执行,以购房网签合同日期为准。", 0)]
    [InlineData("四、自{0}年7月1日起施行,有效期两年。", 0)]
    [InlineData("自{0}年3月1日起施行的《某市住房公积金管理办法》同时废止。", null)]
    // From (从) the day, the notice as 本次… (policy-scan).
    [InlineData("本通知从{0}年11月3日起执行,停止执行时间另行通知。", 0)]
    [InlineData("四、本次政策调整自{0}年11月11日开始执行,以购房网签合同日期为准。", 0)]
    // An amended text keeps its first in-force day (development set: a province's 办法 of 2011, amended in 2016): it
    // is of its amendment's year.
    [InlineData("本通知自{0}年3月1日起施行。\n({0}年2月1日省人民政府令第190号公布 {1}年9月21日省人民政府令第223号修正)", 5)]
    // A regulation's in-force day may lie months after it was passed.
    [InlineData("本条例自{0}年3月1日起施行。", null)]
    public void A_policy_takes_the_year_of_the_day_it_says_it_takes_effect(string statement, int? offset)
    {
        var random = new Random(statement.Length * 17);
        for (int i = 0; i < 10; i++)
        {
            int year = 2010 + random.Next(14), later = year + 5;
            var m = Meta($"""
                一、提高住房公积金贷款额度。单缴存职工最高贷款额度提高到50万元。
                二、贷款受理日期在{year}年12月26日之前的,按原政策执行;{year}年12月26日(含当日)之后受理的,按本通知执行。
                三、缴存职工在{later}年12月31日前可申请提取。
                {string.Format(statement, year, later)}
                """);
            Assert.Equal(offset is null ? null : year + offset, m.Year);
        }
    }

    // The day in brackets after 公布之日 (policy-scan: 本政策自公布之日(2023年12月1日)起施行), at the end of a notice longer
    // than the opening the year rules read.
    [Fact]
    public void A_policy_in_force_from_its_publication_day_in_brackets_is_of_that_days_year()
    {
        var items = string.Join("\n", Enumerable.Range(1, 45).Select(i => $"({i})支持个体工商户发展,给予一次性补助。"));
        var notice = $"关于增强发展内生动力推动经济恢复向好若干政策措施的通知\n{items}\n本政策自公布之日(2023年12月1日)起施行,有效期两年。";
        Assert.Equal(2023, Meta(notice).Year);
    }

    // Another text's amendment that the notice cites (2016年1月1日《人口与计划生育法》修正案实施后生育二孩的) does not make the
    // notice an amended text whose in-force day is its first version's (policy-scan: a 泰安 notice of 2022 got no year).
    [Fact]
    public void A_cited_laws_amendment_leaves_the_in_force_day_the_notices_own()
    {
        const string notice = """
            关于调整部分个人住房公积金贷款政策的通知
            一、提高首套房贷款额度。贷款额度上限由60万元提高至70万元。
            二、对按照国家生育政策于2016年1月1日《人口与计划生育法》修正案实施后生育二孩、三孩的家庭,贷款额度上浮10%。
            三、本通知自2022年10月31日执行。
            """;
        Assert.Equal(2022, Meta(notice).Year);
    }

    // http://www.szwz.gov.cn/szwz/c108590/202301/63752c500ee74290b77f62918f697a2b.shtml
    [Fact]
    public void A_summary_field_holding_the_document_s_name_is_its_title_not_the_site_banner()
    {
        var m = Meta("""
            苏州市吴中区政务服务管理办公室
            苏州吴中经济技术开发区一站式服务中心
            您当前所在位置:首页 > 信息公开 > 政府信息公开目录
            索 引 号: 1419638/2023-00001
            生成日期: 2023-01-17
            发布机构: 吴中区临湖镇
            内容概述:
            临湖镇2022年工作总结及2023年工作计划
            浏览量:
            2022年是党的二十大召开之年,也是新一届政府履职的开局之年。一年来,我们战疫情、防风险,社会大局平稳有序。
            """);
        Assert.Equal("临湖镇2022年工作总结及2023年工作计划", m.Title);
        Assert.Equal("总结", m.Kind);
        Assert.Equal(2022, m.Year);
    }

    [Fact]
    public void A_summary_field_holding_a_sentence_is_no_title()
    {
        var m = Meta("""
            索 引 号: 1419638/2023-00001
            发布机构: 吴中区临湖镇
            内容概述: 2022年,临湖镇坚持稳中求进,各项工作取得新成效。
            临湖镇2022年工作总结
            2022年是党的二十大召开之年。
            """);
        Assert.Equal("临湖镇2022年工作总结", m.Title);
    }

    // https://jinrimiaobi.com/doc/tag-27890.html
    [Fact]
    public void A_work_report_run_together_with_its_address_keeps_its_heading_and_its_year()
    {
        var m = Meta("桥头镇2023年度政府工作报告各位代表:现在,我代表桥头镇人民政府,向大会报告工作,请予审议。并请其他列席人员提出宝贵意见。一、2022年主要工作2022年以来,我们坚持以习近平新时代中国特色社会主义思想为指导。\n");
        Assert.Equal("桥头镇2023年度政府工作报告", m.Title);
        Assert.Equal(2023, m.Year);
        Assert.Equal("桥头镇人民政府", m.Org);
    }

    // https://fgw.tjbh.gov.cn/contents/9640/276173.html
    [Theory]
    [InlineData("天津市滨海新区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划报告", 2023)]
    [InlineData("关于2022年预算执行情况和2023年预算草案的报告", 2023)]
    [InlineData("2022年国民经济和社会发展计划执行情况", 2022)]
    public void A_report_on_a_plan_s_execution_and_the_next_plan_is_of_the_plan_s_year(string title, int year) =>
        Assert.Equal(year, ReportYear.YearInTitleOf(title, 2026));

    // https://gongwensou.com/zhengfubaogao/28775.html
    [Fact]
    public void The_column_repeated_under_the_breadcrumb_is_not_the_title()
    {
        var m = Meta("""
            您现在的位置是: 首页 > 专题材料 > 政府报告
            政府报告
            (湖北省)2017年黄梅县人民政府工作报告(全文)
            公文搜 2021-07-23 10:38:42 政府报告
            各位代表:现在,我代表县人民政府向大会报告工作,请予审议。
            """);
        Assert.Contains("黄梅县人民政府工作报告", m.Title);
        Assert.Equal(["湖北省", "黄冈市", "黄梅县"], m.RegionPath);
    }
}
