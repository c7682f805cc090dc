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

    // A header that says the document has no 文号 is believed: the licence number in its table is no 文号, and the
    // title under the empty field is no value of it. The labels are aligned with no-break spaces (&nbsp;), as a page's
    // table sets them.
    [Theory]
    [InlineData(" ")]
    [InlineData("\u00A0")]
    public void A_header_stating_no_doc_number_is_believed(string space)
    {
        var pad = string.Concat(Enumerable.Repeat(space, 6));
        var m = Meta($"索{space}{space}引{space}{space}号: 014501068/2020-04009\n文{pad}号: 无\n2020年法定计量检定机构计量授权许可结果公示（第三批）\n"
            + "序号\n企业名称\n许可文件编号\n1\n某县计量检定所\n赣法计（2020）01710号\n承担国家法定计量任务的授权\n某省市场监督管理局\n2020年3月16日\n");
        Assert.Null(m.DocNumber);
        Assert.Equal("2020年法定计量检定机构计量授权许可结果公示（第三批）", m.Title);
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
    // The page lost the closing bracket and 号 (printed in a font its text layer did not keep): the year has four digits.
    [Theory]
    [InlineData("南兴府办函〔202058", "南兴府办函〔2020〕58号")]
    [InlineData("渝北府发〔20211", "渝北府发〔2021〕1号")]
    [InlineData("渝北府发〔2021", null)]
    [InlineData("渝北府发〔2021〕1", "渝北府发〔2021〕1号")]
    [InlineData("南兴府办函〔2020〕58号", null)]
    // No issuer's code before the bracket: a figure, not a number.
    [InlineData("〔202058", null)]
    public void A_number_whose_closing_bracket_was_lost_is_repaired_on_a_line_of_its_own(string line, string? repaired) =>
        Assert.Equal(repaired, ReportSearch.Analysis.DocNumberText.RepairLostClosing(line));

    [Fact]
    public void A_damaged_number_under_the_title_is_the_doc_number_and_a_sentence_with_one_is_not()
    {
        var m = Meta("""
            当前位置:首页 > 政务动态 > 专题专栏
            南宁市兴宁区人民政府办公室关于印发2020年兴宁区优化营商环境实施方案的通知
            南兴府办函〔202058
            各镇人民政府,各街道办事处:
            经兴宁区人民政府同意,现将实施方案印发给你们,请认真组织实施。
            """);
        Assert.Equal("南兴府办函〔2020〕58号", m.DocNumber);
        Assert.Null(Meta("关于开展专项检查的通知\n按照南兴府办函〔202058文件要求,现将有关事项通知如下。\n").DocNumber);
    }

    [Theory]
    // The small brackets ﹝﹞ and 〖〗 that sites also print.
    [InlineData("浙政办发﹝2020﹞5号", "浙政办发〔2020〕5号")]
    [InlineData("湘政发〖2019〗12号", "湘政发〔2019〕12号")]
    // An upward report's 文号 beside its signer, and one with its date.
    [InlineData("洪府报〔2021〕3号      签发人:李明", "洪府报〔2021〕3号")]
    [InlineData("洪府发〔2021〕3号  2021年3月1日", "洪府发〔2021〕3号")]
    [InlineData("（2021年3月1日 洪府发〔2021〕3号）", "洪府发〔2021〕3号")]
    [InlineData("文号:洪府发〔2021〕3号", "洪府发〔2021〕3号")]
    // A sentence that cites a number is not the document's.
    [InlineData("根据洪府发〔2021〕3号文件精神,现将有关事项通知如下", null)]
    public void A_doc_number_on_a_line_of_its_own_under_the_title(string line, string? number)
    {
        var m = Meta($"洪江市人民政府关于做好春耕生产工作的通知\n{line}\n各乡镇人民政府,市直各单位:\n现将有关事项通知如下。\n");
        Assert.Equal(number, m.DocNumber);
    }

    // A site's menu pushes the title and its 文号 below the first lines.
    [Fact]
    public void A_doc_number_under_a_title_that_a_long_menu_pushed_down()
    {
        var menu = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"栏目{i}"));
        var m = Meta($"{menu}\n西乡县人民政府关于印发任务分解一览表的通知\n西政发〔2023〕3号\n各镇人民政府,县政府各部门:\n现将一览表印发给你们。\n");
        Assert.Equal("西政发〔2023〕3号", m.DocNumber);
    }

    // 字号 is the font-size switch on most sites and the 文号 where its value is one.
    [Theory]
    [InlineData("字号:浙卫发〔2023〕10号", "浙卫发〔2023〕10号")]
    [InlineData("字号:大 中 小", null)]
    public void The_字号_field_is_a_doc_number_only_when_its_value_is_one(string field, string? number)
    {
        var m = Meta($"索引号: 002482074/2023-00010\n发布机构: 浙江省卫生健康委员会\n{field}\n关于做好2023年卫生健康工作的通知\n各市卫生健康委:\n现将有关事项通知如下。\n");
        Assert.Equal(number, m.DocNumber);
    }

    // A government order's number: under its heading (某省人民政府令 / 第290号, cited as 某省人民政府令第290号), also in
    // brackets and after a blank line, or opening a text whose heading the page left out. It is the 文号, and a number
    // is never the title.
    [Theory]
    [InlineData("某省人民政府令\n第290号\n《某省河道管理办法》已经2021年3月1日省人民政府第66次常务会议通过，现予公布，自2021年5月1日起施行。\n省长 某某\n2021年3月10日\n", "某省人民政府令第290号")]
    [InlineData("某市河道管理办法\n某市人民政府令\n\n（第16号）\n《某市河道管理办法》已经2020年4月29日市人民政府常务会议审议通过，现予公布，自2020年6月15日起施行。\n市长 某某\n\n2020年5月15日\n", "某市人民政府令（第16号）")]
    [InlineData("第290号\n省人民政府第66次常务会议决定对《某省河道管理办法》作如下修改：\n一、将第六条修改为：“水行政主管部门负责河道管理工作。”\n", "第290号")]
    public void An_orders_number_is_its_doc_number_and_never_its_title(string text, string number)
    {
        var m = Meta(text);
        Assert.Equal(number, m.DocNumber);
        Assert.DoesNotContain("第290号", m.Title ?? "");
        Assert.DoesNotContain("第16号", m.Title ?? "");
    }

    [Fact]
    public void A_serial_number_inside_the_text_is_no_doc_number()
    {
        var m = Meta("关于表彰先进集体的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n第3号\n");
        Assert.Null(m.DocNumber);
    }

    // A number glued after the title it belongs to (policy-scan: a crawler joined them): the pattern reads up to 16
    // characters as the code, so the title's end (…若干意见) had gone into it and the title was cut at 房地产.
    [Theory]
    [InlineData("宁建规[2023]4号", "宁建规〔2023〕4号")]
    [InlineData("宁建规〔2023〕4号", "宁建规〔2023〕4号")]
    public void A_number_glued_after_its_title_leaves_the_title_whole(string number, string canonical)
    {
        var m = Meta($"宁德市住房和城乡建设局等七部门关于进一步促进中心城区房地产市场平稳健康发展的若干意见{number}\n\n各县(市、区)人民政府、市直各有关单位:\n\n为支持刚性和改善性住房需求，特制定以下措施和意见:\n");
        Assert.Equal("宁德市住房和城乡建设局等七部门关于进一步促进中心城区房地产市场平稳健康发展的若干意见", m.Title);
        Assert.Equal(canonical, m.DocNumber);
    }

    // A code that holds a kind word itself (沪规划资源规) keeps it.
    [Fact]
    public void A_glued_number_whose_code_holds_规划_keeps_its_code()
    {
        var m = Meta("上海市规划和自然资源局关于印发某某管理规定的通知沪规划资源规〔2020〕3号\n\n各区规划资源局:\n\n现将规定印发给你们，请遵照执行。\n");
        Assert.Equal("上海市规划和自然资源局关于印发某某管理规定的通知", m.Title);
        Assert.Equal("沪规划资源规〔2020〕3号", m.DocNumber);
    }
}
