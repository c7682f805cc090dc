using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Mechanisms;

namespace ReportSearch.Bench;

/// <summary>
/// `mechanisms --archive DIR [--index DIR]`: what extracting named mechanisms costs at indexing time (CPU per MB on one
/// thread, beside reading and building the whole document, of which it is part), and with an index how long a
/// snapshot's catalogue takes to build, how many names it lists, and how fast the list and a mechanism page answer.
/// A page shows each region's first reports; the bench times the pages of regions and of one region's reports too.
/// Compare the CPU per MB with `index`'s cores busy × wall / MB for its share of indexing. `--catalog-only` skips
/// the extraction figures (they re-read the whole archive) and measures the catalogue alone.
/// </summary>
public static class MechanismBench
{
    public static int Run(BenchArgs a)
    {
        var archive = a.Required("--archive");
        var f = new Figures();
        if (!a.Flag("--catalog-only")) Extraction(archive, f);
        if (a.Optional("--index") is { } indexDir) Catalog(indexDir, f);
        f.Print(Console.Out);
        return 0;
    }

    private static void Extraction(string archive, Figures f)
    {
        var files = ArchiveScanner.Scan([archive]);
        var parsers = ReportSearch.Ingestion.ReportParsers.Default();
        double readCpu = 0, buildCpu = 0, extractCpu = 0;
        long bytes = 0, mentions = 0;
        foreach (var file in files)
        {
            var t0 = ThreadCpu.Milliseconds();
            var content = File.ReadAllBytes(file.FullPath);
            var report = parsers.Parse(file, content);
            var t1 = ThreadCpu.Milliseconds();
            var doc = ReportRecordBuilder.Build(report, [new IndexSource(file.RelativePath, file.Size, 0)], "");
            var t2 = ThreadCpu.Milliseconds();
            // The builder's extraction, once more on its own: the part of build that is extraction.
            foreach (var s in doc.Segments)
                mentions += MechanismExtractor.Extract(s.Text, s.Sections.Select(x => (x.Start, x.Heading)).ToList()).Count;
            var t3 = ThreadCpu.Milliseconds();
            readCpu += t1 - t0;
            buildCpu += t2 - t1;
            extractCpu += t3 - t2;
            bytes += content.Length;
        }
        double mb = bytes / 1048576.0;
        f.Add("mechanisms_files", files.Count, "files");
        f.Add("mechanisms_mb", mb, "MB");
        f.Add("mechanisms_mentions", mentions, "segment mentions");
        f.Add("read_parse_cpu_s_per_mb", readCpu / 1000 / mb, "s/MB");
        f.Add("build_cpu_s_per_mb", buildCpu / 1000 / mb, "s/MB", "includes extraction");
        f.Add("extract_cpu_s_per_mb", extractCpu / 1000 / mb, "s/MB");
    }

