using ReportSearch.Analysis;

namespace ReportSearch.Core.Tests.Analysis;

public class TokenizerTests
{
    private static List<string> Texts(string normalized) => Tokenizer.Tokenize(normalized).Select(t => t.Text).ToList();

    [Fact]
    public void Cjk_runs_become_overlapping_bigrams_closed_by_a_unigram()
    {
        Assert.Equal(["六个", "个一", "一"], Texts("六个一"));
        Assert.Equal(["年"], Texts("年"));
    }

    [Fact]
    public void Words_and_numbers_are_whole_tokens()
    {
        Assert.Equal(["2020", "年户", "户"], Texts("2020年户"));
        Assert.Equal(["open", "source"], Texts("open source"));
    }

    [Fact]
    public void Punctuation_is_a_token_that_breaks_phrases()
    {
        var tokens = Texts("六个，一");
        Assert.Equal(4, tokens.Count);
        Assert.Equal(["六个", "个"], tokens[..2]);
        Assert.Equal("一", tokens[3]);
        Assert.NotEqual(Texts("六个。一")[2], tokens[2]);
    }

    [Fact]
    public void Supplementary_characters_are_never_split()
    {
        var tokens = Tokenizer.Tokenize("𨨏头");
        Assert.Equal(["𨨏头", "头"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.False(char.IsLowSurrogate(t.Text[0])));
    }

    [Fact]
    public void Query_phrases_leave_the_end_of_a_cjk_run_open()
    {
        Assert.Equal(["六个", "个一"], PhraseTokens.For("六个一").Tokens);
        Assert.False(PhraseTokens.For("六个一").LastIsPrefix);
        Assert.Equal(["六"], PhraseTokens.For("六").Tokens);
        Assert.True(PhraseTokens.For("六").LastIsPrefix);
        Assert.True(PhraseTokens.For("2020年").LastIsPrefix);
        // A run followed by a word must end where the word starts: its closing unigram stays exact.
        Assert.Equal(["年", "2020"], PhraseTokens.For("年2020").Tokens);
        Assert.False(PhraseTokens.For("年2020").LastIsPrefix);
    }

    [Fact]
    public void Direct_index_text_equals_the_joined_tokens()
    {
        // Indexing writes token text directly; queries and tests use token objects. Both must agree exactly.
        for (int seed = 0; seed < 200; seed++)
        {
            var normalized = TextNormalizer.NormalizeToString(SyntheticCorpus.Report(seed).Text);
            Assert.Equal(Tokenizer.ToIndexText(Tokenizer.Tokenize(normalized)), Tokenizer.ToIndexText(normalized));
        }
    }
}
