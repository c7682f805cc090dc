using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A review printed without its heading opens on its year and the work done: a summary of that year (issue 19). Also
/// when a picture's file name is left above it. Each has a counterpart that looks ahead and is no summary.
/// </summary>
public class SummaryKindRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("2018年，我县农村人居环境整治成效突出，创成省级卫生乡镇6个。\n全县新建提升美丽乡村示范村12个。", 2018)]
    [InlineData("img_0415.png\n2017年，全县地区生产总值完成310亿元，增长7.2%；一般公共预算收入完成21.5亿元。\n粮食总产量实现十连丰。", 2017)]
    [InlineData("2013年，我厅认真贯彻落实政府信息公开条例，扎实推进政府信息公开工作。\n一、概述", 2013)]
    // A part of the year under review, and the formula by which a summary names itself.
    [InlineData("2023年上半年，在县委、县政府的正确领导下，我镇紧紧围绕年初目标任务扎实推进各项工作，取得了阶段性成效。\n一、上半年工作完成情况", 2023)]
    [InlineData("根据县委、县政府安排，现将我镇2022年工作情况总结如下：\n一、主要工作\n（一）经济发展稳中有进。", 2022)]
    public void A_review_opening_on_its_year_and_the_work_done_is_a_summary_of_that_year(string text, int year)
    {
        var m = Meta(text);
        Assert.Equal("总结", m.Kind);
        Assert.Equal(year, m.Year);
    }

    [Fact]
    public void A_report_of_work_to_a_superior_naming_itself_so_is_a_report() =>
        Assert.Equal("报告", Meta("县委组织部：\n现将我镇2022年党建工作开展情况汇报如下：\n一、主要做法").Kind);

    [Fact]
    public void A_year_looked_ahead_to_is_no_review() =>
        Assert.NotEqual("总结", Meta("2024年，我县将围绕乡村振兴，计划新建美丽乡村示范村12个。\n全县力争完成投资30亿元。").Kind);

    [Fact]
    public void A_picture_s_file_name_is_no_text_of_the_report()
    {
        var report = ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes("IMG_2033.JPG\n某镇开展防汛演练。\n"));
        Assert.DoesNotContain("IMG_2033", string.Join("\n", report.Sections.Select(s => s.Text)));
    }
}
