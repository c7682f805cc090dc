namespace ReportSearch.Core.Tests.Search;

/// <summary>Facet counts and filters on a synthetic archive whose districts and years are known.</summary>
public sealed class FacetOracleTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Facets_equal_a_count_by_hand_and_filters_respect_each_other()
    {
        for (int i = 0; i < 40; i++)
        {
            var (path, text) = SyntheticCorpus.Report(500 + i);
            _index.Write(path, text);
        }
        _index.Build();
        var oracle = new SearchOracle(_index.Archive);

        foreach (var term in new[] { "工作", "发展", "六个", "机制服务", "经济" })
        {
            var matching = oracle.Matching(term);
            var response = _index.Search(term);
            Assert.Equal(matching.Count, response.Total);

            var districts = matching.GroupBy(s => oracle.MetadataOf(s).District!).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(districts.OrderBy(kv => kv.Key), response.Facets.District.ToDictionary(f => f.Value, f => f.Count).OrderBy(kv => kv.Key));

            var district = SyntheticCorpus.Districts[term.Length % SyntheticCorpus.Districts.Length];
            var filtered = _index.Search(term, districts: [district]);
            var inDistrict = matching.Where(s => oracle.MetadataOf(s).District == district).ToList();
            Assert.Equal(inDistrict.Count, filtered.Total);
            // The year facet respects the district filter; the district facet ignores it (multi-select).
            var years = inDistrict.GroupBy(s => oracle.MetadataOf(s).Year!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(years.OrderBy(kv => kv.Key), filtered.Facets.Year.ToDictionary(f => f.Value, f => f.Count).OrderBy(kv => kv.Key));
            Assert.Equal(response.Facets.District, filtered.Facets.District);
        }
    }
}
