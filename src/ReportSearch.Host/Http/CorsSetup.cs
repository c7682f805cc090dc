using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace ReportSearch.Host.Http;

/// <summary>
/// Cross-origin access to the read-only API, for the widget on other sites: the origins in
/// Cors:AllowedOrigins, or any origin with Cors:AllowAnyOrigin=true, from the validated <see cref="HostSettings"/>.
/// Never with credentials: the API has none.
/// </summary>
public static class CorsSetup
{
    public const string PolicyName = "read-only-api";

    public static IServiceCollection AddReportSearchCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<HostSettings>>((options, settings) =>
        {
            var cors = settings.Value.Cors;
            // A browser's Origin header has no trailing slash and no surrounding blanks; the setting may.
            var origins = cors.AllowedOrigins.Select(o => o.Trim().TrimEnd('/')).Where(o => o.Length > 0).ToArray();
            options.AddPolicy(PolicyName, policy =>
            {
                if (cors.AllowAnyOrigin) policy.AllowAnyOrigin();
                else policy.WithOrigins(origins);
                policy.WithMethods("GET").AllowAnyHeader().WithExposedHeaders("ETag").SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            });
        });
        return services;
    }
}
