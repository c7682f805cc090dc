using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A page flattened to one line may open with a header label (来源：某报  近日，…): the line is the document's text, not a
/// header field, and its text is kept. A short field's line is still the header's, and a date alone under an empty
/// 来源： is the item's date, not its source. Snippets of my own.
/// </summary>
public class HeaderLabelOverProseTests
{
    private static string Body(string text) =>
        string.Join("\n", ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Sections.Select(s => s.Text));

    [Fact]
    public void A_label_opening_a_line_of_prose_keeps_the_text() =>
        Assert.Contains("建成富硒产业基地12个", Body("来源：某某日报  近日，某省某市某县大力发展富硒农业，建成富硒产业基地12个，带动农户增收。某县把富硒产业作为乡村振兴的主导产业来抓，取得了明显成效。"));

    [Fact]
    public void A_label_opening_a_line_of_prose_is_the_text_not_a_header_field()
    {
        var body = Body("发布时间：2023-05-06 近日，某县召开全县安全生产工作会议，会议传达学习了上级有关会议精神，分析了当前全县安全生产形势，对下一阶段工作作出了安排部署。");
        Assert.Contains("分析了当前全县安全生产形势", body);
    }

    [Fact]
    public void A_short_fields_line_stays_in_the_header()
    {
        var body = Body("来源：某县融媒体中心\n近日，某县召开全县安全生产工作会议，会议传达学习了上级有关会议精神，分析了当前全县安全生产形势。");
        Assert.DoesNotContain("来源", body);
        Assert.Contains("分析了当前全县安全生产形势", body);
    }

    [Theory]
    [InlineData("来源：")]
    [InlineData("信息来源：")]
    [InlineData("发布机构：")]
    public void A_date_alone_under_an_empty_source_label_is_the_items_date_not_its_source(string label)
    {
        var m = ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes($"某县中学为受灾地区捐款\n{label}\n2010-04-21 09:40\n浏览：\n本报讯 昨日上午，某县中学全体师生聚在一起为受灾地区募捐，场面十分感人。据悉，捐赠活动正在陆续进行。")).Metadata;
        Assert.Equal("2010-04-21", m.Date);
        Assert.Equal(2010, m.Year);
        Assert.DoesNotContain("2010", m.Org ?? "");
    }
}
