using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A notice signed and dated above its attachments (found by re-running the development set's tune part with a table of
/// tasks attached: the closing date of eight notices was lost): its metadata is read above the first attachment's
/// heading; a list of attachments before the signature cuts nothing.
/// </summary>
public class AttachedDocumentsTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/notice.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private const string Notice = """
        某某县人民政府办公室关于开展安全生产大检查的通知
        各乡镇人民政府，县政府各部门：
        为切实做好安全生产工作，经县政府同意，决定在全县开展安全生产大检查。现将有关事项通知如下。
        一、各乡镇、各部门要高度重视，精心组织，确保检查不留死角。
        二、检查结束后，请于月底前将检查情况报县应急管理局。

        """;

    private static string Tasks(int rows) => string.Concat(Enumerable.Range(1, rows).Select(i => $"{i}　开展专项检查　各责任单位　长期坚持\n"));

    // A signature over the date is found wherever it stands; a date alone (the issuer named in the title) only at the end.
    [Theory]
    [InlineData("附件", "")]
    [InlineData("附件1", "")]
    [InlineData("附件 2：", "")]
    [InlineData("附表", "抄送：县委办公室，县人大常委会办公室。\n")]
    public void A_notice_dated_above_its_attachment_keeps_its_closing_date(string heading, string below)
    {
        var signed = Notice + "2021年3月5日\n" + below;
        var alone = Meta(signed);
        var attached = Meta(signed + heading + "\n重点任务分解表\n序号　任务　责任单位　完成时限\n" + Tasks(30));
        Assert.Equal("2021-03-05", alone.Date);
        Assert.Equal(alone.Date, attached.Date);
        Assert.Equal(alone.Org, attached.Org);
        Assert.Equal(alone.Title, attached.Title);
    }

    [Fact]
    public void A_list_of_attachments_before_the_signature_cuts_nothing()
    {
        var m = Meta(Notice + "附件：\n1.检查工作方案\n2.检查情况汇总表\n某某县人民政府办公室\n2021年3月5日\n");
        Assert.Equal("2021-03-05", m.Date);
        Assert.Equal(2021, m.Year);
    }
}
