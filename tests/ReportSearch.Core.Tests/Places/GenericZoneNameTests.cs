using System.Text;
using ReportSearch.Places;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// The gazetteer lists some zones by the bare word for their kind (林业局 under 鸡东县, 种畜场, 开发区, 红旗农场): a word
/// dozens of units' names end in. A county bureau's page (洞口县林业局) had been filed under 黑龙江's 林业局, the bare word
/// read as that unit in the title and issuing body. Such a zone counts only where its own county or city is named
/// before it or without doubt. From round rqB's tune part (a county forestry bureau's site, four pages). Snippets
/// paraphrased.
/// </summary>
public class GenericZoneNameTests
{
    private static IReadOnlyList<string>? RegionOf(string text) =>
        ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata.RegionPath;

    // The page's author field names the bureau by the bare word (<meta name="author" content="林业局">), its heading and
    // text the county.
    [Fact]
    public void A_county_bureau_named_by_a_kinds_word_files_under_its_county() =>
        Assert.Equal(["湖南省", "邵阳市", "洞口县"], ParseVirtual("p/page.html", Encoding.UTF8.GetBytes(
            "<html><head><meta charset=\"UTF-8\"><meta name=\"author\" content=\"林业局\"><title>洞口县林业简介 | 洞口县林业局</title></head><body>"
            + "<h1>洞口县林业简介</h1><p>洞口县是湖南省重点林区县，全县有林地面积13.47万公顷，占土地总面积的57.4%。县林业局设办公室、营林股、资源管理股等八个股室。</p>"
            + "<p>近年来，洞口县林业局在县委、县政府的正确领导下，狠抓林业重点工程建设，实现了林业经济的快速发展。</p></body></html>")).Metadata.RegionPath);

    [Fact]
    public void The_zone_named_after_its_own_county_is_still_that_zone() =>
        Assert.Equal(["黑龙江省", "鸡西市", "鸡东县", "林业局"], RegionOf("鸡东县林业局关于做好森林防火工作的通知\n各林场：\n为做好今冬明春森林防火工作，现通知如下。\n鸡东县林业局\n2021年10月8日\n"));

    [Theory]
    [InlineData("林业局", true)]
    [InlineData("种畜场", true)]
    [InlineData("开发区", true)]
    [InlineData("北京雁栖经济开发区", false)]
    [InlineData("津南国家农业园区", false)]
    public void A_zone_name_is_generic_when_other_units_names_end_in_it(string name, bool generic) =>
        Assert.Equal(generic, Gazetteer.Default.Places.Where(p => p.Name == name && p.IsZone).Select(Gazetteer.Default.HasGenericName).Distinct().Single());

    // The property against a brute-force count: every zone named generic has at least three other units' names ending
    // in its name; every zone that is not has fewer.
    [Fact]
    public void Generic_zone_names_are_those_at_least_three_other_names_end_in()
    {
        var g = Gazetteer.Default;
        var zones = g.Places.Where(p => p.IsZone).DistinctBy(p => p.Name).ToList();
        var names = g.Places.Select(p => p.Name).ToList();
        foreach (var zone in zones.Where((_, i) => i % 7 == 0))
        {
            int endingIn = names.Count(n => n.Length >= zone.Name.Length + 1 && n.EndsWith(zone.Name, StringComparison.Ordinal));
            Assert.True(g.HasGenericName(zone) == endingIn >= 3, $"{zone.Name}: {endingIn} names end in it, generic {g.HasGenericName(zone)}");
        }
    }
}
