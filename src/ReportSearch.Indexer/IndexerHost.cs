using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog;

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
        // Added last, so --archive/--index win over appsettings.json, the environment and other arguments.
        builder.Configuration.AddInMemoryCollection(mapped);
        // Service managers: sd_notify readiness under systemd (Type=notify), service control under Windows; both
        // are no-ops in a terminal or a container.
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService();

        var logger = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger();
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(logger, dispose: true);

        // Bad settings stop the worker at start with every problem named, not at the first scan.
        builder.Services.AddOptions<IndexerSettings>().Bind(builder.Configuration.GetSection(IndexerSettings.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<IndexerSettings>, IndexerSettingsValidator>();
        // Stopping waits for the batch being written; well under this, but never hang a service manager.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.Services.AddHostedService<IndexerWorker>();
        return builder;
    }
}
