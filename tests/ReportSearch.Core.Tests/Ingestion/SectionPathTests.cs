using ReportSearch.Ingestion;
using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A round-up part's unit as the index files it: a unit written with the places above it (四川筠连县) is that unit, by
/// its own name and path, so that the district facet holds places only; a body of a place (a bureau) sits below it.
/// </summary>
public class SectionPathTests
{
    private static Place Only(string name) => Assert.Single(Gazetteer.Default.Named(name));

    [Theory]
    [InlineData("四川筠连县")]
    [InlineData("宜宾市筠连县")]
    [InlineData("筠连县")]
    public void A_unit_written_with_the_places_above_it_is_the_unit(string written)
    {
        var county = Only("筠连县");
        var section = Assert.Single(MetadataInference.WithSectionPaths([new ReportSection(null, written, "正文。")], new Dictionary<string, Place?> { [written] = county }, null));
        Assert.Equal("筠连县", section.District);
        Assert.Equal(["四川省", "宜宾市", "筠连县"], section.RegionPath);
    }

    [Fact]
    public void A_body_of_a_place_sits_below_the_place()
    {
        var county = Only("筠连县");
        var section = Assert.Single(MetadataInference.WithSectionPaths([new ReportSection(null, "筠连县交通运输局", "正文。")], new Dictionary<string, Place?> { ["筠连县交通运输局"] = county }, null));
        Assert.Equal("筠连县交通运输局", section.District);
        Assert.Equal(["四川省", "宜宾市", "筠连县", "筠连县交通运输局"], section.RegionPath);
    }
}
