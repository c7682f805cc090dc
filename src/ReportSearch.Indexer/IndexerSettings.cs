using ReportSearch.Indexing;

namespace ReportSearch.Indexer;

/// <summary>
/// The worker's settings, bound from the "Indexer" section (appsettings.json, then environment variables such
/// as Indexer__ScanInterval, then the command line). Relative paths are relative to the current directory.
/// </summary>
public sealed class IndexerSettings
{
    public const string Section = "Indexer";
    public const string DefaultArchive = "seeds";

    /// <summary>Archive folders. Empty means <see cref="DefaultArchive"/>: the binder appends to a pre-filled
    /// list instead of replacing it, so the default is applied after binding.</summary>
    public List<string> Archives { get; set; } = [];
    public string Index { get; set; } = "index";
    /// <summary>Full rescans besides the watcher: watchers miss events on network shares and on overflow.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Quiet time after the last file event before scanning, so a copy of many files is one scan.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(1);
    public bool Watch { get; set; } = true;
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;
    public List<string> Include { get; set; } = [];
    public List<string> Exclude { get; set; } = [];
    /// <summary>Small batches: each is one transaction and one progress line, so a large catch-up logs every
    /// few seconds and a kill loses at most one batch of work.</summary>
    public int BatchFiles { get; set; } = 100;
    public long BatchBytes { get; set; } = 2L * 1024 * 1024;
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    public IReadOnlyList<string> ArchiveFolders => Archives.Count > 0 ? Archives : [DefaultArchive];

    public IndexerOptions ToIndexerOptions() => new()
    {
        BatchFiles = Math.Max(1, BatchFiles),
        BatchBytes = Math.Max(1, BatchBytes),
        MaxFileBytes = MaxFileBytes,
        Parallelism = Math.Max(1, Parallelism),
        Filter = new PathFilter(Include, Exclude),
    };

    /// <summary>Throws with a message naming the setting when a value cannot work.</summary>
    public void Validate()
    {
        if (Problem() is { } problem) throw new InvalidOperationException(problem);
    }

    /// <summary>What is wrong with the settings, naming the setting; null when they can work.</summary>
    public string? Problem()
    {
        if (ScanInterval <= TimeSpan.Zero) return $"{Section}:ScanInterval must be positive, not {ScanInterval}.";
        if (Debounce < TimeSpan.Zero) return $"{Section}:Debounce must not be negative, not {Debounce}.";
        if (MaxFileBytes <= 0) return $"{Section}:MaxFileBytes must be positive, not {MaxFileBytes}.";
        if (string.IsNullOrWhiteSpace(Index)) return $"{Section}:Index must name a folder.";
        return null;
    }
}

/// <summary>Checks the settings when the host starts (ValidateOnStart), before any service runs.</summary>
public sealed class IndexerSettingsValidation : Microsoft.Extensions.Options.IValidateOptions<IndexerSettings>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, IndexerSettings options) =>
        options.Problem() is { } problem ? Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problem) : Microsoft.Extensions.Options.ValidateOptionsResult.Success;
}
