using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ReportSearch.Host.Api;

namespace ReportSearch.Host.Http;

/// <summary>
/// A fixed window of RateLimiting:PermitLimit API requests per RateLimiting:WindowSeconds for each client
/// IP; past it, 429 with Retry-After. RateLimiting:PermitLimit=0 switches the limit off.
/// </summary>
public static class RateLimitSetup
{
    public const string PolicyName = "per-client-ip";

    public static IServiceCollection AddReportSearchRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimiting");
        int permits = section.GetValue("PermitLimit", 600);
        var window = TimeSpan.FromSeconds(Math.Max(1, section.GetValue("WindowSeconds", 60)));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, context =>
            {
                if (permits <= 0) return RateLimitPartition.GetNoLimiter("off");
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
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
    }
}
