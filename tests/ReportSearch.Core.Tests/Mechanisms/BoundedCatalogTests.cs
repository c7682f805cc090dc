using System.Text.Json;
using ReportSearch.Core.Tests.Engine;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// Issue 24: the catalogue keeps nothing of a Lucene segment between snapshots and reads the stored payloads a few
/// thousand at a time. Its answers (the list in every order and filter, counts, first appearances with their
/// basis, senses, timelines, definitions, spellings, what each report names) must be those of the former
/// aggregation, which held each segment's mentions in one table for the life of the segment. Checked on random
/// archives split into random segments and tables, with random deletions, and on a real index across commits
/// that add, update and delete reports.
/// </summary>
public sealed class BoundedCatalogTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    /// <summary>The former aggregation: one table per Lucene segment, kept per segment, combined per snapshot.</summary>
    private sealed class WholeSegmentTables : PayloadView<MentionTable, MechanismCatalog>
    {
        public override string Field => MechanismPayload.PayloadName;

        public override MentionTable ReadPart(IEnumerable<StoredPayload> payloads) =>
            MechanismPayload.Tables(payloads, int.MaxValue).SingleOrDefault() ?? new MentionTable.Builder().Build();

        public override MechanismCatalog Combine(IReadOnlyList<(MentionTable Part, Func<int, bool>? IsLive)> parts) => MechanismCatalog.Build(parts);
    }

    /// <summary>The ids of the reports whose segments carry mechanism payloads (deleted ones too: they name nothing).</summary>
    private sealed class ReportIdsView : PayloadView<List<string>, List<string>>
    {
        public override string Field => MechanismPayload.PayloadName;
        public override List<string> ReadPart(IEnumerable<StoredPayload> payloads) => payloads.Select(p => p.ReportId).Distinct().ToList();
        public override List<string> Combine(IReadOnlyList<(List<string> Part, Func<int, bool>? IsLive)> parts) => parts.SelectMany(p => p.Part).Distinct().ToList();
    }

    private static readonly string[] Keys = ["六个一", "放管服", "两学一做", "一网通办", "河长制", "最多跑一次", "三治融合", "街乡吹哨", "双随机一公开", "接诉即办", "枫桥经验", "一委一办一平台"];
    private static readonly string[][] Regions = [[], ["广东省", "广州市", "越秀区"], ["广东省", "广州市", "天河区"], ["浙江省", "杭州市"], ["浙江省", "杭州市", "西湖区", "西园街道"]];

    private sealed record Payload(string ReportId, byte[] Bytes);

    /// <summary>A random report's segment payloads: its year, date, place and a few mentions per segment.</summary>
    private static List<Payload> RandomReport(Random r, string id)
    {
        int year = r.Next(4) == 0 ? 0 : 2012 + r.Next(10);
        string? date = year == 0 || r.Next(2) == 0 ? null : $"{year}-{1 + r.Next(12):D2}-{1 + r.Next(28):D2}";
        var origins = Enum.GetValues<MetadataOrigin>();
        MetadataOrigin? origin = r.Next(5) == 0 ? null : origins[r.Next(origins.Length)];
        var region = Regions[r.Next(Regions.Length)];
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
    public void Tables_of_a_few_payloads_answer_as_whole_segment_tables_on_random_archives(int seed)
    {
        var r = new Random(seed);
        // Lucene segments, each holding whole reports (a report's segment documents are one block of one segment).
        var segments = Enumerable.Range(0, 1 + r.Next(4)).Select(s =>
            Enumerable.Range(0, r.Next(25)).SelectMany(i => RandomReport(r, $"s{s}r{i}"))
                .Select((p, doc) => new StoredPayload(doc, p.ReportId, p.Bytes, 0, p.Bytes.Length)).ToList()).ToList();
        var live = segments.Select(payloads =>
        {
            if (r.Next(3) == 0) return null;
            var deleted = payloads.Select(p => p.ReportId).Distinct().Where(_ => r.Next(4) == 0).ToHashSet();
            var docs = payloads.Where(p => !deleted.Contains(p.ReportId)).Select(p => p.Doc).ToHashSet();
            return (Func<int, bool>)docs.Contains;
        }).ToList();

        var whole = MechanismCatalog.Build(segments.Select((payloads, s) => (MechanismPayload.Tables(payloads, int.MaxValue).SingleOrDefault() ?? new MentionTable.Builder().Build(), live[s])).ToList());
        var parts = segments.Select((payloads, s) => new PayloadPart<object>(new object(), live[s], () => payloads)).ToList();
        int perTable = 1 + r.Next(5);
        var bounded = MechanismCatalog.Build(MechanismPayload.Tables(parts, perTable));

        Assert.True(whole.Count > 0, "the random archive lists no mechanism: the comparison would prove nothing");
        Assert.Equal(Answers(whole, AllReportIds(segments)), Answers(bounded, AllReportIds(segments)));
    }

    private static List<string> AllReportIds(List<List<StoredPayload>> segments) =>
        segments.SelectMany(s => s.Select(p => p.ReportId)).Distinct().ToList();

    [Fact]
    public void The_index_catalogue_answers_as_whole_segment_tables_across_commits_that_add_update_and_delete()
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
    /// name's summary and detail (senses, timeline, definitions, spellings), and what each report names.</summary>
    private static string Answers(MechanismCatalog catalog, IEnumerable<string> reportIds)
    {
        var lines = new List<string> { $"count {catalog.Count}" };
        var all = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, MechanismQuery.MaxSize)).Mechanisms;
        var years = all.SelectMany(m => m.Years.Select(y => (int?)y.Year)).Distinct().Append(null);
        var places = Regions.SelectMany(p => p).Distinct().Append(null);
        foreach (var sort in Enum.GetValues<MechanismSort>())
            foreach (var year in years)
                foreach (var place in places)
                    foreach (var name in new string?[] { null, "一", "制" })
                        lines.Add($"list {sort} {year} {place} {name}: " + JsonSerializer.Serialize(catalog.List(new MechanismQuery(name, place, year, sort, 1, MechanismQuery.MaxSize)), Json));
        foreach (var m in all)
            lines.Add($"{m.Name}: " + JsonSerializer.Serialize(catalog.Find(m.Name), Json) + JsonSerializer.Serialize(catalog.Detail(m.Name), Json));
        foreach (var id in reportIds) lines.Add($"{id} names " + string.Join("、", catalog.NamedIn(id)));
        return string.Join("\n", lines);
    }
}
