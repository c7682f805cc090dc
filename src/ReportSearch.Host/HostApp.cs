using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ReportSearch.Host.Api;
using ReportSearch.Host.Http;
using ReportSearch.Host.Indexing;
using ReportSearch.Host.Pages;
using Serilog;
using Serilog.Settings.Configuration;

namespace ReportSearch.Host;

/// <summary>Composition of the query host: services, middleware order, endpoints.</summary>
public static class HostApp
{
    public static WebApplication Build(string[] args)
    {
        var (settings, rest) = HostCommandLine.Map(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = rest,
            // appsettings.json sits next to the assembly; archive and index paths stay relative to the current directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        // Service managers: sd_notify readiness and journald-friendly console output under systemd (Type=notify),
        // service control under Windows. Both are no-ops when the host runs in a terminal or a container.
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService();

        builder.Logging.ClearProviders();
        // Also registers Serilog's diagnostic context, which request logging and the endpoints share.
        var logger = CreateLogger(builder.Configuration);
        builder.Services.AddSerilog(logger, dispose: true);

        builder.Services.AddReportSearchSettingsValidation(builder.Configuration);
        var indexing = IndexingSettings.From(builder.Configuration);
        builder.Services.AddSingleton(indexing);
        builder.Services.AddSingleton<IndexProvider>();
        builder.Services.AddSingleton<IndexingStatus>();
        builder.Services.AddHostedService<InProcessIndexingService>();
        builder.Services.AddHealthChecks().AddCheck<IndexReadyCheck>("index", tags: ["ready"]);

        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddProblemDetails();
        // Problem details in readable Chinese rather than \uXXXX escapes.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddSingleton<OperatorAccess>();
        builder.Services.AddReportSearchCors();
        builder.Services.AddReportSearchRateLimiting();
        builder.Services.AddReportSearchForwardedHeaders();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "ReportSearch API";
            doc.Info.Description = "Read-only search over Chinese government report archives.";
            return Task.CompletedTask;
        }).AddOperationTransformer(OpenApiParameterDocs.Describe));

        var app = builder.Build();
        // Validated now, when built: a malformed setting stops the host with every problem named, before it listens.
        var hostSettings = app.Services.GetRequiredService<IOptions<HostSettings>>().Value;

        // First: the client address and scheme must be the real ones before logging and rate limiting see them.
        if (hostSettings.ForwardedHeaders.IsConfigured) app.UseForwardedHeaders();
        app.UseReportSearchRequestLogging(logger);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseReportSearchStaticAssets();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();

        app.MapReportSearchApi();
        app.MapReportSearchExports();
        app.MapReportSearchPages();
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    private static Serilog.ILogger CreateLogger(IConfiguration configuration) =>
        new LoggerConfiguration()
            .ReadFrom.Configuration(configuration, new ConfigurationReaderOptions(typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(FileLoggerConfigurationExtensions).Assembly))
            .CreateLogger();
}
