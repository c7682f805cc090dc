using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Bench;

/// <summary>`profile --index DIR --q "发展,的"`: where the time of a request goes (engine-only vs full).</summary>
public static class ProfileBench
{
    public static int Run(BenchArgs a)
    {
        if (a.Optional("--archive") is { } archive) return Analysis(archive);
        var indexDir = a.Required("--index");
        var queries = a.Required("--q").Split(',', StringSplitOptions.RemoveEmptyEntries);
        int reps = a.Int("--reps", 20);
        using var index = SqliteReportIndex.OpenForReading(indexDir);
        var service = new SearchService(index);
        using var c = new SqliteConnection($"Data Source={Path.Combine(indexDir, SqliteReportIndex.FileName)};Mode=ReadOnly");
        c.Open();
        foreach (var q in queries)
        {
            var expr = Fts5Expression.Build(MatchQuery.From(QueryParser.Parse(q)));
            double Time(Action act)
            {
                act();
                var list = new List<double>();
                for (int i = 0; i < reps; i++) { var t = Stopwatch.GetTimestamp(); act(); list.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds); }
                list.Sort();
                return list[list.Count / 2];
            }
            long Count(string sql)
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = sql;
                cmd.Parameters.AddWithValue("$e", expr);
                long n = 0;
                using var r = cmd.ExecuteReader();
                while (r.Read()) { n++; _ = r.GetValue(0); }
                return n;
            }
            long rows = 0;
            var rowid = Time(() => rows = Count("SELECT rowid FROM segment_fts WHERE segment_fts MATCH $e"));
            var bm25 = Time(() => Count("SELECT rowid, bm25(segment_fts, 8.0, 3.0, 1.0) FROM segment_fts WHERE segment_fts MATCH $e"));
            var match = Time(() => index.Match(MatchQuery.From(QueryParser.Parse(q))));
            var search = Time(() => service.Search(new SearchRequest { Query = q }));
            var noHits = Time(() => service.Search(new SearchRequest { Query = q, Page = SearchRequest.MaxPage }));
            var segKeys = index.Match(MatchQuery.From(QueryParser.Parse(q))).OrderBy(m => m.Score).Take(10).Select(m => m.SegmentKey).ToList();
            IReadOnlyList<StoredSegment> segs = [];
            var load = Time(() => segs = index.LoadSegments(segKeys));
            var norm = Time(() => { foreach (var sg in segs) ReportSearch.Analysis.TextNormalizer.Normalize(sg.Text); });
            var terms = new List<string> { ReportSearch.Analysis.TextNormalizer.NormalizeToString(q) };
            var snip = Time(() => { foreach (var sg in segs) ReportSearch.Highlighting.SnippetBuilder.Build(sg, terms, 3); });
            Console.WriteLine($"{q}\tchars={segs.Sum(x => x.Text.Length)}\tLoadSegments={load:F2}ms\tNormalize={norm:F2}ms\tSnippets={snip:F2}ms");
            Console.WriteLine($"{q}\t{expr}\trows={rows}\tfts_rowid={rowid:F2}ms\tfts_bm25={bm25:F2}ms\tMatch={match:F2}ms\tSearch={search:F2}ms\tSearchWithoutHits={noHits:F2}ms");
        }
        return 0;
    }

    // CPU time per MB of each indexing stage on one thread: read+parse, analyze.
    private static int Analysis(string archive)
    {
        var files = ReportSearch.Indexing.ArchiveScanner.Scan([archive]);
        var parsers = ReportSearch.Ingestion.ReportParsers.Default();
        double parseCpu = 0, analyzeCpu = 0;
        long bytes = 0;
        var docs = new List<IndexDocument>();
        foreach (var file in files)
        {
            var t0 = ThreadCpu.Milliseconds();
            var content = File.ReadAllBytes(file.FullPath);
            var report = parsers.Parse(file, content);
            var hash = ReportSearch.Analysis.ReportAnalyzer.ContentHash(content);
            var t1 = ThreadCpu.Milliseconds();
            docs.Add(ReportSearch.Analysis.ReportAnalyzer.Analyze(report, [new IndexSource(file.RelativePath, file.Size, 0)], hash));
            var t2 = ThreadCpu.Milliseconds();
            parseCpu += t1 - t0;
            analyzeCpu += t2 - t1;
            bytes += content.Length;
        }
        double mb = bytes / 1048576.0;
        Console.WriteLine($"files={files.Count} mb={mb:F1} parse_cpu_s_per_mb={parseCpu / 1000 / mb:F3} analyze_cpu_s_per_mb={analyzeCpu / 1000 / mb:F3}");
        long tokenBytes = docs.Sum(d => d.Segments.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.BodyTokens)));
        Console.WriteLine($"body token text: {tokenBytes / 1048576.0:F1} MB");
        foreach (var options in new[] { "prefix='1',", "" })
        {
            var path = Path.Combine(Path.GetTempPath(), "fts-probe.db");
            File.Delete(path);
            using var c = new SqliteConnection($"Data Source={path};Pooling=False");
            c.Open();
            using (var cmd = c.CreateCommand())
            {
                cmd.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE VIRTUAL TABLE t USING fts5(title, headings, body, content='', contentless_delete=1, {options} tokenize=\"unicode61 remove_diacritics 0 categories 'L* N* M* Co'\");";
                cmd.ExecuteNonQuery();
            }
            var t0 = ThreadCpu.Milliseconds();
            var sw = Stopwatch.StartNew();
            foreach (var batch in docs.Chunk(200))
            {
                using var tx = c.BeginTransaction();
                using var cmd = c.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO t(title, headings, body) VALUES ($a, $b, $c)";
                var pa = cmd.Parameters.Add("$a", SqliteType.Text); var pb = cmd.Parameters.Add("$b", SqliteType.Text); var pc = cmd.Parameters.Add("$c", SqliteType.Text);
                foreach (var d in batch)
                    foreach (var s in d.Segments) { pa.Value = s.TitleTokens; pb.Value = s.HeadingTokens; pc.Value = s.BodyTokens; cmd.ExecuteNonQuery(); }
                tx.Commit();
            }
            Console.WriteLine($"fts insert only ({(options.Length == 0 ? "no prefix index" : options)}): cpu_s_per_mb={(ThreadCpu.Milliseconds() - t0) / 1000 / mb:F3} wall_s={sw.Elapsed.TotalSeconds:F1}");
        }
        return 0;
    }
}
