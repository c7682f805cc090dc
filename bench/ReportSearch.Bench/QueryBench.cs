using System.Diagnostics;
using System.Text.Json;
using ReportSearch.Engine;
using ReportSearch.Mechanisms;
using ReportSearch.Search;

namespace ReportSearch.Bench;

/// <summary>`query`: the mix as full requests through SearchService, single client, after a warm-up.</summary>
public static class QueryBench
{
    public static int Run(BenchArgs a)
    {
        var indexDir = a.Required("--index");
        int seed = a.Int("--seed", 1);
        int rounds = a.Int("--rounds", 5);
        var dump = a.Optional("--dump");
        // Each query's cold run on stderr, to find which query a class's worst is.
        bool listCold = a.Flag("--list-cold");

        using var index = ReportIndexes.OpenForReading(indexDir);
        var service = new SearchService(index);
        // What the host builds when it opens the index, before any request (the mechanism catalogue, the vocabulary,
        // SmartCn's dictionaries): here too, so no query's "cold" run includes it.
        ServingWarmUp.Run(index, service);
        Console.Error.WriteLine("query mix:");
        var mix = QueryMix.Build(index, service, seed, Console.Error);

        // Warm-up: every query twice (page cache, JIT, any in-memory state of the service).
        // The first pass is also reported as "cold": each query's first run in this process (no cached answers).
        var clock = Stopwatch.StartNew();
        var cold = Classes().ToDictionary(c => c, _ => new List<double>());
        foreach (var q in mix)
        {
            var t = Stopwatch.GetTimestamp();
            Execute(service, q);
            cold[q.Class].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            if (listCold) Console.Error.WriteLine($"cold {Stopwatch.GetElapsedTime(t).TotalMilliseconds,9:F2} ms {q.Class,-11} {QueryMix.Describe(q.Request)}");
        }
        foreach (var q in mix) Execute(service, q);
        var warmup = clock.Elapsed;

        var samples = Classes().ToDictionary(c => c, _ => new List<double>());
        var cpuSamples = Classes().ToDictionary(c => c, _ => new List<double>());
        for (int round = 0; round < rounds; round++)
        {
            var order = mix.OrderBy(_ => 0).ToList();
            var rng = new Random(seed * 31 + round);
            for (int i = order.Count - 1; i > 0; i--) { int j = rng.Next(i + 1); (order[i], order[j]) = (order[j], order[i]); }
            foreach (var q in order)
            {
                var cpu = ThreadCpu.Milliseconds();
                var t = Stopwatch.GetTimestamp();
                Execute(service, q);
                samples[q.Class].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                cpuSamples[q.Class].Add(ThreadCpu.Milliseconds() - cpu);
            }
        }

        if (dump is not null)
        {
            using var w = new StreamWriter(dump);
            // Every query as run, and with the other sorts and a later page, to compare results across changes.
            foreach (var q in mix)
                foreach (var request in new[] { q.Request, q.Request with { Sort = SortOrder.Newest }, q.Request with { Sort = SortOrder.Oldest, Page = 2 }, q.Request with { Page = 3, Size = 50 } })
                {
                    var response = service.Search(request) with { TookMs = 0 };
                    w.WriteLine($"{q.Class}\t{QueryMix.Describe(request)}\t{request.Sort}\t{request.Page}\t{SearchJson.Serialize(response)}");
                }
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var f = new Figures();
        f.Add("query_reports_indexed", index.Statistics().Reports, "reports");
        f.Add("query_warmup_s", warmup.TotalSeconds, "s");
        var all = new List<double>();
        foreach (var (cls, values) in samples)
        {
            if (values.Count == 0) continue;
            all.AddRange(values);
            AddLatencies(f, cls, values);
        }
        AddLatencies(f, "all", all);
        // Thread CPU time comes in scheduler ticks (often 4 ms), so only its mean per request is meaningful.
        var allCpu = new List<double>();
        foreach (var (cls, values) in cpuSamples)
        {
            if (values.Count == 0 || double.IsNaN(values[0])) continue;
            allCpu.AddRange(values);
            f.Add("query_cpu_mean_ms", values.Average(), "ms", cls);
        }
        if (allCpu.Count > 0) f.Add("query_cpu_mean_ms", allCpu.Average(), "ms", "all");
        foreach (var (cls, values) in cold)
        {
            if (values.Count == 0) continue;
            values.Sort();
            f.Add("query_cold_p50_ms", Figures.Percentile(values, 50), "ms", cls);
            f.Add("query_cold_max_ms", values[^1], "ms", cls);
        }
        f.Add("load_average_1min", LoadAverage(), "runnable");
        f.Add("query_working_set_mb", Figures.Mb(process.WorkingSet64), "MB");
        f.Add("query_peak_working_set_mb", Figures.Mb(process.PeakWorkingSet64), "MB");
        f.Add("query_gc_heap_mb", Figures.Mb(GC.GetTotalMemory(false)), "MB");
        f.Print(Console.Out);
        return 0;
    }

    /// <summary>The machine's 1-minute load average: figures taken while other work runs are not comparable.</summary>
    internal static double LoadAverage() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) : double.NaN;

    internal static IEnumerable<string> Classes() => QueryMix.Classes;

    internal static void AddLatencies(Figures f, string cls, List<double> values, string prefix = "query")
    {
        values.Sort();
        f.Add($"{prefix}_count", values.Count, "requests", cls);
        f.Add($"{prefix}_p50_ms", Figures.Percentile(values, 50), "ms", cls);
        f.Add($"{prefix}_p95_ms", Figures.Percentile(values, 95), "ms", cls);
        f.Add($"{prefix}_p99_ms", Figures.Percentile(values, 99), "ms", cls);
        f.Add($"{prefix}_max_ms", values[^1], "ms", cls);
    }

    // A full request as the host serves it: search, then the response serialized to JSON.
    private static void Execute(SearchService service, BenchQuery q)
    {
        var response = service.Search(q.Request);
        _ = JsonSerializer.SerializeToUtf8Bytes(response, SearchJson.Options);
    }
}
