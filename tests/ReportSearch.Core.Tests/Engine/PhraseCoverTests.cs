using Lucene.Net.Index;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using static ReportSearch.Core.Tests.Engine.IndexTestSupport;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// The bigrams a long phrase leaves out must be implied by its neighbours: only inner bigrams between two
/// bigrams that are kept, never two neighbours, never the ends. Checked on random phrases over a real index;
/// the oracle suites check that the matches stay exact.
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

    public void Dispose() => _index.Dispose();
}
