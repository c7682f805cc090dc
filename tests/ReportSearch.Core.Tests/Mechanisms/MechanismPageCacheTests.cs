using System.Text.Json;
using ReportSearch.Core.Tests.Engine;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// A catalogue keeps the pages of the names shown last (<see cref="MechanismPageCache"/>): shown again, a page reads
/// nothing; it is never served once its snapshot was closed, a newer snapshot answers with its own reports, and the
/// kept pages stay within their bounds. That a kept page equals a page read anew is checked against the former
/// catalogue by <see cref="BoundedCatalogTests"/>, which asks for every page twice.
/// </summary>
public sealed class MechanismPageCacheTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void A_page_shown_again_reads_nothing_and_is_not_served_once_its_snapshot_was_closed()
    {
        // Thirty reports naming 六个一 in two places over five years, a few of them defining it.
        var payloads = Enumerable.Range(0, 30).Select((i, doc) =>
        {
            var bytes = MechanismPayload.Encode($"报告{i}", 2015 + i % 5, null, [i % 2 == 0 ? "西园街道" : "越秀区"],
                [new MechanismMention("六个一", "六个一", "“六个一”", MechanismEvidence.Structured, 1, i % 7 == 0 ? "六个一即一窗受理、一网通办" : null, null)],
                MetadataOrigin.Header);
            return new StoredPayload(doc, $"r{i}", bytes, 0, bytes.Length);
        }).ToList();
        var stored = new PayloadsByDoc(payloads.ToDictionary(p => p.Doc));
        var catalog = MechanismCatalog.Build(MechanismPayload.Tables([new PayloadPart<object>(new object(), null, () => payloads)], 8), stored);

        var first = catalog.Detail("六个一")!;
        int read = stored.Read;
        Assert.True(read > 0);
        var again = catalog.Detail("“六个一”")!;
        Assert.Equal(read, stored.Read);
        Assert.Equal(JsonSerializer.Serialize(first, Json), JsonSerializer.Serialize(again, Json));
        Assert.Equal(JsonSerializer.Serialize(first, Json), JsonSerializer.Serialize(catalog.DetailUncached("六个一"), Json));

        stored.Closed = true;
        Assert.Throws<SnapshotClosedException>(() => catalog.Detail("六个一"));
    }

    [Fact]
    public void A_newer_snapshot_answers_with_its_own_reports_and_a_closed_one_serves_no_kept_page()
    {
        Commit(("a.txt", "西园街道2019年工作报告"), ("b.txt", "西园街道2020年工作报告"));
        var before = ReportSearch.Engine.ReportIndexes.OpenForReading(_index.IndexDir);
        var older = before.Mechanisms();
        var shown = older.Detail("六个一")!;
        Assert.Equal(2, shown.Reports);

        Commit(("c.txt", "越秀区2021年工作报告"));
        using (var after = ReportSearch.Engine.ReportIndexes.OpenForReading(_index.IndexDir))
        {
            var newer = after.Mechanisms();
            Assert.NotSame(older, newer);
            var page = newer.Detail("六个一")!;
            Assert.Equal(3, page.Reports);
            Assert.Equal(3, page.ByRegion.Sum(g => g.ReportCount));
            var shownIds = shown.ByRegion.SelectMany(g => g.Reports).Select(r => r.Id).ToHashSet();
            Assert.Single(page.ByRegion.SelectMany(g => g.Reports), r => !shownIds.Contains(r.Id));
        }

        Assert.Same(shown, older.Detail("六个一"));
        before.Dispose();
        Assert.Throws<SnapshotClosedException>(() => older.Detail("六个一"));
    }

    private void Commit(params (string Path, string Title)[] reports)
    {
        using var writer = ReportSearch.Engine.ReportIndexes.OpenForWriting(_index.IndexDir);
        var batch = new IndexBatch();
        foreach (var (path, title) in reports)
            batch.Upserts.Add(IndexTestSupport.Document(path, title, "推行“六个一”工作机制，即一窗受理、一网通办、一次办结。\n全年完成各项目标任务。\n"));
        writer.Apply(batch);
    }

    private static MechanismDetail PageListing(string name, int reports) =>
        new(name, [], reports, 1, null, [],
            [new MechanismRegionGroup("西园街道", ["西园街道"], Enumerable.Range(0, reports).Select(i => new MechanismReportRef($"r{i}", null, null, null)).ToList(), reports)],
            new MechanismTimeline([], [], []));

    [Fact]
    public void The_kept_pages_stay_within_their_count_and_their_reports_the_least_recently_shown_going_first()
    {
        var cache = new MechanismPageCache(maxPages: 3, maxReports: 10);
        foreach (var name in new[] { "a", "b", "c" }) cache.Add(name, PageListing(name, 2));
        Assert.True(cache.TryGet("a", out _)); // shown again: b is now the least recently shown
        cache.Add("d", PageListing("d", 2));
        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out _));

        // Reports: 6 kept, a page of 5 makes room by dropping the least recently shown pages.
        cache.Add("e", PageListing("e", 5));
        Assert.InRange(cache.Reports, 0, 10);
        Assert.True(cache.TryGet("e", out var e));
        Assert.Equal("e", e.Name);

        // A page larger than the whole budget is not kept, and drops nothing.
        int kept = cache.Count;
        cache.Add("f", PageListing("f", 11));
        Assert.False(cache.TryGet("f", out _));
        Assert.Equal(kept, cache.Count);

        // Kept again under the same name: counted once.
        cache.Add("e", PageListing("e", 5));
        Assert.InRange(cache.Reports, 5, 10);
        Assert.True(cache.Count <= 3);
    }
}
