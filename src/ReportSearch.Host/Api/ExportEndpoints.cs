using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using ReportSearch.Host.Http;
using ReportSearch.Host.Indexing;
using ReportSearch.Search;
using Serilog;

namespace ReportSearch.Host.Api;

/// <summary>
/// A result list for staff to keep or follow: GET /api/v1/search.csv (the whole list, up to
/// <see cref="MaxCsvRows"/> rows, UTF-8 with BOM so Excel reads the Chinese) and GET /api/v1/search.atom (a
/// query's newest reports as an Atom feed). Both take the parameters of /api/v1/search, bound by the same
/// <see cref="SearchRequestBinder"/>, and run the same <see cref="SearchService"/>. Hits are read from the
/// contract's JSON rather than the record, so fields the engine adds later (org, kind, region) appear in the
/// exports without a change here.
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
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/search.csv", Csv)
            .WithName("ExportCsv")
            .WithSummary("The result list of a search as CSV (UTF-8 with BOM, opens in Excel), up to 1000 rows.")
            .WithDescription("Takes the filter and sort parameters of /api/v1/search; the whole list is exported from its start.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet("/search.atom", Atom)
            .WithName("ExportAtom")
            .WithSummary("A search's newest reports as an Atom feed (sort is always newest).")
            .WithDescription("Takes the filter parameters of /api/v1/search; size (1–50, default 20) is the number of entries.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");
        return app;
    }

    // The parameters are declared (not read from the raw query) so that OpenAPI lists them; all as text, for
    // the binder to check. page and size are not parameters here: an export is the whole list from its start.
    private static IResult Csv(HttpContext http, IDiagnosticContext diagnostics, IndexProvider provider, PublicUrls urls,
        [FromQuery] string[]? q, [FromQuery] string[]? district, [FromQuery] string[]? year,
        [FromQuery] string[]? from, [FromQuery] string[]? to, [FromQuery] string[]? sort,
        [FromQuery] string[]? kind, [FromQuery] string[]? org)
    {
        var bound = Bind(q, district, year, from, to, sort, size: null, kind, org);
        if (bound.Error is not null) return bound.Error;
        var request = bound.Request! with { Page = 1, Size = SearchRequest.MaxSize };
        var rows = new List<JsonElement>();
        int total = 0;
        while (rows.Count < MaxCsvRows)
        {
            var hits = Hits(provider.Search.Search(request), out total);
            rows.AddRange(hits);
            if (hits.Count < request.Size || rows.Count >= total || request.Page >= SearchRequest.MaxPage) break;
            request = request with { Page = request.Page + 1 };
        }
        if (rows.Count > MaxCsvRows) rows.RemoveRange(MaxCsvRows, rows.Count - MaxCsvRows);
        diagnostics.SetResultCount(total);

        var origin = urls.BaseUrl;
        var csv = ResultCsv.Write(rows, hit => ReportLink(origin, hit, bound.Request!.Query));
        var name = $"报告检索-{FileLabel(bound.Request!)}-{DateTime.Now:yyyyMMdd}.csv";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"reports.csv\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(csv, "text/csv; charset=utf-8");
    }

    private static IResult Atom(HttpContext http, IDiagnosticContext diagnostics, IndexProvider provider, PublicUrls urls,
        [FromQuery] string[]? q, [FromQuery] string[]? district, [FromQuery] string[]? year,
        [FromQuery] string[]? from, [FromQuery] string[]? to, [FromQuery] string[]? size,
        [FromQuery] string[]? kind, [FromQuery] string[]? org)
    {
        var bound = Bind(q, district, year, from, to, ["newest"], size, kind, org);
        if (bound.Error is not null) return bound.Error;
        var request = bound.Request! with { Page = 1, Size = size is { Length: > 0 } ? bound.Request!.Size : DefaultFeedEntries };
        var hits = Hits(provider.Search.Search(request), out int total);
        diagnostics.SetResultCount(total);

        var origin = urls.BaseUrl;
        var feed = new ResultFeed(
            Title: $"政府报告检索：{FeedLabel(request)}",
            Self: origin + http.Request.Path + http.Request.QueryString,
            Alternate: origin + "/" + http.Request.QueryString,
            ReportLink: hit => ReportLink(origin, hit, request.Query));
        http.Response.Headers.CacheControl = urls.CacheControl(300);
        return Results.Bytes(feed.Write(hits), "application/atom+xml; charset=utf-8");
    }

    private static SearchRequestBinder.Outcome Bind(string[]? q, string[]? district, string[]? year, string[]? from, string[]? to,
        string[]? sort, string[]? size, string[]? kind, string[]? org) =>
        SearchRequestBinder.Bind(V(q), V(district), V(year), V(from), V(to), V(sort), StringValues.Empty, V(size), V(kind), V(org));

    private static StringValues V(string[]? values) => values is null ? StringValues.Empty : new StringValues(values);

    private static List<JsonElement> Hits(SearchResponse response, out int total)
    {
        using var doc = JsonDocument.Parse(SearchJson.Serialize(response));
        total = doc.RootElement.GetProperty("total").GetInt32();
        return doc.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.Clone()).ToList();
    }

    private static string ReportLink(string origin, JsonElement hit, string query)
    {
        var link = $"{origin}/reports/{Uri.EscapeDataString(hit.GetProperty("id").GetString() ?? "")}";
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
