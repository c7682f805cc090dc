using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReportSearch.Hosting;

namespace ReportSearch.Indexer;

/// <summary>Builds the worker's host; shared by Program and the tests so that both run the same wiring.</summary>
public static class IndexerHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var (rest, mapped) = IndexerCommandLine.Split(args);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = rest,
            // appsettings.json ships next to the program; data paths stay relative to the current directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddServiceDefaults(mapped);
        builder.AddIndexerSettings();
        builder.AddIndexer();
        builder.Services.AddHostedService<WorkerMetricsService>();
        // Stopping waits for the batch being written; well under this, but never hang a service manager.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        return builder;
    }
}
