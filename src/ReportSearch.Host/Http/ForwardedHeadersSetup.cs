using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ReportSearch.Host.Http;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so rate limiting would put all users
/// in one bucket. X-Forwarded-For (and -Proto) are honoured, but only from the proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR, e.g.
/// 10.0.0.0/8): anyone else could otherwise choose their own address with one header. Nothing configured,
/// nothing honoured. The lists come validated from <see cref="HostSettings"/>.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddReportSearchForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostSettings>>((o, settings) =>
        {
            var forwarded = settings.Value.ForwardedHeaders;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = forwarded.ForwardLimit;
            // The defaults trust loopback; only what is configured is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var ip in forwarded.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(ip));
            foreach (var net in forwarded.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(net));
        });
        return services;
    }
}
