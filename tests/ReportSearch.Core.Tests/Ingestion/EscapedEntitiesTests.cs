using System.Text;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// HTML character references a crawler left in a plain text (a dataset of county work reports saved them with the
/// page's &amp;nbsp; between numbers and around its lines) are the characters they stand for; an ampersand of the
/// text is not a reference.
/// </summary>
public class EscapedEntitiesTests
{
    [Theory]
    [InlineData("新开办企业&nbsp;1359家", "新开办企业\u00a01359家")]
    [InlineData("&ldquo;十四五&rdquo;规划&mdash;&mdash;开局", "“十四五”规划——开局")]
    [InlineData("同比增长15.2%。&#12288;&#x3000;", "同比增长15.2%。\u3000\u3000")]
    public void References_are_read_as_their_characters(string text, string decoded) =>
        Assert.Equal(decoded, EscapedEntities.Decode(text));

    [Theory]
    [InlineData("加大R&D投入，甲&乙双方")] // ampersands of the text
    [InlineData("一个&未知实体;不变")] // no reference's shape
    [InlineData("&madeup; 不是已知的名称")] // a reference's shape with no character behind it
    public void Text_without_references_is_left_as_written(string text) =>
        Assert.Equal(text, EscapedEntities.Decode(text));

    // rpD-shaped: a county's work report saved by a dataset with its line breaks escaped and its page's &nbsp; kept.
    [Fact]
    public void A_work_report_with_leftover_references_reads_its_speaker_line_as_a_byline_and_its_text_without_them()
    {
        var text = @"保定市某某区人民政府区长&nbsp; 某某某\r\n各位代表：\r\n现在，我代表区人民政府，向大会报告工作，请予审议。\r\n一、2019年工作回顾\r\n新开办企业&nbsp;1359家、个体工商户&nbsp;2856户。&nbsp;&nbsp;&nbsp;\r\n&nbsp;——工业经济企稳向好。";
        var report = IngestionTestSupport.ParseVirtual("archive/report.txt", Encoding.UTF8.GetBytes(text));
        Assert.Null(report.Metadata.Title);
        var body = string.Join("\n", report.Sections.Select(s => s.Text));
        Assert.Contains("1359家", body);
        Assert.DoesNotContain("nbsp", body);
    }
}
