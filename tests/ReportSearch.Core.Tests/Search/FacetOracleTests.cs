using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Search;

/// <summary>Facet counts and filters on a synthetic archive whose districts and years are known.</summary>
public sealed class FacetOracleTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Facets_equal_a_count_by_hand_and_filters_respect_each_other()
    {
        for (int i = 0; i < 40; i++)
        {
            var (path, text) = SyntheticCorpus.Report(500 + i);
            _index.Write(path, text);
        }
        _index.Build();
        var oracle = new SearchOracle(_index.Archive);

        foreach (var term in new[] { "工作", "发展", "六个", "机制服务", "经济" })
        {
            var matching = oracle.Matching(term);
            var response = _index.Search(term);
            Assert.Equal(matching.Count, response.Total);

            var districts = matching.GroupBy(s => oracle.MetadataOf(s).District!).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(districts.OrderBy(kv => kv.Key), response.Facets.District.ToDictionary(f => f.Value, f => f.Count).OrderBy(kv => kv.Key));

            var district = SyntheticCorpus.Districts[term.Length % SyntheticCorpus.Districts.Length];
            var filtered = _index.Search(term, districts: [district]);
            var inDistrict = matching.Where(s => oracle.MetadataOf(s).District == district).ToList();
            Assert.Equal(inDistrict.Count, filtered.Total);
            // The year facet respects the district filter; the district facet ignores it (multi-select).
            var years = inDistrict.GroupBy(s => oracle.MetadataOf(s).Year!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(years.OrderBy(kv => kv.Key), filtered.Facets.Year.ToDictionary(f => f.Value, f => f.Count).OrderBy(kv => kv.Key));
            Assert.Equal(response.Facets.District, filtered.Facets.District);
        }
    }

    // Issuing bodies and kinds for sidecars: more of them than a small facet size keeps, no place names among them (so the
    // districts stay the reports' own), and one body also written in traditional script: two values as written, which a
    // filter on either selects (filters match normalized).
    private static readonly string[] Orgs =
        [.. new[] { "综合", "规划", "督查", "宣传", "信息", "后勤" }.SelectMany(a => new[] { "一科", "二科", "三科", "办公室", "工作组" }.Select(b => a + b)), "規劃一科"];
    private static readonly string[] Kinds = ["通知", "报告", "总结", "方案", "意见", "办法", "规定", "决定", "公告", "通报", "批复", "函"];

    [Fact]
    public void Capped_facets_are_the_top_of_the_whole_sorted_list_and_the_selected_values_with_their_true_counts()
    {
        var random = new Random(20261205);
        for (int i = 0; i < 120; i++)
        {
            var (path, text) = SyntheticCorpus.Report(700 + i);
            _index.Write(path, text);
            // Skewed picks, so that counts differ and some values rank far down the list.
            var org = Orgs[(int)(Math.Pow(random.NextDouble(), 2) * Orgs.Length)];
            var kind = Kinds[(int)(Math.Pow(random.NextDouble(), 2) * Kinds.Length)];
            _index.Write(path + ".meta.json", $$"""{ "org": "{{org}}", "kind": "{{kind}}" }""");
        }
        _index.Build();
        var oracle = new SearchOracle(_index.Archive);
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        var service = new SearchService(reader);
        var years = oracle.Sources.Select(s => oracle.MetadataOf(s).Year).OfType<int>().Distinct().ToList();
        int cut = 0, selectedBeyondCut = 0, otherScriptBeyondCut = 0;

        for (int round = 0; round < 120; round++)
        {
            var term = new[] { "工作", "发展", "六个", "经济", "机制" }[random.Next(5)];
            var request = new SearchRequest
            {
                Query = term,
                FacetSize = random.Next(6) == 0 ? SearchRequest.MaxFacetSize : random.Next(1, 13),
                // Each filter now and then, so that most result sets keep more values than the cut.
                Districts = OneIn(random, 4, SyntheticCorpus.Districts),
                Years = OneIn(random, 4, years),
                Kinds = OneIn(random, 3, Kinds),
                // The body written in both scripts, often: a filter in either script selects both forms.
                Orgs = [.. OneIn(random, 3, Orgs), .. OneIn(random, 2, ["规划一科", "規劃一科"])],
            };
            var response = service.Search(request);
            var context = $"round {round}: {term} facetSize={request.FacetSize} districts={string.Join(',', request.Districts)} years={string.Join(',', request.Years)} kinds={string.Join(',', request.Kinds)} orgs={string.Join(',', request.Orgs)}";

            // Multi-select: each facet counts the matching reports that pass every filter but its own.
            var filters = new Dictionary<string, (HashSet<string> Selected, Func<string, string?> Value)>
            {
                ["district"] = (Normalized(request.Districts), s => oracle.MetadataOf(s).District),
                ["year"] = (request.Years.Select(y => y.ToString()).ToHashSet(), s => oracle.MetadataOf(s).Year?.ToString()),
                ["kind"] = (Normalized(request.Kinds), s => oracle.FieldsOf(s).Kind),
                ["org"] = (Normalized(request.Orgs), s => oracle.FieldsOf(s).Org),
                ["validity"] = ([], s => oracle.FieldsOf(s).Validity),
            };
            var matching = oracle.Matching(term);
            bool Passes(string source, string except) => filters.Where(f => f.Key != except)
                .All(f => f.Value.Selected.Count == 0 || f.Value.Value(source) is { } v && f.Value.Selected.Contains(TextNormalizer.NormalizeToString(v)));
            List<FacetCount> Whole(string facet) => matching.Where(s => Passes(s, facet)).Select(filters[facet].Value).OfType<string>()
                .GroupBy(v => v).Select(g => new FacetCount(g.Key, g.Count())).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
            List<FacetCount> Capped(string facet) => Whole(facet)
                .Where((f, rank) => rank < request.FacetSize || filters[facet].Selected.Contains(TextNormalizer.NormalizeToString(f.Value))).ToList();

            Same(Capped("district"), response.Facets.District, context + ", district");
            Same(Capped("kind"), response.Facets.Kind, context + ", kind");
            Same(Capped("org"), response.Facets.Org, context + ", org");
            Same(Capped("validity"), response.Facets.Validity, context + ", validity");
            // The year facet is never cut, newest first.
            Same(Whole("year").OrderByDescending(f => f.Value, StringComparer.Ordinal).ToList(), response.Facets.Year, context + ", year");
            var distinct = new FacetDistinct(Whole("district").Count, Whole("year").Count, Whole("kind").Count, Whole("org").Count, Whole("validity").Count);
            Assert.True(distinct == response.Facets.Distinct, $"{context}: {distinct} != {response.Facets.Distinct}");

            if (Whole("org").Count > request.FacetSize || Whole("kind").Count > request.FacetSize) cut++;
            var keptBeyondCut = Whole("org").Skip(request.FacetSize).Where(f => filters["org"].Selected.Contains(TextNormalizer.NormalizeToString(f.Value))).ToList();
            if (keptBeyondCut.Count > 0) selectedBeyondCut++;
            if (keptBeyondCut.Any(f => !request.Orgs.Contains(f.Value))) otherScriptBeyondCut++;
        }
        // The rounds were not all of facets too short to cut, nor of selections that ranked high anyway.
        Assert.True(cut > 30 && selectedBeyondCut > 5 && otherScriptBeyondCut > 2,
            $"{cut} rounds cut a facet, {selectedBeyondCut} kept a selected org beyond the cut, {otherScriptBeyondCut} one selected in the other script");
    }

    private static void Same(IReadOnlyList<FacetCount> expected, IReadOnlyList<FacetCount> actual, string context) =>
        Assert.True(expected.SequenceEqual(actual), $"{context}: expected {string.Join(' ', expected)}, got {string.Join(' ', actual)}");

    // One value at random, one time in n; else none.
    private static List<T> OneIn<T>(Random random, int n, IReadOnlyList<T> values) => random.Next(n) == 0 ? [values[random.Next(values.Count)]] : [];

    private static HashSet<string> Normalized(IEnumerable<string> values) => values.Select(TextNormalizer.NormalizeToString).ToHashSet(StringComparer.Ordinal);
}
