using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Kind rules (issue 19, round two) for news items that name no kind: a headline where a unit does something, a
/// dateline by the day alone or after an opening sentence, and a text speaking of a town in the third person (该乡).
/// Short paraphrased openings in the shapes of real county and town pages; each has a counterpart that is no news.
/// </summary>
public class NewsKindRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("凤阳县黄湾乡深入开展秋季秸秆禁烧宣传工作")]
    [InlineData("界首市邴集乡加强做好暑期防溺水工作")]
    public void A_headline_where_a_unit_acts_is_news(string headline)
    {
        var m = Meta($"""
            {headline}

            为切实做好有关工作,乡党委、政府高度重视,多措并举,确保各项工作落到实处,取得了良好效果。
            """);
        Assert.Equal(headline, m.Title);
        Assert.Equal("新闻", m.Kind);
    }

    [Fact]
    public void A_unit_s_own_plan_titled_with_its_kind_stays_a_plan()
    {
        var m = Meta("""
            界首市邴集乡加强暑期防溺水工作方案

            为切实做好暑期防溺水工作,结合我乡实际,制定本方案。
            """);
        Assert.Equal("方案", m.Kind);
    }

    [Theory]
    [InlineData("23日,某某乡召开经济工作会,明确了今年的七大工作任务。")]
    [InlineData("为切实做好2021年春季征兵工作,鼓励适龄青年踊跃报名参军。1月5日,某县某镇组织召开征兵工作动员会。")]
    [InlineData("某某乡加强宣传,强化督查,扎实做好秋季秸秆禁烧工作。\n该乡通过喇叭广播、悬挂标语等多种形式,广泛宣传禁烧政策。")]
    public void A_dated_or_third_person_opening_without_a_title_is_news(string opening)
    {
        var m = Meta(opening + "\n会议要求,各村要统一思想,狠抓落实,确保完成全年目标任务。");
        Assert.Equal("新闻", m.Kind);
    }

    [Fact]
    public void A_town_s_own_review_speaking_as_我镇_is_no_news()
    {
        var m = Meta("""
            2021年,我镇在县委、县政府的正确领导下,认真贯彻落实各项决策部署,较好地完成了全年各项目标任务。
            一是经济发展稳中有进。全镇完成地区生产总值12亿元,同比增长6%。
            """);
        Assert.NotEqual("新闻", m.Kind);
    }
}
