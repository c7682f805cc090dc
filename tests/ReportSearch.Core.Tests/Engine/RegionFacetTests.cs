using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Engine.IndexTestSupport;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// Places as a hierarchy: a filter on a province keeps everything under it, and the place facet shows the
/// level that fits the results, drilling down below a filtered place. Counted against the set of reports by hand.
/// </summary>
public sealed class RegionFacetTests : IDisposable
{
    private readonly TestIndex _index = new();

    private static readonly string[][] Paths =
    [
        ["福建省", "泉州市", "晋江市", "西园街道"],
        ["福建省", "泉州市", "晋江市", "罗山街道"],
        ["福建省", "泉州市", "石狮市"],
        ["福建省", "厦门市"],
        ["山东省", "济南市", "历下区"],
        ["全国"],
    ];

    public RegionFacetTests()
    {
        var docs = Paths.Select((p, i) => Document($"r{i}.txt", $"{p[^1]}工作总结", "推进营商环境建设。",
            new ReportMetadata { District = p[^1], RegionPath = p, Year = 2020 + i, Kind = i % 2 == 0 ? "总结" : "计划" })).ToArray();
        Write(_index.IndexDir, docs);
    }

    [Fact]
    public void A_province_filter_keeps_everything_under_it_and_the_facet_drills_down()
    {
        var all = _index.Search("营商环境");
        Assert.Equal(Paths.Length, all.Total);
        // Several provinces: the widest level.
        Assert.Equal(new Dictionary<string, int> { ["福建省"] = 4, ["山东省"] = 1, ["全国"] = 1 }, all.Facets.District.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(1, all.Facets.DistrictLevel);

        var fujian = _index.Search("营商环境", districts: ["福建省"]);
        Assert.Equal(4, fujian.Total);
        Assert.Equal(new Dictionary<string, int> { ["泉州市"] = 3, ["厦门市"] = 1 }, fujian.Facets.District.ToDictionary(f => f.Value, f => f.Count));

        var jinjiang = _index.Search("营商环境 district:晋江市");
        Assert.Equal(2, jinjiang.Total);
        Assert.Equal(["罗山街道", "西园街道"], jinjiang.Facets.District.Select(f => f.Value).Order());
        // Traditional script in the filter folds like everything else.
        Assert.Equal(2, _index.Search("营商环境", districts: ["晉江市"]).Total);
    }

    [Fact]
    public void Results_in_one_province_show_its_cities_and_kind_filters_count_multi_select()
    {
        var shandong = _index.Search("历下区");
        Assert.Equal(["历下区"], shandong.Facets.District.Select(f => f.Value));

        var plans = _index.Search("营商环境 kind:计划");
        Assert.Equal(Paths.Where((_, i) => i % 2 == 1).Count(), plans.Total);
        // The kind facet ignores the kind filter (multi-select), the others respect it.
        Assert.Equal(new Dictionary<string, int> { ["总结"] = 3, ["计划"] = 3 }, plans.Facets.Kind.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(3, plans.Facets.Year.Sum(f => f.Count));
    }

    [Fact]
    public void Filters_alone_list_the_filtered_reports_newest_first()
    {
        var browse = _index.Search("district:泉州市");
        Assert.Equal(3, browse.Total);
        Assert.Equal(browse.Hits.Select(h => h.Year).OrderDescending(), browse.Hits.Select(h => h.Year));
    }

    public void Dispose() => _index.Dispose();
}
