namespace ReportSearch.Search;

public enum SortOrder
{
    Relevance,
    Newest,
    Oldest,
}

/// <summary>One search as the CLI and the HTTP API receive it. Filters here combine with filters written in the query.</summary>
public sealed record SearchRequest
{
    /// <summary>May be empty when a filter is given: then the filtered reports are listed, newest first.</summary>
    public required string Query { get; init; }
    public IReadOnlyList<string> Districts { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public IReadOnlyList<string> Orgs { get; init; } = [];
    /// <summary>时效性 values (<see cref="Analysis.ValidityText.All"/>), as typed.</summary>
    public IReadOnlyList<string> Validities { get; init; } = [];
    /// <summary>Document numbers (文号) in any bracket form, as typed.</summary>
    public IReadOnlyList<string> DocNumbers { get; init; } = [];
    /// <summary>Null: by relevance when there are search terms, newest first when there are only filters.</summary>
    public SortOrder? Sort { get; init; }
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int Size { get; init; } = DefaultSize;
    /// <summary>A question that finds nothing exactly is searched again for all its words (Query/QuestionFallback);
    /// false: the exact answer only.</summary>
    public bool Fallback { get; init; } = true;
    /// <summary>How many values each list facet (district, kind, org, validity) carries, most reports first; the
    /// values the search filters on come besides, wherever they rank (<see cref="FacetCap"/>). The year facet is whole.</summary>
    public int FacetSize { get; init; } = DefaultFacetSize;

    public const int DefaultSize = 10;
    public const int MaxSize = 50;
    public const int MaxPage = 1000;
    /// <summary>
    /// Enough for the page's top ten and for most facets whole (a result set rarely has more than 50 kinds or
    /// 时效性 values), while a common word's thousands of issuing bodies stay out of every response: at 10 GB they
    /// were most of its bytes. The page asks for <see cref="MaxFacetSize"/> when the user opens such a facet.
    /// </summary>
    public const int DefaultFacetSize = 50;
    /// <summary>A whole facet for the page's 更多 and filter box: above the 2,971 issuing bodies of the 10 GB archive,
    /// and a bound on what one request can make the host write.</summary>
    public const int MaxFacetSize = 10000;

    public bool HasFilters => Districts.Count > 0 || Years.Count > 0 || FromYear is not null || ToYear is not null || Kinds.Count > 0 || Orgs.Count > 0
        || Validities.Count > 0 || DocNumbers.Count > 0;
}
