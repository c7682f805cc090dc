using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A body-only text too short for its wrap width to be told (fewer lines than the joiner needs) has no heading: its first
/// line, cut at the width out of a sentence, is no title (found with altered-forms' wrap form on policy-scan's tune part,
/// where 135 such texts had been given one). A heading naming its kind over a wrapped text keeps its title.
/// </summary>
public class ShortWrappedTextTests
{
    private const string Paragraph = "在某市市内五区和某航空港经济综合实验区、某东新区、某经济开发区、某高新区范围内,对拥有2套及以上住房的本市户籍居民家庭和拥有1套及以上住房的非本市户籍居民家庭限购180平方米以下的住房。本通知所称的住房,包括新建商品住房和存量住房。";

    private static string Wrapped(string text, int width) =>
        string.Join("\n", Enumerable.Range(0, (text.Length + width - 1) / width).Select(k => text.Substring(k * width, Math.Min(width, text.Length - k * width))));

    [Fact]
    public void The_first_line_of_a_short_wrapped_paragraph_is_no_title()
    {
        for (int width = 24; width <= 48; width += 4)
            Assert.Null(ParseVirtual("p/policy.txt", Encoding.UTF8.GetBytes(Wrapped(Paragraph, width))).Metadata.Title);
    }

    // A news page wrapped at a width its headline nearly fills: the headline is not joined with the byline or posting
    // line under it (the title had become 苏州公积金新政:…额度澎湃新闻记者某某).
    [Theory]
    [InlineData("澎湃新闻记者 计某某")]
    [InlineData("发布时间：2023-04-30 21:00")]
    public void A_wrapped_pages_headline_is_not_joined_with_its_byline(string byline)
    {
        const string headline = "某市公积金新政:余额可提取作为首付款,不影响后续贷款额度";
        var body = string.Join("\n", Enumerable.Repeat(Paragraph, 3));
        var text = headline + "\n" + byline + "\n" + string.Join("\n", body.Split('\n').Select(p => Wrapped(p, headline.Length)));
        Assert.Equal(headline, ParseVirtual("p/news.txt", Encoding.UTF8.GetBytes(text)).Metadata.Title);
    }

    // Lines of one length by chance: a heading with its page's title bar over the addressees or the posting line.
    [Theory]
    [InlineData("关于进一步支持合理住房需求的措施_政务公开_某某网", "各开发区管委会,各区县(市)人民政府,各有关单位:", "关于进一步支持合理住房需求的措施")]
    [InlineData("某市住房公积金中心支持缴存人购买保障性住房的若干举措_政务公开_某某网", "政策 2025-06-25 10:11:03 来源:某市住房公积金中心", "某市住房公积金中心支持缴存人购买保障性住房的若干举措")]
    public void A_heading_as_long_as_the_line_under_it_by_chance_stays_the_title(string heading, string under, string title)
    {
        Assert.Equal(heading.Length, under.Length);
        Assert.Equal(title, ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(heading + "\n" + under + "\n" + Paragraph)).Metadata.Title);
    }

    [Fact]
    public void A_heading_naming_its_kind_over_a_short_wrapped_paragraph_stays_the_title()
    {
        for (int width = 24; width <= 48; width += 4)
            Assert.Equal("关于进一步调整住房限购政策的通知",
                ParseVirtual("p/policy.txt", Encoding.UTF8.GetBytes("关于进一步调整住房限购政策的通知\n" + Wrapped(Paragraph, width))).Metadata.Title);
    }
}
