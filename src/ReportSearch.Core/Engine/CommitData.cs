namespace ReportSearch.Engine;

/// <summary>
/// What a commit records besides documents (Lucene's commit user data): versions, an id of this index
/// instance, the indexer status and the skipped files. Kept with the commit, so they are exactly as current
/// as the documents, and readers of other processes see them without any other file.
/// </summary>
internal sealed record CommitData
{
    public const string SchemaKey = "schema";
    public const string AnalyzerKey = "analyzer";
    public const string InstanceKey = "instance";
    public const string StatusKey = "status";
    public const string SkippedKey = "skipped";
    public const string LastIndexedKey = "last_indexed_at";

    public string? Schema { get; init; }
    public string? Analyzer { get; init; }
    /// <summary>New for every generation folder created: a reader notices an index deleted and built again.</summary>
    public string? Instance { get; init; }
    public IndexStatus? Status { get; init; }
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];
    public string? LastIndexedAt { get; init; }

    public static CommitData From(IDictionary<string, string>? data)
    {
        if (data is null) return new CommitData();
        string? Get(string k) => data.TryGetValue(k, out var v) ? v : null;
        return new CommitData
        {
            Schema = Get(SchemaKey),
            Analyzer = Get(AnalyzerKey),
            Instance = Get(InstanceKey),
            Status = StoredJson.Read<IndexStatus>(Get(StatusKey)),
            Skipped = StoredJson.Read<List<SkippedFile>>(Get(SkippedKey)) ?? [],
            LastIndexedAt = Get(LastIndexedKey),
        };
    }

    public Dictionary<string, string> ToDictionary()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Schema is not null) d[SchemaKey] = Schema;
        if (Analyzer is not null) d[AnalyzerKey] = Analyzer;
        if (Instance is not null) d[InstanceKey] = Instance;
        if (Status is not null) d[StatusKey] = StoredJson.Write(Status);
        d[SkippedKey] = StoredJson.Write(Skipped);
        if (LastIndexedAt is not null) d[LastIndexedKey] = LastIndexedAt;
        return d;
    }
}
