using System.Diagnostics;
using System.Net;
using System.Text;
using ReportSearch.Engine;
using ReportSearch.Search;

namespace ReportSearch.Bench;

/// <summary>
/// `http`: C concurrent clients loop over the query mix against a running host (GET /api/v1/search) for S
/// seconds. Loopback addresses only. Filters are sent as district=, year=, from=, to= parameters.
/// </summary>
public static class HttpBench
{
    public static async Task<int> Run(BenchArgs a)
    {
        var indexDir = a.Required("--index");
        var url = new Uri(a.Required("--url"));
        int clients = a.Int("--clients", 4);
        double seconds = a.Double("--seconds", 30);
        int seed = a.Int("--seed", 1);
        var pid = a.Optional("--pid");
        if (!IsLoopback(url)) throw new BenchUsageException($"--url must be a loopback address (127.0.0.0/8, localhost, [::1]), not '{url.Host}'");

        List<BenchQuery> mix;
        using (var index = ReportIndexes.OpenForReading(indexDir))
        {
            Console.Error.WriteLine("query mix:");
            mix = QueryMix.Build(index, new SearchService(index), seed, Console.Error);
        }
        var paths = mix.Select(q => (q.Class, Path: PathOf(q.Request))).ToList();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false })
        {
            BaseAddress = url,
            Timeout = TimeSpan.FromSeconds(30),
        };
        // Warm-up: every query once.
        foreach (var (_, path) in paths)
        {
            try { using var _r = await http.GetAsync(path); } catch (HttpRequestException) { }
        }

        var atStart = HostMemory.Read(pid);
        var memory = HostMemory.Start(pid);
        var hostCpuAtStart = ProcessCpu.Of(pid);
        var ownCpuAtStart = ProcessCpu.Own();
        var latencies = new List<double>[clients];
        var errors = new int[clients];
        var statuses = new Dictionary<int, int>[clients];
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            var codes = statuses[c] = [];
            var rng = new Random(seed * 131 + c);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var (_, path) = paths[rng.Next(paths.Count)];
                var t = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        errors[c]++;
                        codes[(int)response.StatusCode] = codes.GetValueOrDefault((int)response.StatusCode) + 1;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { errors[c]++; }
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        var hostCpu = ProcessCpu.Of(pid) - hostCpuAtStart;
        var ownCpu = ProcessCpu.Own() - ownCpuAtStart;
        if (memory is not null) await memory.DisposeAsync();

        var all = latencies.SelectMany(l => l).ToList();
        var f = new Figures();
        f.Add("http_clients", clients, "clients");
        f.Add("http_seconds", elapsed, "s");
        f.Add("http_requests", all.Count, "requests");
        f.Add("http_requests_per_s", all.Count / elapsed, "req/s");
        f.Add("http_errors", errors.Sum(), "requests");
        // Error responses by status: a 429 means the host's rate limit (start it with --RateLimiting:PermitLimit=0).
        foreach (var g in statuses.SelectMany(d => d).GroupBy(kv => kv.Key).OrderBy(g => g.Key))
            f.Add("http_errors_by_status", g.Sum(kv => kv.Value), "requests", g.Key.ToString());
        if (all.Count > 0)
        {
            all.Sort();
            f.Add("http_p50_ms", Figures.Percentile(all, 50), "ms");
            f.Add("http_p99_ms", Figures.Percentile(all, 99), "ms");
            f.Add("http_max_ms", all[^1], "ms");
            // Both processes share this machine's cores: what each spends per request, and the rate the host's own
            // work would allow with every core to itself (a bound computed from the measurement, not a measurement).
            f.Add("client_cpu_ms_per_request", ownCpu.TotalMilliseconds / all.Count, "ms", "the load generator (this process)");
            if (hostCpu is { } host)
            {
                f.Add("host_cpu_ms_per_request", host.TotalMilliseconds / all.Count, "ms");
                f.Add("host_cpu_bound_req_per_s", Environment.ProcessorCount * 1000.0 * all.Count / host.TotalMilliseconds, "req/s", "cores / host CPU per request");
            }
        }
        if (atStart is { } before) f.Add("host_working_set_mb", before.Now, "MB", "before the load");
        if (memory is not null) f.Add("host_peak_working_set_mb", memory.PeakMb, "MB", "under load, sampled every 0.1 s");
        if (HostMemory.Read(pid) is { } after)
        {
            f.Add("host_working_set_mb", after.Now, "MB", "after the load");
            f.Add("host_peak_working_set_mb", after.SinceStart, "MB", "since the host started (start-up builds included)");
        }
        f.Print(Console.Out);
        return errors.Sum() == 0 ? 0 : 1;
    }

    internal static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    internal static string PathOf(SearchRequest r)
    {
        var sb = new StringBuilder("/api/v1/search?q=").Append(Uri.EscapeDataString(r.Query));
        foreach (var d in r.Districts) sb.Append("&district=").Append(Uri.EscapeDataString(d));
        foreach (var y in r.Years) sb.Append("&year=").Append(y);
        if (r.FromYear is not null) sb.Append("&from=").Append(r.FromYear);
        if (r.ToYear is not null) sb.Append("&to=").Append(r.ToYear);
        return sb.ToString();
    }
}
