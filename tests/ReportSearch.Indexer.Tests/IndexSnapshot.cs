using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportSearch.Analysis;
using ReportSearch.Index;
using ReportSearch.Indexing;
using ReportSearch.Ingestion;
using ReportSearch.Search;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// What an index holds, in a form two indexes can be compared by: per source path its content hash and
/// metadata, and the results of a set of searches. Report ids are left out on purpose: an updated report
/// keeps its old id, a fresh index derives it from the path.
/// </summary>
public static class IndexSnapshot
{
    public static readonly string[] Terms = ["发展", "经济", "社区", "街道", "晋江", "党员", "企业", "学校", "人口", "工作"];

    public static List<string> Of(string indexDir)
    {
        using var index = SqliteReportIndex.OpenForReading(indexDir);
        var lines = new List<string>();
        foreach (var (path, source) in index.LoadSources().OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var report = index.LoadReport(source.ReportId) ?? throw new InvalidOperationException($"report of {path} missing");
            lines.Add($"{path} {source.ContentHash} {source.Size} {JsonSerializer.Serialize(report.Metadata)} segments={index.LoadSegmentsOfReport(report.Key).Count}");
        }
        var search = new SearchService(index);
        foreach (var term in Terms)
        {
            var r = search.Search(new SearchRequest { Query = term, Size = SearchRequest.MaxSize });
            var sources = r.Total <= SearchRequest.MaxSize ? string.Join(",", r.Hits.Select(h => h.Source).Order(StringComparer.Ordinal)) : "";
            lines.Add($"search {term}: {r.Total} {sources}");
        }
        var skipped = index.Statistics().Skipped.Select(s => $"skipped {s.Path}: {s.Reason}");
        lines.AddRange(skipped);
        return lines;
    }

    /// <summary>A fresh full index of <paramref name="archive"/>, built in a new folder, for comparison.</summary>
    public static List<string> OfFreshIndex(string archive, string scratchDir)
    {
        using (var index = SqliteReportIndex.OpenForWriting(scratchDir, ReportAnalyzer.Version))
            new ArchiveIndexer(index, ReportParsers.Default(), new IndexerOptions()).Run([archive]);
        return Of(scratchDir);
    }

    public static int Total(string indexDir, string query)
    {
        using var index = SqliteReportIndex.OpenForReading(indexDir);
        return new SearchService(index).Search(new SearchRequest { Query = query }).Total;
    }

    public static IReadOnlyList<string?> Sources(string indexDir, string query)
    {
        using var index = SqliteReportIndex.OpenForReading(indexDir);
        return new SearchService(index).Search(new SearchRequest { Query = query, Size = SearchRequest.MaxSize }).Hits.Select(h => h.Source).ToList();
    }

    public static IndexStatus? Status(string indexDir)
    {
        if (!File.Exists(Path.Combine(indexDir, SqliteReportIndex.FileName))) return null;
        using var index = SqliteReportIndex.OpenForReading(indexDir);
        return index.ReadStatus();
    }

    /// <summary>SQLite's own check of the file and FTS5's check of its index against the stored rows.</summary>
    public static void AssertIntact(string indexDir)
    {
        using var c = new SqliteConnection($"Data Source={Path.Combine(indexDir, SqliteReportIndex.FileName)};Pooling=False");
        c.Open();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", cmd.ExecuteScalar() as string);
        }
        using (var cmd = c.CreateCommand())
        {
            // Throws SQLITE_CORRUPT_VTAB when the full-text index disagrees with itself.
            cmd.CommandText = "INSERT INTO segment_fts(segment_fts) VALUES('integrity-check')";
            cmd.ExecuteNonQuery();
        }
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "PRAGMA foreign_key_check";
            using var r = cmd.ExecuteReader();
            Assert.False(r.Read(), "foreign key violations");
        }
    }
}
