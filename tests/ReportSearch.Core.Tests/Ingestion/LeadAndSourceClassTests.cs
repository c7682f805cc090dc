using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Region, year and date by evidence class (issue 19, round m7): what a careful reader uses to place and date a town
/// or street page without a header, on short paraphrased snippets in the shapes of real pages (places and names
/// changed where they do not matter). Each class was kept only where it added right answers over every tune document
/// of the development set and no wrong one.
/// </summary>
public class LeadAndSourceClassTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("来源: 醴陵市人民政府 更新日期:2014-05-26")]
    [InlineData("更新时间:2014-05-26 09:12 来源:本站")]
    public void A_news_pages_update_date_is_its_posting_date(string byline)
    {
        var m = Meta($"当前位置:首页 > 政务要闻 > 乡镇动态\n某某镇安排部署防汛工作\n{byline}\n为切实做好汛期应急准备工作,某某镇制定了机关干部24小时防汛值班制度。\n");
        Assert.Equal(2014, m.Year);
        Assert.Equal("2014-05-26", m.Date);
    }

    [Theory]
    // Following a central document, named inside 《》 or after 贯彻落实.
    [InlineData("为深入贯彻落实《中共中央办公厅、国务院办公厅印发〈关于全面推行河长制的意见〉的通知》精神,结合我镇实际,制定本方案。")]
    [InlineData("为贯彻落实中共中央、国务院关于巩固拓展脱贫攻坚成果的决策部署,结合我镇实际,制定本方案。")]
    // Reporting a mention on the congress's website, or a deputy.
    [InlineData("2024年,街道较好地完成了年度各项目标任务。街道议事厅大讨论等信息被全国人大网站刊登。")]
    [InlineData("2024年,街道较好地完成了年度各项目标任务。全国人大代表、街道党工委书记某某出席会议。")]
    public void A_central_body_the_text_only_cites_does_not_make_a_street_or_town_page_national(string opening)
    {
        var m = Meta($"{opening}\n一、主要工作\n新江湾城街道坚持党建引领,全街道上下共同努力。\n");
        Assert.NotEqual(["全国"], m.RegionPath);
    }

    [Fact]
    public void A_national_congress_session_the_text_is_delivered_at_is_still_national()
    {
        var m = Meta("各位代表:\n在第十四届全国人民代表大会第二次会议上,现在,我代表国务院,向大会报告政府工作,请予审议。\n");
        Assert.Equal(["全国"], m.RegionPath);
    }
}
