using Icu;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// The central property: for any term, the reports found are exactly those whose normalized text contains it.
/// Checked on the seeds and on a synthetic corpus with hundreds of random substrings, in both scripts.
/// </summary>
public sealed class PhraseSearchOracleTests : IClassFixture<PhraseSearchOracleTests.Corpus>
{
    public sealed class Corpus : IDisposable
    {
        public TestIndex Index { get; } = new TestIndex().WithSeeds();
        public SearchOracle Oracle { get; }
        public List<string> Texts { get; } = [];

        public Corpus()
        {
            for (int i = 0; i < 60; i++)
            {
                var (path, text) = SyntheticCorpus.Report(i);
                Index.Write(path, text);
            }
            Index.Build();
            Oracle = new SearchOracle(Index.Archive);
            foreach (var f in Directory.GetFiles(Index.Archive, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                Texts.Add(File.ReadAllText(f));
        }

        public void Dispose() => Index.Dispose();
    }

    private readonly Corpus _corpus;

    public PhraseSearchOracleTests(Corpus corpus) => _corpus = corpus;

    private HashSet<string> Found(string query)
    {
        var found = new HashSet<string>();
        var first = _corpus.Index.Search(query, size: 50);
        int pages = (first.Total + 49) / 50;
        foreach (var hit in first.Hits) found.Add(hit.Source!);
        using var index = ReportSearch.Engine.ReportIndexes.OpenForReading(_corpus.Index.IndexDir);
        var service = new SearchService(index);
        for (int page = 2; page <= pages; page++)
            foreach (var hit in service.Search(new SearchRequest { Query = query, Size = 50, Page = page }).Hits) found.Add(hit.Source!);
        Assert.Equal(first.Total, found.Count);
        return found;
    }

    private static bool Quotable(string s) => !s.Contains('"') && !s.Contains('“') && !s.Contains('”')
        && ReportSearch.Analysis.TextNormalizer.NormalizeToString(s).Length > 0;

    [Fact]
    public void Random_substrings_find_exactly_the_reports_that_contain_them()
    {
        var random = new Random(20261122);
        int checkedCount = 0, nonEmpty = 0;
        while (checkedCount < 400)
        {
            var text = _corpus.Texts[random.Next(_corpus.Texts.Count)];
            var term = SyntheticCorpus.Substring(random, text);
            if (!Quotable(term)) continue;
            var expected = _corpus.Oracle.Matching(term);
            var actual = Found($"\"{term}\"");
            Assert.True(expected.SetEquals(actual),
                $"term «{term}» expected [{string.Join(", ", expected.Order())}] but found [{string.Join(", ", actual.Order())}]");
            if (actual.Count > 0) nonEmpty++;
            checkedCount++;
        }
        // Most substrings are found in their own report; the rest cut a word or a pinyin annotation in half.
        Assert.InRange(nonEmpty, checkedCount * 7 / 10, checkedCount);
    }

    [Fact]
    public void Queries_in_the_other_script_find_the_same_reports()
    {
        Wrapper.Init();
        using var toTraditional = Transliterator.CreateInstance("Simplified-Traditional");
        using var toSimplified = Transliterator.CreateInstance("Traditional-Simplified");
        var random = new Random(99);
        int checkedCount = 0;
        while (checkedCount < 150)
        {
            var text = _corpus.Texts[random.Next(_corpus.Texts.Count)];
            var term = SyntheticCorpus.Substring(random, text);
            if (!Quotable(term)) continue;
            var other = checkedCount % 2 == 0 ? toTraditional.Transliterate(term) : toSimplified.Transliterate(term);
            if (!Quotable(other)) continue;
            var expected = _corpus.Oracle.Matching(other);
            var actual = Found($"\"{other}\"");
            Assert.True(expected.SetEquals(actual), $"term «{other}» (from «{term}»): expected {expected.Count}, found {actual.Count}");
            checkedCount++;
        }
    }

    [Fact]
    public void And_or_and_not_combine_report_sets_as_written()
    {
        var random = new Random(5);
        int checkedCount = 0;
        while (checkedCount < 60)
        {
            var a = SyntheticCorpus.Substring(random, _corpus.Texts[random.Next(_corpus.Texts.Count)]);
            var b = SyntheticCorpus.Substring(random, _corpus.Texts[random.Next(_corpus.Texts.Count)]);
            if (!Quotable(a) || !Quotable(b)) continue;
            var setA = _corpus.Oracle.Matching(a);
            var setB = _corpus.Oracle.Matching(b);
            Assert.True(setA.Union(setB).ToHashSet().SetEquals(Found($"\"{a}\" OR \"{b}\"")), $"«{a}» OR «{b}»");
            Assert.True(setA.Intersect(setB).ToHashSet().SetEquals(Found($"\"{a}\" \"{b}\"")), $"«{a}» AND «{b}»");
            Assert.True(setA.Except(setB).ToHashSet().SetEquals(Found($"\"{a}\" -\"{b}\"")), $"«{a}» NOT «{b}»");
            checkedCount++;
        }
    }

    [Theory]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("^")]
    [InlineData(":")]
    [InlineData("and")]
    [InlineData("'; DROP TABLE reports; --")]
    [InlineData("abc NOT")]
    [InlineData("x1 + cad")]
    public void Fts5_syntax_in_queries_is_plain_text(string query)
    {
        foreach (var term in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            _ = _corpus.Oracle.Matching(term);
        var expected = query.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => _corpus.Oracle.Matching(t)).Aggregate((x, y) => x.Intersect(y).ToHashSet());
        Assert.True(expected.SetEquals(Found(query)), query);
        Assert.True(_corpus.Oracle.Matching(query).SetEquals(Found("\"" + query + "\"")), "quoted " + query);
    }
}
