using System.Diagnostics;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Pipeline.Extraction;

namespace ReportSearch.Bench;

/// <summary>
/// `index`: a full index build from empty, as `reportsearch index` does it. With `--baseline`, stock Lucene.Net
/// (CJKAnalyzer, stored body, same thread count) indexes the same archive in the same run, and with `--floor`
/// the least our exact search needs (see <see cref="StockIndex"/>); each runs in a child process first, and the
/// ratios are printed after the figures.
/// </summary>
public static class IndexBench
{
    public static int Run(BenchArgs a)
    {
        var archive = a.Required("--archive");
        var indexDir = a.Required("--index");
        if (!Directory.Exists(archive)) throw new BenchUsageException($"no archive at '{archive}'");
        if (Directory.Exists(indexDir)) Directory.Delete(indexDir, recursive: true);
        int threads = new IndexerSettings().Parallelism;
        var others = new List<(string Name, Dictionary<string, double> Figures)>();
        if (a.Flag("--baseline") || a.Flag("--floor"))
        {
            // Every run after the first would otherwise find the archive in the page cache.
            WarmPageCache(archive);
            if (a.Flag("--baseline")) others.Add(("lucene-cjk", RunChild(archive, indexDir + ".lucene-cjk", "cjk", threads)));
            if (a.Flag("--floor")) others.Add(("floor", RunChild(archive, indexDir + ".floor", "floor", threads)));
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        IndexRunResult r;
        using (var index = ReportIndexes.OpenForWriting(indexDir))
        {
            var defaults = new IndexerSettings();
            var options = defaults with
            {
                Index = indexDir,
                BatchFiles = a.Int("--batch-files", defaults.BatchFiles),
                BatchBytes = a.Int("--batch-mb", (int)(defaults.BatchBytes >> 20)) * 1048576L,
                BulkBatchFiles = a.Int("--bulk-files", defaults.BulkBatchFiles),
                BulkBatchBytes = a.Int("--bulk-mb", (int)(defaults.BulkBatchBytes >> 20)) * 1048576L,
            };
            // As `reportsearch index` does it: HTML, PDF, OFD and docx in child workers under budgets.
            using var extractor = FileExtractors.For(options, warning => Console.Error.WriteLine("warning: " + warning));
            var indexer = new ArchiveIndexer(index, extractor, options);
            var lastPrint = TimeSpan.Zero;
            r = indexer.Run([archive], new InlineProgress(p =>
            {
                if (p.Elapsed - lastPrint < TimeSpan.FromSeconds(5) && p.FilesDone < p.FilesTotal) return;
                lastPrint = p.Elapsed;
                Console.Error.WriteLine($"  {p.FilesDone}/{p.FilesTotal} files, {Figures.Mb(p.BytesDone):F1} MB, {p.MegabytesPerSecond:F1} MB/s");
            }));
        }
        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        long size = FolderBytes(indexDir);

        var f = new Figures();
        f.Add("index_reports", r.Added, "reports");
        f.Add("index_skipped", r.Skipped.Count, "files");
        f.Add("index_text_mb", Figures.Mb(r.BytesRead), "MB");
        f.Add("index_wall_s", wall.TotalSeconds, "s");
        f.Add("index_mb_per_s", Figures.Mb(r.BytesRead) / wall.TotalSeconds, "MB/s");
        f.Add("index_cpu_cores_busy", cpu.TotalSeconds / wall.TotalSeconds, "cores");
        f.Add("index_size_mb", Figures.Mb(size), "MB");
        f.Add("index_gc_pause_s", GC.GetTotalPauseDuration().TotalSeconds, "s");
        f.Add("index_gc_count", GC.CollectionCount(0), "gen0+");
        f.Add("index_gc_gen2_count", GC.CollectionCount(2), "gen2");
        f.Add("index_allocated_gb", GC.GetTotalAllocatedBytes() / 1073741824.0, "GB");
        f.Add("index_peak_working_set_mb", Figures.Mb(process.PeakWorkingSet64), "MB");
        f.Add("corpus_distinct_terms", CorpusVocabulary.OfReportIndex(indexDir), "terms");
        f.Add("index_threads", threads, "threads");
        double ours = Figures.Mb(r.BytesRead) / wall.TotalSeconds;
        foreach (var (name, o) in others)
        {
            foreach (var key in new[] { "index_mb_per_s", "index_wall_s", "index_cpu_cores_busy", "index_size_mb", "index_peak_working_set_mb", "corpus_distinct_terms" })
                if (o.TryGetValue(key, out var v)) f.Add(key, v, Unit(key), name);
            if (o.TryGetValue("index_mb_per_s", out var theirs) && theirs > 0)
                f.Add("index_speed_ratio", ours / theirs, "x", $"reportsearch/{name}");
            if (o.TryGetValue("index_size_mb", out var theirSize) && theirSize > 0)
                f.Add("index_size_ratio", Figures.Mb(size) / theirSize, "x", $"reportsearch/{name}");
        }
        f.Add("index_size_to_text", Figures.Mb(size) / Math.Max(1e-9, Figures.Mb(r.BytesRead)), "x");
        f.Add("load_average_1min", QueryBench.LoadAverage(), "runnable");
        f.Print(Console.Out);
        return r.Skipped.Count == 0 ? 0 : 1;
    }

    public static long FolderBytes(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static string Unit(string metric) => metric switch
    {
        "index_mb_per_s" => "MB/s",
        "index_wall_s" => "s",
        "index_cpu_cores_busy" => "cores",
        "corpus_distinct_terms" => "terms",
        _ => "MB",
    };

    private static void WarmPageCache(string archive)
    {
        var buffer = new byte[1 << 20];
        foreach (var file in Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories))
        {
            using var s = File.OpenRead(file);
            while (s.Read(buffer, 0, buffer.Length) > 0) { }
        }
    }

    /// <summary>Runs `stock-index` in a child process (its memory is its own) and reads its JSON figure lines.</summary>
    private static Dictionary<string, double> RunChild(string archive, string indexDir, string analyzer, int threads)
    {
        var self = Environment.ProcessPath ?? throw new BenchUsageException("cannot find the bench's own executable");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        // Under `dotnet reportsearch-bench.dll` the process is dotnet itself: hand it the assembly again.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(IndexBench).Assembly.Location);
        foreach (var arg in new[] { "stock-index", "--archive", archive, "--index", indexDir, "--analyzer", analyzer, "--threads", threads.ToString() })
            start.ArgumentList.Add(arg);
        Console.Error.WriteLine($"stock-index --analyzer {analyzer}: {archive} -> {indexDir}");
        using var child = Process.Start(start)!;
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        string? line;
        while ((line = child.StandardOutput.ReadLine()) is not null)
        {
            if (!line.StartsWith("{\"metric\"", StringComparison.Ordinal)) continue;
            using var json = System.Text.Json.JsonDocument.Parse(line);
            figures[json.RootElement.GetProperty("metric").GetString()!] = json.RootElement.GetProperty("value").GetDouble();
        }
        child.WaitForExit();
        if (child.ExitCode != 0) throw new InvalidOperationException($"stock-index --analyzer {analyzer} exited {child.ExitCode}");
        return figures;
    }

    private sealed class InlineProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
