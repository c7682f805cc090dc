namespace ReportSearch.Analysis;

/// <summary>
/// The token sequence a query term must match in the index, and whether its last token is a prefix.
/// Mirrors <see cref="Tokenizer"/>: the term's own tokens, except that a CJK run at the very end of the term
/// is left open (the document may continue the run), which is why its closing unigram is dropped, or, for a
/// run of one character, turned into a prefix that matches every token starting with that character.
/// </summary>
public sealed record PhraseTokens(IReadOnlyList<string> Tokens, bool LastIsPrefix)
{
    public static PhraseTokens For(string normalizedTerm)
    {
        var tokens = Tokenizer.Tokenize(normalizedTerm);
        if (tokens.Count == 0) return new PhraseTokens([], false);

        var last = tokens[^1];
        if (!last.EndsCjkRun) return new PhraseTokens(tokens.Select(t => t.Text).ToList(), false);

        bool runOfOne = tokens.Count == 1 || !IsBigramEndingAt(tokens[^2], last);
        if (runOfOne) return new PhraseTokens(tokens.Select(t => t.Text).ToList(), true);
        return new PhraseTokens(tokens.Take(tokens.Count - 1).Select(t => t.Text).ToList(), false);
    }

    // The bigram before a closing unigram covers that unigram's character when the run is longer than one.
    private static bool IsBigramEndingAt(Token previous, Token closing) => previous.End == closing.End && previous.Start < closing.Start;
}
