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
    public required string Query { get; init; }
    public IReadOnlyList<string> Districts { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;

    public const int MaxSize = 50;
    public const int MaxPage = 1000;
}
