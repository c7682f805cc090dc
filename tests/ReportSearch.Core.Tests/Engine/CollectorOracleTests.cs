using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Ingestion;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// The engine's one pass (total, ordered page and the facets, 时效性 and the 文号 filter among them) against a count by hand over what was written:
/// random reports with round-up parts in other places, random filters on every facet at once. Facets follow the
/// multi-select convention: each counts the reports that pass every filter but its own.
/// </summary>
public sealed class CollectorOracleTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    private static readonly string[][] Paths =
    [
        ["福建省", "泉州市", "晋江市", "西园街道"],
        ["福建省", "泉州市", "晋江市"],
        ["福建省", "泉州市", "石狮市"],
        ["福建省", "厦门市"],
        ["浙江省", "杭州市", "西湖区"],
        ["浙江省", "宁波市"],
    ];
    internal static readonly string[] Words = ["改革", "服务", "机制", "营商", "环境", "治理"];
    private static readonly string?[] Kinds = [null, "通知", "方案", "总结"];
    private static readonly string?[] Orgs = [null, "发改委", "财政局"];
    private static readonly int?[] Years = [null, 2019, 2020, 2021, 2022];
    private static readonly string?[] Validities = [null, ValidityText.InForce, ValidityText.Repealed, ValidityText.Revised];
    // One number in two bracket forms (one key), and another.
    private static readonly string?[] DocNumbers = [null, "国发〔2017〕35号", "国发[2017]35号", "国发〔2018〕1号"];
    private static readonly List<string> DocNumberKeys = DocNumbers.OfType<string>().Select(n => TextNormalizer.NormalizeToString(DocNumberText.Key(n))).Distinct().ToList();

    private static ReportRecord RandomReport(Random random, int i) =>
        ReportRecordBuilder.Build(RandomParsedReport(random, i), [new IndexSource($"r{i}.txt", 1, 0)], $"hash{i}");

    /// <summary>A random report as parsed (also for <see cref="ReportPassTests"/>): its own place or none, round-up
    /// parts under other places' headings, and a random year, date, kind, organisation, 时效性 and 文号.</summary>
    internal static ParsedReport RandomParsedReport(Random random, int i)
    {
        string Body() => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)] + "。"));
        var own = random.Next(4) == 0 ? null : Paths[random.Next(Paths.Length)];
        var sections = new List<ReportSection> { new(null, null, Body()) };
        // A round-up: parts under headings of other units.
        for (int part = random.Next(3); part > 0; part--)
        {
            var path = Paths[random.Next(Paths.Length)];
            sections.Add(new ReportSection($"第{part}部分", path[^1], $"第{part}部分\n" + Body(), path));
        }
        int? year = Years[random.Next(Years.Length)];
        var meta = new ReportMetadata
        {
            Title = $"第{i}号",
            District = own?[^1],
            RegionPath = own,
            Year = year,
            // A date per report, so that newest-first is a total order given by the metadata alone.
            Date = year is null ? null : $"{year}-{1 + i / 28 % 12:00}-{1 + i % 28:00}",
            Kind = Kinds[random.Next(Kinds.Length)],
            Org = Orgs[random.Next(Orgs.Length)],
            Validity = Validities[random.Next(Validities.Length)],
            DocNumber = DocNumbers[random.Next(DocNumbers.Length)],
        };
        return new ParsedReport { Metadata = meta, Sections = sections };
    }

    /// <summary>Random filters on every facet at once, each often empty.</summary>
    internal static EngineFilters RandomFilters(Random random) => new()
    {
        Places = Some(random, Paths.SelectMany(p => p).Distinct().ToList(), 2),
        Years = Some(random, [2019, 2020, 2021, 2022], 2),
        FromYear = random.Next(5) == 0 ? 2020 : null,
        Kinds = Some(random, Kinds.OfType<string>().ToList(), 2),
        Orgs = Some(random, Orgs.OfType<string>().ToList(), 1),
        Validities = random.Next(3) == 0 ? Some(random, ValidityText.All, 2) : new HashSet<string>(),
        DocNumbers = random.Next(4) == 0 ? Some(random, DocNumberKeys, 1) : new HashSet<string>(),
    };

    private static HashSet<T> Some<T>(Random random, IReadOnlyList<T> values, int max) =>
        Enumerable.Range(0, random.Next(max + 1)).Select(_ => values[random.Next(values.Count)]).ToHashSet();

    [Fact]
    public void Total_page_and_facets_equal_a_count_by_hand_under_random_filters()
    {
        var random = new Random(20261203);
        var reports = Enumerable.Range(0, 120).Select(i => RandomReport(random, i)).ToList();
        IndexTestSupport.Write(_index.IndexDir, [.. reports]);
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        int withHits = 0, roundUpHits = 0, numberHits = 0, validityHits = 0;

        for (int round = 0; round < 300; round++)
        {
            var term = random.Next(8) == 0 ? null : Words[random.Next(Words.Length)];
            var filters = RandomFilters(random);
            var match = term is null ? new MatchQuery([], []) : EngineQueries.Match(QueryParser.Parse(term));
            var result = reader.Search(new EngineQuery(match, filters, ReportOrder.Newest, 0, 1000));
            var context = $"round {round}: {term} {string.Join(',', filters.Places)} {string.Join(',', filters.Years)} {filters.FromYear} {string.Join(',', filters.Kinds)} {string.Join(',', filters.Orgs)} {string.Join(',', filters.Validities)} {string.Join(',', filters.DocNumbers)}";

            bool PlaceOk(SegmentRecord s) => filters.Places.Count == 0 || s.RegionPath.Any(filters.Places.Contains);
            bool YearOk(ReportRecord d) => filters.YearMatches(d.Fields.Year ?? 0);
            bool KindOk(ReportRecord d) => filters.Kinds.Count == 0 || (d.Fields.Kind is { } k && filters.Kinds.Contains(k));
            bool OrgOk(ReportRecord d) => filters.Orgs.Count == 0 || (d.Fields.Org is { } o && filters.Orgs.Contains(o));
            bool ValidityOk(ReportRecord d) => filters.Validities.Count == 0 || filters.Validities.Contains(d.Fields.Validity!);
            bool NumberOk(ReportRecord d) => filters.DocNumbers.Count == 0 || (d.Fields.DocNumber is { } n && filters.DocNumbers.Contains(TextNormalizer.NormalizeToString(n)));
            bool Matches(SegmentRecord s) => term is null || s.Text.Contains(term);

            var passing = reports.Where(d => YearOk(d) && KindOk(d) && OrgOk(d) && ValidityOk(d) && NumberOk(d) && d.Segments.Any(s => Matches(s) && PlaceOk(s))).ToList();
            Assert.True(passing.Count == result.Total, context);
            if (result.Total > 0 && result.Kinds.Count > 0 && result.Places.Count > 0) withHits++;
            if (result.Page.Any(r => r.SegmentCount > 1)) roundUpHits++;
            if (filters.DocNumbers.Count > 0 && result.Total > 0) numberHits++;
            if (filters.Validities.Count > 0 && result.Total > 0) validityHits++;
            // Every passing report, newest first (year, then date; reports without a year last).
            Assert.Equal(passing.Select(d => d.Id).Order(), result.Page.Select(r => r.Report.Id).Order());
            var pageMetadata = result.Page.Select(r => MetadataJson.Read(r.Report.Metadata)).ToList();
            var dated = pageMetadata.Where(m => m.Year is not null).Select(m => (m.Year, m.Date)).ToList();
            Assert.Equal(dated.OrderByDescending(x => x.Year).ThenByDescending(x => x.Date, StringComparer.Ordinal), dated);
            Assert.True(pageMetadata.SkipWhile(m => m.Year is not null).All(m => m.Year is null), context);

            // Each list facet marks the values its own filter selects (a response keeps them however they rank).
            // Place facet: every prefix of the place of a matching segment that passes the other filters, once per report.
            var placeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var d in reports.Where(d => YearOk(d) && KindOk(d) && OrgOk(d) && ValidityOk(d) && NumberOk(d)))
                foreach (var prefix in d.Segments.Where(Matches).SelectMany(s => Enumerable.Range(1, s.RegionPath.Count).Select(n => string.Join('›', s.RegionPath.Take(n)))).Distinct())
                    placeCounts[prefix] = placeCounts.GetValueOrDefault(prefix) + 1;
            var (expectedPlaces, level) = PlaceFacet.Choose(placeCounts, filters.Places);
            Assert.Equal(expectedPlaces, result.Places);
            Assert.True(level == result.PlaceLevel, context);

            var years = reports.Where(d => d.Fields.Year is not null && KindOk(d) && OrgOk(d) && ValidityOk(d) && NumberOk(d) && d.Segments.Any(s => Matches(s) && PlaceOk(s)))
                .GroupBy(d => d.Fields.Year!.Value).OrderByDescending(g => g.Key).Select(g => new FacetValue(g.Key.ToString(), g.Count()));
            Assert.Equal(years, result.Years);
            var kinds = reports.Where(d => d.Fields.Kind is not null && YearOk(d) && OrgOk(d) && ValidityOk(d) && NumberOk(d) && d.Segments.Any(s => Matches(s) && PlaceOk(s)))
                .GroupBy(d => d.Fields.Kind!).Select(g => new FacetValue(g.Key, g.Count()) { Selected = filters.Kinds.Contains(g.Key) }).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
            Assert.Equal(kinds, result.Kinds);
            var orgs = reports.Where(d => d.Fields.Org is not null && YearOk(d) && KindOk(d) && ValidityOk(d) && NumberOk(d) && d.Segments.Any(s => Matches(s) && PlaceOk(s)))
                .GroupBy(d => d.Fields.Org!).Select(g => new FacetValue(g.Key, g.Count()) { Selected = filters.Orgs.Contains(g.Key) }).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
            Assert.Equal(orgs, result.Orgs);
            // 时效性: every report has one (未知 when its metadata says nothing).
            var validities = reports.Where(d => YearOk(d) && KindOk(d) && OrgOk(d) && NumberOk(d) && d.Segments.Any(s => Matches(s) && PlaceOk(s)))
                .GroupBy(d => ValidityText.Of(MetadataJson.Read(d.Metadata).Validity)).Select(g => new FacetValue(g.Key, g.Count()) { Selected = filters.Validities.Contains(g.Key) })
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
            Assert.Equal(validities, result.Validities);
        }
        // The filters were not so narrow that the comparisons were mostly of empty results.
        Assert.True(withHits > 100, $"{withHits} rounds with hits and facets");
        Assert.True(roundUpHits > 50, $"{roundUpHits} rounds with round-ups");
        Assert.True(numberHits > 20 && validityHits > 30, $"{numberHits} rounds found reports by 文号, {validityHits} by 时效性");
    }
}
