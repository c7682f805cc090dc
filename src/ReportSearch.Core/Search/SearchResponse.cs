namespace ReportSearch.Search;

// The JSON contract shared by `reportsearch search --json` and GET /api/v1/search. Property names are
// serialized in camelCase (see SearchJson); change them only together with the API version.

public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets);

public sealed record SearchHit(
    string Id,
    string? Title,
    string? District,
    int? Year,
    string? Date,
    string? Source,
    double Score,
    IReadOnlyList<Snippet> Snippets);

/// <param name="Html">HTML-escaped <paramref name="Text"/> with &lt;mark&gt; around every match.</param>
/// <param name="Highlights">Matches as [start, end) UTF-16 offsets into <paramref name="Text"/>.</param>
public sealed record Snippet(
    string? Section,
    string? District,
    string Html,
    string Text,
    IReadOnlyList<int[]> Highlights);

public sealed record SearchFacets(IReadOnlyList<FacetCount> District, IReadOnlyList<FacetCount> Year);

public sealed record FacetCount(string Value, int Count);
