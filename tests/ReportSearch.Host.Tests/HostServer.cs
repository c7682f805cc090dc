using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReportSearch.Pipeline;

namespace ReportSearch.Host.Tests;

/// <summary>
/// The real host on Kestrel at a free loopback port, started with command-line arguments exactly as
/// `dotnet run --project src/ReportSearch.Host -- ...` would be, over a <see cref="TestArchive"/>. Ready
/// (first in-process indexing pass done) when <see cref="StartAsync"/> returns.
/// </summary>
public sealed class HostServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }

    /// <summary>The host's services: its endpoint data source, for tests that go over every route.</summary>
    public IServiceProvider Services => _app.Services;

    private HostServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public static Task<HostServer> StartAsync(TestArchive archive, params string[] extraArgs) => StartAsync(archive, waitUntilReady: true, extraArgs);

    public static Task<HostServer> StartAsync(TestArchive archive, bool waitUntilReady, params string[] extraArgs) =>
        StartAsync(archive, waitUntilReady, beforeStart: null, extraArgs);

    /// <summary>
    /// Starts the host with its in-process indexer's <see cref="IndexingGate"/> held: the indexer stops after its
    /// first committed batch until the test calls <see cref="IndexingGate.Release"/> on <see cref="Gate"/>.
    /// </summary>
    public static Task<HostServer> StartHeldAsync(TestArchive archive, params string[] extraArgs) =>
        StartAsync(archive, waitUntilReady: false, services => services.GetRequiredService<IndexingGate>().Hold(), extraArgs);

    public IndexingGate Gate => _app.Services.GetRequiredService<IndexingGate>();

    private static async Task<HostServer> StartAsync(TestArchive archive, bool waitUntilReady, Action<IServiceProvider>? beforeStart, string[] extraArgs)
    {
        string[] args =
        [
            "--archive", archive.ArchiveDir,
            "--index", archive.IndexDir,
            "--urls", "http://127.0.0.1:0",
            "--RateLimiting:PermitLimit=0",
            "--Indexer:ScanInterval=01:00:00",
            "--Serilog:MinimumLevel:Default=Warning",
            .. extraArgs,
        ];
        var app = HostApp.Build(args);
        // Hosted services (the indexer) start in StartAsync: anything set here is in place before they run.
        beforeStart?.Invoke(app.Services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new HostServer(app, new Uri(address.TrimEnd('/') + "/"));
        if (waitUntilReady) await server.WaitUntilReadyAsync();
        return server;
    }

    public async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Client.GetAsync("health/ready");
            if (response.StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("host did not become ready within 60 s");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One archive and one host shared by the tests of a class.</summary>
public class HostFixture : IAsyncLifetime
{
    public const string AllowedOrigin = "http://allowed.example";

    public TestArchive Archive { get; } = new();
    public HostServer Server { get; private set; } = null!;
    public HttpClient Client => Server.Client;

    protected virtual string[] ExtraArgs => [$"--Cors:AllowedOrigins:0={AllowedOrigin}"];

    public async Task InitializeAsync() => Server = await HostServer.StartAsync(Archive, ExtraArgs);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Archive.Dispose();
    }
}
