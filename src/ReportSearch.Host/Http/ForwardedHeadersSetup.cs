using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ReportSearch.Host.Http;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so rate limiting would put all users
/// in one bucket. X-Forwarded-For (and -Proto) are honoured, but only from the proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR, e.g.
/// 10.0.0.0/8): anyone else could otherwise choose their own address with one header. Nothing configured,
/// nothing honoured.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static bool IsConfigured(IConfiguration configuration) =>
        configuration.GetSection($"{Section}:KnownProxies").GetChildren().Any() || configuration.GetSection($"{Section}:KnownNetworks").GetChildren().Any();

    public static IServiceCollection AddReportSearchForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration, "KnownProxies").Select(p => IPAddress.TryParse(p, out var ip)
            ? ip : throw new InvalidOperationException($"{Section}:KnownProxies: '{p}' is not an IP address.")).ToList();
        var networks = Values(configuration, "KnownNetworks").Select(n => System.Net.IPNetwork.TryParse(n, out var net)
            ? net : throw new InvalidOperationException($"{Section}:KnownNetworks: '{n}' is not a network such as 10.0.0.0/8.")).ToList();
        int limit = configuration.GetValue($"{Section}:ForwardLimit", 1);
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, limit);
            // The defaults trust loopback; only what is configured is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var ip in proxies) o.KnownProxies.Add(ip);
            foreach (var net in networks) o.KnownIPNetworks.Add(net);
        });
    }

    private static IEnumerable<string> Values(IConfiguration configuration, string key) =>
        configuration.GetSection($"{Section}:{key}").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);
}
