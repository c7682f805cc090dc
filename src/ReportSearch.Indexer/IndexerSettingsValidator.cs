using Microsoft.Extensions.Options;

namespace ReportSearch.Indexer;

/// <summary>
/// Checks the worker's settings when the host starts (ValidateOnStart): every value that cannot work is named
/// with its key, all at once, so one restart fixes them all.
/// </summary>
public sealed class IndexerSettingsValidator : IValidateOptions<IndexerSettings>
{
    private const string S = IndexerSettings.Section;

    public ValidateOptionsResult Validate(string? name, IndexerSettings s)
    {
        var failures = new List<string>();
        if (s.ScanInterval <= TimeSpan.Zero) failures.Add($"{S}:ScanInterval must be positive, not {s.ScanInterval}.");
        if (s.Debounce < TimeSpan.Zero) failures.Add($"{S}:Debounce must not be negative, not {s.Debounce}.");
        if (s.MaxFileBytes <= 0) failures.Add($"{S}:MaxFileBytes must be positive, not {s.MaxFileBytes}.");
        if (string.IsNullOrWhiteSpace(s.Index)) failures.Add($"{S}:Index must name a folder.");
        if (s.Archives.Any(string.IsNullOrWhiteSpace)) failures.Add($"{S}:Archives must not contain an empty folder name.");
        if (s.BatchFiles <= 0) failures.Add($"{S}:BatchFiles must be positive, not {s.BatchFiles}.");
        if (s.BatchBytes <= 0) failures.Add($"{S}:BatchBytes must be positive, not {s.BatchBytes}.");
        if (s.Parallelism <= 0) failures.Add($"{S}:Parallelism must be positive, not {s.Parallelism}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
