using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Ingestion;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests;

/// <summary>A real archive folder and a real index folder in a temporary directory, deleted afterwards.</summary>
public sealed class TestIndex : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "reportsearch-tests", Guid.NewGuid().ToString("N"));
    public string Archive => Path.Combine(Root, "archive");
    public string IndexDir => Path.Combine(Root, "index");

    public TestIndex()
    {
        Directory.CreateDirectory(Archive);
        Directory.CreateDirectory(IndexDir);
    }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportSearch.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static string SeedsDir => Path.Combine(RepoRoot, "seeds");

    public TestIndex WithSeeds()
    {
        foreach (var f in Directory.GetFiles(SeedsDir)) File.Copy(f, Path.Combine(Archive, Path.GetFileName(f)));
        return this;
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Archive, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public IndexRunResult Build()
    {
        using var index = ReportIndexes.OpenForWriting(IndexDir);
        return new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings { BatchFiles = 7 }).Run([Archive]);
    }

    public SearchResponse Search(string query, int size = 50, IReadOnlyList<string>? districts = null, IReadOnlyList<int>? years = null)
    {
        using var index = ReportIndexes.OpenForReading(IndexDir);
        return new SearchService(index).Search(new SearchRequest { Query = query, Size = size, Districts = districts ?? [], Years = years ?? [] });
    }

    /// <summary>The paths of every report a response found: its hits and the copies of their text listed under them.</summary>
    public static List<string> Found(SearchResponse response) =>
        response.Hits.SelectMany(h => (h.SameText?.Reports ?? []).Select(r => r.Source).Prepend(h.Source)).OfType<string>().ToList();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
