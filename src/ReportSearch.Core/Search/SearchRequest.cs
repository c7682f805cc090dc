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

    public const int DefaultSize = 10;
    public const int MaxSize = 50;
    public const int MaxPage = 1000;

    public bool HasFilters => Districts.Count > 0 || Years.Count > 0 || FromYear is not null || ToYear is not null || Kinds.Count > 0 || Orgs.Count > 0
        || Validities.Count > 0 || DocNumbers.Count > 0;
}
