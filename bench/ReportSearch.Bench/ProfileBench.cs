using System.Diagnostics;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Bench;

/// <summary>
/// `profile --index DIR --q "发展,的"`: where the time of a request goes (engine pass alone vs full request);
/// `profile --archive DIR`: CPU per MB of each indexing stage on one thread (read+parse, build, analyzers).
/// </summary>
public static class ProfileBench
{
    public static int Run(BenchArgs a)
    {
        if (a.Optional("--archive") is { } archive) return Analysis(archive);
        var indexDir = a.Required("--index");
        var queries = a.Required("--q").Split(',', StringSplitOptions.RemoveEmptyEntries);
        int reps = a.Int("--reps", 20);
        using var index = ReportIndexes.OpenForReading(indexDir);
        var service = new SearchService(index);
        foreach (var q in queries)
        {
            double Time(Action act)
            {
                act();
                var list = new List<double>();
                for (int i = 0; i < reps; i++) { var t = Stopwatch.GetTimestamp(); act(); list.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds); }
                list.Sort();
                return list[list.Count / 2];
            }
            var match = EngineQueries.Match(QueryParser.Parse(q));
            EngineResult? result = null;
            var countOnly = Time(() => result = index.Search(new EngineQuery(match, new EngineFilters(), ReportOrder.Relevance, 0, 0)));
            var engine = Time(() => index.Search(new EngineQuery(match, new EngineFilters(), ReportOrder.Relevance, 0, 10)));
            var search = Time(() => service.Search(new SearchRequest { Query = q }));
            Console.WriteLine($"{q}\treports={result!.Total}\tmedian ms: engine_count_facets={countOnly:F2} engine_top10_loaded={engine:F2} full_request={search:F2}");
        }
        return 0;
    }

    private const int WordSampleChars = 1000;

    // CPU time per MB of each indexing stage on one thread: read+parse, build the document, run the analyzers.
    private static int Analysis(string archive)
    {
        var files = ArchiveScanner.Scan([archive]);
        var parsers = ReportSearch.Ingestion.ReportParsers.Default();
        double parseCpu = 0, buildCpu = 0, exactCpu = 0, wordsCpu = 0;
        long bytes = 0, tokens = 0;
        // Bytes allocated by each stage (this thread): the garbage collector's share of indexing follows them.
        long parseAlloc = 0, buildAlloc = 0;
        int failed = 0;
        foreach (var file in files)
        {
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            var t0 = ThreadCpu.Milliseconds();
            var content = File.ReadAllBytes(file.FullPath);
            ReportSearch.Ingestion.ParsedReport report;
            // A file the indexer would skip (its parse fails) is skipped here too, and counted, rather than ending the profile.
            try { report = parsers.Parse(file, content); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"skipped {file.RelativePath}: {e.GetType().Name}: {e.Message}");
                failed++;
                continue;
            }
            var hash = ReportRecordBuilder.ContentHash(content);
            var t1 = ThreadCpu.Milliseconds();
            long a1 = GC.GetAllocatedBytesForCurrentThread();
            var doc = ReportRecordBuilder.Build(report, [new IndexSource(file.RelativePath, file.Size, 0)], hash);
            var t2 = ThreadCpu.Milliseconds();
            long a2 = GC.GetAllocatedBytesForCurrentThread();
            foreach (var s in doc.Segments) tokens += AnalyzedToken.Of(ExactAnalyzer.Instance, s.Text).Count;
            var t3 = ThreadCpu.Milliseconds();
            // As the index feeds the word field: the title and the opening of the text (LuceneDocuments.WordSampleChars).
            foreach (var s in doc.Segments)
                _ = AnalyzedToken.Of(IcuWordAnalyzer.Instance, s.Title ?? "").Count + AnalyzedToken.Of(IcuWordAnalyzer.Instance, s.Text.Length <= WordSampleChars ? s.Text : s.Text[..WordSampleChars]).Count;
            var t4 = ThreadCpu.Milliseconds();
            parseCpu += t1 - t0;
            buildCpu += t2 - t1;
            exactCpu += t3 - t2;
            wordsCpu += t4 - t3;
            parseAlloc += a1 - a0;
            buildAlloc += a2 - a1;
            bytes += content.Length;
        }
        double mb = bytes / 1048576.0;
        Console.WriteLine($"files={files.Count} failed={failed} mb={mb:F1} tokens={tokens} parse_cpu_s_per_mb={parseCpu / 1000 / mb:F3} build_cpu_s_per_mb={buildCpu / 1000 / mb:F3} exact_analyzer_cpu_s_per_mb={exactCpu / 1000 / mb:F3} icu_words_cpu_s_per_mb={wordsCpu / 1000 / mb:F3} parse_alloc_mb_per_mb={parseAlloc / 1048576.0 / mb:F1} build_alloc_mb_per_mb={buildAlloc / 1048576.0 / mb:F1}");
        return 0;
    }
}
