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
}
