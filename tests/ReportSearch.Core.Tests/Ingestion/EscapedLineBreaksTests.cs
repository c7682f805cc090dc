using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A report saved as one line with its line breaks escaped (a spreadsheet cell or a database dump: the four characters
/// \r\n between lines) is read line by line like any other; a text that only quotes an escape is left as it is.
/// </summary>
public class EscapedLineBreaksTests
{
    private const string Flattened = @"政府工作报告\r\n——2010年2月3日在某某县第十四届人民代表大会第四次会议上\r\n各位代表：\r\n现在，我代表县人民政府向大会报告工作。\r\n一、2009年工作回顾";

    [Fact]
    public void Escaped_breaks_become_lines() =>
        Assert.Equal(["政府工作报告", "——2010年2月3日在某某县第十四届人民代表大会第四次会议上", "各位代表：", "现在，我代表县人民政府向大会报告工作。", "一、2009年工作回顾"],
            EscapedLineBreaks.Restore(Flattened).Split('\n'));

    [Theory]
    [InlineData(@"配置文件在 C:\new\report 下。")] // one escape-like pair in a path
    [InlineData("第一行\n第二行\n第三行\n文中写到 \\n 表示换行。")] // real lines outnumber the escapes
    public void A_text_that_only_quotes_an_escape_is_left_alone(string text) =>
        Assert.Equal(text, EscapedLineBreaks.Restore(text));

    [Fact]
    public void A_flattened_work_report_gets_its_title_session_date_and_kind()
    {
        var report = IngestionTestSupport.ParseVirtual("archive/report.txt", System.Text.Encoding.UTF8.GetBytes(Flattened + @"\r\n2009年，全县经济平稳增长。"));
        Assert.Equal("政府工作报告", report.Metadata.Title);
        Assert.Equal("2010-02-03", report.Metadata.Date);
        Assert.Equal("报告", report.Metadata.Kind);
    }

    // The same report pasted into one paragraph of a web page (found by the altered-forms tool's html form: the county
    // reports flattened with escapes lost title, date and kind as pages).
    [Fact]
    public void A_flattened_work_report_in_a_page_gets_its_title_session_date_and_kind()
    {
        var page = "<html><body><p>" + System.Net.WebUtility.HtmlEncode(Flattened + @"\r\n2009年，全县经济平稳增长。") + "</p></body></html>";
        var report = IngestionTestSupport.ParseVirtual("archive/report.html", System.Text.Encoding.UTF8.GetBytes(page));
        Assert.Equal("政府工作报告", report.Metadata.Title);
        Assert.Equal("2010-02-03", report.Metadata.Date);
        Assert.Equal("报告", report.Metadata.Kind);
    }

    // The flattened report among more real lines than it has escapes: a table of tasks attached under it, or a site's
    // menu above it (found by the altered-forms tool's attach and frame forms: the county reports lost their title,
    // issuing body and kind to a title read as 政府工作报告\r\n).
    [Fact]
    public void A_flattened_report_among_real_lines_is_still_read_line_by_line()
    {
        var menu = string.Join("\n", ["首页", "政务公开", "政策文件", "通知公告", "工作动态", "政府信息公开指南", "政府信息公开制度", "政府信息公开年报"]);
        var table = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"{i}\t重点任务{i}\t牵头单位{i}\t2010年底前完成"));
        var text = menu + "\n" + Flattened + @"\r\n2009年，全县经济平稳增长。" + "\n附表\n" + table;
        Assert.Contains("政府工作报告", EscapedLineBreaks.Restore(text).Split('\n'));
        var report = IngestionTestSupport.ParseVirtual("archive/report.txt", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal("政府工作报告", report.Metadata.Title);
        Assert.Equal("报告", report.Metadata.Kind);
    }

    [Fact]
    public void A_page_that_quotes_an_escape_keeps_its_lines()
    {
        var lines = EscapedLineBreaks.Restore([new BodyLine("第一段"), new BodyLine("第二段"), new BodyLine(@"代码中 \n 表示换行，\r 表示回车，\n 常见。")]);
        Assert.Equal(3, lines.Count);
    }
}
