using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Archives saved by crawlers put the page's fields above its text as English keys (title: …, url: …, author: …,
/// content:). The title key gives the title, and a central body it opens with (a date before it or not) makes the page
/// national; the keys are no part of the title. English words inside a text are no keys. Snippets of my own, in the
/// shape of such dumps.
/// </summary>
public class CrawlerKeysTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("title: 2011年9月13日外交部发言人举行例行记者会")]
    [InlineData("Title: 9月13日外交部发言人举行例行记者会")]
    public void A_crawlers_title_key_gives_the_title_and_its_central_body_the_country(string titleLine)
    {
        var m = Meta($"""
            {titleLine}
            url: http://www.example.gov.cn/xwfb/2011/0913/index.htm
            author: 新闻办公室网站
            content:
            9月13日下午，外交部发言人主持例行记者会，回答了记者提问。
            问：请介绍一下有关情况。
            答：我们愿同各方一道，推动对话取得进展。
            """);
        Assert.Equal(titleLine[(titleLine.IndexOf(':') + 2)..], m.Title);
        Assert.Equal(["全国"], m.RegionPath);
    }

    [Fact]
    public void An_english_word_in_the_text_is_no_key()
    {
        var m = Meta("""
            关于举办英语角活动的通知
            各社区：
            为提高居民英语水平，定于下月举办英语角活动，主题为 title design 与 content creation。
            请各社区组织居民参加。
            """);
        Assert.Equal("关于举办英语角活动的通知", m.Title);
    }
}
