using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A body named relative to the document's place (省住房公积金管理局 in a department's header block) takes the place's
/// name from the region path, the nearest unit of its level; words that only open with a level's character are left.
/// </summary>
public class RelativeOrgNamesTests
{
    [Theory]
    [InlineData("省住房公积金管理局", "海南省", "海南省住房公积金管理局")]
    [InlineData("市人民政府办公室", "湖南省|长沙市|浏阳市", "浏阳市人民政府办公室")]
    [InlineData("市教育局", "湖南省|长沙市|岳麓区", "长沙市教育局")]
    [InlineData("县教育局", "浙江省|温州市|苍南县|钱库镇", "苍南县教育局")]
    [InlineData("区人力资源和社会保障局", "广东省|广州市|海珠区", "海珠区人力资源和社会保障局")]
    [InlineData("自治区财政厅", "广西壮族自治区|南宁市", "广西壮族自治区财政厅")]
    [InlineData("镇人民政府", "浙江省|温州市|苍南县|钱库镇", "钱库镇人民政府")]
    [InlineData("街道办事处", "北京市|西城区|广安门内街道", "广安门内街道办事处")]
    [InlineData("省财政厅、省教育厅", "河北省", "河北省财政厅、河北省教育厅")]
    [InlineData("市市场监督管理局", "江西省|宜春市", "宜春市市场监督管理局")]
    [InlineData("省市场监督管理局", "江西省", "江西省市场监督管理局")]
    // Left as printed: no unit of the level on the path, a word rather than a level, a name already qualified,
    // no body's ending, a bare 区 in an autonomous region.
    [InlineData("县教育局", "海南省", "县教育局")]
    [InlineData("市场监督管理局", "江西省|宜春市", "市场监督管理局")]
    [InlineData("区域合作办公室", "广东省|广州市|海珠区", "区域合作办公室")]
    [InlineData("乡村振兴局", "湖南省|益阳市|安化县", "乡村振兴局")]
    [InlineData("县级融媒体中心", "浙江省|温州市|苍南县", "县级融媒体中心")]
    [InlineData("海南省住房公积金管理局", "海南省", "海南省住房公积金管理局")]
    [InlineData("市长", "江西省|宜春市", "市长")]
    [InlineData("区财政厅", "广西壮族自治区", "区财政厅")]
    public void A_relative_body_takes_its_places_name(string org, string path, string expected) =>
        Assert.Equal(expected, RelativeOrgNames.Qualified(org, path.Split('|')));

    [Fact]
    public void Without_a_region_the_name_stays_as_printed() => Assert.Equal("省财政厅", RelativeOrgNames.Qualified("省财政厅", null));

    // A department's header block names itself by its short name (发文机关：省…局), its title by the full one.
    [Fact]
    public void A_header_blocks_short_issuer_is_qualified_by_the_documents_province()
    {
        var m = ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes("""
            索 引 号：12345678-0/2024-00001
            发文机关：省林业局
            成文日期：2024-03-05
            标　　题：云南省林业局关于做好春季森林防火工作的通知
            各市、县林业主管部门：
            为做好春季森林防火工作，现将有关事项通知如下。
            """)).Metadata;
        Assert.Equal("云南省", m.RegionPath?[0]);
        Assert.Equal("云南省林业局", m.Org);
    }
}
