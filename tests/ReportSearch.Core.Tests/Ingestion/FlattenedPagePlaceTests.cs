using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A page stored with its line breaks as spaces is the same document as the page: where its place rests on how often
/// names occur in its opening and in its body, the opening of a flattened page is its first sentences, not its whole text.
/// </summary>
public class FlattenedPagePlaceTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private static string Measure(int n) => $"（{n}）各类场所要落实通风消毒、体温检测、佩戴口罩等措施，做好人员登记，发现异常情况及时报告，确保各项防控措施落到实处。";

    // Shaped as a province's epidemic-control opinions (江西, 2020; a 北大法宝 export): its first paragraph names its
    // province, its measures run on for pages, and far down a section on travellers names the province they come from
    // (湖北入赣人员) again and again. Reworded; the names stand where the page has them.
    private static readonly string[] Lines =
    [
        "各市、县（区）人民政府，省政府各部门：",
        "为深入贯彻党中央、国务院决策部署，进一步提高江西省疫情防控工作的科学性、精准性和实效性，现就推进日常性疫情防控工作提出以下实施意见。",
        .. Enumerable.Range(1, 80).Select(Measure),
        "（八十一）湖北入赣人员应当主动报告。湖北入赣人员须持健康证明。湖北入赣人员由所在社区登记。湖北入赣人员接受健康管理。湖北入赣人员解除隔离后正常通行。",
        .. Enumerable.Range(82, 5).Select(Measure),
        "本意见自印发之日起施行。",
    ];

    [Fact]
    public void A_flattened_page_weighs_its_names_as_the_page_with_its_lines_does()
    {
        var lined = Meta(string.Join("\n", Lines));
        var flattened = Meta(string.Join(" ", Lines));
        // With its lines, the page is of the province its opening names; the one its travellers come from, named only far
        // down, weighs as little in the flattened page (read as one opening, its five 湖北 had put the province in doubt).
        Assert.Equal("江西省", lined.Region);
        Assert.Equal(lined.Region, flattened.Region);
    }
}
