using System.Text.Json;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
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
        using var index = ReportIndexes.OpenForReading(indexDir);
        var lines = new List<string>();
        foreach (var source in index.Sources())
        {
            var report = index.LoadReport(source.ReportId) ?? throw new InvalidOperationException($"report of {source.Path} missing");
            lines.Add($"{source.Path} {source.ContentHash} {source.Size} {JsonSerializer.Serialize(report.Metadata)} segments={index.LoadSegments(report.Id).Count}");
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
        using (var index = ReportIndexes.OpenForWriting(scratchDir))
            new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings()).Run([archive]);
        return Of(scratchDir);
    }

    public static int Total(string indexDir, string query)
    {
        using var index = ReportIndexes.OpenForReading(indexDir);
        return new SearchService(index).Search(new SearchRequest { Query = query }).Total;
    }

    public static IReadOnlyList<string?> Sources(string indexDir, string query)
    {
        using var index = ReportIndexes.OpenForReading(indexDir);
        return new SearchService(index).Search(new SearchRequest { Query = query, Size = SearchRequest.MaxSize }).Hits.Select(h => h.Source).ToList();
    }

    public static IndexStatus? Status(string indexDir)
    {
        if (!ReportIndexes.Exists(indexDir)) return null;
        using var index = ReportIndexes.OpenForReading(indexDir);
        return index.Statistics().Status;
    }

    /// <summary>Lucene's CheckIndex over every segment of the index being served.</summary>
    public static void AssertIntact(string indexDir)
    {
        using var index = (LuceneIndexReader)ReportIndexes.OpenForReading(indexDir);
        index.CheckIntegrity();
    }
}
