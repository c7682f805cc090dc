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

    // A text saved without its signature (a policy database's record) ends on its last clause; the attachment under it
    // is another document, and the year the clause gives stands (found with the table attached to policy-scan's tune
    // part: 52 years lost).
    [Theory]
    [InlineData("本通知自{0}年4月30日起施行。")]
    [InlineData("本通知自{0}年4月30日起施行。特此通知")]
    public void An_unsigned_notice_ending_on_its_effect_clause_keeps_its_year_above_its_attachment(string clause)
    {
        foreach (var year in new[] { 2016, 2021, 2025 })
        {
            var body = "为进一步发挥住房公积金制度作用，经市住房公积金管理委员会审议通过，现就有关事项通知如下：\n一、提高住房公积金贷款额度。\n二、优化住房公积金贷款额度上浮比例。\n" + Articles + string.Format(clause, year) + "\n";
            var alone = Meta(body);
            var attached = Meta(body + "附件\n重点任务分解表\n序号　任务　责任单位　完成时限\n" + Tasks(30));
            Assert.Equal(year, alone.Year);
            Assert.Equal(MetadataOrigin.Document, alone.Origins.Year);
            // The same year on the same evidence: the clause, not the year the opening happens to give.
            Assert.Equal((alone.Year, alone.Origins.Year), (attached.Year, attached.Origins.Year));
        }
    }

    private static readonly string Articles = string.Concat(Enumerable.Range(3, 12).Select(i => $"（{i}）缴存职工申请住房公积金贷款的，按照本市住房公积金贷款管理办法执行。\n"));

    // A long numbered list of attachments, then the signing bodies and their date: the list is the notice's own.
    [Fact]
    public void A_long_list_of_attachments_before_the_signature_cuts_nothing()
    {
        var list = string.Concat(Enumerable.Range(1, 24).Select(i => $"{i}.第{i}个项目售房说明书\n"));
        var m = Meta(Notice + "请认真落实。\n附件:\n" + list + "某某县住房和建设局\n某某县人才安居有限公司\n2022年11月9日\n");
        Assert.Equal("2022-11-09", m.Date);
    }

    [Fact]
    public void A_list_of_attachments_before_the_signature_cuts_nothing()
    {
        var m = Meta(Notice + "附件：\n1.检查工作方案\n2.检查情况汇总表\n某某县人民政府办公室\n2021年3月5日\n");
        Assert.Equal("2021-03-05", m.Date);
        Assert.Equal(2021, m.Year);
    }

    private const string UntitledIssuer = """
        关于开展安全生产大检查的通知
        各乡镇人民政府，县政府各部门：
        为切实做好安全生产工作，经县政府同意，决定在全县开展安全生产大检查。现将有关事项通知如下。
        一、各乡镇、各部门要高度重视，精心组织，确保检查不留死角。
        二、检查结束后，请于月底前将检查情况报县应急管理局。
        特此通知。

        """;

    // The closing lines as pages print them: the body glued to its date or a space apart, the issuing line, the date
    // printed with 印发, and a signature whose date the copy lost (found with the table attached to policy-scan's tune
    // part: 大同市住房公积金管理中心2024年12月9日, 修水县人民政府办公室 / 2022年8月5日印发, 阜阳市住房公积金管理中心 alone;
    // 19 issuing bodies, dates and years lost).
    [Theory]
    [InlineData("某某县应急管理局2021年3月5日\n")]
    [InlineData("某某县应急管理局　2021年3月5日\n")]
    [InlineData("某某县应急管理局\n2021年3月5日印发\n")]
    [InlineData("某某县应急管理局2021年3月5日印发\n")]
    [InlineData("某某县应急管理局\n")]
    [InlineData("某某县应急管理局\n某某县住房和城乡建设局\n")]
    public void A_notice_closed_as_pages_print_it_keeps_its_metadata_above_its_attachment(string closing)
    {
        var signed = UntitledIssuer + closing;
        var alone = Meta(signed);
        var attached = Meta(signed + "附件\n重点任务分解表\n序号　任务　责任单位　完成时限\n" + Tasks(30));
        Assert.NotNull(alone.Org);
        Assert.Equal((alone.Org, alone.Date, alone.Year), (attached.Org, attached.Date, attached.Year));
    }
}
