using ReportSearch.Mechanisms;

namespace ReportSearch.Search;

// The JSON contract shared by `reportsearch search --json` and GET /api/v1/search. Property names are
// serialized in camelCase (see SearchJson); change them only together with the API version.

/// <param name="Total">Results: matching reports, a text held by several reports counted once (see <see cref="SameTextCopies"/>).</param>
/// <param name="Precedent">When the query is the name of a mechanism: who named it first, how far it spread and
/// what it consists of (the precedent card); else null.</param>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    MechanismSummary? Precedent = null)
{
    /// <summary>Further matching reports with the same text as a result (listed under it, <see cref="SearchHit.SameText"/>),
    /// not counted in <see cref="Total"/>: Total + SameTextCopies is every matching report, what the facets count.</summary>
    public int SameTextCopies { get; init; }
    /// <summary>Which reading of the query answered: <see cref="SearchMode.Exact"/>, or, when that found nothing,
    /// <see cref="SearchMode.AllWords"/> (Query/QuestionFallback).</summary>
    public SearchMode Mode { get; init; } = SearchMode.Exact;
    /// <summary>In <see cref="SearchMode.AllWords"/>: the words that must all occur; else null.</summary>
    public IReadOnlyList<string>? Words { get; init; }
    /// <summary>For a query that found nothing or very little: a likely intended query and its count (<see cref="DidYouMeanFinder"/>); else null.</summary>
    public DidYouMean? DidYouMean { get; init; }
}

public enum SearchMode
{
    /// <summary>Every term as an exact string (the query language).</summary>
    Exact,
    /// <summary>The exact query found nothing; every word of the question must occur.</summary>
    AllWords,
}

/// <summary>One report in a result list: its <see cref="ReportLabel"/> fields, then how it matched.</summary>
/// <param name="RoundUp">A news round-up whose parts belong to different units.</param>
/// <param name="Parts">For a round-up: the units of the parts that matched, best first.</param>
public sealed record SearchHit(
    string? Source,
    double Score,
    bool RoundUp,
    IReadOnlyList<string> Parts,
    IReadOnlyList<Snippet> Snippets) : ReportLabel
{
    /// <summary>The other matching reports with the same text (another layout, site or posting), shown as
    /// 另有 N 篇内容相同; null when there are none.</summary>
    public SameTextReports? SameText { get; init; }
}

/// <param name="Count">How many other matching reports hold the same text.</param>
/// <param name="Reports">Them (the first <see cref="Engine.RankedReport.MaxSameTextLoaded"/>).</param>
public sealed record SameTextReports(int Count, IReadOnlyList<SameTextReport> Reports);

/// <summary>A copy of a result's text: its label and the path it was indexed from.</summary>
public sealed record SameTextReport(string? Source) : ReportLabel;

/// <param name="Page">The PDF page the snippet is on (1-based); null for documents without pages.</param>
/// <param name="Html">HTML-escaped <paramref name="Text"/> with &lt;mark&gt; around every match.</param>
/// <param name="Highlights">Matches as [start, end) UTF-16 offsets into <paramref name="Text"/>.</param>
/// <param name="CutStart">The text starts inside its section (show an ellipsis before it).</param>
/// <param name="CutEnd">The text ends before its section does.</param>
public sealed record Snippet(
    string? Section,
    string? District,
    int? Page,
    string Html,
    string Text,
    IReadOnlyList<int[]> Highlights,
    bool CutStart,
    bool CutEnd);

/// <summary>
/// Each facet's values, most reports first (years newest first). The list facets (district, kind, org, validity)
/// carry their first <see cref="SearchRequest.FacetSize"/> values and the selected ones (<see cref="FacetCap"/>);
/// <see cref="Distinct"/> says how many each has in all. The year facet is always whole.
/// </summary>
/// <param name="District">Places at the level of the region hierarchy that fits the results (see <paramref name="DistrictLevel"/>).</param>
/// <param name="DistrictLevel">1 = provinces (and 全国), 2 = cities, 3 = counties and districts, 4 = streets and towns.</param>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> District,
    IReadOnlyList<FacetCount> Year,
    IReadOnlyList<FacetCount> Kind,
    IReadOnlyList<FacetCount> Org,
    IReadOnlyList<FacetCount> Validity,
    int DistrictLevel = 1)
{
    /// <summary>How many values each facet has before the cut: more than it carries means there are values to ask for.</summary>
    public required FacetDistinct Distinct { get; init; }
}

/// <summary>The number of distinct values of each facet in the result set (each counting at least one report).</summary>
public sealed record FacetDistinct(int District, int Year, int Kind, int Org, int Validity);

public sealed record FacetCount(string Value, int Count);
