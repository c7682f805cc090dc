using System.Net;
using System.Text.Json;

namespace ReportSearch.Host.Tests;

public sealed class ErrorTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("q=%22unclosed", "unbalanced_quote")]
    [InlineData("q=", "empty_query")]
    [InlineData("q=a&size=51", "bad_size")]
    [InlineData("q=a&size=0", "bad_size")]
    [InlineData("q=a&size=ten", "bad_size")]
    [InlineData("q=a&page=1001", "bad_page")]
    [InlineData("q=a&page=99999999999999999999", "bad_page")]
    [InlineData("q=a&page=-1", "bad_page")]
    [InlineData("q=a&page=1&page=2", "bad_page")]
    [InlineData("q=a&sort=random", "bad_sort")]
    [InlineData("q=a&facetSize=abc", "bad_facet_size")]
    [InlineData("q=a&facetSize=0", "bad_facet_size")]
    [InlineData("q=a&facetSize=10001", "bad_facet_size")]
    [InlineData("q=a&facetSize=99999999999999999999", "bad_facet_size")]
    [InlineData("q=a&facetSize=1&facetSize=2", "bad_facet_size")]
    [InlineData("q=a&year=twenty", "bad_year")]
    [InlineData("q=a&year=20200", "bad_year")]
    [InlineData("q=a&from=x", "bad_year")]
    [InlineData("q=a&from=2022&to=2020", "bad_year_range")]
    [InlineData("q=validity:%E6%97%A0%E6%95%88", "bad_validity")]          // validity:无效
    [InlineData("q=a&validity=valid", "bad_validity")]
    [InlineData("q=docNumber:%E5%9B%BD%E5%8F%91", "bad_doc_number")]       // docNumber:国发 (no number)
    [InlineData("q=a&docNumber=%E5%9B%BD%E5%8F%91", "bad_doc_number")]
    [InlineData("q=docNumber:", "empty_filter")]
    [InlineData("q=-validity:%E5%B7%B2%E5%BA%9F%E6%AD%A2", "negated_filter")] // -validity:已废止
    public Task Bad_parameters_are_400_problems_with_a_chinese_detail(string query, string code) =>
        AssertBadRequest("api/v1/search?" + query, code);

    [Theory]
    [InlineData("sort=newest", "bad_sort")]
    [InlineData("page=0", "bad_page")]
    [InlineData("size=1000", "bad_size")]
    [InlineData("size=abc", "bad_size")]
    [InlineData("year=20x0", "bad_year")]
    [InlineData("q=a&q=b", "repeated_parameter")]
    public Task Bad_mechanism_list_parameters_are_400_problems_with_a_chinese_detail(string query, string code) =>
        AssertBadRequest("api/v1/mechanisms?" + query, code);

    [Theory]
    [InlineData("", "missing_region")]
    [InlineData("page=2", "missing_region")]
    [InlineData("region=a&region=b", "repeated_parameter")]
    [InlineData("region=a&page=0", "bad_page")]
    [InlineData("region=a&page=100001", "bad_page")]
    [InlineData("region=a&page=99999999999999999999", "bad_page")]
    [InlineData("region=a&page=1&page=2", "bad_page")]
    [InlineData("region=a&size=0", "bad_size")]
    [InlineData("region=a&size=101", "bad_size")]
    [InlineData("region=a&size=ten", "bad_size")]
    [InlineData("region=a&size=-5", "bad_size")]
    public Task Bad_parameters_of_a_regions_reports_are_400_problems_with_a_chinese_detail(string query, string code) =>
        AssertBadRequest($"api/v1/mechanisms/{Api.Q(TestArchive.CommonTerm)}/reports?" + query, code);

    [Fact]
    public Task A_region_longer_than_any_path_is_a_400_problem() =>
        AssertBadRequest($"api/v1/mechanisms/{Api.Q(TestArchive.CommonTerm)}/reports?region=" + Api.Q(string.Concat(Enumerable.Repeat("西园街道›", 50))), "region_too_long");

    [Theory]
    [InlineData("page=0", "bad_page")]
    [InlineData("page=x", "bad_page")]
    [InlineData("size=0", "bad_size")]
    [InlineData("size=101", "bad_size")]
    [InlineData("size=1&size=2", "bad_size")]
    public Task Bad_parameters_of_a_mechanisms_regions_are_400_problems_with_a_chinese_detail(string query, string code) =>
        AssertBadRequest($"api/v1/mechanisms/{Api.Q(TestArchive.CommonTerm)}/regions?" + query, code);

    private async Task AssertBadRequest(string url, string code)
    {
        using var response = await host.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(body);
        Assert.Equal(400, doc.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(code, doc.RootElement.GetProperty("code").GetString());
        var detail = doc.RootElement.GetProperty("detail").GetString()!;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", detail);
        // Readable in the raw body too, not \uXXXX escapes.
        Assert.Contains(detail, body);
    }

    [Fact]
    public async Task Unknown_path_is_a_404_problem()
    {
        using var response = await host.Client.GetAsync("api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Errors_are_not_cached()
    {
        using var response = await host.Client.GetAsync("api/v1/search?q=%22");
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Null(response.Headers.ETag);
    }
}
