using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ReportSearch.Analysis;
using ReportSearch.Host.Http;
using ReportSearch.Mechanisms;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Host.Api;

/// <summary>
/// The API's query parameters as clients should see them in /openapi/v1.json. The endpoints declare every
/// parameter as text (so that bad input gets our Chinese 400, not the framework's); this transformer states
/// their real types, ranges, allowed values, descriptions and examples instead. One table, by parameter name,
/// for every endpoint that takes it (search, search.csv, search.atom, suggest, completions, reports). Limits are the constants the
/// code enforces, never numbers of their own.
/// </summary>
public static class OpenApiParameterDocs
{
    private sealed record Doc(string Description, Func<OpenApiSchema> Schema, JsonNode? Example, bool Repeatable = false);

    private static readonly Dictionary<string, Doc> Docs = new()
    {
        ["q"] = new("The query: terms (exact strings after normalization), \"quoted phrases\", OR or | between terms, -excluded, " +
                    "title:X, and the filters district:X, year:2020, year:2019..2021, kind:X, org:X, validity:现行有效, docNumber:国发〔2017〕35号. Empty when a filter parameter is given " +
                    $"(then reports are listed newest first). At most {QueryParser.MaxLength} characters and {QueryParser.MaxTerms} terms.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = QueryParser.MaxLength }, "六个一 -疫情"),
        ["district"] = new("Only reports of this district (or region at any level); repeat for any of several.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RequestLimits.MaxFilterChars }, "西园街道", Repeatable: true),
        ["year"] = new("Only reports about this year; repeat for any of several.",
            () => Integer(ParameterText.MinYear, ParameterText.MaxYear), 2020, Repeatable: true),
        ["kind"] = new("Only reports of this document kind (文种, e.g. 工作总结); repeat for any of several.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RequestLimits.MaxFilterChars }, "工作总结", Repeatable: true),
        ["org"] = new("Only reports of this issuing body (发文机关); repeat for any of several.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RequestLimits.MaxFilterChars }, "晋江市人民政府", Repeatable: true),
        ["validity"] = new("Only reports of this 时效性; repeat for any of several.",
            () => Choice(ValidityText.All, null), ValidityText.InForce, Repeatable: true),
        ["docNumber"] = new("Only reports with this document number (文号); every bracket form finds the others (国发[2017]35号 = 国发〔2017〕35号); repeat for any of several.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RequestLimits.MaxFilterChars }, "国发〔2017〕35号", Repeatable: true),
        ["fallback"] = new("on (default): a question of one term, five characters or more, unquoted and without spaces, that finds nothing " +
                           "exactly is searched for all its words (the response's mode says allWords and lists them); off: the exact answer only.",
            () => Choice(SearchRequestBinder.Fallbacks.Keys, "on"), "off"),
        ["from"] = new("First year of a year range (inclusive).",
            () => Integer(ParameterText.MinYear, ParameterText.MaxYear), 2019),
        ["to"] = new("Last year of a year range (inclusive); not before from.",
            () => Integer(ParameterText.MinYear, ParameterText.MaxYear), 2021),
        ["sort"] = new("Order of the hits: relevance (default with words), newest or oldest (by date, then year).",
            () => Choice(SearchRequestBinder.Sorts.Keys, "relevance"), "newest"),
        ["page"] = new("Page number, 1-based.",
            () => Integer(1, SearchRequest.MaxPage, 1), 1),
        ["size"] = new($"Hits per page (for search.atom: entries, default {ExportEndpoints.DefaultFeedEntries}).",
            () => Integer(1, SearchRequest.MaxSize, SearchRequest.DefaultSize), SearchRequest.DefaultSize),
        ["facetSize"] = new("How many values each list facet (district, kind, org, validity) returns, most reports first; the values filtered on " +
                            "come too, wherever they rank. facets.distinct says how many each facet has in all. The year facet is always whole.",
            () => Integer(1, SearchRequest.MaxFacetSize, SearchRequest.DefaultFacetSize), SearchRequest.DefaultFacetSize),
        ["prefix"] = new("The start of a term: completions are the index's words and phrases, mechanism names and region names (and, for completions, report titles holding it).",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = RequestLimits.MaxPrefixChars }, "晋江"),
        ["id"] = new("A report id, as in the hits of a search.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RequestLimits.MaxReportIdChars }, "3bfd4e6c075b01f8"),
    };

    // /mechanisms reads the same names differently: one value each, its own orders and page size.
    private static readonly Dictionary<string, Doc> MechanismDocs = new()
    {
        ["q"] = new("A mechanism's name, or part of it.",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RequestLimits.MaxMechanismNameChars }, "六个一"),
        ["district"] = new("Only mechanisms named in reports of this district (or region at any level).",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RequestLimits.MaxFilterChars }, "西园街道"),
        ["year"] = new("Only mechanisms named in reports about this year.",
            () => Integer(ParameterText.MinYear, ParameterText.MaxYear), 2020),
        ["sort"] = new("Order: first (earliest first appearance), count (most reports, the default) or spread (most regions).",
            () => Choice(MechanismRequestBinder.Sorts.Keys, "count"), "first"),
        ["page"] = new("Page number, 1-based.",
            () => Integer(1, MechanismQuery.MaxPage, 1), 1),
        ["size"] = new("Mechanisms per page.",
            () => Integer(1, MechanismQuery.MaxSize, MechanismRequestBinder.DefaultSize), MechanismRequestBinder.DefaultSize),
    };

    // A mechanism's paged lists: its regions, and one region's reports.
    private static readonly Dictionary<string, Doc> MechanismPageDocs = new()
    {
        ["region"] = new("The region, as its regionPath joined by › (empty: the reports without a known place).",
            () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RequestLimits.MaxRegionPathChars }, "浙江省›杭州市›西湖区"),
        ["page"] = new("Page number, 1-based; a page past the last is empty.",
            () => Integer(1, MechanismPaging.MaxPage, 1), 1),
    };

    private static readonly Dictionary<string, Doc> MechanismRegionsDocs = new(MechanismPageDocs)
    {
        ["size"] = new("Regions per page.",
            () => Integer(1, MechanismPaging.MaxSize, MechanismPaging.RegionsShown), MechanismPaging.RegionsShown),
    };

    private static readonly Dictionary<string, Doc> MechanismReportsDocs = new(MechanismPageDocs)
    {
        ["size"] = new("Reports per page.",
            () => Integer(1, MechanismPaging.MaxSize, MechanismPaging.DefaultReportsSize), MechanismPaging.DefaultReportsSize),
    };

    private static OpenApiSchema Integer(int minimum, int maximum, int? @default = null) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(CultureInfo.InvariantCulture),
        Default = @default is { } d ? JsonValue.Create(d) : null,
    };

    private static OpenApiSchema Choice(IEnumerable<string> values, string? @default) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. values.Select(v => JsonValue.Create(v))],
        Default = @default is null ? null : JsonValue.Create(@default),
    };

    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = context.Description.RelativePath ?? "";
        var own = !path.StartsWith("api/v1/mechanisms", StringComparison.Ordinal) ? null
            : path.EndsWith("/regions", StringComparison.Ordinal) ? MechanismRegionsDocs
            : path.EndsWith("/reports", StringComparison.Ordinal) ? MechanismReportsDocs
            : MechanismDocs;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is null) continue;
            if (!(own is not null && own.TryGetValue(parameter.Name, out var doc)) && !Docs.TryGetValue(parameter.Name, out doc)) continue;
            parameter.Description = doc.Description;
            parameter.Example = doc.Example?.DeepClone();
            if (doc.Repeatable)
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = doc.Schema(), MaxItems = RequestLimits.MaxFilterValues };
                parameter.Style = ParameterStyle.Form;
                parameter.Explode = true;
                parameter.Example = new JsonArray(doc.Example?.DeepClone());
            }
            else
            {
                parameter.Schema = doc.Schema();
            }
        }
        return Task.CompletedTask;
    }
}
