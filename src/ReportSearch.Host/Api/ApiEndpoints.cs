using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using ReportSearch.Host.Http;
using ReportSearch.Host.Indexing;
using ReportSearch.Engine;
using ReportSearch.Mechanisms;
using ReportSearch.Search;
using Serilog;

namespace ReportSearch.Host.Api;

/// <summary>
/// API v1: read-only GETs over the index. Parameters are declared as strings (a number that does not parse
/// is our 400 with a Chinese message, not the framework's) and validated by <see cref="SearchRequestBinder"/>.
/// </summary>
public static class ApiEndpoints
{
    public const int MaxSuggestions = 10;
    public const int MaxPrefixChars = 100;
    public const int MaxIdChars = 200;

    public static IEndpointRouteBuilder MapReportSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireCors(CorsSetup.PolicyName)
            .RequireRateLimiting(RateLimitSetup.PolicyName)
            .AddEndpointFilter<ApiErrorFilter>()
            .AddEndpointFilter<ConditionalGetFilter>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/search", Search)
            .WithName("Search").WithSummary("Search reports: ranked hits with highlighted snippets, district and year facets.")
            .Produces<SearchResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/reports/{id}", Report)
            .WithName("GetReport").WithSummary("A whole report with every match of q marked.")
            .Produces<ReportView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/suggest", Suggest)
            .WithName("Suggest").WithSummary("Up to 10 completions for a partial query.")
            .Produces<string[]>();
        api.MapGet("/mechanisms", Mechanisms)
            .WithName("ListMechanisms").WithSummary("Named mechanisms and slogans: first appearance, report and region counts, reports per year.")
            .Produces<MechanismListPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/mechanisms/{name}", Mechanism)
            .WithName("GetMechanism").WithSummary("One mechanism: its definitions, its reports by region, and a year-by-region timeline.")
            .Produces<MechanismDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stats", Stats)
            .WithName("Stats").WithSummary("Index statistics: counts, size, last indexing. Skipped files, paths and errors only with the X-Admin-Key header.")
            .Produces<StatsEndpoint.PublicStats>();
        return app;
    }

    private static IResult Search(IDiagnosticContext diagnostics, IndexProvider provider,
        [FromQuery] string[]? q, [FromQuery] string[]? district, [FromQuery] string[]? year,
        [FromQuery] string[]? from, [FromQuery] string[]? to, [FromQuery] string[]? sort,
        [FromQuery] string[]? page, [FromQuery] string[]? size, [FromQuery] string[]? kind, [FromQuery] string[]? org)
    {
        var bound = SearchRequestBinder.Bind(V(q), V(district), V(year), V(from), V(to), V(sort), V(page), V(size), V(kind), V(org));
        if (bound.Error is not null) return bound.Error;
        var response = provider.Search.Search(bound.Request!);
        diagnostics.SetResultCount(response.Total);
        return ApiJson.Ok(response);
    }

    private static IResult Report(IndexProvider provider, string id, [FromQuery] string[]? q)
    {
        var query = string.Join(' ', q ?? []);
        if (query.Length > SearchRequestBinder.MaxQueryChars)
            return ApiProblems.BadRequest("query_too_long", $"查询过长：最多 {SearchRequestBinder.MaxQueryChars} 个字符。");
        if (id.Length > MaxIdChars) return ApiProblems.ReportNotFound();
        var report = provider.Search.GetReport(id, query);
        return report is null ? ApiProblems.ReportNotFound() : ApiJson.Ok(report);
    }

    private static IResult Suggest(IndexProvider provider, [FromQuery] string[]? prefix)
    {
        var text = string.Join(' ', prefix ?? []);
        IReadOnlyList<string> completions = text.Length is 0 or > MaxPrefixChars ? [] : provider.Search.Suggest(text, MaxSuggestions);
        return ApiJson.Ok(completions);
    }

    private static IResult Mechanisms(IDiagnosticContext diagnostics, IndexProvider provider,
        [FromQuery] string[]? q, [FromQuery] string[]? district, [FromQuery] string[]? year,
        [FromQuery] string[]? sort, [FromQuery] string[]? page, [FromQuery] string[]? size)
    {
        var bound = MechanismRequestBinder.Bind(V(q), V(district), V(year), V(sort), V(page), V(size));
        if (bound.Error is not null) return bound.Error;
        var list = provider.Index.Mechanisms().List(bound.Query!);
        diagnostics.SetResultCount(list.Total);
        return ApiJson.Ok(list);
    }

    private static IResult Mechanism(IndexProvider provider, string name)
    {
        if (name.Length > MechanismRequestBinder.MaxNameChars) return ApiProblems.MechanismNotFound();
        var detail = provider.Index.Mechanisms().Detail(name);
        return detail is null ? ApiProblems.MechanismNotFound() : ApiJson.Ok(detail);
    }

    private static IResult Stats(HttpContext http, IndexProvider provider, IConfiguration configuration) =>
        StatsEndpoint.Handle(http, provider.Index.Statistics(), configuration);

    private static StringValues V(string[]? values) => values is null ? StringValues.Empty : new StringValues(values);
}
