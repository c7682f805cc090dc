using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A paged official document saved as text keeps its printed page numbers (— 3 —) on lines of their own. They are page
/// furniture: between a signature and its date they had cost policy-scan's tune part 14 issuing bodies (found with
/// altered-forms' pagenum form). A bare number on its line may be a table's cell and stays.
/// </summary>
public class PrintedPageNumberTests
{
    private const string Notice = "关于调整住房公积金贷款政策的通知\n各有关单位：\n为支持缴存职工购房需求，经研究，现就调整住房公积金贷款政策通知如下。\n一、提高住房公积金贷款额度。\n二、本通知自印发之日起施行。\n";

    [Theory]
    [InlineData("— 2 —")]
    [InlineData("- 2 -")]
    [InlineData("－2－")]
    [InlineData("第2页 共2页")]
    public void A_page_number_between_a_signature_and_its_date_is_no_part_of_either(string pageNumber)
    {
        var signed = Notice + "某市住房公积金管理中心\n2023年5月8日\n";
        var paged = Notice + "某市住房公积金管理中心\n\n" + pageNumber + "\n\n2023年5月8日\n";
        var own = ParseVirtual("p/n.txt", Encoding.UTF8.GetBytes(signed)).Metadata;
        var m = ParseVirtual("p/n.txt", Encoding.UTF8.GetBytes(paged)).Metadata;
        Assert.Equal("某市住房公积金管理中心", own.Org);
        Assert.Equal((own.Org, own.Date), (m.Org, m.Date));
        Assert.DoesNotContain(pageNumber, string.Join("\n", ParseVirtual("p/n.txt", Encoding.UTF8.GetBytes(paged)).Sections.Select(s => s.Text)));
    }

    [Fact]
    public void A_bare_number_on_its_line_stays_in_the_text()
    {
        var report = ParseVirtual("p/t.txt", Encoding.UTF8.GetBytes(Notice + "序号\n12\n任务\n"));
        Assert.Contains("\n12\n", "\n" + string.Join("\n", report.Sections.Select(s => s.Text)) + "\n");
    }
}
