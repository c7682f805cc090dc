using Microsoft.Extensions.Hosting;
using ReportSearch.Engine;

namespace ReportSearch.Indexer.Tests;

/// <summary>The worker's real host (same wiring as Program), running in the test process.</summary>
public sealed class InProcessWorker : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TempArchive _archive;
    /// <summary>When the host was asked to start: its catch-up scan may begin before StartAsync returns.</summary>
    public DateTime StartedUtc { get; }

    private InProcessWorker(IHost host, TempArchive archive, DateTime startedUtc)
    {
        _host = host;
        _archive = archive;
        StartedUtc = startedUtc;
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
        // Taken before the start: on a busy machine the worker's first scan had begun (and ended) before StartAsync
        // returned, and a wait for a scan started after that time then waited for one that never came.
        var started = DateTime.UtcNow;
        await host.StartAsync();
        return new InProcessWorker(host, archive, started);
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
