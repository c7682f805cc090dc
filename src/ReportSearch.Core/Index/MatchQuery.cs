using ReportSearch.Analysis;
using ReportSearch.Query;

namespace ReportSearch.Index;

/// <summary>One term as the engine sees it: its normalized text, its token phrase, optionally limited to the title.</summary>
public sealed record MatchPhrase(string Term, PhraseTokens Phrase, TermField Field);

/// <summary>
/// The engine-neutral form of a query: all groups must match (each group: any of its phrases), and none of
/// the excluded phrases. The engine builds its query objects from it.
/// </summary>
public sealed record MatchQuery(IReadOnlyList<IReadOnlyList<MatchPhrase>> Groups, IReadOnlyList<MatchPhrase> Excluded)
{
    public static MatchQuery From(ParsedQuery query) => new(
        query.Groups.Select(g => (IReadOnlyList<MatchPhrase>)g.Select(ToPhrase).ToList()).ToList(),
        query.Excluded.Select(ToPhrase).ToList());

    private static MatchPhrase ToPhrase(QueryTerm term) => new(term.Normalized, PhraseTokens.For(term.Normalized), term.Field);
}
