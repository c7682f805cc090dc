using ReportSearch.Engine;
using ReportSearch.Search;
using static ReportSearch.Core.Tests.Engine.IndexTestSupport;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// How readers follow the index through its life: new commits, a rebuild for a new analyzer version written
/// beside the serving index, a second writer, and an index folder deleted or replaced under a running reader.
/// </summary>
public sealed class IndexLifecycleTests : IDisposable
{
    private readonly TestIndex _index = new();

    private static int Total(IReportIndexReader reader, string q) => new SearchService(reader).Search(new SearchRequest { Query = q }).Total;

    [Fact]
    public void A_rebuild_for_another_analyzer_serves_the_old_index_until_it_has_caught_up()
    {
        using (var old = ReportIndexes.OpenForWriting(_index.IndexDir, "4"))
        {
            var batch = new IndexBatch();
            batch.Upserts.Add(Document("a.txt", "旧报告", "旧的索引里有青砚山。"));
            old.Apply(batch);
        }
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        Assert.Equal(1, Total(reader, "青砚山"));

        using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
        {
            Assert.Contains("analyzer changed from v4", writer.RebuildReason);
            var batch = new IndexBatch();
            batch.Upserts.Add(Document("b.txt", "新报告", "新的索引里有雁鸣滩。"));
            writer.Apply(batch);
            reader.Refresh();
            // Half built: readers still see the old index, whole.
            Assert.Equal(1, Total(reader, "青砚山"));
            Assert.Equal(0, Total(reader, "雁鸣滩"));
            writer.MarkCaughtUp();
            reader.Refresh();
            Assert.Equal(0, Total(reader, "青砚山"));
            Assert.Equal(1, Total(reader, "雁鸣滩"));
        }
        Assert.Single(Directory.GetDirectories(_index.IndexDir));
    }

    [Fact]
    public void One_writer_at_a_time()
    {
        using var first = ReportIndexes.OpenForWriting(_index.IndexDir);
        var e = Assert.Throws<IndexLockedException>(() => ReportIndexes.OpenForWriting(_index.IndexDir));
        Assert.Contains("Another indexer is already writing the index", e.Message);
    }

    [Fact]
    public void A_deleted_index_is_not_served_and_a_rebuilt_one_is_picked_up()
    {
        Write(_index.IndexDir, Document("a.txt", "报告", "琥珀溪的萤火虫。"));
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        Assert.Equal(1, Total(reader, "琥珀溪"));
        var versionBefore = reader.Version;

        Directory.Delete(_index.IndexDir, recursive: true);
        reader.Refresh();
        Assert.Throws<IndexNotFoundException>(() => Total(reader, "琥珀溪"));

        // Built again at the same path (same generation name, new identity): served without a restart.
        Write(_index.IndexDir, Document("b.txt", "报告", "苔痕巷的工坊。"));
        reader.Refresh();
        Assert.Equal(0, Total(reader, "琥珀溪"));
        Assert.Equal(1, Total(reader, "苔痕巷"));
        Assert.NotEqual(versionBefore, reader.Version);
    }

    [Fact]
    public void Readers_see_each_commit_and_the_version_follows_it()
    {
        Write(_index.IndexDir, Document("a.txt", "报告", "霁月塘。"));
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        var v1 = reader.Version;
        Write(_index.IndexDir, Document("b.txt", "报告", "霁月塘莲藕。"));
        reader.Refresh();
        Assert.Equal(2, Total(reader, "霁月塘"));
        Assert.NotEqual(v1, reader.Version);
    }

    [Fact]
    public void Results_kept_for_a_snapshot_are_never_served_for_a_newer_one()
    {
        // Over a thousand matching reports: the collected result is kept for this snapshot of the index.
        Write(_index.IndexDir, Enumerable.Range(0, 1100).Select(i => Document($"r{i}.txt", "报告", $"第{i}号：推进营商环境。")).ToArray());
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        var service = new SearchService(reader);
        var first = service.Search(new SearchRequest { Query = "营商环境", Size = 5 });
        var again = service.Search(new SearchRequest { Query = "营商环境", Size = 5 });
        Assert.Equal(1100, first.Total);
        Assert.Equal(first.Hits.Select(h => h.Id), again.Hits.Select(h => h.Id));
        Assert.Equal(first.Facets.Year, again.Facets.Year);

        Write(_index.IndexDir, Document("late.txt", "报告", "营商环境又一篇。"));
        reader.Refresh();
        Assert.Equal(1101, service.Search(new SearchRequest { Query = "营商环境", Size = 5 }).Total);
        // Another page of the same query is collected on its own, not cut from a shorter kept list.
        Assert.Equal(5, service.Search(new SearchRequest { Query = "营商环境", Size = 5, Page = 3 }).Hits.Count);
    }

    [Fact]
    public void A_large_report_is_stored_and_found_whole()
    {
        // Varied text that deflate cannot shrink much: well over the 32 KB some doc-values formats allow.
        var random = new Random(3);
        var body = new string(Enumerable.Range(0, 600_000).Select(_ => (char)random.Next(0x4E00, 0x9FA5)).ToArray()) + "结尾的鹭影湾。";
        Write(_index.IndexDir, Document("big.txt", "大报告", body));
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        Assert.Equal(1, Total(reader, "鹭影湾"));
        var segment = Assert.Single(reader.LoadSegments(Assert.Single(new SearchService(reader).Search(new SearchRequest { Query = "鹭影湾" }).Hits).Id));
        Assert.Equal(body, segment.Text);
    }

    public void Dispose() => _index.Dispose();
}
