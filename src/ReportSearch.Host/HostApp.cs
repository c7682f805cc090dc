using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ReportSearch.Host.Api;
using ReportSearch.Host.Http;
using ReportSearch.Host.Serving;
using ReportSearch.Host.Pages;
using ReportSearch.Hosting;
using ReportSearch.Hosting.Metrics;
using Serilog;

namespace ReportSearch.Host;

/// <summary>Composition of the query host: services, middleware order, endpoints.</summary>
public static class HostApp
{
    public static WebApplication Build(string[] args)
    {
        // --archive/--index set the indexer's keys, as for the worker.
        var (rest, indexerArguments) = IndexerCommandLine.Split(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = rest,
            // appsettings.json sits next to the assembly; archive and index paths stay relative to the current directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Also registers Serilog's diagnostic context, which request logging and the endpoints share.
        var logger = builder.AddServiceDefaults(indexerArguments);

        builder.Services.AddReportSearchSettingsValidation(builder.Configuration);
        // The index's folder (and, when this host indexes, everything else) comes from the worker's "Indexer"
        // section. Those settings are validated with the host's own, so that one start names every problem.
        builder.AddIndexerSettings(validateOnStart: false);
        bool inProcess = (builder.Configuration.GetSection("Indexing").Get<HostSettings.IndexingSection>() ?? new()).InProcess;
        if (inProcess) builder.AddIndexer();
        builder.Services.AddSingleton<IndexProvider>();
        builder.Services.AddHealthChecks().AddCheck<IndexReadyCheck>("index", tags: ["ready"]);

        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<EngineFailureHandler>();
        // Problem details in readable Chinese rather than \uXXXX escapes.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddSingleton<OperatorAccess>();
        builder.Services.AddSingleton<ReportSearchMetrics>();
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
        if (!inProcess)
            app.Lifetime.ApplicationStarted.Register(() => logger.Information(
                "In-process indexing is off; index {IndexDirectory} is kept up to date by another process", app.Services.GetRequiredService<IndexProvider>().IndexDirectory));

        // First: the client address and scheme must be the real ones before logging and rate limiting see them.
        if (hostSettings.ForwardedHeaders.IsConfigured) app.UseForwardedHeaders();
        app.UseReportSearchRequestLogging(logger);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseReportSearchStaticAssets();
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseReportSearchHttpMetrics();
        app.UseCors();
        app.UseRateLimiter();

        app.MapReportSearchApi();
        app.MapReportSearchExports();
        app.MapReportSearchPages();
        app.MapOpenApi();
        app.MapReportSearchMetrics();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
