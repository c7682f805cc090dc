using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// An article saved from a public account as markdown: pictures, links and bold markers are no text of the report
/// (they were indexed, shown in snippets, and hid the heading from the title rules); what a reader sees is.
/// </summary>
public class MarkdownInlineTests
{
    private const string SavedPost = """
        ****![](https://mmbiz.qpic.cn/sz_mmbiz_jpg/AbCdEf0123/640?wx_fmt=jpeg&tp=webp)****

        **重阳节敬老助老倡议书**

        全镇广大干部群众：

        重阳节即将到来，现向全镇发出如下倡议，详见[镇政府网站](http://www.example.gov.cn/zx/123.html)。

        **一、关爱身边老人**

        ![图片](https://mmbiz.qpic.cn/mmbiz_png/XyZ987/640?wx_fmt=png)

        多陪伴、多倾听，按1*2的比例结对帮扶。
        """;

    [Fact]
    public void Pictures_links_and_bold_markers_leave_the_words_a_reader_sees()
    {
        var report = ParseVirtual("p/post.md", Encoding.UTF8.GetBytes(SavedPost));
        var text = string.Join("\n", report.Sections.Select(s => (s.Heading ?? "") + "\n" + s.Text));
        Assert.DoesNotContain("mmbiz", text);
        Assert.DoesNotContain("example.gov.cn", text);
        Assert.DoesNotContain("**", text);
        Assert.Contains("详见镇政府网站。", text);
        // A single asterisk is no markup.
        Assert.Contains("1*2", text);
        Assert.Equal("重阳节敬老助老倡议书", report.Metadata.Title);
    }

    [Fact]
    public void A_txt_file_keeps_its_characters_as_written()
    {
        var report = ParseVirtual("p/post.txt", Encoding.UTF8.GetBytes("**重阳节敬老助老倡议书**\n全镇广大干部群众：\n"));
        Assert.Contains("**", string.Join("\n", report.Sections.Select(s => (s.Heading ?? "") + s.Text)));
    }
}
