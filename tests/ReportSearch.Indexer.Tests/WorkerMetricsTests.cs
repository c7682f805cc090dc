using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ReportSearch.Engine;

namespace ReportSearch.Indexer.Tests;

/// <summary>The worker's /metrics on its own port (Metrics:Port), over real HTTP from the worker as a process.</summary>
public sealed class WorkerMetricsTests
{
    [Fact]
    public void The_worker_serves_the_index_state_in_prometheus_format_on_its_metrics_port()
    {
        using var archive = new TempArchive().WithSeeds();
        archive.WriteBytes("broken.txt", [0x61, 0x00, 0x62, 0x00, 0x00]);
        int port = FreePort();
        using var worker = WorkerProcess.Start(archive, "--Indexer:Watch=false", $"--Metrics:Port={port}");
        IndexStatus? seen = null;
        Wait.Until(() => (seen = IndexSnapshot.Status(archive.IndexDir)) is { State: IndexStatus.Idle, LastScanFinishedUtc: not null },
            "the worker's catch-up", lastSeen: () => $"status {seen}; output: {worker.Output}");

        using var http = new HttpClient();
        string text = "";
        // The server starts with the worker; the figures are read from the index at each scrape.
        Wait.Until(() =>
        {
            using var response = http.GetAsync($"http://127.0.0.1:{port}/metrics").GetAwaiter().GetResult();
            text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK && Values(text, "reportsearch_index_reports").Any();
        }, "the worker's metrics", lastSeen: () => text + worker.Output);

        using var index = ReportIndexes.OpenForReading(archive.IndexDir);
        var stats = index.Statistics();
        Assert.Equal(5, stats.Reports);
        Assert.Equal([stats.Reports], Values(text, "reportsearch_index_reports"));
        Assert.Equal([stats.Sources], Values(text, "reportsearch_index_files_indexed"));
        Assert.Equal([stats.CommitGeneration], Values(text, "reportsearch_index_commit_generation"));
        Assert.Equal([1], Values(text, "reportsearch_index_healthy"));
        Assert.Equal([1], Values(text, "reportsearch_index_files_skipped", "reason=\"binary content\""));
        Assert.Single(Values(text, "reportsearch_index_last_commit_age_seconds"));
        Assert.NotEmpty(Values(text, "process_cpu_seconds_total"));
    }

    private static List<double> Values(string text, string metric, string? label = null) =>
        [.. Regex.Matches(text, $@"^{metric}(\{{.*\}})? (\S+)$", RegexOptions.Multiline)
            .Where(m => label is null || m.Groups[1].Value.Contains(label))
            .Select(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))];

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
