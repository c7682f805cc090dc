namespace ReportSearch.Engine;

/// <summary>
/// What the last indexing run did, kept in the index so that `reportsearch stats` and the HTTP host can show
/// it without talking to the indexer process. Counts are those of the last finished (or interrupted) run;
/// the skipped files themselves, with reasons, are in <see cref="IndexStatistics.Skipped"/>.
/// </summary>
public sealed record IndexStatus
{
    public const string Indexing = "indexing";
    public const string Idle = "idle";
    public const string Interrupted = "interrupted";
    public const string Failed = "failed";

    /// <summary><see cref="Indexing"/>, <see cref="Idle"/>, <see cref="Interrupted"/> or <see cref="Failed"/>.
    /// "indexing" left behind by a killed process stays until the next run starts.</summary>
    public string State { get; init; } = Idle;
    public DateTime? LastScanStartedUtc { get; init; }
    public DateTime? LastScanFinishedUtc { get; init; }
    public int FilesScanned { get; init; }
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Deleted { get; init; }
    public int Unchanged { get; init; }
    public int Duplicates { get; init; }
    public int Skipped { get; init; }
    public string? LastError { get; init; }
    public DateTime? LastErrorUtc { get; init; }
}
