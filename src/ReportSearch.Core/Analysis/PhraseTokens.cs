namespace ReportSearch.Analysis;

/// <summary>
/// The token sequence a query term must match in the index, and whether its last token is a prefix. The term
/// goes through the same <see cref="ExactAnalyzer"/> as documents; only the end differs: a CJK run at the very
/// end of the term is left open (the document may continue the run), so its closing unigram is dropped or,
/// for a run of one character, turned into a prefix that matches every token starting with that character.
/// </summary>
public sealed record PhraseTokens(IReadOnlyList<string> Tokens, bool LastIsPrefix)
{
    public static PhraseTokens For(string term)
    {
        var tokens = AnalyzedToken.Of(ExactAnalyzer.Instance, term);
        if (tokens.Count == 0) return new PhraseTokens([], false);

        var last = tokens[^1];
        if (last.Type != TokenTypes.RunEnd) return new PhraseTokens(tokens.Select(t => t.Text).ToList(), false);

        // The bigram before a closing unigram covers that unigram's character when the run is longer than one.
        bool runOfOne = tokens.Count == 1 || tokens[^2].Type != TokenTypes.Bigram || tokens[^2].End != last.End;
        if (runOfOne) return new PhraseTokens(tokens.Select(t => t.Text).ToList(), true);
        return new PhraseTokens(tokens.Take(tokens.Count - 1).Select(t => t.Text).ToList(), false);
    }
}
