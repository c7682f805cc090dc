using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;
using ReportSearch.Mechanisms;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// Mechanisms planted in a generated archive, indexed through the real pipeline, checked against an oracle that
/// recomputes every figure from what was planted and from each report's place and year as the index holds them:
/// report and region counts, first appearance, reports per year, the definition of the earliest report that gives
/// one, the timeline, the region filter; distractors never listed; traditional and simplified forms one mechanism.
/// </summary>
public sealed class PlantedMechanismTests : IClassFixture<PlantedMechanismTests.Archive>
{
    public sealed class Archive : IDisposable
    {
        public const int Seed = 20261123;
        public TestIndex Index { get; } = new();
        public PlantedMechanismCorpus Corpus { get; } = PlantedMechanismCorpus.Generate(Seed);

        public Archive()
        {
            Corpus.WriteTo(Index.Write, Seed);
            var run = Index.Build();
            Assert.Empty(run.Skipped);
        }

        public void Dispose() => Index.Dispose();
    }

    private readonly Archive _archive;
    public PlantedMechanismTests(Archive archive) => _archive = archive;

    /// <summary>A planted mention with the report's place and year as indexed.</summary>
    private sealed record Expected(string ReportId, int? Year, string? Date, IReadOnlyList<string> RegionPath, string? Definition)
    {
        public string RegionKey => string.Join('›', RegionPath);
    }

