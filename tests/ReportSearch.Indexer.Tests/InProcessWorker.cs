using Microsoft.Extensions.Hosting;
using ReportSearch.Engine;

namespace ReportSearch.Indexer.Tests;

/// <summary>The worker's real host (same wiring as Program), running in the test process.</summary>
public sealed class InProcessWorker : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TempArchive _archive;
    public DateTime StartedUtc { get; } = DateTime.UtcNow;

    private InProcessWorker(IHost host, TempArchive archive)
    {
        _host = host;
        _archive = archive;
    }

    public static string[] Arguments(TempArchive archive, params string[] extra) =>
    [
        "--archive", archive.Archive, "--index", archive.IndexDir,
        // Short times so that changes show up within the tests' bounds.
        "--Indexer:ScanInterval=00:00:03", "--Indexer:Debounce=00:00:00.300",
        $"--Serilog:WriteTo:File:Args:path={Path.Combine(archive.Root, "logs", "indexer-.log")}",
        .. extra,
    ];

    public static IHost Build(TempArchive archive, params string[] extra) => IndexerHost.CreateBuilder(Arguments(archive, extra)).Build();

    public static async Task<InProcessWorker> StartAsync(TempArchive archive, params string[] extra)
    {
        var host = Build(archive, extra);
        await host.StartAsync();
        return new InProcessWorker(host, archive);
    }

    /// <summary>Waits until a scan that started after the worker did has finished.</summary>
    public void WaitForCatchUp(TimeSpan? timeout = null)
    {
        IndexStatus? seen = null;
        Wait.Until(() => (seen = IndexSnapshot.Status(_archive.IndexDir)) is { State: IndexStatus.Idle, LastScanStartedUtc: { } s } && s >= StartedUtc,
            "the catch-up scan to finish", timeout, () => $"last status: {seen}");
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StopAsync(stop.Token);
        _host.Dispose();
    }
}