    private static void Catalog(string indexDir, Figures f)
    {
        {
            using var index = ReportIndexes.OpenForReading(indexDir);
            long heapOpen = GC.GetTotalMemory(forceFullCollection: true);
            // One search first, without the precedent card (which would build the catalogue): it reads the engine's
            // per-segment values that every search needs and a host holds anyway, so that the heap kept below is
            // the catalogue's own. catalog_heap_with_engine_mb counts both, as docs/scaling.md's figures before issue 24's bounded catalogue did.
            new ReportSearch.Search.SearchService(index, index).Search(new ReportSearch.Search.SearchRequest { Query = "工作" });
            long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            // The heap while the catalogue is built, sampled: what a build costs beyond what it keeps.
            long peak = heapBefore;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    long now = GC.GetTotalMemory(forceFullCollection: false);
                    if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
                    try { await Task.Delay(5, sampling.Token); } catch (OperationCanceledException) { }
                }
            });
            var clock = System.Diagnostics.Stopwatch.StartNew();
            double cpu = ThreadCpu.Milliseconds();
            var catalog = index.Mechanisms();
            f.Add("catalog_build_ms", clock.Elapsed.TotalMilliseconds, "ms", "first request on a snapshot");
            // The build runs on this thread: its CPU time, which other work on a shared machine stretches less than the wall time.
            f.Add("catalog_build_cpu_ms", ThreadCpu.Milliseconds() - cpu, "ms", "CPU of the building thread");
            sampling.Cancel();
            sampler.Wait();
            f.Add("catalog_build_peak_heap_mb", Figures.Mb(Interlocked.Read(ref peak) - heapBefore), "MB", "sampled every 5 ms while building");
            long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
            f.Add("catalog_heap_mb", Figures.Mb(heapAfter - heapBefore), "MB", "kept after the build, after one search");
            f.Add("catalog_heap_with_engine_mb", Figures.Mb(heapAfter - heapOpen), "MB", "kept after the build, with the engine's per-segment values");
            f.Add("catalog_listed", catalog.Count, "mechanisms");
            f.Add("process_working_set_mb", Figures.Mb(Environment.WorkingSet), "MB", "after the catalogue");
            var list = Median(() => catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, 20)));
            f.Add("list_p50_ms", list, "ms");
            var top = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, 1)).Mechanisms.FirstOrDefault();
            // Related reports ask (before any page is kept) what each report names: the catalogue builds that table on first use, and keeps it.
            if (top?.First is { } first)
            {
                catalog.NamedIn(first.ReportId);
                f.Add("catalog_heap_with_named_in_mb", Figures.Mb(GC.GetTotalMemory(forceFullCollection: true) - heapBefore), "MB", "after related reports' first question");
            }
            // A name's page as read from the index (a first view), then as the catalogue serves it again (kept pages).
            if (top is not null) f.Add("detail_p50_ms", Median(() => catalog.DetailUncached(top.Name)), "ms", top.Name);
            if (top is not null) f.Add("detail_again_p50_ms", Median(() => catalog.Detail(top.Name)), "ms", top.Name + ", kept");
            var rare = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, MechanismQuery.MaxSize)).Mechanisms.LastOrDefault();
            if (rare is not null) f.Add("detail_p50_ms", Median(() => catalog.DetailUncached(rare.Name)), "ms", rare.Name);
            if (rare is not null) f.Add("detail_again_p50_ms", Median(() => catalog.Detail(rare.Name)), "ms", rare.Name + ", kept");
            // The rest of the commonest name's page: its second page of regions, and the last full page of its
            // largest region's reports (the one furthest into the occurrences).
            if (top is not null && catalog.Detail(top.Name) is { RegionGroups: > 0 } page)
            {
                f.Add("regions_page_p50_ms", Median(() => catalog.RegionsPage(top.Name, 2, MechanismPaging.RegionsShown)), "ms", $"{top.Name}, page 2 of {page.RegionGroups} regions");
                var largest = Enumerable.Range(1, (page.RegionGroups + MechanismPaging.MaxSize - 1) / MechanismPaging.MaxSize)
                    .SelectMany(n => catalog.RegionsPage(top.Name, n, MechanismPaging.MaxSize)!.Regions).MaxBy(g => g.ReportCount)!;
                int lastFull = Math.Max(1, largest.ReportCount / MechanismPaging.MaxSize);
                f.Add("region_reports_p50_ms", Median(() => catalog.ReportsPage(top.Name, MechanismPaging.RegionKey(largest.RegionPath), lastFull, MechanismPaging.MaxSize)),
                    "ms", $"{top.Name}, {largest.Region ?? "地区不详"} ({largest.ReportCount} reports): page {lastFull}, {MechanismPaging.MaxSize} a page");
            }
            // The kept pages' heap: the two names' pages shown above.
            if (top is not null) f.Add("catalog_heap_with_pages_mb", Figures.Mb(GC.GetTotalMemory(forceFullCollection: true) - heapBefore), "MB", "with the pages kept");
            if (top?.Years is [.., var lastYear]) f.Add("list_year_p50_ms", Median(() => catalog.List(new MechanismQuery(null, null, lastYear.Year, MechanismSort.First, 1, 20))), "ms", lastYear.Year.ToString());
        }
    }

    private static double Median(Action act)
    {
        act();
        var times = new List<double>();
        for (int i = 0; i < 21; i++)
        {
            var t = System.Diagnostics.Stopwatch.GetTimestamp();
            act();
            times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
