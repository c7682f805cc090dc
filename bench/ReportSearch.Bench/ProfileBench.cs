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
}
