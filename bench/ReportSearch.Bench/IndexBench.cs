using System.Diagnostics;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Pipeline.Extraction;

namespace ReportSearch.Bench;

/// <summary>`index`: a full index build from empty, as `reportsearch index` does it.</summary>
public static class IndexBench
{
    public static int Run(BenchArgs a)
    {
        var archive = a.Required("--archive");
        var indexDir = a.Required("--index");
        if (!Directory.Exists(archive)) throw new BenchUsageException($"no archive at '{archive}'");
        if (Directory.Exists(indexDir)) Directory.Delete(indexDir, recursive: true);

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
        long size = Directory.GetFiles(indexDir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

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
        f.Add("load_average_1min", QueryBench.LoadAverage(), "runnable");
        f.Print(Console.Out);
        return r.Skipped.Count == 0 ? 0 : 1;
    }

    private sealed class InlineProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
