using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// A question that finds nothing exactly is answered by the reports holding all its words: checked against the
/// brute-force oracle (every kept word in one segment's normalized text, as any AND of terms), and against the rules for when the
/// fallback may not apply (quotes, spaces, short queries, an exact answer, fallback turned off).
/// </summary>
public sealed class QuestionFallbackTests : IClassFixture<QuestionFallbackTests.Corpus>
{
    private static readonly string[] Vocabulary =
        ["街道", "推行", "网格化", "管理", "智慧", "养老", "服务", "社区", "企业", "项目", "建设", "经济", "治理", "新能源", "汽车", "充电桩"];
    private static readonly string[] Fillers = ["，", "。", "在", "全面", "工作", "进一步"];
    private static readonly string[] QuestionForms = ["哪些{0}了{1}{2}", "如何{0}{1}{2}", "{0}{1}是什么", "{0}的{1}有哪些{2}", "怎样{0}{1}呢"];

    public sealed class Corpus : IDisposable
    {
        public TestIndex Index { get; } = new TestIndex().WithSeeds();
        public SearchOracle Oracle { get; }

        public Corpus()
        {
            Index.Write("q/a.txt", "西园街道2021年工作总结\n西园街道推行网格化管理，成效明显。\n");
            Index.Write("q/b.txt", "罗山街道2020年工作总结\n罗山街道网格化管理全面推行。\n");
            Index.Write("q/c.txt", "东石镇2021年工作总结\n网格化管理进一步完善。\n");
            for (int seed = 0; seed < 40; seed++)
            {
                var random = new Random(seed);
                var sb = new StringBuilder();
                for (int i = random.Next(10, 30); i > 0; i--)
                    sb.Append(random.Next(3) == 0 ? Fillers[random.Next(Fillers.Length)] : Vocabulary[random.Next(Vocabulary.Length)]);
                Index.Write($"g/{seed:D3}.txt", $"金井镇{2015 + seed % 8}年总结\n{sb}\n");
            }
            Index.Build();
            Oracle = new SearchOracle(Index.Archive);
        }

        public void Dispose() => Index.Dispose();
    }

    private readonly Corpus _corpus;
    public QuestionFallbackTests(Corpus corpus) => _corpus = corpus;

    private SearchResponse Search(string query, bool fallback = true, IReadOnlyList<int>? years = null)
    {
        using var index = ReportIndexes.OpenForReading(_corpus.Index.IndexDir);
        return new SearchService(index).Search(new SearchRequest { Query = query, Size = 50, Fallback = fallback, Years = years ?? [] });
    }

    [Fact]
    public void A_question_is_answered_by_the_reports_holding_all_its_words()
    {
        var response = Search("哪些街道推行了网格化管理");
        Assert.Equal(SearchMode.AllWords, response.Mode);
        Assert.NotNull(response.Words);
        Assert.DoesNotContain(response.Words, QuestionFallback.FunctionWords.Contains);
        Assert.Contains("网格化", response.Words);
        var expected = _corpus.Oracle.MatchingAll(response.Words);
        Assert.Contains("q/a.txt", expected);
        Assert.Contains("q/b.txt", expected); // the words far apart
        Assert.DoesNotContain("q/c.txt", expected); // 街道 and 推行 missing
        Assert.True(expected.SetEquals(response.Hits.Select(h => h.Source!)), $"expected [{string.Join(", ", expected.Order())}] found [{string.Join(", ", response.Hits.Select(h => h.Source).Order())}]");
        Assert.Equal(expected.Count, response.Total);
        // Every word is marked where it stands.
        Assert.Contains(response.Hits.Single(h => h.Source == "q/b.txt").Snippets, s => s.Highlights.Any(h => s.Text[h[0]..h[1]].Contains("网格化")));
    }

    [Theory]
    [InlineData("\"哪些街道推行了网格化管理\"")]   // quoted: always exact
    [InlineData("“哪些街道推行了网格化管理”")]
    [InlineData("哪些街道 推行了网格化管理")]     // spaces: the staff wrote terms
    [InlineData("推行了吗")]                      // under five characters
    [InlineData("title:哪些街道推行了网格化管理")]
    [InlineData("哪些街道推行了网格化管理 -东石镇")]
    public void Quoted_spaced_short_or_fielded_queries_stay_exact(string query)
    {
        var response = Search(query);
        Assert.Equal(SearchMode.Exact, response.Mode);
        Assert.Null(response.Words);
        Assert.Equal(0, response.Total);
    }

    [Fact]
    public void Fallback_off_answers_exactly()
    {
        var response = Search("哪些街道推行了网格化管理", fallback: false);
        Assert.Equal(SearchMode.Exact, response.Mode);
        Assert.Equal(0, response.Total);
    }

    [Fact]
    public void An_exact_answer_is_never_replaced()
    {
        var response = Search("西园街道推行网格化管理");
        Assert.Equal(SearchMode.Exact, response.Mode);
        Assert.Null(response.Words);
        Assert.Equal(["q/a.txt"], response.Hits.Select(h => h.Source!));
    }

    [Fact]
    public void Filters_hold_in_the_fallback()
    {
        var response = Search("哪些街道推行了网格化管理", years: [2020]);
        Assert.Equal(SearchMode.AllWords, response.Mode);
        var expected = _corpus.Oracle.MatchingAll(response.Words!).Where(s => _corpus.Oracle.MetadataOf(s).Year == 2020).ToHashSet();
        Assert.Contains("q/b.txt", expected);
        Assert.DoesNotContain("q/a.txt", expected);
        Assert.True(expected.SetEquals(response.Hits.Select(h => h.Source!)));
    }

    [Fact]
    public void Random_questions_find_exactly_the_reports_the_oracle_finds()
    {
        var random = new Random(21);
        int answered = 0;
        for (int round = 0; round < 80; round++)
        {
            var form = QuestionForms[random.Next(QuestionForms.Length)];
            var question = string.Format(form, Vocabulary[random.Next(Vocabulary.Length)], Vocabulary[random.Next(Vocabulary.Length)],
                Vocabulary[random.Next(Vocabulary.Length)]);
            var normalized = TextNormalizer.NormalizeToString(question);
            var words = QuestionFallback.Words(normalized);
            Assert.All(words, w => Assert.Contains(w, normalized));
            Assert.DoesNotContain(words, QuestionFallback.FunctionWords.Contains);

            var response = Search(question);
            var exact = _corpus.Oracle.Matching(question);
            if (exact.Count > 0)
            {
                Assert.Equal(SearchMode.Exact, response.Mode);
                continue;
            }
            var expected = _corpus.Oracle.MatchingAll(words);
            bool fallbackApplies = words.Count > 0 && !(words.Count == 1 && words[0] == normalized) && expected.Count > 0;
            Assert.Equal(fallbackApplies ? SearchMode.AllWords : SearchMode.Exact, response.Mode);
            Assert.True(expected.SetEquals(response.Hits.Select(h => h.Source!)) || !fallbackApplies,
                $"«{question}» words [{string.Join("|", words)}]: expected [{string.Join(", ", expected.Order())}], found [{string.Join(", ", response.Hits.Select(h => h.Source).Order())}]");
            if (fallbackApplies)
            {
                Assert.Equal(words.Distinct(), response.Words!);
                answered++;
            }
        }
        Assert.True(answered > 30, $"only {answered} questions answered by the fallback");
    }
}
