using Microsoft.Extensions.Options;
using ReportSearch.Pipeline;

namespace ReportSearch.Hosting;

/// <summary>
/// Checks the indexer's settings when the program starts (ValidateOnStart), with the rules of
/// <see cref="IndexerSettings.Problems"/>: every value that cannot work is named with its key, all at once.
/// </summary>
public sealed class IndexerSettingsValidator : IValidateOptions<IndexerSettings>
{
    public ValidateOptionsResult Validate(string? name, IndexerSettings settings) =>
        settings.Problems() is { Count: > 0 } failures ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
}
