using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A body's reply to a citizen's question (政民互动, 领导信箱) closes with its stamp: the body, 于, the date and 回复. The reply
/// is the document, a 答复: its date, year and issuing body are the stamp's (paraphrased from county sites' reply pages).
/// </summary>
public class ReplyStampTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/reply.html.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("离婚协议一经签订便已生效，当事人可以重新签订协议，必要时可以公证。( 某某县民政局 于\u00a0 2011-11-3 16:23 回复)", "2011-11-03", "某某县民政局")]
    [InlineData("一、户口在某镇的请到某镇人民政府婚姻登记处办理。\n二、我市从2007年9月起开展免费婚前医学检查。\n（某某市民政局 于 2015-1-12 14:58 回复）", "2015-01-12", "某某市民政局")]
    [InlineData("经核实，该地块已依法办理用地手续。\n某某县国土资源局 于 2014年3月24日 答复", "2014-03-24", "某某县国土资源局")]
    public void The_reply_stamp_gives_date_year_and_body(string text, string date, string org)
    {
        var m = Meta(text);
        Assert.Equal(date, m.Date);
        Assert.Equal(int.Parse(date[..4]), m.Year);
        Assert.Equal(org, m.Org);
        Assert.Equal("答复", m.Kind);
    }

    [Fact]
    public void A_date_the_reply_cites_is_not_a_stamp()
    {
        var m = Meta("我市于2007年9月起为全市男女青年开展免费婚前医学检查，婚检费用由市政府承担。");
        Assert.Null(m.Date);
    }
}
