using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportSearch.Pipeline;
using Serilog;
using Serilog.Settings.Configuration;

namespace ReportSearch.Hosting;

/// <summary>What the query host and the indexer worker set up alike: service managers, logging, the indexer.</summary>
public static class ServiceHosting
{
    /// <summary>
    /// Service managers: sd_notify readiness and journald-friendly console output under systemd (Type=notify),
    /// service control under Windows; both are no-ops in a terminal or a container. Logging: Serilog, configured
    /// by the "Serilog" section. Returns the logger, for request logging.
    /// </summary>
    public static Serilog.ILogger AddServiceDefaults(this IHostApplicationBuilder builder, IReadOnlyDictionary<string, string?> commandLineSettings)
    {
        // Added last, so --archive/--index win over appsettings.json, the environment and other arguments.
        builder.Configuration.AddInMemoryCollection(commandLineSettings);
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService();

        builder.Logging.ClearProviders();
        // The sink assemblies are named, not discovered: a single-file executable has no assembly files to scan.
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration, new ConfigurationReaderOptions(typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(FileLoggerConfigurationExtensions).Assembly))
            .CreateLogger();
        builder.Services.AddSerilog(logger, dispose: true);
        return logger;
    }

    /// <summary>
    /// Binds the indexer's settings from the "Indexer" section: bad settings stop the start with every problem
    /// named, not at the first scan. The host needs them also when another process indexes (where the index is).
    /// </summary>
    /// <param name="validateOnStart">False for a program that checks <see cref="IndexerSettings.Problems"/> at
    /// start together with its own settings (one list of problems rather than one exception per options type).</param>
    public static void AddIndexerSettings(this IHostApplicationBuilder builder, bool validateOnStart = true)
    {
        var options = builder.Services.AddOptions<IndexerSettings>().Bind(builder.Configuration.GetSection(IndexerSettings.Section));
        if (validateOnStart) options.ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<IndexerSettings>, IndexerSettingsValidator>();
    }

    /// <summary>Runs the indexer in this program, over the settings of <see cref="AddIndexerSettings"/>.</summary>
    public static void AddIndexer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IndexingGate>();
        builder.Services.AddSingleton<IndexerService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IndexerService>());
    }
}
