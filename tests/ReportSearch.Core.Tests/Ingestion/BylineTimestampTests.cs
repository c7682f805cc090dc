using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A news page's byline under its headline holds the posting date among its fields (来源, 编辑, a clock time), with or
/// without 日 and with the fields run together where the page's spans were (paraphrased from portal and county pages).
/// A date inside the text's sentences is no byline.
/// </summary>
public class BylineTimestampTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/news.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("2011年09月29来源：", "2011-09-29")]
    [InlineData("2011年10月8日 来源：", "2011-10-08")]
    public void A_posting_date_among_the_bylines_fields_is_the_news_items_date(string byline, string date)
    {
        var m = Meta($"某市开发商必须进行前期物业管理招投标\n{byline}\n记者从某市住建局获悉，该市开发商今后必须通过招投标选聘前期物业服务企业。");
        Assert.Equal(date, m.Date);
    }

    [Fact]
    public void A_date_in_a_sentence_is_no_byline()
    {
        var m = Meta("某市开发商必须进行前期物业管理招投标\n规定自2011年10月1日起施行，消息来源于市住建局的通知，请各单位遵照执行。");
        Assert.NotEqual("2011-10-01", m.Date);
    }
}
