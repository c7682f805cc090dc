using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// The issuing body where no header field or 关于-title names it (issue 19): a title that opens with its unit before
/// its year or subject, a work report's speaker line, and a work report's government over the page's publisher.
/// Snippets are short openings of real public pages (address above each), trimmed.
/// </summary>
public class IssuingBodyRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    // https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=55c0fd10-4d0a-43e7-94de-b850e121f856
    private const string StreetSummary = """
        五角场街道办事处2023年工作总结 2024-02-29

        2023年,五角场街道办事处坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,在区委、区政府和街道党工委的坚强领导下,积极践行“人民城市”重要理念。
        """;

    [Fact]
    public void A_title_that_opens_with_its_unit_before_the_year_names_the_issuing_body()
    {
        var m = Meta(StreetSummary);
        Assert.Equal("五角场街道办事处", m.Org);
        Assert.Equal(MetadataOrigin.Title, m.Origins?.Org);
    }

    [Theory]
    [InlineData("2022年北京市东城区人民政府工作报告", "北京市东城区人民政府")]
    [InlineData("重庆市大足区人民政府2022年政府信息公开工作年度报告", "重庆市大足区人民政府")]
    [InlineData("小雄镇政府2009年工作总结", "小雄镇政府")]
    [InlineData("南县住房和城乡建设局2018年度整体支出绩效评价报告", "南县住房和城乡建设局")]
    // Not a body: 南关区政府工作报告 names the report; a 关于-title's issuer is read elsewhere; a year inside is no name.
    [InlineData("2022年长春市南关区政府工作报告", null)]
    [InlineData("关于晓坪乡人民政府2020年工作总结的报告", null)]
    [InlineData("北碚区2023年人民政府工作报告", null)]
    public void The_unit_before_a_title_s_year_or_subject(string title, string? org) => Assert.Equal(org, ReportOrg.InTitle(title));

    // http://www.dwq.gov.cn/dwq/zwgk/zfgzbg/2022060619155630978/index.html
    private const string BannerSpeakerLine = """
        政府工作报告
          ——在东乌珠穆沁旗第十六届人民代表大会第一会议上
          东乌旗人民政府代旗长 周玉龙
          (2022年1月5日)
        各位代表:
          现在,我代表旗人民政府向大会报告工作,请予审议,并请政协委员和列席会议的同志提出意见。
        """;

    [Fact]
    public void A_work_report_s_speaker_line_names_the_government_when_the_speech_names_only_its_level()
    {
        var m = Meta(BannerSpeakerLine);
        Assert.Equal("东乌旗人民政府", m.Org);
    }

    [Theory]
    [InlineData("——2016年1月6日大连市西岗区第十七届人民代表大会第四次会议大连市西岗区人民政府区长阎利军", "大连市西岗区人民政府")]
    [InlineData("国务院总理 李克强", "国务院")]
    [InlineData("——2025年1月14日自治区人民政府主席 王莉霞", null)] // the level alone names no body
    public void The_body_of_a_speaker_line(string line, string? org) => Assert.Equal(org, ReportOrg.OfSpeaker([line, "各位代表:"]));

    // https://www.tx.gov.cn/art/2020/11/25/art_1229402872_59018720.html
    private const string TownReportUnderPublisher = """
        索引号: 001008004005092/2017-85388 发布机构: 乌镇镇
        公开方式: 主动公开 发文日期: 2017-01-25
        组配分类: 政府工作报告 文件编号:
        2016年政府工作报告
        政 府 工 作 报 告
        2017年1月9日在乌镇镇第十七届人民代表大会第一次会议上
        姚富强
        各位代表:
        现在,我代表镇人民政府向大会报告工作,请予审议。
        """;

    [Fact]
    public void A_work_report_is_its_government_s_whatever_unit_posted_the_page()
    {
        var m = Meta(TownReportUnderPublisher);
        Assert.Equal("乌镇镇人民政府", m.Org);
        Assert.Equal(["浙江省", "嘉兴市", "桐乡市", "乌镇镇"], m.RegionPath);
    }
}
