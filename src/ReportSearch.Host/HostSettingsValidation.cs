using System.Net;
using Microsoft.Extensions.Options;
using ReportSearch.Pipeline;

namespace ReportSearch.Host;

/// <summary>
/// The host's numeric and list settings, bound through the options pattern and validated when the host starts
/// (ValidateOnStart): a negative window, a scan interval of 0 s or an origin that is not a URL stops the start with
/// every problem named by its key, instead of being clamped or failing on the first request. Each default is
/// written here and nowhere else: rate limiting, CORS, caching and the operator key read this object
/// (<c>IOptions&lt;HostSettings&gt;</c>), never <c>IConfiguration</c>.
/// </summary>
public sealed class HostSettings
{
    public IndexingSection Indexing { get; set; } = new();
    /// <summary>The indexer's settings (section "Indexer", shared with the worker), checked with the host's own.</summary>
    public IndexerSettings Indexer { get; set; } = new();
    public RateLimitingSection RateLimiting { get; set; } = new();
    public CachingSection Caching { get; set; } = new();
    public CorsSection Cors { get; set; } = new();
    public AdminSection Admin { get; set; } = new();
    public PublicSection Host { get; set; } = new();
    public ForwardedHeadersSection ForwardedHeaders { get; set; } = new();

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

    public sealed class PublicSection
    {
        /// <summary>The public address for absolute links (see Http/PublicUrls); empty: the listening address stands in.</summary>
        public string? PublicBaseUrl { get; set; }
    }

    /// <summary>The reverse proxies whose X-Forwarded-For is believed (see Http/ForwardedHeadersSetup); none by default.</summary>
    public sealed class ForwardedHeadersSection
    {
        public List<string> KnownProxies { get; set; } = [];
        public List<string> KnownNetworks { get; set; } = [];
        public int ForwardLimit { get; set; } = 1;

        public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
    }

    public sealed class AdminSection
    {
        /// <summary>Operators send it as the X-Admin-Key header for the full /api/v1/stats; none configured, nobody is an operator.</summary>
        public string? ApiKey { get; set; }
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
        if (!string.IsNullOrWhiteSpace(s.Host.PublicBaseUrl) && !IsBaseUrl(s.Host.PublicBaseUrl))
            failures.Add($"Host:PublicBaseUrl must be an absolute http(s) URL without query, such as https://reports.example.gov.cn, not '{s.Host.PublicBaseUrl}'.");
        foreach (var proxy in s.ForwardedHeaders.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            failures.Add($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.");
        foreach (var network in s.ForwardedHeaders.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            failures.Add($"ForwardedHeaders:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8.");
        if (s.ForwardedHeaders.ForwardLimit < 1) failures.Add($"ForwardedHeaders:ForwardLimit must be positive, not {s.ForwardedHeaders.ForwardLimit}.");
        foreach (var origin in s.Cors.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)))
            if (!Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                failures.Add($"Cors:AllowedOrigins: '{origin}' is not an http(s) origin such as https://www.example.gov.cn.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsBaseUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0;
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
