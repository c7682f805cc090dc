namespace ReportSearch.Core.Tests.Search;

/// <summary>The behaviour staff rely on, on the sample archive, checked against the oracle rather than fixed numbers.</summary>
public sealed class SeedSearchTests : IClassFixture<SeedSearchTests.Seeds>
{
    public sealed class Seeds : IDisposable
    {
        public TestIndex Index { get; } = new TestIndex().WithSeeds();
        public SearchOracle Oracle { get; }
        public Seeds()
        {
            Index.Build();
            Oracle = new SearchOracle(Index.Archive);
        }
        public void Dispose() => Index.Dispose();
    }

    private readonly Seeds _seeds;
    public SeedSearchTests(Seeds seeds) => _seeds = seeds;

    [Theory]
    [InlineData("六个一")]
    [InlineData("六個一")]
    public void Six_ones_mechanism_is_found_and_marked_in_either_script(string query)
    {
        var response = _seeds.Index.Search(query);
        var hit = Assert.Single(response.Hits);
        Assert.Contains("西园街道", hit.Title);
        Assert.Contains(hit.Snippets, s => s.Html.Contains("<mark>六个一</mark>"));
        Assert.True(_seeds.Oracle.Matching("六个一").SetEquals([hit.Source!]));
    }

    [Fact]
    public void Simplified_query_finds_the_traditional_report()
    {
        var response = _seeds.Index.Search("政务公开");
        Assert.Contains(response.Hits, h => h.District == "常泰街道");
        Assert.True(_seeds.Oracle.Matching("政务公开").SetEquals(response.Hits.Select(h => h.Source!)));
    }

    [Fact]
    public void Or_and_exclusion_behave_as_written()
    {
        var either = _seeds.Index.Search("产城人 OR 晋江经验").Hits.Select(h => h.Source!).ToHashSet();
        Assert.True(_seeds.Oracle.Matching("产城人").Union(_seeds.Oracle.Matching("晋江经验")).ToHashSet().SetEquals(either));
        var without = _seeds.Index.Search("复工复产 -疫情").Hits.Select(h => h.Source!).ToHashSet();
        Assert.True(_seeds.Oracle.Matching("复工复产").Except(_seeds.Oracle.Matching("疫情")).ToHashSet().SetEquals(without));
    }

    [Fact]
    public void Facets_count_matching_reports_per_district_and_year()
    {
        var response = _seeds.Index.Search("发展");
        var expected = _seeds.Oracle.Matching("发展");
        Assert.Equal(expected.Count, response.Total);
        var byYear = expected.Select(s => _seeds.Oracle.MetadataOf(s).Year).Where(y => y is not null)
            .GroupBy(y => y!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byYear.OrderBy(kv => kv.Key), response.Facets.Year.ToDictionary(f => f.Value, f => f.Count).OrderBy(kv => kv.Key));
        // A filtered search returns exactly the count its facet promised.
        foreach (var facet in response.Facets.District)
            Assert.Equal(facet.Count, _seeds.Index.Search("发展", districts: [facet.Value]).Total);
        foreach (var facet in response.Facets.Year)
            Assert.Equal(facet.Count, _seeds.Index.Search("发展", years: [int.Parse(facet.Value)]).Total);
    }
}
