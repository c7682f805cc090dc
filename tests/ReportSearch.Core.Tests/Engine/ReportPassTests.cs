using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// A pass split into parts (<see cref="ReportPass"/>) against the same pass whole, Lucene's own loop over the segments:
/// random reports over several Lucene segments with deletions and copies of one text in different segments, random
/// queries, filters, orders and pages; the totals, the kept reports with their segments and same-text copies, and every
/// facet's values must be the same, for any number of parts.
/// </summary>
public sealed class ReportPassTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_pass_in_parts_finds_what_the_whole_pass_finds()
    {
        var random = new Random(20261205);
        var words = CollectorOracleTests.Words;
        var parsed = Enumerable.Range(0, 150).Select(i => CollectorOracleTests.RandomParsedReport(random, i)).ToList();
        // Every fifth report gets a text long enough for a fingerprint (TextFingerprint.MinChars), to be copied below.
        var long_ = Enumerable.Range(0, 150).Where(i => i % 5 == 0).ToList();
        foreach (int i in long_)
            parsed[i] = new ParsedReport
            {
                Metadata = parsed[i].Metadata,
                Sections = [.. parsed[i].Sections, new ReportSection(null, null, string.Concat(Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)] + "。")))],
            };
        // Three deliveries, so three Lucene segments; each also holds copies of texts written in another one.
        for (int batch = 0; batch < 3; batch++)
        {
            var records = new List<ReportRecord>();
            for (int i = batch * 50; i < batch * 50 + 50; i++)
            {
                records.Add(ReportRecordBuilder.Build(parsed[i], [new IndexSource($"r{i}.txt", 1, 0)], $"hash{i}"));
                if (i % 7 == 0)
                {
                    int original = long_[random.Next(long_.Count)];
                    records.Add(ReportRecordBuilder.Build(new ParsedReport { Metadata = parsed[i].Metadata, Sections = parsed[original].Sections }, [new IndexSource($"copy{i}.txt", 1, 0)], $"copy{i}"));
                }
            }
            IndexTestSupport.Write(_index.IndexDir, [.. records]);
        }
        using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
        {
            var removals = new IndexBatch();
            removals.RemovedSources.AddRange(Enumerable.Range(0, 150).Where(i => i % 11 == 3).Select(i => $"r{i}.txt"));
            writer.Apply(removals);
        }

        using var directory = IndexDirectories.Open(IndexFolder.Current(_index.IndexDir)!);
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 3, $"{reader.Leaves.Count} segments");
        Assert.True(reader.HasDeletions, "no deleted documents");
        var searcher = new IndexSearcher(reader);
        var sharedTexts = SharedTexts.Of(reader);
        Assert.NotEmpty(sharedTexts.Fingerprints);

        int withHits = 0, withCopies = 0;
        for (int round = 0; round < 200; round++)
        {
            string? text = random.Next(6) switch
            {
                0 => null, // every report (a browse by filters)
                1 => $"{words[random.Next(words.Length)]} OR {words[random.Next(words.Length)]}",
                2 => $"{words[random.Next(words.Length)]} -{words[random.Next(words.Length)]}",
                3 => words[random.Next(words.Length)][..1], // one character: a prefix over bigrams
                _ => words[random.Next(words.Length)],
            };
            var match = text is null ? new MatchQuery([], []) : EngineQueries.Match(QueryParser.Parse(text));
            var filters = CollectorOracleTests.RandomFilters(random);
            var order = (ReportOrder)random.Next(3);
            int keep = random.Next(1, 40), segmentsPerHit = random.Next(1, 4);
            var query = LuceneQueryBuilder.Build(match, reader);
            ReportCollector NewCollector() => new(new ReportFacets(filters), new TopReports(order, keep), segmentsPerHit, sharedTexts);

            var whole = Describe(ReportPass.Run(searcher, query, NewCollector, parts: 1));
            if (whole.Total > 0) withHits++;
            if (whole.Copies > 0) withCopies++;
            foreach (int parts in new[] { 2, 3, 4, 7 })
                Assert.True(whole == Describe(ReportPass.Run(searcher, query, NewCollector, parts)),
                    $"round {round}, {parts} parts: {text} {order} keep {keep}\nwhole: {whole}\nparts: {Describe(ReportPass.Run(searcher, query, NewCollector, parts))}");
        }
        Assert.True(withHits > 100 && withCopies > 10, $"{withHits} rounds with hits, {withCopies} with copies of one text");
    }

    [Fact]
    public void Parts_cover_every_document_once_and_are_cut_between_reports()
    {
        var random = new Random(5);
        for (int batch = 0; batch < 4; batch++)
            IndexTestSupport.Write(_index.IndexDir, [.. Enumerable.Range(batch * 30, 30).Select(i =>
                ReportRecordBuilder.Build(CollectorOracleTests.RandomParsedReport(random, i), [new IndexSource($"r{i}.txt", 1, 0)], $"hash{i}"))]);
        using var directory = IndexDirectories.Open(IndexFolder.Current(_index.IndexDir)!);
        using var reader = DirectoryReader.Open(directory);
        for (int parts = 1; parts <= 9; parts++)
        {
            var split = ReportPass.Split(reader.Leaves, parts);
            Assert.InRange(split.Count, 1, parts);
            var covered = split.SelectMany(p => p).SelectMany(r => Enumerable.Range(r.Leaf.DocBase + r.Start, r.End - r.Start)).ToList();
            Assert.Equal(Enumerable.Range(0, reader.MaxDoc), covered);
            foreach (var range in split.Skip(1).Select(p => p[0]))
            {
                var group = LeafValues.For(range.Leaf.AtomicReader).Group;
                Assert.True(range.Start == 0 || group[range.Start] < 0 || group[range.Start] != group[range.Start - 1],
                    $"{parts} parts: a part starts inside a report at document {range.Start} of a segment");
            }
        }
    }

    [Fact]
    public void A_pass_is_sized_by_lucene_cost_estimate_which_is_never_below_the_documents_it_matches()
    {
        var random = new Random(7);
        IndexTestSupport.Write(_index.IndexDir, [.. Enumerable.Range(0, 60).Select(i =>
            ReportRecordBuilder.Build(CollectorOracleTests.RandomParsedReport(random, i), [new IndexSource($"r{i}.txt", 1, 0)], $"hash{i}"))]);
        using var directory = IndexDirectories.Open(IndexFolder.Current(_index.IndexDir)!);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var words = CollectorOracleTests.Words;
        foreach (var text in words.Concat(words.Select(w => w[..1])).Concat(["第1部分", "改革 OR 治理", "服务 -机制", "改革 服务"]))
        {
            var query = LuceneQueryBuilder.Build(EngineQueries.Match(QueryParser.Parse(text)), reader);
            var weight = searcher.CreateNormalizedWeight(query);
            long cost = ReportPass.Cost(reader.Leaves.Select(l => weight.GetScorer(l, l.AtomicReader.LiveDocs)));
            var matched = new List<int>();
            searcher.Search(query, new DocCollector(matched));
            Assert.True(matched.Count > 0, text);
            Assert.True(cost >= matched.Count, $"{text}: cost {cost} below the {matched.Count} documents matched");
        }
        // A single term's cost is its document count.
        Assert.Equal(reader.DocFreq(new Term(IndexFields.Text, "改革")),
            ReportPass.Cost(reader.Leaves.Select(l => searcher.CreateNormalizedWeight(LuceneQueryBuilder.Build(EngineQueries.Match(QueryParser.Parse("改革")), reader)).GetScorer(l, l.AtomicReader.LiveDocs))));
    }

    // Everything a response takes from a pass, as one comparable value.
    private sealed record Outcome(int Total, int Copies, string Kept, string Facets);

    private static Outcome Describe(ReportCollector collector)
    {
        var kept = collector.Finish();
        var f = collector.Facets;
        var (places, level) = f.Places.Values();
        string Values(IEnumerable<FacetValue> values) => string.Join(",", values.Select(v => $"{v.Value}:{v.Count}{(v.Selected ? "*" : "")}"));
        return new Outcome(collector.Total, collector.SameTextCopies,
            string.Join(" ", kept.Select(e => $"{e.FirstDoc}/{e.Key}/[{string.Join(",", e.Segments)}]/[{string.Join(",", e.SameText)}]")),
            $"L{level} {Values(places)} | {Values(f.Years.Values())} | {Values(f.Kinds.Values())} | {Values(f.Orgs.Values())} | {Values(f.Validities.Values())} | {Values(f.DocNumbers?.Values() ?? [])}");
    }
}
