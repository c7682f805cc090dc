using ReportSearch.Analysis;

namespace ReportSearch.Core.Tests.Analysis;

/// <summary>
/// The analyzer chain asserted token by token, in the style of Lucene's AssertAnalyzesTo: text, type, original
/// offsets and positions. Offsets point into the original (un-normalized) text, through the char filter.
/// </summary>
public class TokenizerTests
{
    private static void AssertAnalyzesTo(string input, string[] texts, int[]? starts = null, int[]? ends = null, string[]? types = null, int[]? positions = null)
    {
        var tokens = AnalyzedToken.Of(ExactAnalyzer.Instance, input);
        Assert.Equal(texts, tokens.Select(t => t.Text));
        if (starts is not null) Assert.Equal(starts, tokens.Select(t => t.Start));
        if (ends is not null) Assert.Equal(ends, tokens.Select(t => t.End));
        if (types is not null) Assert.Equal(types, tokens.Select(t => t.Type));
        Assert.Equal(positions ?? Enumerable.Range(0, texts.Length).ToArray(), tokens.Select(t => t.Position));
    }

    private const string B = TokenTypes.Bigram, E = TokenTypes.RunEnd, W = TokenTypes.Word, P = TokenTypes.Punctuation;

    [Fact]
    public void Cjk_runs_become_overlapping_bigrams_closed_by_a_unigram()
    {
        AssertAnalyzesTo("六个一", ["六个", "个一", "一"], [0, 1, 2], [2, 3, 3], [B, B, E]);
        AssertAnalyzesTo("年", ["年"], [0], [1], [E]);
    }

    [Fact]
    public void Words_and_numbers_are_whole_tokens()
    {
        AssertAnalyzesTo("2020年户", ["2020", "年户", "户"], [0, 4, 5], [4, 6, 6], [W, B, E]);
        AssertAnalyzesTo("Open Source", ["open", "source"], [0, 5], [4, 11], [W, W]);
    }

    [Fact]
    public void Punctuation_takes_its_own_position_so_phrases_never_span_it()
    {
        // (NFKC folds the full-width comma to ",": both widths are one mark.)
        AssertAnalyzesTo("六个，一", ["六个", "个", ",", "一"], [0, 1, 2, 3], [2, 2, 3, 4], [B, E, P, E]);
        // Two different marks are two different tokens: 个，一 never matches 个。一.
        Assert.NotEqual(AnalyzedToken.Of(ExactAnalyzer.Instance, "六个。一")[2].Text, AnalyzedToken.Of(ExactAnalyzer.Instance, "六个，一")[2].Text);
    }

    [Fact]
    public void Offsets_point_into_the_original_text_through_normalization()
    {
        // Traditional folded, pinyin annotation dropped: the tokens are simplified, the offsets the original's.
        var input = "政務(wù)公開";
        var tokens = AnalyzedToken.Of(ExactAnalyzer.Instance, input);
        Assert.Equal(["政务", "务公", "公开", "开"], tokens.Select(t => t.Text));
        // A token's end reaches the next kept character, so the dropped annotation counts to the token before it.
        Assert.Equal("政務(wù)", input[tokens[0].Start..tokens[0].End]);
        Assert.Equal(1, tokens[1].Start); // 務
        Assert.Equal("公開", input[tokens[2].Start..tokens[2].End]);
        // Width and case folded: full-width digits and capitals.
        AssertAnalyzesTo("ＡＢＣ１２３", ["abc123"], [0], [6], [W]);
        // Whitespace between Han characters is dropped (wrapped lines), between words it separates them.
        AssertAnalyzesTo("工 作\n平台", ["工作", "作平", "平台", "台"], [0, 2, 4, 5]);
    }

    [Fact]
    public void Supplementary_characters_are_never_split()
    {
        var tokens = AnalyzedToken.Of(ExactAnalyzer.Instance, "𨨏头");
        Assert.Equal(["𨨏头", "头"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.False(char.IsLowSurrogate(t.Text[0])));
        Assert.Equal([0, 2], tokens.Select(t => t.Start));
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
        // A run closed by punctuation inside the term keeps its closing unigram.
        Assert.Equal(["六个", "个", ",", "一"], PhraseTokens.For("六个，一").Tokens);
        Assert.True(PhraseTokens.For("六个，一").LastIsPrefix);
    }

    [Fact]
    public void A_query_term_is_a_subsequence_of_the_document_tokens_wherever_it_occurs()
    {
        // The property exact matching rests on: for any substring of a document, its query tokens occur in
        // the document's tokens at consecutive positions (the last one as a prefix when it is open).
        var random = new Random(7);
        for (int seed = 0; seed < 40; seed++)
        {
            var normalized = TextNormalizer.NormalizeToString(SyntheticCorpus.Report(seed).Text);
            var doc = AnalyzedToken.Of(ExactAnalyzer.Instance, normalized);
            for (int k = 0; k < 20; k++)
            {
                int start = random.Next(normalized.Length - 12), length = random.Next(1, 12);
                if (char.IsLowSurrogate(normalized[start]) || char.IsHighSurrogate(normalized[start + length - 1])) continue;
                var term = normalized.Substring(start, length).Trim();
                if (term.Length == 0 || term.Contains(' ')) continue;
                var phrase = PhraseTokens.For(term);
                if (phrase.Tokens.Count == 0) continue;
                bool found = false;
                for (int i = 0; i + phrase.Tokens.Count <= doc.Count && !found; i++)
                {
                    found = true;
                    for (int j = 0; j < phrase.Tokens.Count && found; j++)
                    {
                        bool last = j == phrase.Tokens.Count - 1 && phrase.LastIsPrefix;
                        found = last ? doc[i + j].Text.StartsWith(phrase.Tokens[j], StringComparison.Ordinal) : doc[i + j].Text == phrase.Tokens[j];
                    }
                }
                Assert.True(found || StartsOrEndsMidWord(normalized, start, term.Length), $"“{term}” not found in the tokens of report {seed}");
            }
        }
    }

    // A term cut out of the middle of a Latin word or number is not a whole word: it is not expected to match.
    private static bool StartsOrEndsMidWord(string text, int start, int length) =>
        (start > 0 && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[start])) ||
        (start + length < text.Length && char.IsLetterOrDigit(text[start + length]) && char.IsLetterOrDigit(text[start + length - 1]));
}
