using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// A page's lists of other pages' headlines (a sidebar of bulleted titles, a list under 相关报道 or 最新新闻) are not the
/// report's text: a name quoted in one of them is not a mention of the report, however many of a site's pages repeat it.
/// </summary>
public sealed class HeadlineListTests
{
    private static List<MechanismMention> Extract(string text) => MechanismExtractor.Extract(text, [(0, null)]);

    [Fact]
    public void Names_in_a_sidebar_of_bulleted_headlines_are_not_mentions()
    {
        var page = "本镇召开秋季防火工作部署会，要求各村落实巡查责任。\n"
            + "·南湖区推行“三张清单”压实安全责任\n·城西街道开展消防演练\n·山岭镇推广“一户一码”管理\n·县应急局发布秋冬防火提示\n";
        Assert.DoesNotContain(Extract(page), m => m.Key is "三张清单" or "一户一码");
    }

    [Theory]
    [InlineData("相关报道")]
    [InlineData("最新新闻：")]
    public void Names_in_a_list_under_a_related_headlines_label_are_not_mentions(string label)
    {
        var page = $"本镇召开秋季防火工作部署会，要求各村落实巡查责任。\n{label}\n南湖区推行“三张清单”压实安全责任\n2024-10-12\n";
        Assert.DoesNotContain(Extract(page), m => m.Key == "三张清单");
    }

    [Theory]
    // Two bulleted points are the report's own, not a list of other pages.
    [InlineData("今年重点做好两件事：\n·推行“三张清单”制度\n·完善考核办法\n")]
    // A long bulleted paragraph is the report's text.
    [InlineData("·推行“三张清单”制度，明确各部门权力、责任和服务事项，压实属地管理责任，确保各项工作落到实处。\n·完善考核办法\n·健全问责机制\n")]
    // After the label, the list ends at the report's next paragraph.
    [InlineData("相关报道\n县里召开会议\n\n我们将继续推行“三张清单”制度，明确各部门权力、责任和服务事项，压实属地管理责任。\n")]
    public void The_reports_own_lines_are_still_read(string text) =>
        Assert.Contains(Extract(text), m => m.Key == "三张清单");

    [Fact]
    public void Blanking_keeps_every_offset()
    {
        var text = "正文第一段。\n·甲乡推行“两访”\n·乙乡推行“两访”\n·丙乡推行“两访”\n正文末段。";
        var blanked = HeadlineLists.Blanked(text);
        Assert.Equal(text.Length, blanked.Length);
        Assert.StartsWith("正文第一段。\n", blanked);
        Assert.EndsWith("\n正文末段。", blanked);
        Assert.DoesNotContain("两访", blanked);
    }
}
