using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ReportSearch.Host.Http;
using ReportSearch.Host.Serving;
using ReportSearch.Search;
using Serilog;

namespace ReportSearch.Host.Api;

/// <summary>
/// A result list for staff to keep or follow: GET /api/v1/search.csv (the whole list, up to
/// <see cref="MaxCsvRows"/> rows, UTF-8 with BOM so Excel reads the Chinese) and GET /api/v1/search.atom (a
/// query's newest reports as an Atom feed). Both take the parameters of /api/v1/search, bound by the same
/// <see cref="SearchRequestBinder"/>, and run the same <see cref="SearchService"/>. Hits are read from the typed
/// <see cref="SearchHit"/>: a field the exports use cannot be renamed or dropped without the build saying so.
/// </summary>
public static class ExportEndpoints
{
    public const int MaxCsvRows = 1000;
    public const int DefaultFeedEntries = 20;

    public static IEndpointRouteBuilder MapReportSearchExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireCors(CorsSetup.PolicyName)
            .RequireRateLimiting(RateLimitSetup.PolicyName)
            .AddEndpointFilter<ApiErrorFilter>()
            .AddEndpointFilter<FirstIndexingFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/search.csv", Csv)
            .WithName("ExportCsv")
            .WithSummary("The result list of a search as CSV (UTF-8 with BOM, opens in Excel), up to 1000 rows.")
            .WithDescription("Takes the filter and sort parameters of /api/v1/search; the whole list is exported from its start.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv"); // a file body: its result type states no content type
        api.MapGet("/search.atom", Atom)
            .WithName("ExportAtom")
            .WithSummary("A search's newest reports as an Atom feed (sort is always newest).")
            .WithDescription("Takes the filter parameters of /api/v1/search; size (1–50, default 20) is the number of entries.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");
        return app;
    }

    // The parameters are declared (not read from the raw query) so that OpenAPI lists them; all as text, for
    // the binder to check. page is not a parameter here: an export is the whole list from its start.
    private static Results<FileContentHttpResult, ProblemHttpResult> Csv(HttpContext http, IDiagnosticContext diagnostics,
        IndexProvider provider, PublicUrls urls, [AsParameters] SearchFilterParameters filters, [FromQuery(Name = "sort")] string[]? sort)
    {
        var bound = SearchRequestBinder.Bind(filters, sort, page: default, size: default);
        if (bound.Error is not null) return bound.Error;
        var request = bound.Value! with { Page = 1, Size = SearchRequest.MaxSize };
        var rows = new List<SearchHit>();
        int total = 0;
        while (rows.Count < MaxCsvRows)
        {
            var response = provider.Search.Search(request);
            total = response.Total;
            rows.AddRange(response.Hits);
            if (response.Hits.Count < request.Size || rows.Count >= total || request.Page >= SearchRequest.MaxPage) break;
            request = request with { Page = request.Page + 1 };
        }
        if (rows.Count > MaxCsvRows) rows.RemoveRange(MaxCsvRows, rows.Count - MaxCsvRows);
        diagnostics.SetResultCount(total);

        var origin = urls.BaseUrl;
        var csv = ResultCsv.Write(rows, hit => ReportLink(origin, hit, bound.Value!.Query));
        var name = $"报告检索-{FileLabel(bound.Value!)}-{DateTime.Now:yyyyMMdd}.csv";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"reports.csv\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Bytes(csv, "text/csv; charset=utf-8");
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Atom(HttpContext http, IDiagnosticContext diagnostics,
        IndexProvider provider, PublicUrls urls, [AsParameters] SearchFilterParameters filters, [FromQuery(Name = "size")] string[]? size)
    {
        var bound = SearchRequestBinder.Bind(filters, sort: "newest", page: default, size);
        if (bound.Error is not null) return bound.Error;
        var request = bound.Value! with { Page = 1, Size = size is { Length: > 0 } ? bound.Value!.Size : DefaultFeedEntries };
        var response = provider.Search.Search(request);
        diagnostics.SetResultCount(response.Total);

        var origin = urls.BaseUrl;
        var feed = new ResultFeed(
            Title: $"政府报告检索：{FeedLabel(request)}",
            Self: origin + http.Request.Path + http.Request.QueryString,
            Alternate: origin + "/" + http.Request.QueryString,
            ReportLink: hit => ReportLink(origin, hit, request.Query));
        http.Response.Headers.CacheControl = urls.CacheControl(300);
        return TypedResults.Bytes(feed.Write(response.Hits), "application/atom+xml; charset=utf-8");
    }

    private static string ReportLink(string origin, SearchHit hit, string query)
    {
        var link = $"{origin}/reports/{Uri.EscapeDataString(hit.Id)}";
        return string.IsNullOrWhiteSpace(query) ? link : link + "?q=" + Uri.EscapeDataString(query);
    }

    private static string FeedLabel(SearchRequest request)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.Query)) parts.Add(request.Query.Trim());
        parts.AddRange(request.Districts);
        parts.AddRange(request.Years.Select(y => $"{y}年"));
        if (request.FromYear is not null || request.ToYear is not null) parts.Add($"{request.FromYear}–{request.ToYear}年");
        return parts.Count == 0 ? "全部报告" : string.Join(" · ", parts);
    }

    // A file name from the query: characters that file systems refuse become "_", and it stays short.
    private static string FileLabel(SearchRequest request)
    {
        var label = new StringBuilder();
        foreach (var c in FeedLabel(request))
            label.Append(char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return label.Length > 40 ? label.ToString(0, 40) : label.ToString();
    }
}
