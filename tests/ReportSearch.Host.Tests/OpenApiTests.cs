using System.Text.Json;
using ReportSearch.Mechanisms;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests;

/// <summary>/openapi/v1.json states the real types, ranges, allowed values, descriptions and examples of parameters.</summary>
public sealed class OpenApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<Dictionary<string, JsonElement>> Parameters(string path)
    {
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("openapi/v1.json"));
        return doc.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.Clone());
    }

    [Theory]
    [InlineData("/api/v1/search")]
    [InlineData("/api/v1/search.csv")]
    [InlineData("/api/v1/search.atom")]
    public async Task Search_parameters_have_real_types_descriptions_and_examples(string path)
    {
        var parameters = await Parameters(path);
        Assert.Contains("q", parameters.Keys);
        Assert.Contains("district", parameters.Keys);
        foreach (var (name, p) in parameters)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()), name + " has a description");
            Assert.True(p.TryGetProperty("example", out _), name + " has an example");
        }
        Assert.Equal("string", parameters["q"].GetProperty("schema").GetProperty("type").GetString());
        var year = parameters["year"].GetProperty("schema");
        Assert.Equal("array", year.GetProperty("type").GetString());
        Assert.Equal("integer", year.GetProperty("items").GetProperty("type").GetString());
        Assert.Equal(9999, year.GetProperty("items").GetProperty("maximum").GetInt32());
        Assert.Equal("integer", parameters["from"].GetProperty("schema").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Sort_page_and_size_state_their_allowed_values()
    {
        var parameters = await Parameters("/api/v1/search");
        var sort = parameters["sort"].GetProperty("schema");
        Assert.Equal(["relevance", "newest", "oldest"], sort.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray());
        var page = parameters["page"].GetProperty("schema");
        Assert.Equal((1, 1000), (page.GetProperty("minimum").GetInt32(), page.GetProperty("maximum").GetInt32()));
        var size = parameters["size"].GetProperty("schema");
        Assert.Equal((1, 50), (size.GetProperty("minimum").GetInt32(), size.GetProperty("maximum").GetInt32()));
        var prefix = (await Parameters("/api/v1/suggest"))["prefix"];
        Assert.Equal("string", prefix.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(100, prefix.GetProperty("schema").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task Facet_size_is_a_parameter_of_the_search_alone_with_its_default_and_maximum()
    {
        var facetSize = (await Parameters("/api/v1/search"))["facetSize"].GetProperty("schema");
        Assert.Equal("integer", facetSize.GetProperty("type").GetString());
        Assert.Equal((1, SearchRequest.MaxFacetSize, SearchRequest.DefaultFacetSize),
            (facetSize.GetProperty("minimum").GetInt32(), facetSize.GetProperty("maximum").GetInt32(), facetSize.GetProperty("default").GetInt32()));
        // The exports list reports, not facets.
        Assert.DoesNotContain("facetSize", (await Parameters("/api/v1/search.csv")).Keys);
        Assert.DoesNotContain("facetSize", (await Parameters("/api/v1/search.atom")).Keys);
    }

    [Fact]
    public async Task Mechanism_list_parameters_state_their_own_orders_and_page_size()
    {
        var parameters = await Parameters("/api/v1/mechanisms");
        var sort = parameters["sort"].GetProperty("schema");
        Assert.Equal(["first", "count", "spread"], sort.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray());
        var size = parameters["size"].GetProperty("schema");
        Assert.Equal((1, 100, 20), (size.GetProperty("minimum").GetInt32(), size.GetProperty("maximum").GetInt32(), size.GetProperty("default").GetInt32()));
        // One value each: /mechanisms refuses a repeated district.
        Assert.Equal("string", parameters["district"].GetProperty("schema").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_mechanisms_paged_lists_state_their_region_and_page_sizes()
    {
        static (int, int, int) Range(JsonElement p) =>
            (p.GetProperty("schema").GetProperty("minimum").GetInt32(), p.GetProperty("schema").GetProperty("maximum").GetInt32(), p.GetProperty("schema").GetProperty("default").GetInt32());
        var regions = await Parameters("/api/v1/mechanisms/{name}/regions");
        Assert.Equal((1, MechanismPaging.MaxSize, MechanismPaging.RegionsShown), Range(regions["size"]));
        Assert.Equal((1, MechanismPaging.MaxPage, 1), Range(regions["page"]));
        var reports = await Parameters("/api/v1/mechanisms/{name}/reports");
        Assert.Equal((1, MechanismPaging.MaxSize, MechanismPaging.DefaultReportsSize), Range(reports["size"]));
        Assert.Equal("string", reports["region"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Contains("›", reports["region"].GetProperty("description").GetString());
    }
}
