using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ReportSearch.Host.Http;

/// <summary>
/// The host's public address for absolute links (OpenSearch description, Atom feed). It comes from
/// <c>Host:PublicBaseUrl</c>, never from the request's Host header: a forged Host header would otherwise put
/// an attacker's address into a document that caches then hand to everyone. Without the setting, the
/// address the server listens on stands in (fine on one machine) and such documents are not cached publicly.
/// The setting arrives validated (<see cref="HostSettingsValidator"/>).
/// </summary>
public sealed class PublicUrls
{
    private readonly Uri? _configured;
    private readonly IServer _server;

    public PublicUrls(IOptions<HostSettings> settings, IServer server)
    {
        _server = server;
        var value = settings.Value.Host.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(value)) _configured = new Uri(value.Trim(), UriKind.Absolute);
    }

    /// <summary>True when the base URL is configured, so documents holding it may be cached publicly.</summary>
    public bool IsConfigured => _configured is not null;

    /// <summary>Scheme, host and path prefix, without a trailing slash.</summary>
    public string BaseUrl => (_configured?.ToString() ?? ListeningAddress()).TrimEnd('/');

    /// <summary>Cache-Control for a document that contains absolute links.</summary>
    public string CacheControl(int configuredMaxAgeSeconds) => IsConfigured ? $"public, max-age={configuredMaxAgeSeconds}" : "private, no-cache";

    private string ListeningAddress()
    {
        var addresses = _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https:", StringComparison.Ordinal)) ?? addresses.FirstOrDefault() ?? "http://localhost";
        // A wildcard binding names no host that a browser could use.
        foreach (var wildcard in new[] { "//0.0.0.0", "//[::]", "//+", "//*" })
            address = address.Replace(wildcard, "//localhost", StringComparison.Ordinal);
        return address;
    }
}
