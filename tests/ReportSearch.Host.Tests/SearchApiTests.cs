using System.Text.Json;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests;

public sealed class SearchApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly string Term = Api.Q(TestArchive.CommonTerm);

    [Fact]
    public async Task Search_returns_the_contract_fields_in_camel_case()
    {
        using var response = await host.Client.GetAsync($"api/v1/search?q={Term}&size=2");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        foreach (var name in new[] { "query", "total", "page", "size", "tookMs", "hits", "facets" })
            Assert.True(root.TryGetProperty(name, out _), name);
        Assert.Equal(TestArchive.CommonTerm, root.GetProperty("query").GetString());
        Assert.Equal(2, root.GetProperty("hits").GetArrayLength());
        var hit = root.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "title", "district", "year", "date", "source", "score", "snippets" })
            Assert.True(hit.TryGetProperty(name, out _), name);
        var snippet = hit.GetProperty("snippets")[0];
        foreach (var name in new[] { "section", "district", "html", "text", "highlights" })
            Assert.True(snippet.TryGetProperty(name, out _), name);
        Assert.Contains("<mark>六个一</mark>", snippet.GetProperty("html").GetString());
        Assert.True(root.GetProperty("facets").TryGetProperty("district", out _));
        Assert.True(root.GetProperty("facets").TryGetProperty("year", out _));
        var distinct = root.GetProperty("facets").GetProperty("distinct");
        Assert.Equal(["district", "year", "kind", "org", "validity"], distinct.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task Facet_size_cuts_each_list_facet_to_its_top_values_and_keeps_the_selected_ones_and_every_year()
    {
        var marker = Api.Q(TestArchive.MetadataMarker);
        var whole = await Api.Search(host.Client, $"q={marker}&size=1&facetSize={SearchRequest.MaxFacetSize}");
        Assert.True(whole.Facets.Org.Count >= 2 && whole.Facets.Year.Count >= 2, $"{whole.Facets.Org.Count} orgs, {whole.Facets.Year.Count} years: too few to cut");

        var top = await Api.Search(host.Client, $"q={marker}&size=1&facetSize=1");
        Assert.Equal([whole.Facets.Org[0]], top.Facets.Org);
        Assert.Equal(whole.Facets.Org.Count, top.Facets.Distinct.Org);
        Assert.Equal(whole.Facets.Distinct, top.Facets.Distinct);
        Assert.Equal(whole.Facets.Year, top.Facets.Year);
        Assert.Equal(whole.Facets.Kind.Take(1), top.Facets.Kind);

        // A selected issuing body beyond the cut keeps its place and its real count (the facet ignores its own filter).
        var last = whole.Facets.Org[^1];
        var selected = await Api.Search(host.Client, $"q={marker}&size=1&facetSize=1&org={Api.Q(last.Value)}");
        Assert.Equal([whole.Facets.Org[0], last], selected.Facets.Org);
        Assert.Equal(whole.Facets.Org.Count, selected.Facets.Distinct.Org);

        // Without facetSize: the default cut, which this archive's facets are all within.
        var byDefault = await Api.Search(host.Client, $"q={marker}&size=1");
        Assert.Equal(whole.Facets.Org, byDefault.Facets.Org);
    }

    [Fact]
    public async Task Search_body_is_exactly_the_contract_serialization()
    {
        var body = await host.Client.GetStringAsync($"api/v1/search?q={Term}");
        var parsed = JsonSerializer.Deserialize<SearchResponse>(body, SearchJson.Options)!;
        Assert.Equal(SearchJson.Serialize(parsed), body);
    }

    [Fact]
    public async Task Facets_count_what_the_unfiltered_search_returns()
    {
        var all = await Api.Search(host.Client, $"q={Term}&size=50");
        Assert.True(all.Total <= 50 && all.Hits.Count == all.Total);
        // The place facet shows one level of the region hierarchy: each report under its place at that level
        // (a unit the gazetteer cannot place, such as a name shared by several towns, under its own name).
        int level = all.Facets.DistrictLevel;
        var byPlace = all.Hits.Where(h => h.District is not null)
            .GroupBy(h => h.Region is { Count: > 0 } r ? r[Math.Min(level, r.Count) - 1] : h.District!).ToDictionary(g => g.Key, g => g.Count());
        var byYear = all.Hits.Where(h => h.Year is not null).GroupBy(h => h.Year!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byPlace.OrderBy(kv => kv.Key), all.Facets.District.ToDictionary(f => f.Value, f => f.Count).OrderBy(kv => kv.Key));
        Assert.Equal(byYear.OrderBy(kv => kv.Key), all.Facets.Year.ToDictionary(f => f.Value, f => f.Count).OrderBy(kv => kv.Key));
        Assert.Contains(all.Facets.District, f => f.Value == "东湖镇");
    }

    [Fact]
    public async Task District_filter_keeps_only_that_district_and_matches_its_facet_count()
    {
        var all = await Api.Search(host.Client, $"q={Term}&size=50");
        var facet = all.Facets.District.First(f => f.Value == "南山街道");
        var filtered = await Api.Search(host.Client, $"q={Term}&size=50&district={Api.Q("南山街道")}");
        Assert.Equal(facet.Count, filtered.Total);
        Assert.All(filtered.Hits, h => Assert.Equal("南山街道", h.District));
        // Multi-select facets: the district facet ignores its own filter, so the other districts stay visible.
        Assert.Equal(all.Facets.District, filtered.Facets.District);
    }

    [Fact]
    public async Task Repeated_district_and_year_filters_mean_any_of_them()
    {
        var all = await Api.Search(host.Client, $"q={Term}&size=50");
        var filtered = await Api.Search(host.Client, $"q={Term}&size=50&district={Api.Q("东湖镇")}&district={Api.Q("北岭乡")}&year=2021&year=2022");
        var expected = all.Hits.Where(h => h.District is "东湖镇" or "北岭乡" && h.Year is 2021 or 2022).Select(h => h.Id).Order().ToList();
        Assert.Equal(expected, filtered.Hits.Select(h => h.Id).Order().ToList());
        Assert.NotEmpty(expected);
    }

    [Fact]
    public async Task Year_range_filters_inclusively()
    {
        var all = await Api.Search(host.Client, $"q={Term}&size=50");
        var filtered = await Api.Search(host.Client, $"q={Term}&size=50&from=2019&to=2020");
        Assert.Equal(all.Hits.Count(h => h.Year is >= 2019 and <= 2020), filtered.Total);
        Assert.All(filtered.Hits, h => Assert.InRange(h.Year!.Value, 2019, 2020));
    }

    [Fact]
    public async Task Pages_are_disjoint_and_together_give_every_hit()
    {
        var all = await Api.Search(host.Client, $"q={Term}&size=50");
        var paged = new List<string>();
        for (int page = 1; (page - 1) * 4 < all.Total; page++)
        {
            var r = await Api.Search(host.Client, $"q={Term}&size=4&page={page}");
            Assert.Equal(page, r.Page);
            Assert.Equal(all.Total, r.Total);
            paged.AddRange(r.Hits.Select(h => h.Id));
        }
        Assert.Equal(all.Hits.Select(h => h.Id), paged);
        var beyond = await Api.Search(host.Client, $"q={Term}&size=4&page=999");
        Assert.Empty(beyond.Hits);
    }

    [Fact]
    public async Task Sort_newest_and_oldest_order_by_year()
    {
        var newest = await Api.Search(host.Client, $"q={Term}&size=50&sort=newest");
        var oldest = await Api.Search(host.Client, $"q={Term}&size=50&sort=OLDEST");
        var newestYears = newest.Hits.Select(h => h.Year ?? 0).ToList();
        var oldestYears = oldest.Hits.Where(h => h.Year is not null).Select(h => h.Year!.Value).ToList();
        Assert.Equal(newestYears.OrderDescending(), newestYears);
        Assert.Equal(oldestYears.Order(), oldestYears);
    }

    [Fact]
    public async Task Suggest_returns_at_most_ten_completions_with_the_prefix()
    {
        var completions = await Api.Get<IReadOnlyList<string>>(host.Client, $"api/v1/suggest?prefix={Api.Q("六")}");
        Assert.InRange(completions.Count, 1, 10);
        Assert.Contains(TestArchive.CommonTerm, completions);
        Assert.Empty(await Api.Get<IReadOnlyList<string>>(host.Client, "api/v1/suggest?prefix="));
    }

    [Fact]
    public async Task Stats_count_every_report()
    {
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("api/v1/stats"));
        int seeds = Directory.GetFiles(Path.Combine(TestArchive.RepoRoot, "seeds")).Length;
        Assert.Equal(seeds + TestArchive.Synthetic.Length + TestArchive.Metadata.Count + 1, doc.RootElement.GetProperty("reports").GetInt32());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_endpoints()
    {
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/search", "/api/v1/reports/{id}", "/api/v1/suggest", "/api/v1/stats" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, (await host.Client.GetAsync("health/live")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await host.Client.GetAsync("health/ready")).StatusCode);
    }
}
