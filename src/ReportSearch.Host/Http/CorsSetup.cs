namespace ReportSearch.Host.Http;

/// <summary>
/// Cross-origin access to the read-only API, for the widget on other sites: the origins in
/// Cors:AllowedOrigins, or any origin with Cors:AllowAnyOrigin=true. Never with credentials: the API has none.
/// </summary>
public static class CorsSetup
{
    public const string PolicyName = "read-only-api";

    public static IServiceCollection AddReportSearchCors(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Cors");
        bool anyOrigin = section.GetValue("AllowAnyOrigin", false);
        var origins = section.GetSection("AllowedOrigins").GetChildren().Select(c => c.Value?.Trim().TrimEnd('/')).OfType<string>().Where(o => o.Length > 0).ToArray();
        return services.AddCors(options => options.AddPolicy(PolicyName, policy =>
        {
            if (anyOrigin) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods("GET").AllowAnyHeader().WithExposedHeaders("ETag").SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
    }
}
