using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportSearch.Host.Http;

/// <summary>
/// A fixed window of RateLimiting:PermitLimit API requests per RateLimiting:WindowSeconds for each client
/// IP; past it, 429 with Retry-After. RateLimiting:PermitLimit=0 switches the limit off. The numbers come from
/// the validated <see cref="HostSettings"/> (defaults and ranges are decided there, not here).
/// </summary>
public static class RateLimitSetup
{
    public const string PolicyName = "per-client-ip";

    public static IServiceCollection AddReportSearchRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<HostSettings>>((options, settings) =>
        {
            var limits = settings.Value.RateLimiting;
            var window = TimeSpan.FromSeconds(limits.WindowSeconds);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, context =>
            {
                if (limits.PermitLimit == 0) return RateLimitPartition.GetNoLimiter("off");
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = window,
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (rejected, cancel) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(seconds.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await ApiProblems.TooManyRequests().ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }
}
