using System.Net;
using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Web pages: visible text only, page furniture dropped, title and meta used as metadata.</summary>
public class HtmlParserTests
{
    /// <summary>A typical archived government page around the given body lines: navigation, scripts, comments, clutter.</summary>
    internal static string Page(IEnumerable<string> bodyLines, string? charset = "utf-8", string? title = null, string extraHead = "")
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html><head>");
        if (charset is not null) sb.Append($"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">");
        if (title is not null) sb.Append($"<title>{WebUtility.HtmlEncode(title)}</title>");
        sb.Append(extraHead);
        sb.Append("<style>p { margin: 0 } .x::before { content: '样式文字' }</style>");
        sb.Append("<script>var 统计 = '脚本文字'; document.write('<p>脚本</p>');</script></head>\n<body>\n");
        sb.Append("<header><div class=\"logo\">门户网站</div><ul><li><a href=\"/\">首页</a></li><li>政务公开</li><li>办事服务</li></ul></header>\n");
        sb.Append("<nav>首页 &gt; 政务公开 &gt; 工作总结</nav>\n<!-- 这是注释，不是正文 -->\n");
        sb.Append("<div class=\"article\">\n");
        foreach (var line in bodyLines)
            sb.Append("  <p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        sb.Append("<div class=\"tools\">【<a href=\"#\">打印</a>】 【<a href=\"#\">关闭</a>】</div>\n<div>分享到微信</div>\n");
        sb.Append("<div style=\"display:none\">隐藏文字</div>\n");
        sb.Append("</div>\n<footer><p>主办单位：某某市人民政府办公室 版权所有</p><p>网站地图 | 联系我们</p></footer>\n");
        sb.Append("<script>console.log('尾部脚本')</script></body></html>");
        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Seeds), MemberType = typeof(IngestionTestSupport))]
    public void SeedWrappedInAPage_ParsesLikeTheOriginal(string seed)
    {
        var original = ParseSeed(seed);
        var html = Page(SeedText(seed).ReplaceLineEndings("\n").Split('\n'));
        var parsed = ParseVirtual(Path.ChangeExtension(seed, ".html"), Encoding.UTF8.GetBytes(html));
        AssertSameReport(original, parsed);
    }

    [Theory]
    [MemberData(nameof(Seeds), MemberType = typeof(IngestionTestSupport))]
    public void SeedPageInGb18030_DeclaredOrNot_ParsesLikeTheOriginal(string seed)
    {
        var original = ParseSeed(seed);
        var lines = SeedText(seed).ReplaceLineEndings("\n").Split('\n');
        foreach (var charset in new[] { "gb2312", null, "utf-8" /* a lie */ })
        {
            var bytes = Encoding.GetEncoding(54936).GetBytes(Page(lines, charset));
            AssertSameReport(original, ParseVirtual(Path.ChangeExtension(seed, ".htm"), bytes));
        }
    }

    [Fact]
    public void FurnitureNeverReachesTheText()
    {
        var html = Page(["红星镇2023年工作总结", "一、主要成效", "全年完成固定资产投资12亿元。"]);
        var report = ParseVirtual("红星镇/总结.html", Encoding.UTF8.GetBytes(html));
        var text = string.Join("\n", report.Sections.Select(s => s.Text));
        foreach (var furniture in new[] { "脚本", "样式文字", "注释", "门户网站", "办事服务", "政务公开", "打印", "关闭", "分享到微信", "隐藏文字", "版权所有", "网站地图" })
            Assert.DoesNotContain(furniture, text);
        Assert.Contains("全年完成固定资产投资12亿元。", text);
    }

    [Fact]
    public void HeadingElementsStartSections_AndBlocksKeepParagraphBreaks()
    {
        var html = """
            <html><head><meta charset="utf-8"><title>青松乡2022年工作总结_某县人民政府门户网站</title>
            <meta name="PubDate" content="2023-01-15 09:30"><meta name="ContentSource" content="某县青松乡人民政府"></head>
            <body><article><header><h1>青松乡2022年工作总结</h1></header>
            <p>今年以来，青松乡<b>坚持</b>稳中求进。</p><p>第二段<br>换行之后</p>
            <h2>产业发展</h2><div>茶叶产量<span>增长</span>百分之十。</div>
            <h3>社会事业</h3><ul><li>新建学校一所</li><li>改造卫生院</li></ul>
            <h5>小标题不分节</h5><p>正文。</p></article></body></html>
            """;
        var report = ParseVirtual("archive/page.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(["青松乡2022年工作总结", "产业发展", "社会事业"], report.Sections.Select(s => s.Heading));
        Assert.Equal("青松乡2022年工作总结\n今年以来，青松乡坚持稳中求进。\n第二段\n换行之后", report.Sections[0].Text);
        Assert.Equal("产业发展\n茶叶产量增长百分之十。", report.Sections[1].Text);
        Assert.Contains("新建学校一所\n改造卫生院", report.Sections[2].Text);
        var m = report.Metadata;
        Assert.Equal("青松乡2022年工作总结", m.Title); // site name after "_" removed
        Assert.Equal(MetadataOrigin.Header, m.Origins.Title);
        Assert.Equal("青松乡", m.District);
        Assert.Equal(2022, m.Year);
        Assert.Equal("2023-01-15", m.Date);
        Assert.Equal("某县青松乡人民政府", m.Org);
    }

    [Theory]
    [InlineData("某镇五项举措推进阳光政府采购- 某某商圈新闻", "某镇五项举措推进阳光政府采购")]
    [InlineData("某县人民政府关于加强房地产市场管控的意见--某县人民政府网站", "某县人民政府关于加强房地产市场管控的意见")]
    [InlineData("某市2021-2025年发展规划", "某市2021-2025年发展规划")] // a hyphen between years joins them
    [InlineData("某区2024年工作总结 -某区人民政府", "某区2024年工作总结")]
    [InlineData("某镇召开安全生产工作会议-某县人民政府", "某镇召开安全生产工作会议")] // a hyphen glued between the title and a body's name
    [InlineData("长三角-苏州协同发展座谈会召开", "长三角-苏州协同发展座谈会召开")] // a hyphen inside the title
    public void A_site_name_after_the_page_title_is_not_the_title(string pageTitle, string title)
    {
        var html = $"<html><head><meta charset=\"utf-8\"><title>{pageTitle}</title></head><body><p>正文第一段。</p></body></html>";
        Assert.Equal(title, ParseVirtual("archive/page.html", Encoding.UTF8.GetBytes(html)).Metadata.Title);
    }

    [Fact]
    public void A_site_name_its_meta_names_before_the_article_title_is_not_the_title()
    {
        var html = """
            <html><head><meta charset="utf-8"><meta name="SiteName" content="某县人民政府网站">
            <meta name="ArticleTitle" content="某县人民政府网站——某县人民政府关于加强房地产市场管控的意见"></head>
            <body><p>正文第一段。</p></body></html>
            """;
        Assert.Equal("某县人民政府关于加强房地产市场管控的意见", ParseVirtual("archive/page.html", Encoding.UTF8.GetBytes(html)).Metadata.Title);
    }

    [Theory]
    [InlineData("文章详情")]
    [InlineData("新闻详情")]
    [InlineData("正文")]
    public void A_templates_label_in_the_page_title_gives_way_to_the_articles_heading(string label)
    {
        var html = $"<html><head><meta charset=\"utf-8\"><title>{label}</title></head><body><div>{label}</div><h3>某县体育局深入开展结对认亲活动</h3><p>发布时间：2017-08-17</p><p>为深入贯彻自治区党委的部署，11月18日，县体育局领导班子来村结对认亲。</p></body></html>";
        Assert.Equal("某县体育局深入开展结对认亲活动", ParseVirtual("archive/page.html", Encoding.UTF8.GetBytes(html)).Metadata.Title);
    }

    [Theory]
    [InlineData("某县人民政府-政府信息公开指南")]
    [InlineData("某市某区人民政府-政策文件")]
    public void A_page_title_of_the_sites_owner_and_a_column_gives_way_to_the_articles_heading(string pageTitle)
    {
        var html = $"<html><head><meta charset=\"utf-8\"><title>{pageTitle}</title></head><body><h3>关于支持本县商贸流通业发展的若干措施</h3><p>2023.05.06</p><p>一、支持商贸企业扩大经营。对年销售额首次超过一亿元的企业给予奖励。</p></body></html>";
        Assert.Equal("关于支持本县商贸流通业发展的若干措施", ParseVirtual("archive/page.html", Encoding.UTF8.GetBytes(html)).Metadata.Title);
    }

    [Fact]
    public void A_hyphen_inside_a_real_title_keeps_it()
    {
        var html = "<html><head><meta charset=\"utf-8\"><title>某县人民政府-关于做好春季农业生产的通知</title></head><body><p>各乡镇人民政府：</p><p>为做好春季农业生产，现将有关事项通知如下。</p></body></html>";
        Assert.Contains("关于做好春季农业生产的通知", ParseVirtual("archive/page.html", Encoding.UTF8.GetBytes(html)).Metadata.Title);
    }

    [Theory]
    [InlineData("某州人民政府", "某州人民政府办公室关于印发《某州房地产市场调控措施》的通知")]
    [InlineData("某省住房公积金管理局", "某省住房公积金管理局关于2026年度住房公积金缴存基数范围的通告")]
    public void A_site_name_that_opens_the_titles_own_issuer_stays_in_the_title(string site, string title)
    {
        var html = $"<html><head><meta charset=\"utf-8\"><meta name=\"SiteName\" content=\"{site}\"><meta name=\"ArticleTitle\" content=\"{title}\"></head><body><p>正文第一段。</p></body></html>";
        Assert.Equal(title, ParseVirtual("archive/page.html", Encoding.UTF8.GetBytes(html)).Metadata.Title);
    }
}
