using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// 文号 rules (issue 19) on short openings of real public pages (address above each), trimmed: a 文号 under a
/// combined label, an announcement's number under its heading, and a template's empty 文号 shell that is no number.
/// </summary>
public class DocNumberRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    // https://www.jinjiang.gov.cn/xxgk/zfxxgkzl/zjdgk/12/zfxxgkml/202601/t20260119_3258021.htm
    [Fact]
    public void A_doc_number_under_a_combined_remarks_label_is_read()
    {
        var m = Meta("""
            - 索 引 号:QZ06913-2510-2026-00006
            - 备注/文号:晋东政〔2026〕5号
            - 发布机构:晋江市东石镇人民政府
            晋江市人民政府:
            本报告系根据《中华人民共和国政府信息公开条例》编制。
            """);
        Assert.Equal("晋东政〔2026〕5号", m.DocNumber);
        Assert.Equal("晋江市东石镇人民政府", m.Org);
    }

    // http://xzqh.info/lt/read.php?tid=168664
    [Fact]
    public void An_announcement_s_number_under_its_heading_is_its_doc_number()
    {
        var m = Meta("""
            北京市街道办事处条例
            北京市人民代表大会常务委员会公告
            〔十五届〕第20号
            《北京市街道办事处条例》已由北京市第十五届人民代表大会常务委员会第十次会议于2019年11月27日通过,现予公布,自2020年1月1日起施行。
            """);
        Assert.Equal("〔十五届〕第20号", m.DocNumber);
    }

    [Theory]
    [InlineData("第一号", true)]
    [InlineData("〔十五届〕第20号", true)]
    [InlineData("第一章", false)]
    [InlineData("第一号楼改造工程已完工", false)]
    public void Only_a_number_alone_on_its_line_under_a_公告_heading_is_taken(string line, bool taken)
    {
        var m = Meta($"牛村镇第十六届人民代表大会\n第三次会议公告\n{line}\n牛村镇第十六届人民代表大会第三次会议于2018年6月11日通过。\n");
        Assert.Equal(taken ? line : null, m.DocNumber);
    }

    // http://xjwqx.gov.cn/xjwqx/c102736/202303/2572107d51724968a52a1ab5c4596239.shtml
    [Fact]
    public void A_template_s_empty_doc_number_shell_is_no_doc_number()
    {
        var m = Meta("""
            2022年乌恰县政府工作报告
            索  引  号 K45899617/2023-00501 主题分类
            发布机构 乌恰县人民政府 发布日期 2023-01-31 18:42
            名        称 2022年乌恰县政府工作报告
            文        号 〔〕号 有  效  性
            来        源 乌恰县人民政府办公室
            (2023年1月10日在乌恰县第十七届人民代表大会第三次会议上
            各位代表:
            """);
        Assert.Null(m.DocNumber);
    }
}
