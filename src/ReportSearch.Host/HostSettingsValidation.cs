using Microsoft.Extensions.Options;
using ReportSearch.Indexing;

namespace ReportSearch.Host;

/// <summary>
/// The host's numeric and list settings, bound through the options pattern and validated when the host starts
/// (ValidateOnStart): a negative window, a rescan of 0 s or an origin that is not a URL stops the start with
/// every problem named by its key, instead of being clamped or failing on the first request.
/// </summary>
public sealed class HostSettings
{
    public IndexingSection Indexing { get; set; } = new();
    /// <summary>The indexer's settings (section "Indexer", shared with the worker), checked with the host's own.</summary>
    public IndexerSettings Indexer { get; set; } = new();
    public RateLimitingSection RateLimiting { get; set; } = new();
    public CachingSection Caching { get; set; } = new();
    public CorsSection Cors { get; set; } = new();

    public sealed class IndexingSection
    {
        /// <summary>This host runs the indexer (over the "Indexer" section); false when a separate worker does.</summary>
        public bool InProcess { get; set; } = true;

        // Keys of earlier versions that now live in the "Indexer" section: refused with their new name, never
        // silently ignored (an ignored IndexPath would serve another folder).
        public string? IndexPath { get; set; }
        public string? RescanSeconds { get; set; }
        public string? Ocr { get; set; }
        public List<string> Archives { get; set; } = [];

        public IEnumerable<string> RenamedKeys()
        {
            if (IndexPath is not null) yield return "Indexing:IndexPath is now Indexer:Index (or --index).";
            if (RescanSeconds is not null) yield return "Indexing:RescanSeconds is now Indexer:ScanInterval, a time span such as 00:05:00.";
            if (Ocr is not null) yield return "Indexing:Ocr is now Indexer:Ocr.";
            if (Archives.Count > 0) yield return "Indexing:Archives is now Indexer:Archives (or --archive).";
        }
    }

    public sealed class RateLimitingSection
    {
        public int PermitLimit { get; set; } = 600;
        public int WindowSeconds { get; set; } = 60;
    }

    public sealed class CachingSection
    {
        public int MaxAgeSeconds { get; set; } = 30;
    }

    public sealed class CorsSection
    {
        public bool AllowAnyOrigin { get; set; }
        public List<string> AllowedOrigins { get; set; } = [];
    }
}

public sealed class HostSettingsValidator : IValidateOptions<HostSettings>
{
    public ValidateOptionsResult Validate(string? name, HostSettings s)
    {
        var failures = new List<string>();
        failures.AddRange(s.Indexing.RenamedKeys());
        failures.AddRange(s.Indexer.Problems());
        if (s.RateLimiting.PermitLimit < 0) failures.Add($"RateLimiting:PermitLimit must be 0 (off) or positive, not {s.RateLimiting.PermitLimit}.");
        if (s.RateLimiting.WindowSeconds <= 0) failures.Add($"RateLimiting:WindowSeconds must be positive, not {s.RateLimiting.WindowSeconds}.");
        if (s.Caching.MaxAgeSeconds < 0) failures.Add($"Caching:MaxAgeSeconds must not be negative, not {s.Caching.MaxAgeSeconds}.");
        foreach (var origin in s.Cors.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)))
            if (!Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                failures.Add($"Cors:AllowedOrigins: '{origin}' is not an http(s) origin such as https://www.example.gov.cn.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public static class HostSettingsRegistration
{
    public static IServiceCollection AddReportSearchSettingsValidation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HostSettings>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostSettings>, HostSettingsValidator>();
        return services;
    }
}
