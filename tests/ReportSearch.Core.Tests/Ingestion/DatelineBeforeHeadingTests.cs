using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A short post carrying a notice whole opens on the outlet's dateline run into the notice's heading (荔枝新闻讯某市…指挥部
/// 关于…的通告 根据…): the dateline is the outlet's, not part of the title. From round rqD's tune part (150-character
/// posts of county and city accounts). Snippets paraphrased.
/// </summary>
public class DatelineBeforeHeadingTests
{
    [Theory]
    [InlineData("荔枝新闻讯")]
    [InlineData("某某日报讯")]
    public void An_outlets_dateline_run_into_the_heading_is_no_part_of_the_title(string dateline) =>
        Assert.Equal("哈尔滨市应对疫情工作指挥部关于调整部分地区风险等级的通告", ParseVirtual("p/post.txt", Encoding.UTF8.GetBytes(
            $" {dateline}哈尔滨市应对疫情工作指挥部关于调整部分地区风险等级的通告 根据有关要求，从2021年2月16日12时起，将部分地区风险等级调整为低风险。 哈尔滨市应对疫情工作指挥部 2021年2月16日")).Metadata.Title);
}
