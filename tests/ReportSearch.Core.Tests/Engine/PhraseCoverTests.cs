using Lucene.Net.Index;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using static ReportSearch.Core.Tests.Engine.IndexTestSupport;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// The bigrams a long phrase leaves out must be implied by its neighbours: only inner bigrams between two
/// bigrams that are kept, never two neighbours, never the ends. Checked on random phrases over a real index;
/// the oracle suites check that the matches stay exact. Which ones are left out: the least estimated cost, checked
/// against every valid cover.
/// </summary>
public sealed class PhraseCoverTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Fact]
    public void Left_out_tokens_are_always_implied_by_kept_neighbouring_bigrams()
    {
        var texts = Enumerable.Range(0, 20).Select(i => SyntheticCorpus.Report(i).Text).ToList();
        Write(_index.IndexDir, texts.Select((t, i) => Document($"r{i}.txt", "报告", t)).ToArray());
        using var dir = Lucene.Net.Store.FSDirectory.Open(ReportSearch.Engine.IndexFolder.Current(_index.IndexDir)!);
        using var reader = DirectoryReader.Open(dir);
        var random = new Random(11);
        int leftOut = 0;
        for (int k = 0; k < 300; k++)
        {
            var text = TextNormalizer.NormalizeToString(texts[random.Next(texts.Count)]);
            int start = random.Next(text.Length - 20);
            var tokens = PhraseTokens.For(text.Substring(start, random.Next(3, 20))).Tokens;
            if (tokens.Count < 3) continue;
            var keep = LuceneQueryBuilder.CheapestCover(tokens, "text", reader);
            Assert.True(keep[0] && keep[^1]);
            for (int i = 1; i < tokens.Count - 1; i++)
            {
                if (keep[i]) continue;
                leftOut++;
                Assert.True(keep[i - 1] && keep[i + 1], string.Join(" ", tokens));
                Assert.All(new[] { tokens[i - 1], tokens[i], tokens[i + 1] }, t => Assert.Equal(2, t.EnumerateRunes().Count(r => CharClass.IsCjk(r.Value))));
            }
        }
        Assert.True(leftOut > 100, $"only {leftOut} tokens left out: the cover should drop many inner bigrams");
    }

    [Fact]
    public void The_chosen_cover_costs_least_of_all_valid_covers()
    {
        var random = new Random(29);
        for (int k = 0; k < 2000; k++)
        {
            int n = random.Next(1, 11);
            var docs = new long[n];
            var positions = new long[n];
            var skippable = new bool[n];
            for (int i = 0; i < n; i++)
            {
                // Frequencies over six orders of magnitude, as between cross-word and in-word bigrams.
                docs[i] = random.Next(4) == 0 ? random.Next(0, 3) : (long)Math.Pow(10, 1 + random.NextDouble() * 5);
                positions[i] = docs[i] * (1 + random.Next(20));
                skippable[i] = i > 0 && i < n - 1 && random.Next(5) > 0;
            }
            var chosen = LuceneQueryBuilder.CheapestCover(docs, positions, skippable);
            double least = double.PositiveInfinity;
            for (int mask = 0; mask < 1 << n; mask++)
            {
                var keep = Enumerable.Range(0, n).Select(i => (mask >> i & 1) == 1).ToArray();
                if (IsValidCover(keep, skippable)) least = Math.Min(least, LuceneQueryBuilder.CoverCost(keep, docs, positions));
            }
            Assert.True(IsValidCover(chosen, skippable), $"case {k}: an invalid cover");
            Assert.Equal(least, LuceneQueryBuilder.CoverCost(chosen, docs, positions), 6);
        }
    }

    [Fact]
    public void A_rare_inner_bigram_between_common_ones_is_kept_to_lead()
    {
        // The shape of 相关单位 at 10 GB: two common bigrams around a rarer one.
        long[] docs = [604_456, 260_087, 657_085];
        long[] positions = [2_748_569, 361_942, 8_363_239];
        Assert.Equal([true, true, true], LuceneQueryBuilder.CheapestCover(docs, positions, [false, true, false]));
        // 夜间经济示范街: rare cross-word bigrams lead, the common in-word ones drop out.
        docs = [41_692, 19_848, 597_946, 17_982, 326_972, 18_007];
        positions = [45_463, 19_928, 2_924_214, 17_993, 595_371, 18_017];
        Assert.Equal([true, true, false, true, false, true], LuceneQueryBuilder.CheapestCover(docs, positions, [false, true, true, true, true, false]));
    }

    // The ends are kept, a left-out token is skippable and its neighbours are kept.
    private static bool IsValidCover(bool[] keep, bool[] skippable)
    {
        if (!keep[0] || !keep[^1]) return false;
        for (int i = 1; i < keep.Length - 1; i++)
            if (!keep[i] && (!skippable[i] || !keep[i - 1] || !keep[i + 1])) return false;
        return true;
    }

    public void Dispose() => _index.Dispose();
}
