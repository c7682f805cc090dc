using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Title, kind, year and 文号 rules (issue 19, round m4) on short paraphrased openings in the shapes of real county and
/// town pages: an 印发 note's signature above the report it prints, a title broken over lines, a column's bare kind
/// above the heading, town names labelling a county paper's items, an annual 政府信息公开 report dated in the next
/// year, and a 文号 in brackets after the title.
/// </summary>
public class UntunedShapeRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Fact]
    public void The_signature_of_an_issuing_note_above_a_work_report_is_not_its_title()
    {
        var m = Meta("""
            各乡镇人民政府,县政府各部门:
            《政府工作报告》已经县人民代表大会第五次会议审议通过,现印发给你们,请认真抓好落实。
            青川县人民政府
            2024年2月9日
            (此件公开发布)
            政 府 工 作 报 告
            ——2024年1月14日在青川县第十八届人民代表大会第五次会议上
            各位代表:
            现在,我代表县人民政府向大会报告工作,请予审议。
            """);
        Assert.Equal("政府工作报告", m.Title);
        Assert.Equal("报告", m.Kind);
        Assert.Equal("2024-01-14", m.Date);
        Assert.Equal(2024, m.Year);
    }

    [Theory]
    // A session's heading over two lines.
    [InlineData("石桥镇第十六届人民代表大会\n第三次会议公告\n第一号\n石桥镇第十六届人民代表大会第三次会议于2018年6月11日通过了关于政府工作报告的决议。\n", "石桥镇第十六届人民代表大会第三次会议公告")]
    // An issuer's line, then a 关于-title broken before its kind.
    [InlineData("某县人民政府办公室\n关于印发2017年某县政务公开\n工作要点的通知\n各乡镇人民政府:\n现将工作要点印发给你们,请认真贯彻执行。\n", "某县人民政府办公室关于印发2017年某县政务公开工作要点的通知")]
    // A complete short title stays alone under a line of page furniture.
    [InlineData("登录个人中心\n政府工作报告\n--2017年1月2日在社渚镇第三届人民代表大会第一次会议上\n各位代表:\n现在,我代表社渚镇人民政府,向大会报告工作。\n", "政府工作报告")]
    // A heading set in two lines, the first opening with a place named in full, the second holding the rest and the kind.
    [InlineData("衡水市推进农村公路养护体制改革\n阶段性工作汇报\n按照会议安排,现将我市工作进展汇报如下:\n一、主要做法\n", "衡水市推进农村公路养护体制改革阶段性工作汇报")]
    // A site's name over a short complete title is no part of it.
    [InlineData("衡水市人民政府\n工作汇报\n按照会议安排,现将我市工作进展汇报如下:\n一、主要做法\n", "工作汇报")]
    // A title in three lines breaking inside a quoted name: the kind inside the open quotation is the name's, and the
    // line closing it goes on from the issuer's (found by the dropped-lines re-run: a State Council decision lost its
    // page title and was titled 暂时调整实施《中华人民共和国药品管理法, issued by the province it names).
    [InlineData("国务院关于在某某市国际医疗旅游先行区\n暂时调整实施《中华人民共和国药品管理法\n实施条例》有关规定的决定\n国发〔2018〕43号\n各省、自治区、直辖市人民政府：\n国务院决定暂时调整实施有关规定。\n", "国务院关于在某某市国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定")]
    [InlineData("某县人民政府办公室关于印发\n《某县城乡居民基本医疗保险\n暂行办法》的通知\n各乡镇人民政府：\n现印发给你们，请认真贯彻执行。\n", "某县人民政府办公室关于印发《某县城乡居民基本医疗保险暂行办法》的通知")]
    public void A_title_broken_over_lines_is_joined_only_where_the_line_above_is_unfinished(string text, string title) =>
        Assert.Equal(title, Meta(text).Title);

    [Fact]
    public void A_bare_kind_over_a_fuller_heading_is_a_column_label()
    {
        var m = Meta("""
            工作报告
            +
            上海市崇明区2017年政府工作报告
            2023-03-21    作者:中国县域    来源:政府官网
             2017年1月10日在崇明区第一届人民代表大会第一次会议上
            各位代表:
              现在,我代表崇明区人民政府,向大会报告工作。
            """);
        Assert.Equal("上海市崇明区2017年政府工作报告", m.Title);
    }

    [Fact]
    public void Town_names_labelling_a_county_paper_s_items_are_no_title_and_no_profile()
    {
        var m = Meta("""
            九道乡
            23日,九道乡召开经济工作会,明确了今年该乡的七大工作任务。
            该乡今年的工作任务:一是全力以赴确保各项经济指标圆满完成。二是抓好特色产业发展。
            军店镇
            近日,军店镇党委、政府组织全体机关干部会议,研究部署全镇今年的经济工作。
            """);
        Assert.Null(m.Title);
        Assert.NotEqual("简介", m.Kind);
    }

    [Fact]
    public void A_town_s_name_over_its_profile_is_still_its_title()
    {
        var m = Meta("""
            军店镇
            军店镇位于房县中部,东与城关镇相连,总面积三百余平方公里,辖若干个村。
            全镇以农业为主,特色产业有香菇、木耳和黄酒。
            """);
        Assert.Equal("军店镇", m.Title);
    }

    [Theory]
    [InlineData("2023-01-20", 2022)]
    [InlineData("2023-03-31", 2022)]
    [InlineData("2023-07-01", 2023)]
    public void An_annual_disclosure_report_without_its_period_line_covers_the_year_before_its_date(string generated, int year)
    {
        var m = Meta($"""
            索 引 号: 11340000-2023-00001
            生成日期: {generated}
            发布机构: 某镇人民政府
            某镇人民政府政府信息公开工作年度报告
            本报告根据《中华人民共和国政府信息公开条例》要求编制。
            一、总体情况
            本镇坚持以公开为常态、不公开为例外,推进政府信息公开工作。
            """);
        Assert.Equal(year, m.Year);
    }

    [Theory]
    [InlineData("关于印发某县乡村振兴实施方案的通知（宁政发〔2020〕1号）", "宁政发〔2020〕1号", "关于印发某县乡村振兴实施方案的通知")]
    [InlineData("关于印发某县乡村振兴实施方案的通知(宁办字[2019]12号)", "宁办字〔2019〕12号", "关于印发某县乡村振兴实施方案的通知")]
    [InlineData("关于落实宁政发〔2020〕1号文件的通知", null, "关于落实宁政发〔2020〕1号文件的通知")]
    public void A_doc_number_in_brackets_after_the_title_is_split_off(string line, string? number, string title)
    {
        var m = Meta(line + "\n各乡镇人民政府,县直各部门:\n现将方案印发给你们,请认真贯彻执行。\n");
        Assert.Equal(title, m.Title);
        Assert.Equal(number, m.DocNumber);
    }

    [Fact]
    public void A_doc_number_field_saying_none_gives_no_doc_number()
    {
        var m = Meta("""
            索 引 号: 11340000-2023-00002
            文 号: 无
            发布机构: 某镇人民政府
            某镇2022年工作总结
            2022年,全镇上下齐心协力,各项工作取得新成效。
            """);
        Assert.Null(m.DocNumber);
    }

    [Fact]
    public void The_body_compiling_a_disclosure_report_is_its_issuer_without_the_passive_s_由()
    {
        var m = Meta("本年度报告根据《中华人民共和国政府信息公开条例》的要求,由东港镇人民政府党政办公室编制。本报告由总体情况等部分组成。\n一、总体情况\n东港镇认真贯彻落实信息公开的工作部署。\n");
        Assert.Equal("东港镇人民政府", m.Org);
    }

    [Theory]
    [InlineData("某双政发〔2022〕60 号 双凤乡人民政府 关于修订印发《双凤乡地质灾害应急预案》的通知 各村、乡属各部门: 新修订的预案已经乡人民政府同意,现印发给你们,请认真遵照执行。", "某双政发〔2022〕60号")]
    [InlineData("某双政发〔2022〕60号文件要求,各村、乡属各部门认真做好地质灾害防治工作,确保群众生命财产安全,现就有关事项通知如下。", null)]
    [InlineData("冀科区〔2023〕1号某省科学技术厅某省财政厅关于印发《县域科技创新奖励资金实施细则》的通知各市科技局、财政局：根据有关规定，现印发给你们。", "冀科区〔2023〕1号")] // glued, two issuers
    [InlineData("冀人社发〔2024〕23号各市人力资源社会保障局，雄安新区管委会公共服务局：为支持银发经济发展，现将有关措施印发给你们。", "冀人社发〔2024〕23号")] // its addressees follow
    public void A_number_opening_a_flattened_red_header_document_is_its_doc_number(string line, string? number) =>
        Assert.Equal(number, Meta("某乡地质灾害应急预案\n" + line + "\n").DocNumber);

    // The whole text on one line with its heading first (altered-forms' flat form, pages a dataset stored so): the
    // number between the heading's kind and the addressees. A number after the heading with no addressees after it is
    // none (it may be one the text goes on to cite).
    [Theory]
    [InlineData("某市人民政府办公室关于印发《某市2022年数字政府建设考评办法》的通知 某府办发〔2022〕43号 各旗、县、区人民政府，市直有关部门、单位：按照市政府常务会议要求，现将考评办法印发给你们，请认真贯彻执行。", "某府办发〔2022〕43号")]
    [InlineData("某市人民政府办公室关于做好防汛工作的通知 某府办发〔2022〕43号 为做好有关工作，现就落实文件要求通知如下，请各单位认真组织实施，确保各项措施落到实处。", null)]
    public void A_number_between_a_flattened_heading_and_its_addressees_is_its_doc_number(string line, string? number) =>
        Assert.Equal(number, Meta(line + "\n").DocNumber);

    // A heading glued to its text that cites a number at its start is whole: the number pattern had read 某市人民政府关于
    // 落实某政发 as a code, and the title was 文件的通知 (in simplified characters only: TraditionalScriptEquivalenceTests
    // showed the two scripts apart).
    [Fact]
    public void A_glued_heading_citing_a_number_is_whole() =>
        Assert.Equal("某市人民政府关于落实某政发〔2021〕12号文件的通知",
            Meta("某市人民政府关于落实某政发〔2021〕12号文件的通知 为做好有关工作，现就落实文件要求通知如下，请各单位认真组织实施，确保各项措施落到实处。\n").Title);
}
