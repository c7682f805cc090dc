using ReportSearch.Core.Tests.Engine;
using ReportSearch.Engine;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Search;

/// <summary>A request out of range is refused as a request error, with its code and a Chinese message; the query text is not blamed.</summary>
public sealed class RequestValidationTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData(0, 1, null, null, "bad_size")]
    [InlineData(SearchRequest.MaxSize + 1, 1, null, null, "bad_size")]
    [InlineData(10, 0, null, null, "bad_page")]
    [InlineData(10, SearchRequest.MaxPage + 1, null, null, "bad_page")]
    [InlineData(10, 1, 2022, 2020, "bad_year_range")]
    public void Out_of_range_parameters_are_request_errors(int size, int page, int? from, int? to, string code)
    {
        IndexTestSupport.Write(_index.IndexDir, IndexTestSupport.Document("a.txt", "甲", "深化改革。"));
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        var service = new SearchService(reader);
        var request = new SearchRequest { Query = "改革", Size = size, Page = page, FromYear = from, ToYear = to };

        var e = Assert.Throws<InvalidRequestException>(() => service.Search(request));
        Assert.Equal(code, e.Code);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Message);
        Assert.Equal(1, service.Search(request with { Size = 10, Page = 1, FromYear = null, ToYear = null }).Total);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(SearchRequest.MaxFacetSize + 1)]
    public void A_facet_size_out_of_range_is_a_request_error(int facetSize)
    {
        IndexTestSupport.Write(_index.IndexDir, IndexTestSupport.Document("a.txt", "甲", "深化改革。"));
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        var service = new SearchService(reader);
        var request = new SearchRequest { Query = "改革", FacetSize = facetSize };

        var e = Assert.Throws<InvalidRequestException>(() => service.Search(request));
        Assert.Equal("bad_facet_size", e.Code);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Message);
        // The bounds themselves are allowed.
        Assert.Equal(1, service.Search(request with { FacetSize = 1 }).Total);
        Assert.Equal(1, service.Search(request with { FacetSize = SearchRequest.MaxFacetSize }).Total);
    }

    [Fact]
    public void A_query_that_cannot_run_is_still_a_query_error()
    {
        IndexTestSupport.Write(_index.IndexDir, IndexTestSupport.Document("a.txt", "甲", "深化改革。"));
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        Assert.Equal("only_exclusions", Assert.Throws<QuerySyntaxException>(() => new SearchService(reader).Search(new SearchRequest { Query = "-改革" })).Code);
    }
}
