using Microsoft.Extensions.Primitives;
using ReportSearch.Host.Http;
using ReportSearch.Search;
using static ReportSearch.Host.Api.ParameterText;

namespace ReportSearch.Host.Api;

/// <summary>
/// Turns the query string of GET /api/v1/search (and its exports) into a <see cref="SearchRequest"/>. Every
/// parameter arrives as text and is checked here, so no input reaches the search as an unexpected type or size;
/// the ranges of page, size and facetSize are checked by the search service itself (same rule for CLI and API).
/// </summary>
public static class SearchRequestBinder
{
    // No sort given: relevance for a search, newest first for a browse by filters alone (the service decides).
    public static readonly IReadOnlyDictionary<string, SortOrder?> Sorts = new Dictionary<string, SortOrder?>
    {
        ["relevance"] = SortOrder.Relevance,
        ["newest"] = SortOrder.Newest,
        ["oldest"] = SortOrder.Oldest,
    };

    // fallback=off: the exact answer only, even when it is empty (the page's way back from approximate results).
    public static readonly IReadOnlyDictionary<string, bool> Fallbacks = new Dictionary<string, bool> { ["on"] = true, ["off"] = false };

    /// <summary>GET /api/v1/search: the filters, the page, and how many values of each list facet.</summary>
    public static Bound<SearchRequest> Bind(SearchFilterParameters filters, PageParameters paging, FacetParameters facets)
    {
        var bound = Bind(filters, paging.Sort, paging.Page, paging.Size);
        if (bound.Error is not null) return bound;
        if (!TryOptionalInt(facets.FacetSize, SearchRequest.DefaultFacetSize, out int facetSize))
            return Bound<SearchRequest>.Fail("bad_facet_size", $"每个筛选类别返回的项数 facetSize 必须是 1 到 {SearchRequest.MaxFacetSize} 之间的整数。");
        return Bound<SearchRequest>.Ok(bound.Value! with { FacetSize = facetSize });
    }

    public static Bound<SearchRequest> Bind(SearchFilterParameters filters, StringValues sort, StringValues page, StringValues size)
    {
        var query = string.Join(' ', filters.Query ?? []);
        if (query.Length > RequestLimits.MaxQueryChars)
            return ParameterProblems.QueryTooLong();

        StringValues district = filters.District, year = filters.Year, kind = filters.Kind, org = filters.Org,
            validity = filters.Validity, docNumber = filters.DocNumber;
        if (new[] { district, year, kind, org, validity, docNumber }.Any(v => v.Count > RequestLimits.MaxFilterValues))
            return Bound<SearchRequest>.Fail("too_many_filters", $"筛选条件过多：district、year、kind、org、validity 和 docNumber 各最多 {RequestLimits.MaxFilterValues} 个。");
        var districts = Values(district);
        if (districts.Any(d => d.Length > RequestLimits.MaxFilterChars))
            return ParameterProblems.DistrictTooLong();
        var kinds = Values(kind);
        var orgs = Values(org);
        var docNumbers = Values(docNumber);
        if (kinds.Concat(orgs).Concat(docNumbers).Any(v => v.Length > RequestLimits.MaxFilterChars))
            return Bound<SearchRequest>.Fail("bad_filter", $"文种、发文机关或文号过长：最多 {RequestLimits.MaxFilterChars} 个字符。");
        // Values are checked by the query language's own rules when the search maps them (an unknown 时效性 or a
        // 文号 without a number is a 400 with the same message as in the query).

        var years = new List<int>();
        foreach (var y in year.OfType<string>())
        {
            if (!TryYear(y, out int value)) return ParameterProblems.BadYear();
            years.Add(value);
        }
        if (!TryOptionalYear(filters.From, out var fromYear)) return Bound<SearchRequest>.Fail("bad_year", "起始年份 from 必须是四位数字，例如 2019。");
        if (!TryOptionalYear(filters.To, out var toYear)) return Bound<SearchRequest>.Fail("bad_year", "结束年份 to 必须是四位数字，例如 2021。");

        if (!TryChoice(filters.Fallback, Fallbacks, true, out bool fallback))
            return Bound<SearchRequest>.Fail("bad_fallback", "fallback 只能是 on（精确查找无结果时按全部词语查找，默认）或 off（只要精确结果）。");
        if (!TryChoice(sort, Sorts, null, out var order))
            return Bound<SearchRequest>.Fail("bad_sort", "排序 sort 只能是 relevance（相关度）、newest（最新）或 oldest（最早）。");
        if (!TryOptionalInt(page, 1, out int pageNumber))
            return Bound<SearchRequest>.Fail("bad_page", $"页码 page 必须是 1 到 {SearchRequest.MaxPage} 之间的整数。");
        if (!TryOptionalInt(size, SearchRequest.DefaultSize, out int pageSize))
            return Bound<SearchRequest>.Fail("bad_size", $"每页条数 size 必须是 1 到 {SearchRequest.MaxSize} 之间的整数。");

        return Bound<SearchRequest>.Ok(new SearchRequest
        {
            Query = query,
            Districts = districts,
            Years = years,
            FromYear = fromYear,
            ToYear = toYear,
            Kinds = kinds,
            Orgs = orgs,
            Validities = Values(validity),
            DocNumbers = docNumbers,
            Sort = order,
            Page = pageNumber,
            Size = pageSize,
            Fallback = fallback,
        });
    }
}
