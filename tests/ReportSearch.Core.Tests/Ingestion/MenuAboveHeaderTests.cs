using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// 政府信息公开 pages print their column menu (政府信息 / 公开指南 / ·机构职能 … / ·2025年 ·2024年 …) above the
/// document: dozens of short lines before its title and header block. The scans for the block and the title do not
/// count menu entries, so both are read under a long menu, and a menu's years never date the document. Once the text
/// has begun, short lines (a table's cells) count again. Snippets written in the shape of such pages.
/// </summary>
public class MenuAboveHeaderTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private static string Menu(int entries) =>
        string.Join("\n", Enumerable.Range(0, entries).Select(i => i % 3 == 0 ? "·" + (2025 - i / 3) + "年" : i % 3 == 1 ? "政府信息" : "·栏目" + "甲乙丙丁戊己庚辛壬癸"[i % 10]));

    private const string Document = """
        关于支持本县商贸流通业发展的若干措施
        2023.05.06
        索 引 号 ：
        00012345-X-0801-2023-0042
        发布机构：
        县商务局
        文      号：
        主题分类：
        其他
        一、支持商贸企业扩大经营。对年销售额首次超过一亿元的企业给予一次性奖励。
        二、支持发展夜间经济。
        """;

    [Theory]
    [InlineData(0)]
    [InlineData(45)]
    [InlineData(90)]
    public void The_header_block_and_title_under_a_menu_of_any_length_are_read(int menuEntries)
    {
        var m = Meta(Menu(menuEntries) + "\n" + Document);
        Assert.Equal("关于支持本县商贸流通业发展的若干措施", m.Title);
        Assert.Equal("县商务局", m.Org);
        Assert.Equal(2023, m.Year);
    }

    [Fact]
    public void A_header_label_far_below_the_start_of_the_text_is_text()
    {
        // Forty lines of prose and then table cells: the short cells count, so a 来源 cell far down is no header field.
        var prose = string.Join("\n", Enumerable.Range(1, 41).Select(i => $"第{i}条 各单位应当按照规定做好本项工作。"));
        var report = ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes("关于做好本年度统计工作的通知\n" + prose + "\n名称：\n县统计局\n"));
        Assert.Contains(report.Sections, s => s.Text.Contains("县统计局"));
    }

    [Fact]
    public void Short_lines_after_the_first_sentence_count_as_text()
    {
        // Menu entries above the text are not counted; once a sentence has passed, a table's short cells are.
        var window = new TopLinesWindow(3);
        Assert.All(Enumerable.Range(0, 20), _ => Assert.True(window.Admit("政府信息")));
        Assert.True(window.Admit("县自然资源局决定公开出让一宗国有建设用地使用权。"));
        Assert.True(window.Admit("宗地"));
        Assert.True(window.Admit("编号"));
        Assert.False(window.Admit("位置"));
    }

    [Fact]
    public void The_scan_ends_at_its_hard_limit_whatever_the_lines()
    {
        var window = new TopLinesWindow(HeaderBlock.ScanLines);
        int admitted = 0;
        while (admitted < 10_000 && window.Admit("·栏目")) admitted++;
        Assert.Equal(SiteFrameLines.MaxScanLines, admitted);
    }
}
