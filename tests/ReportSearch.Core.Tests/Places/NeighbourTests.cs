using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A profile places its unit by its neighbours (东与…接壤，南与…毗邻): the neighbours are no evidence of the document's
/// place, however many they are. Snippets of my own.
/// </summary>
public class NeighbourTests
{
    // The opening alone: the body zone holds the text after it, so a name is not counted twice.
    private static RegionResult Of(string text) => RegionRecognizer.Recognize([(DocumentZone.Opening, text)]);

    [Fact]
    public void A_unit_placed_by_its_neighbours_is_the_profiles_unit() =>
        Assert.Equal(["浙江省", "丽水市", "青田县"], Of("青田县位于浙江省东南部，瓯江中下游，东与温州市鹿城区、瓯海区接壤，南与文成县、瑞安市毗邻，西与景宁畲族自治县、莲都区交界，北与缙云县、永嘉县相连。全县总面积2493平方公里。").Place?.Path);

    [Theory]
    [InlineData("我县位于浙江省东南部，东与温州市鹿城区、瓯海区接壤，南与文成县、瑞安市毗邻，北与永嘉县相连。全县总面积2493平方公里。")]
    [InlineData("本镇地处县境北部，东邻石门镇，西连柳林乡，与河口镇交界。全镇辖12个行政村。")]
    [InlineData("本县位于江苏省东北部，南以新沂河与灌南县交界，东隔海州湾与日照市相望，北与连云港市区毗邻。全县辖11个镇。")] // across a river or a bay
    public void Neighbours_alone_name_no_unit(string text) => Assert.False(Of(text).IsStrong, $"{Of(text).Place?.Name} {Of(text).Evidence}");
}
