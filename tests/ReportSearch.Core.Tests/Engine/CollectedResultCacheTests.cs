using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// A large result is kept for the snapshot it was computed on: asked again, it is the same; after a commit and a
/// refresh, the next answer is the new snapshot's, never the kept one.
/// </summary>
public sealed class CollectedResultCacheTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_kept_result_is_never_served_for_a_newer_snapshot()
    {
        int n = CollectedResultCache.MinReports; // the least that is kept
        var docs = Enumerable.Range(0, n).Select(i => IndexTestSupport.Document($"r{i}.txt", $"第{i}号", "深化改革。",
            new ReportMetadata { Year = 2020 + i % 3, Kind = "通知" })).ToArray();
        IndexTestSupport.Write(_index.IndexDir, docs);
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        var query = new EngineQuery(EngineQueries.Match(QueryParser.Parse("改革")), new EngineFilters(), ReportOrder.Newest, 0, 10);

        var first = reader.Search(query);
        var again = reader.Search(query);
        Assert.Equal(n, first.Total);
        Assert.Equal(first.Page.Select(r => r.Report.Id), again.Page.Select(r => r.Report.Id));
        Assert.Equal(first.Kinds, again.Kinds);
        // The kept result's facet values are made once and shared, not sorted again for every request.
        Assert.Same(first.Kinds, again.Kinds);
        Assert.Same(first.Years, again.Years);
        Assert.Same(first.Places, again.Places);

        IndexTestSupport.Write(_index.IndexDir, IndexTestSupport.Document("new.txt", "新", "深化改革。", new ReportMetadata { Year = 2030, Kind = "方案" }));
        reader.Refresh();
        var fresh = reader.Search(query);

        Assert.Equal(n + 1, fresh.Total);
        Assert.Equal("新", MetadataJson.Read(fresh.Page[0].Report.Metadata).Title); // 2030: the newest
        Assert.Equal([new FacetValue("通知", n), new FacetValue("方案", 1)], fresh.Kinds);
        Assert.Equal("2030", fresh.Years[0].Value);
    }
}
