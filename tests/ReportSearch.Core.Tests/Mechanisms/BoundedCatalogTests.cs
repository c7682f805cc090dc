using System.Text.Json;
using ReportSearch.Core.Tests.Engine;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// Issue 24: the catalogue keeps nothing of a Lucene segment between snapshots, reads the stored payloads a few
/// thousand at a time, and keeps of its listed names numbers only (reports' ids and titles and the definitions are
/// read back by document for a page). Its answers (the list in every order and filter, counts, first appearances
/// with their basis, senses, timelines, definitions, spellings, what each report names) must be those of the
/// former catalogue (<see cref="FormerMechanismCatalog"/>, which held every string and each segment's mentions in
/// one table for the life of the segment). Checked on random archives split into random segments and tables, with
/// random deletions and report ids that share a hash, and on a real index across commits that add, update and
/// delete reports.
/// </summary>
public sealed class BoundedCatalogTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    /// <summary>The former aggregation: one table per Lucene segment, kept per segment, combined per snapshot.</summary>
    private sealed class WholeSegmentTables : PayloadView<MentionTable, FormerMechanismCatalog>
    {
        public override string Field => MechanismPayload.PayloadName;

        public override MentionTable ReadPart(IEnumerable<StoredPayload> payloads) =>
            MechanismPayload.Tables(payloads, int.MaxValue).SingleOrDefault() ?? new MentionTable.Builder().Build();

        public override FormerMechanismCatalog Combine(IReadOnlyList<(MentionTable Part, Func<int, bool>? IsLive)> parts) => FormerMechanismCatalog.Build(parts);
    }

    /// <summary>The ids of the reports whose segments carry mechanism payloads (deleted ones too: they name nothing).</summary>
    private sealed class ReportIdsView : PayloadView<List<string>, List<string>>
    {
        public override string Field => MechanismPayload.PayloadName;
        public override List<string> ReadPart(IEnumerable<StoredPayload> payloads) => payloads.Select(p => p.ReportId).Distinct().ToList();
        public override List<string> Combine(IReadOnlyList<(List<string> Part, Func<int, bool>? IsLive)> parts) => parts.SelectMany(p => p.Part).Distinct().ToList();
    }

    internal static readonly string[] Keys = ["六个一", "放管服", "两学一做", "一网通办", "河长制", "最多跑一次", "三治融合", "街乡吹哨", "双随机一公开", "接诉即办", "枫桥经验", "一委一办一平台"];
    internal static readonly string[][] Regions = [[], ["广东省", "广州市", "越秀区"], ["广东省", "广州市", "天河区"], ["浙江省", "杭州市"], ["浙江省", "杭州市", "西湖区", "西园街道"]];

    private sealed record Payload(string ReportId, byte[] Bytes);

    /// <summary>A random report's segment payloads: its year, date, place and a few mentions per segment.</summary>
    private static List<Payload> RandomReport(Random r, string id, string[][]? regions = null)
    {
        regions ??= Regions;
        int year = r.Next(4) == 0 ? 0 : 2012 + r.Next(10);
        string? date = year == 0 || r.Next(2) == 0 ? null : $"{year}-{1 + r.Next(12):D2}-{1 + r.Next(28):D2}";
        var origins = Enum.GetValues<MetadataOrigin>();
        MetadataOrigin? origin = r.Next(5) == 0 ? null : origins[r.Next(origins.Length)];
        var region = regions[r.Next(regions.Length)];
        return Enumerable.Range(0, 1 + r.Next(3)).Select(_ =>
        {
            var mentions = Enumerable.Range(0, r.Next(5)).Select(_ =>
            {
                var key = Keys[r.Next(Keys.Length)];
                var evidence = (MechanismEvidence)r.Next(64);
                var name = r.Next(6) == 0 ? key + "制度" : key;
                var written = r.Next(3) switch { 0 => name, 1 => $"“{name}”", _ => $"“{name}”工作机制" };
                var definition = r.Next(4) == 0 ? $"{key}即第{r.Next(3)}种做法" : null;
                return new MechanismMention(key, name, written, evidence, 1 + r.Next(3), definition, definition is null ? null : "一、总体情况");
            }).GroupBy(m => m.Key).Select(g => g.First()).ToList();
            return new Payload(id, MechanismPayload.Encode("报告" + id, year == 0 ? null : year, date, region, mentions, origin));
        }).ToList();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Tables_of_a_few_payloads_answer_as_the_former_catalogue_on_random_archives(int seed)
    {
        var r = new Random(seed);
        // Lucene segments, each holding whole reports (a report's segment documents are one block of one segment).
        // Ids of 16 hex digits hash to their value, so an id and its upper-case twin share a hash.
        var segments = Enumerable.Range(0, 1 + r.Next(4)).Select(s =>
            Enumerable.Range(0, r.Next(25)).SelectMany(i => RandomReport(r, i % 2 == 0 ? $"{0xabc000 + s * 100 + i / 2:x16}" : $"{0xabc000 + s * 100 + i / 2:X16}"))
                .Select((p, doc) => new StoredPayload(doc, p.ReportId, p.Bytes, 0, p.Bytes.Length)).ToList()).ToList();
        var live = segments.Select(payloads =>
        {
            if (r.Next(3) == 0) return null;
            var deleted = payloads.Select(p => p.ReportId).Distinct().Where(_ => r.Next(4) == 0).ToHashSet();
            var docs = payloads.Where(p => !deleted.Contains(p.ReportId)).Select(p => p.Doc).ToHashSet();
            return (Func<int, bool>)docs.Contains;
        }).ToList();
        var docBase = segments.Select((_, s) => segments.Take(s).Sum(p => p.Count)).ToList();
        var stored = new PayloadsByDoc(segments.SelectMany((payloads, s) => payloads.Select(p => p with { Doc = docBase[s] + p.Doc })).ToDictionary(p => p.Doc));

        var former = FormerMechanismCatalog.Build(segments.Select((payloads, s) => (MechanismPayload.Tables(payloads, int.MaxValue).SingleOrDefault() ?? new MentionTable.Builder().Build(), live[s])).ToList());
        var parts = segments.Select((payloads, s) => new PayloadPart<object>(new object(), live[s], () => payloads, docBase[s])).ToList();
        int perTable = 1 + r.Next(5);
        var bounded = MechanismCatalog.Build(MechanismPayload.Tables(parts, perTable), stored);

        Assert.True(former.Count > 0, "the random archive lists no mechanism: the comparison would prove nothing");
        var ids = AllReportIds(segments);
        Assert.Contains(ids, id => ids.Contains(id.ToUpperInvariant()) && id != id.ToUpperInvariant());
        Assert.Equal(Answers(former, ids), Answers(bounded, ids));
    }

    /// <summary>More regions than a page lists (and reports without a known place among them), each with more reports
    /// than a region shows, and few keys: every name is in many of them.</summary>
    private static readonly string[][] ManyRegions =
        [[], .. Enumerable.Range(0, MechanismPaging.RegionsShown + 5).Select(i => new[] { "浙江省", $"第{i}市" })];

    private static (MechanismCatalog Bounded, FormerMechanismCatalog Former, PayloadsByDoc Stored, List<StoredPayload> Payloads) ManyRegionsArchive(int seed, int reports)
    {
        var r = new Random(seed);
        var payloads = Enumerable.Range(0, reports).SelectMany(i => RandomReport(r, $"r{i:D4}", ManyRegions))
            .Select((p, doc) => new StoredPayload(doc, p.ReportId, p.Bytes, 0, p.Bytes.Length)).ToList();
        var stored = new PayloadsByDoc(payloads.ToDictionary(p => p.Doc));
        var bounded = MechanismCatalog.Build(MechanismPayload.Tables([new PayloadPart<object>(new object(), null, () => payloads)], 64), stored);
        var former = FormerMechanismCatalog.Build([(MechanismPayload.Tables(payloads, int.MaxValue).Single(), null)]);
        return (bounded, former, stored, payloads);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Pages_of_a_name_in_more_regions_than_a_page_lists_answer_as_the_former_catalogues_whole_list(int seed)
    {
        var (bounded, former, _, payloads) = ManyRegionsArchive(seed, 900);
        var ids = payloads.Select(p => p.ReportId).Distinct().ToList();
        var top = bounded.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, 1)).Mechanisms[0];
        var page = bounded.Detail(top.Name)!;
        Assert.True(page.RegionGroups > MechanismPaging.RegionsShown, "the name is in too few regions: nothing would be paged");
        Assert.Equal(MechanismPaging.RegionsShown, page.ByRegion.Count);
        Assert.Contains(page.ByRegion, g => g.ReportCount > MechanismPaging.ReportsPerRegion);
        Assert.Equal(Answers(former, ids), Answers(bounded, ids));
    }

    [Fact]
    public void A_page_reads_the_reports_it_shows_and_the_definitions_of_its_name_not_every_report_naming_it()
    {
        var (catalog, _, stored, payloads) = ManyRegionsArchive(3, 3000);
        var top = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, 1)).Mechanisms[0];
        int defining = payloads.Count(p => MechanismPayload.Tables([p], 1).Single() is var t
            && t.Definitions.Keys.Any(m => MechanismNames.Key(t.Keys[t.Key[m]]) == MechanismNames.Key(top.Name)));

        int before = stored.Read;
        var page = catalog.DetailUncached(top.Name)!;
        int read = stored.Read - before;
        var shown = page.Definitions.Select(d => d.ReportId).Concat((page.Senses ?? []).Select(s => s.First?.ReportId).OfType<string>())
            .Concat(page.ByRegion.SelectMany(g => g.Reports).Select(x => x.Id)).Distinct().Count();
        Assert.InRange(read, 1, defining + shown);
        // The former page read every report of the name besides the definitions.
        Assert.True(defining + shown < page.Reports, $"{defining} defining and {shown} shown of {page.Reports} reports: the bound would prove nothing");

        // A page of one region's reports reads those reports; a page of regions, their first reports.
        var region = page.ByRegion.First(g => g.ReportCount > 5);
        before = stored.Read;
        var reports = catalog.ReportsPage(top.Name, MechanismPaging.RegionKey(region.RegionPath), 2, 3)!;
        Assert.Equal(reports.Reports.Count, stored.Read - before);
        Assert.Equal(3, reports.Reports.Count);
        before = stored.Read;
        var regions = catalog.RegionsPage(top.Name, 2, 4)!;
        Assert.Equal(regions.Regions.Sum(g => g.Reports.Count), stored.Read - before);
        // Nothing listed there: no page, rather than an empty one.
        Assert.Null(catalog.ReportsPage(top.Name, "浙江省›没有的市", 1, 10));
        Assert.Null(catalog.ReportsPage("从未出现的机制", "", 1, 10));
        Assert.Null(catalog.RegionsPage("从未出现的机制", 1, 10));
    }

    [Fact]
    public void A_page_reads_the_documents_of_its_own_name_and_a_closed_snapshot_says_so()
    {
        var r = new Random(7);
        var payloads = Enumerable.Range(0, 200).SelectMany(i => RandomReport(r, $"r{i}"))
            .Select((p, doc) => new StoredPayload(doc, p.ReportId, p.Bytes, 0, p.Bytes.Length)).ToList();
        var stored = new PayloadsByDoc(payloads.ToDictionary(p => p.Doc));
        var catalog = MechanismCatalog.Build(MechanismPayload.Tables([new PayloadPart<object>(new object(), null, () => payloads)], 64), stored);
        var names = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, MechanismQuery.MaxSize)).Mechanisms;
        var rarest = names[^1];

        int before = stored.Read;
        var detail = catalog.Detail(rarest.Name)!;
        int read = stored.Read - before;
        int ownDocuments = payloads.Count(p => MechanismPayload.Tables([p], 1).Single() is var t
            && Enumerable.Range(0, t.MentionCount).Any(m => MechanismNames.Key(t.Keys[t.Key[m]]) == MechanismNames.Key(rarest.Name)));
        // Its own segments' documents, and one document per report of it for the report's id and title.
        Assert.InRange(read, 1, ownDocuments + detail.Reports);
        Assert.True(ownDocuments < payloads.Count / 2, "the rarest name is in most documents: reading its own would prove nothing");

        stored.Closed = true;
        Assert.Throws<SnapshotClosedException>(() => catalog.Detail(rarest.Name));
        var year = names.First(n => n.Years.Count > 0).Years[0].Year;
        Assert.Throws<SnapshotClosedException>(() => catalog.List(new MechanismQuery(null, null, year, MechanismSort.Count, 1, 10)));
        // What is kept answers without the index: the unfiltered list and the precedent card.
        Assert.Equal(names, catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, MechanismQuery.MaxSize)).Mechanisms);
        Assert.Equal(rarest, catalog.Find(rarest.Name));
        Assert.Equal(detail.Reports, rarest.Reports);
    }

    /// <summary>Snapshots served one after another: each call gives the next one's catalogue.</summary>
    private sealed class SnapshotsInTurn(params MechanismCatalog[] catalogs) : IPayloadViews
    {
        public int Asked { get; private set; }
        public TView View<TPart, TView>(PayloadView<TPart, TView> view, bool current = true) where TPart : class where TView : class =>
            (TView)(object)catalogs[Math.Min(Asked++, catalogs.Length - 1)];
    }

    [Fact]
    public void A_page_of_a_snapshot_closed_meanwhile_is_asked_of_the_next_one()
    {
        var r = new Random(11);
        var payloads = Enumerable.Range(0, 60).SelectMany(i => RandomReport(r, $"r{i}"))
            .Select((p, doc) => new StoredPayload(doc, p.ReportId, p.Bytes, 0, p.Bytes.Length)).ToList();
        MechanismCatalog Catalog(PayloadsByDoc stored) =>
            MechanismCatalog.Build(MechanismPayload.Tables([new PayloadPart<object>(new object(), null, () => payloads)], 64), stored);
        var closed = new PayloadsByDoc(payloads.ToDictionary(p => p.Doc));
        var old = Catalog(closed);
        closed.Closed = true;
        var current = Catalog(new PayloadsByDoc(payloads.ToDictionary(p => p.Doc)));
        var name = current.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, 1)).Mechanisms[0].Name;

        var index = new SnapshotsInTurn(old, current);
        var detail = index.FromMechanisms(catalog => catalog.Detail(name));
        Assert.Equal(2, index.Asked);
        Assert.Equal(JsonSerializer.Serialize(current.Detail(name), Json), JsonSerializer.Serialize(detail, Json));
        // Closed every time: the caller hears of it rather than waiting for ever.
        Assert.Throws<SnapshotClosedException>(() => new SnapshotsInTurn(old).FromMechanisms(catalog => catalog.Detail(name)));
    }

    private static List<string> AllReportIds(List<List<StoredPayload>> segments) =>
        segments.SelectMany(s => s.Select(p => p.ReportId)).Distinct().ToList();

    [Fact]
    public void The_index_catalogue_answers_as_the_former_catalogue_across_commits_that_add_update_and_delete()
    {
        var r = new Random(24);
        var bodies = new Dictionary<string, string>();
        string Body() => string.Join("", Enumerable.Range(0, 2 + r.Next(4)).Select(_ => r.Next(4) switch
        {
            0 => $"我们深化“{Keys[r.Next(Keys.Length)]}”改革，成效明显。\n",
            1 => $"推行“{Keys[r.Next(Keys.Length)]}”工作机制，即一窗受理、一网通办、一次办结。\n",
            2 => $"坚持{Keys[r.Next(Keys.Length)]}，群众满意度提升。\n",
            _ => "全年完成各项目标任务。\n",
        }));
        ReportRecord Report(string path) =>
            IndexTestSupport.Document(path, $"{Regions[1 + r.Next(Regions.Length - 1)][^1]}{2015 + r.Next(8)}年工作报告", bodies[path] = Body());

        for (int commit = 0; commit < 4; commit++)
        {
            using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
            {
                var batch = new IndexBatch();
                for (int i = 0; i < 6; i++) batch.Upserts.Add(Report($"c{commit}/new{i}.txt"));                       // added
                foreach (var path in bodies.Keys.Where(p => !p.StartsWith($"c{commit}/")).Where(_ => r.Next(4) == 0).ToList())
                    batch.Upserts.Add(Report(path));                                                                   // updated
                foreach (var path in bodies.Keys.Where(p => !p.StartsWith($"c{commit}/")).Where(_ => r.Next(6) == 0).ToList())
                {
                    if (batch.Upserts.Any(u => u.Sources.Any(s => s.Path == path))) continue;
                    batch.RemovedSources.Add(path);                                                                    // deleted
                    bodies.Remove(path);
                }
                writer.Apply(batch);
            }
            using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
            var bounded = reader.Mechanisms();
            var whole = reader.View(new WholeSegmentTables());
            var ids = reader.View(new ReportIdsView());
            Assert.True(whole.Count > 0, $"commit {commit}: nothing listed, the comparison would prove nothing");
            Assert.Equal(Answers(whole, ids), Answers(bounded, ids));
        }
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every answer the catalogue gives, as text to compare: the list in each order and filter, each listed
    /// name's summary and page (senses, timeline, definitions, spellings, its first regions and reports) with all its
    /// regions and each region's reports, and what each report names.</summary>
    private static string Answers(FormerMechanismCatalog catalog, IEnumerable<string> reportIds) =>
        Answers(catalog.Count, catalog.List, catalog.Find, name => FormerPages(catalog, name), catalog.NamedIn, reportIds);

    internal static string Answers(MechanismCatalog catalog, IEnumerable<string> reportIds) =>
        Answers(catalog.Count, catalog.List, catalog.Find, name => Pages(catalog, name), catalog.NamedIn, reportIds);

    private static string Answers(int count, Func<MechanismQuery, MechanismListPage> list, Func<string, MechanismSummary?> find,
        Func<string, string> pages, Func<string, IReadOnlyList<string>> namedIn, IEnumerable<string> reportIds)
    {
        var catalog = (Count: count, List: list, Find: find, Pages: pages, NamedIn: namedIn);
        var lines = new List<string> { $"count {catalog.Count}" };
        var all = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, MechanismQuery.MaxSize)).Mechanisms;
        var years = all.SelectMany(m => m.Years.Select(y => (int?)y.Year)).Distinct().Append(null);
        var places = Regions.SelectMany(p => p).Distinct().Append(null);
        foreach (var sort in Enum.GetValues<MechanismSort>())
            foreach (var year in years)
                foreach (var place in places)
                    foreach (var name in new string?[] { null, "一", "制" })
                    {
                        lines.Add($"list {sort} {year} {place} {name}: " + JsonSerializer.Serialize(catalog.List(new MechanismQuery(name, place, year, sort, 1, MechanismQuery.MaxSize)), Json));
                        lines.Add($"page 2 of 3, {sort} {year} {place} {name}: " + JsonSerializer.Serialize(catalog.List(new MechanismQuery(name, place, year, sort, 2, 3)), Json));
                    }
        foreach (var m in all) lines.Add($"{m.Name}: " + JsonSerializer.Serialize(catalog.Find(m.Name), Json) + catalog.Pages(m.Name));
        foreach (var id in reportIds) lines.Add($"{id} names " + string.Join("、", catalog.NamedIn(id)));
        return string.Join("\n", lines);
    }

    /// <summary>A name's page, all its regions and each region's whole list of reports, as text.</summary>
    private static string PagesText(MechanismDetail page, IEnumerable<MechanismRegionGroup> regions, IEnumerable<IReadOnlyList<MechanismReportRef>> reports) =>
        JsonSerializer.Serialize(page, Json) + "\nregions " + JsonSerializer.Serialize(regions, Json) + "\nreports " + JsonSerializer.Serialize(reports, Json);

    /// <summary>What the pages must show, from the former page that listed everything: the first regions, each with
    /// its first reports and its count; every region so; every report of each region, in the former order.</summary>
    private static string FormerPages(FormerMechanismCatalog catalog, string name)
    {
        var whole = catalog.Detail(name)!;
        var regions = whole.ByRegion.Select(g => g with { Reports = g.Reports.Take(MechanismPaging.ReportsPerRegion).ToList() }).ToList();
        var page = whole with { ByRegion = regions.Take(MechanismPaging.RegionsShown).ToList(), RegionGroups = whole.ByRegion.Count };
        return PagesText(page, regions, whole.ByRegion.Select(g => g.Reports));
    }

    /// <summary>The same gathered from the catalogue a page at a time, with pages of several sizes (the same text for
    /// each), the name's page asked twice (the second time the catalogue serves the page it kept).</summary>
    private static string Pages(MechanismCatalog catalog, string name)
    {
        var page = catalog.Detail(name)!;
        Assert.Equal(JsonSerializer.Serialize(page, Json), JsonSerializer.Serialize(catalog.Detail(name), Json));
        var texts = new[] { (1, 1), (2, 3), (MechanismPaging.MaxSize, MechanismPaging.MaxSize) }.Select(sizes =>
        {
            var (regionSize, reportSize) = sizes;
            var regions = Gathered(regionSize, n => catalog.RegionsPage(name, n, regionSize) is { } p ? (p.Total, p.Regions) : throw new InvalidOperationException("no regions"));
            var reports = regions.Select(g => Gathered(reportSize, n =>
            {
                var p = catalog.ReportsPage(name, MechanismPaging.RegionKey(g.RegionPath), n, reportSize)!;
                Assert.Equal(g.ReportCount, p.Total);
                Assert.Equal(g.RegionPath, p.RegionPath);
                return (p.Total, p.Reports);
            })).ToList();
            return PagesText(page, regions, reports);
        }).Distinct().ToList();
        return Assert.Single(texts);
    }

    /// <summary>Every item of a paged answer, page after page until a short one, which must bring the total; the page
    /// after the last is empty.</summary>
    private static IReadOnlyList<T> Gathered<T>(int size, Func<int, (int Total, IReadOnlyList<T> Items)> page)
    {
        var all = new List<T>();
        for (int n = 1; ; n++)
        {
            var (total, items) = page(n);
            Assert.InRange(items.Count, 0, size);
            all.AddRange(items);
            if (items.Count == size) continue;
            Assert.Equal(total, all.Count);
            Assert.Empty(page(n + 1).Items);
            return all;
        }
    }
}
