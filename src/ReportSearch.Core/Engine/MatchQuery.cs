using ReportSearch.Analysis;

namespace ReportSearch.Engine;

/// <summary>Where a phrase must occur: anywhere in a segment (title, category, headings, body), or in its title.</summary>
public enum PhraseField
{
    Text,
    Title,
}

/// <summary>One term as the engine sees it: its normalized text, its token phrase, and where it must occur.</summary>
public sealed record MatchPhrase(string Term, PhraseTokens Phrase, PhraseField Field);

/// <summary>
/// The engine-neutral form of a query: all groups must match (each group: any of its phrases), and none of
/// the excluded phrases. The engine builds its query objects from it; the search layer maps the parsed query to it.
/// </summary>
public sealed record MatchQuery(IReadOnlyList<IReadOnlyList<MatchPhrase>> Groups, IReadOnlyList<MatchPhrase> Excluded);
