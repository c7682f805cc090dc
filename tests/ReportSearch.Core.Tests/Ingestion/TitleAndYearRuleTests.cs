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