    private List<Expected> MentionsOf(IReportStore store, PlantedMechanismCorpus.Planted m)
    {
        var list = new List<Expected>();
        foreach (var report in _archive.Corpus.Reports)
        {
            var mention = report.Mentions.FirstOrDefault(x => x.Mechanism == m);
            if (mention.Mechanism is null) continue;
            var id = ReportRecordBuilder.IdFor(report.File);
            var stored = store.LoadReport(id) ?? throw new InvalidOperationException($"{report.File} not indexed");
            var meta = MetadataJson.Read(stored.Metadata);
            IReadOnlyList<string> path = meta.RegionPath is { Count: > 0 } p ? p : meta.District is null ? [] : [meta.District];
            list.Add(new Expected(id, meta.Year, meta.Date, path, mention.Definition));
        }
        // The catalogue's order: year, date, region, report id.
        return list.OrderBy(e => e.Year ?? int.MaxValue).ThenBy(e => e.Date ?? "9999", StringComparer.Ordinal)
            .ThenBy(e => e.RegionKey, StringComparer.Ordinal).ThenBy(e => e.ReportId, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Every_planted_mechanism_has_the_oracles_counts_first_appearance_years_and_definition()
    {
        using var index = ReportIndexes.OpenForReading(_archive.Index.IndexDir);
        var catalog = index.Mechanisms();
        int checkedCount = 0;
        foreach (var m in _archive.Corpus.Mechanisms)
        {
            var expected = MentionsOf(index, m);
            if (expected.Count == 0) continue;
            var summary = catalog.Find(m.Name);
            Assert.True(summary is not null, $"{m.Name} is not listed ({expected.Count} reports)");
            Assert.Equal(m.Name, summary.Name);
            Assert.Equal(expected.Count, summary.Reports);
            Assert.Equal(expected.Select(e => e.RegionKey).Where(k => k.Length > 0).Distinct().Count(), summary.Regions);
            var first = expected[0];
            Assert.NotNull(summary.First);
            Assert.Equal((first.ReportId, first.Year, first.Date), (summary.First.ReportId, (int?)summary.First.Year, summary.First.Date));
            Assert.Equal(first.RegionPath, summary.First.RegionPath);
            Assert.Equal(
                expected.GroupBy(e => e.Year!.Value).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
                summary.Years.Select(y => (y.Year, y.Count)));
            Assert.Equal(expected.FirstOrDefault(e => e.Definition is not null)?.Definition, summary.Definition);
            checkedCount++;
        }
        Assert.True(checkedCount >= 6, $"only {checkedCount} planted mechanisms were named by any report");
    }

    [Fact]
    public void The_mechanism_page_has_every_definition_every_region_and_the_oracles_timeline()
    {
        using var index = ReportIndexes.OpenForReading(_archive.Index.IndexDir);
        var catalog = index.Mechanisms();
        foreach (var m in _archive.Corpus.Mechanisms)
        {
            var expected = MentionsOf(index, m);
            if (expected.Count == 0) continue;
            // Asked for in traditional script with a kind word: the same mechanism.
            var detail = catalog.Detail($"“{m.Traditional}”工作機制");
            Assert.NotNull(detail);
            Assert.Equal(m.Name, detail.Name);
            Assert.Equal(expected.Where(e => e.Definition is not null).Select(e => e.Definition).Distinct().Take(MechanismCatalog.MaxDefinitions),
                detail.Definitions.Select(d => d.Text));
            var regions = catalog.RegionsPage(m.Name, 1, MechanismPaging.MaxSize)!;
            Assert.Equal(regions.Total, detail.RegionGroups);
            Assert.Equal(expected.Select(e => e.RegionKey).Distinct().Order(StringComparer.Ordinal),
                regions.Regions.Select(g => MechanismPaging.RegionKey(g.RegionPath)).Order(StringComparer.Ordinal));
            Assert.Equal(expected.Count, regions.Regions.Sum(g => g.ReportCount));

            int firstYear = expected.Min(e => e.Year!.Value), lastYear = expected.Max(e => e.Year!.Value);
            Assert.Equal(Enumerable.Range(firstYear, lastYear - firstYear + 1), detail.Timeline.Years);
            Assert.Equal(detail.Timeline.Years.Select(y => expected.Count(e => e.Year == y)), detail.Timeline.Totals);
            foreach (var row in detail.Timeline.Regions)
                Assert.Equal(detail.Timeline.Years.Select(y => expected.Count(e => e.Year == y && e.RegionKey == string.Join('›', row.RegionPath))), row.Counts);
        }
    }

    [Fact]
    public void A_place_filter_counts_only_the_mentions_in_that_place_and_sorts_as_asked()
    {
        using var index = ReportIndexes.OpenForReading(_archive.Index.IndexDir);
        var catalog = index.Mechanisms();
        var district = _archive.Corpus.Reports[0].District;
        var page = catalog.List(new MechanismQuery(null, district, null, MechanismSort.Count, 1, MechanismQuery.MaxSize));
        var expected = _archive.Corpus.Mechanisms
            .Select(m => (m.Name, Reports: MentionsOf(index, m).Count(e => e.RegionPath.Contains(district))))
            .Where(x => x.Reports > 0).ToList();
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected.OrderBy(x => x.Name, StringComparer.Ordinal).Select(x => (x.Name, x.Reports)),
            page.Mechanisms.Select(s => (s.Name, s.Reports)).OrderBy(x => x.Name, StringComparer.Ordinal));
        Assert.Equal(page.Mechanisms.Select(s => s.Reports).OrderDescending(), page.Mechanisms.Select(s => s.Reports));

        var byFirst = catalog.List(new MechanismQuery(null, null, null, MechanismSort.First, 1, MechanismQuery.MaxSize)).Mechanisms;
        Assert.Equal(byFirst.Select(s => (s.First!.Year, s.First.Date ?? "")).Order(), byFirst.Select(s => (s.First!.Year, s.First.Date ?? "")));
        var bySpread = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Spread, 1, MechanismQuery.MaxSize)).Mechanisms;
        Assert.Equal(bySpread.Select(s => s.Regions).OrderDescending(), bySpread.Select(s => s.Regions));
    }

    [Fact]
    public void Distractors_are_never_listed_and_planted_names_are_all_there_is()
    {
        using var index = ReportIndexes.OpenForReading(_archive.Index.IndexDir);
        var catalog = index.Mechanisms();
        foreach (var word in _archive.Corpus.Distractors) Assert.Null(catalog.Find(word));
        var planted = _archive.Corpus.Mechanisms.Where(m => MentionsOf(index, m).Count > 0).Select(m => m.Name).Order(StringComparer.Ordinal);
        var listed = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, 1, MechanismQuery.MaxSize)).Mechanisms.Select(s => s.Name).Order(StringComparer.Ordinal);
        Assert.Equal(planted, listed);
    }

    [Fact]
    public void Searching_for_a_name_in_any_form_shows_its_precedent_card()
    {
        using var index = ReportIndexes.OpenForReading(_archive.Index.IndexDir);
        var service = new SearchService(index);
        var m = _archive.Corpus.Mechanisms.First(m => MentionsOf(index, m).Count > 0);
        var expected = index.Mechanisms().Find(m.Name);
        foreach (var query in new[] { m.Name, m.Traditional, $"“{m.Name}”", m.Name + "机制" })
        {
            var precedent = service.Search(new SearchRequest { Query = query }).Precedent;
            Assert.NotNull(precedent);
            Assert.Equal(expected, precedent with { Years = expected!.Years });
            Assert.Equal(expected.Years, precedent.Years);
        }
        Assert.Null(service.Search(new SearchRequest { Query = m.Name + " 街道" }).Precedent);
        Assert.Null(service.Search(new SearchRequest { Query = _archive.Corpus.Distractors[0] }).Precedent);
    }
}
