namespace ReportSearch.Engine;

/// <summary>How the engine orders matching reports.</summary>
public enum ReportOrder
{
    /// <summary>Best segment score first (a higher score is better), then newer year.</summary>
    Relevance,
    /// <summary>Newest year and date first; reports without a year last.</summary>
    Newest,
    Oldest,
}

/// <summary>
/// Filters on report fields, each already normalized. A set that is empty does not filter. Places match at
/// any level of a segment's region path: 山东省 keeps everything under Shandong, 西园街道 that street.
/// </summary>
public sealed record EngineFilters
{
    public IReadOnlySet<string> Places { get; init; } = new HashSet<string>();
    public IReadOnlySet<int> Years { get; init; } = new HashSet<int>();
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public IReadOnlySet<string> Kinds { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Orgs { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Validities { get; init; } = new HashSet<string>();
    /// <summary>Document number keys (<see cref="ReportFields.DocNumber"/>), normalized.</summary>
    public IReadOnlySet<string> DocNumbers { get; init; } = new HashSet<string>();

    public bool FiltersYears => Years.Count > 0 || FromYear is not null || ToYear is not null;

    /// <summary>True when nothing is filtered.</summary>
    public bool IsEmpty => Places.Count == 0 && !FiltersYears && Kinds.Count == 0 && Orgs.Count == 0 && Validities.Count == 0 && DocNumbers.Count == 0;

    public bool YearMatches(int year) =>
        !FiltersYears || (year != 0 && (Years.Count == 0 || Years.Contains(year)) && (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear));
}

/// <summary>
/// One request to the engine: what must match (no groups: every report), the filters, and which page of
/// reports in which order. The engine answers with the exact total, that page and the facet counts in one pass.
/// </summary>
public sealed record EngineQuery(MatchQuery Match, EngineFilters Filters, ReportOrder Order, int Offset, int Limit)
{
    /// <summary>Segments of each hit to return for snippets, best first.</summary>
    public int SegmentsPerHit { get; init; } = 3;
}

/// <summary>A facet value with the number of matching reports that have it.</summary>
public sealed record FacetValue(string Value, int Count)
{
    /// <summary>
    /// The value passes its facet's own filter: the search selected it, matched as the filter matches (normalized; a
    /// place by its name). Known while counting, where each value's normalized form is at hand, so a response can keep a
    /// selected value wherever it ranks without normalizing thousands of names per request (2.7 ms for the 2,971 issuing
    /// bodies at 10 GB). The year facet, never cut, leaves it false.
    /// </summary>
    public bool Selected { get; init; }
}

/// <summary>A report of the requested page. Its <see cref="StoredReport.Sources"/> holds the path it was indexed from.</summary>
/// <param name="Score">The best score of its matching segments; higher is better, always positive for a match.</param>
/// <param name="Segments">Its matching segments, best first (at most <see cref="EngineQuery.SegmentsPerHit"/>).</param>
/// <param name="SegmentCount">How many segments the report has in all: more than one makes it a round-up.</param>
public sealed record RankedReport(StoredReport Report, double Score, IReadOnlyList<StoredSegment> Segments, int SegmentCount)
{
    /// <summary>The other matching reports with the same text, listed under this one (at most <see cref="MaxSameTextLoaded"/>).</summary>
    public IReadOnlyList<StoredReport> SameText { get; init; } = [];
    /// <summary>How many matching reports hold the same text besides this one (all of them, also those not loaded).</summary>
    public int SameTextCount { get; init; }

    public const int MaxSameTextLoaded = 50;
}

/// <summary>
/// The engine's answer. Facets follow the multi-select convention: each counts the reports that pass every
/// filter except its own. <see cref="PlaceLevel"/> is the depth of the region hierarchy the place facet shows.
/// </summary>
public sealed record EngineResult(
    int Total,
    IReadOnlyList<RankedReport> Page,
    IReadOnlyList<FacetValue> Places,
    int PlaceLevel,
    IReadOnlyList<FacetValue> Years,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> Orgs,
    IReadOnlyList<FacetValue> Validities)
{
    /// <summary>
    /// Matching reports listed under another report with the same text (<see cref="RankedReport.SameText"/>), and
    /// so not in <see cref="Total"/>, which counts results (each text once). Facets count every matching report.
    /// </summary>
    public int SameTextCopies { get; init; }
}
