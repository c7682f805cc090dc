using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ReportSearch.Host.Http;
using ReportSearch.Host.Serving;
using ReportSearch.Engine;
using ReportSearch.Mechanisms;
using ReportSearch.Search;
using Serilog;

namespace ReportSearch.Host.Api;

/// <summary>
/// API v1: read-only GETs over the index. Parameters are bound as text ([AsParameters] records of
/// <c>StringValues</c>: a number that does not parse is our 400 with a Chinese message, not the framework's) and
/// checked by the binders. Handlers return typed results, so OpenAPI reads the 200 body of each from its
/// signature. Problems are declared with ProducesProblem: a problem's status is chosen at run time, so its
/// type cannot state it.
/// </summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapReportSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireCors(CorsSetup.PolicyName)
            .RequireRateLimiting(RateLimitSetup.PolicyName)
            .AddEndpointFilter<ApiErrorFilter>()
            .AddEndpointFilter<FirstIndexingFilter>()
            .AddEndpointFilter<ConditionalGetFilter>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/search", Search)
            .WithName("Search").WithSummary("Search reports: ranked hits with highlighted snippets, and facet counts (each list facet's top facetSize values and the selected ones, every year, and each facet's number of distinct values).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/reports/{id}", Report)
            .WithName("GetReport").WithSummary("A whole report with every match of q marked.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/reports/{id}/related", Related)
            .WithName("GetRelatedReports").WithSummary("The reports most like this one from other places (size 1–50, default 10; level=same: only places at its level), each with the words and mechanisms they share.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/suggest", Suggest)
            .WithName("Suggest").WithSummary($"Up to {SearchService.MaxSuggestions} completions for a partial query.");
        api.MapGet("/completions", Completions)
            .WithName("Complete").WithSummary($"Up to {SearchService.MaxSuggestions} completions for a partial query, each a term of the index with its report count (kind term) or a report's title with its id (kind title).");
        api.MapGet("/mechanisms", Mechanisms)
            .WithName("ListMechanisms").WithSummary("Named mechanisms and slogans: first appearance, report and region counts, reports per year.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/mechanisms/{name}", Mechanism)
            .WithName("GetMechanism").WithSummary($"One mechanism: its definitions, a year-by-region timeline, and its first {MechanismPaging.RegionsShown} regions, each with its report count and first {MechanismPaging.ReportsPerRegion} reports (the rest: …/regions and …/reports).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/mechanisms/{name}/regions", MechanismRegions)
            .WithName("GetMechanismRegions").WithSummary($"A page of one mechanism's regions, in the order of its page (size 1–{MechanismPaging.MaxSize}, default {MechanismPaging.RegionsShown}), each with its report count and first {MechanismPaging.ReportsPerRegion} reports.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/mechanisms/{name}/reports", MechanismReports)
            .WithName("GetMechanismReports").WithSummary($"A page of one region's reports of a mechanism, earliest first (region: the regionPath joined by ›, empty for reports without a known place; size 1–{MechanismPaging.MaxSize}, default {MechanismPaging.DefaultReportsSize}).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/stats", StatsEndpoint.Handle).WithMetadata(new FirstIndexingFilter.AnswersWhileIndexing())
            .WithName("Stats").WithSummary("Index statistics: counts, size, last indexing. Skipped files, paths and errors only with the X-Admin-Key header.");
        return app;
    }

    private static Results<ContractJson<SearchResponse>, ProblemHttpResult> Search(IDiagnosticContext diagnostics, IndexProvider provider,
        [AsParameters] SearchFilterParameters filters, [AsParameters] PageParameters paging, [AsParameters] FacetParameters facets)
    {
        var bound = SearchRequestBinder.Bind(filters, paging, facets);
        if (bound.Error is not null) return bound.Error;
        var response = provider.Search.Search(bound.Value!);
        diagnostics.SetResultCount(response.Total);
        return ApiJson.Ok(response);
    }

    private static Results<ContractJson<ReportView>, ProblemHttpResult> Report(IndexProvider provider, string id,
        [FromQuery(Name = "q")] string[]? q)
    {
        var query = string.Join(' ', q ?? []);
        if (query.Length > RequestLimits.MaxQueryChars) return ParameterProblems.QueryTooLong();
        if (id.Length > RequestLimits.MaxReportIdChars) return ApiProblems.ReportNotFound();
        var report = provider.Search.GetReport(id, query);
        return report is null ? ApiProblems.ReportNotFound() : ApiJson.Ok(report);
    }

    private static Results<ContractJson<RelatedReports>, ProblemHttpResult> Related(IDiagnosticContext diagnostics, IndexProvider provider, string id,
        [AsParameters] RelatedParameters parameters)
    {
        var bound = RelatedRequestBinder.Bind(parameters);
        if (bound.Error is not null) return bound.Error;
        if (id.Length > RequestLimits.MaxReportIdChars) return ApiProblems.ReportNotFound();
        var related = provider.Search.Related(id, bound.Value!.Size, bound.Value.SameLevel);
        if (related is null) return ApiProblems.ReportNotFound();
        diagnostics.SetResultCount(related.Reports.Count);
        return ApiJson.Ok(related);
    }

    private static ContractJson<IReadOnlyList<string>> Suggest(IndexProvider provider, [FromQuery(Name = "prefix")] string[]? prefix)
    {
        var text = string.Join(' ', prefix ?? []);
        IReadOnlyList<string> completions = text.Length is 0 or > RequestLimits.MaxPrefixChars ? [] : provider.Search.Suggest(text);
        return ApiJson.Ok(completions);
    }

    private static ContractJson<IReadOnlyList<Completion>> Completions(IndexProvider provider, [FromQuery(Name = "prefix")] string[]? prefix)
    {
        var text = string.Join(' ', prefix ?? []);
        IReadOnlyList<Completion> completions = text.Length is 0 or > RequestLimits.MaxPrefixChars ? [] : provider.Search.Complete(text);
        return ApiJson.Ok(completions);
    }

    private static Results<ContractJson<MechanismListPage>, ProblemHttpResult> Mechanisms(IDiagnosticContext diagnostics, IndexProvider provider,
        [AsParameters] MechanismFilterParameters filters, [AsParameters] PageParameters paging)
    {
        var bound = MechanismRequestBinder.Bind(filters, paging);
        if (bound.Error is not null) return bound.Error;
        var list = provider.Index.FromMechanisms(catalog => catalog.List(bound.Value!));
        diagnostics.SetResultCount(list.Total);
        return ApiJson.Ok(list);
    }

    private static Results<ContractJson<MechanismDetail>, ProblemHttpResult> Mechanism(IndexProvider provider, string name)
    {
        if (name.Length > RequestLimits.MaxMechanismNameChars) return ApiProblems.MechanismNotFound();
        var detail = provider.Index.FromMechanisms(catalog => catalog.Detail(name));
        return detail is null ? ApiProblems.MechanismNotFound() : ApiJson.Ok(detail);
    }

    private static Results<ContractJson<MechanismRegionPage>, ProblemHttpResult> MechanismRegions(IDiagnosticContext diagnostics, IndexProvider provider, string name,
        [AsParameters] MechanismRegionsParameters parameters)
    {
        var bound = MechanismPageRequestBinder.Bind(parameters);
        if (bound.Error is not null) return bound.Error;
        if (name.Length > RequestLimits.MaxMechanismNameChars) return ApiProblems.MechanismNotFound();
        var page = provider.Index.FromMechanisms(catalog => catalog.RegionsPage(name, bound.Value!.Page, bound.Value.Size));
        if (page is null) return ApiProblems.MechanismNotFound();
        diagnostics.SetResultCount(page.Total);
        return ApiJson.Ok(page);
    }

    private static Results<ContractJson<MechanismRegionReports>, ProblemHttpResult> MechanismReports(IDiagnosticContext diagnostics, IndexProvider provider, string name,
        [AsParameters] MechanismReportsParameters parameters)
    {
        var bound = MechanismPageRequestBinder.Bind(parameters);
        if (bound.Error is not null) return bound.Error;
        if (name.Length > RequestLimits.MaxMechanismNameChars) return ApiProblems.MechanismNotFound();
        var (region, pageNumber, size) = bound.Value!;
        // Two different 404s: a name that is not listed, or a region none of whose reports names it.
        if (provider.Index.FromMechanisms(catalog => catalog.Find(name)) is null) return ApiProblems.MechanismNotFound();
        var page = provider.Index.FromMechanisms(catalog => catalog.ReportsPage(name, region, pageNumber, size));
        if (page is null) return ApiProblems.MechanismRegionNotFound();
        diagnostics.SetResultCount(page.Total);
        return ApiJson.Ok(page);
    }
}
