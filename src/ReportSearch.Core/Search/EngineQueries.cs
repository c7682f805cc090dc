using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// Maps a search (the parsed query and the request's filters) to the engine's neutral query: the one place where the
/// query language meets the engine, which knows nothing of it.
/// </summary>
public static class EngineQueries
{
    public static MatchQuery Match(ParsedQuery query) => new(
        query.Groups.Select(g => (IReadOnlyList<MatchPhrase>)g.Select(Phrase).ToList()).ToList(),
        query.Excluded.Select(Phrase).ToList());

    private static MatchPhrase Phrase(QueryTerm term) =>
        new(term.Normalized, PhraseTokens.For(term.Normalized), term.Field == TermField.Title ? PhraseField.Title : PhraseField.Text);

    /// <summary>The request's filters and those written in the query, together and normalized.</summary>
    public static EngineFilters Filters(SearchRequest request, ParsedQuery query) => new()
    {
        Places = request.Districts.Concat(query.Districts).Select(TextNormalizer.NormalizeToString).ToHashSet(StringComparer.Ordinal),
        Years = request.Years.Concat(query.Years).ToHashSet(),
        FromYear = Max(request.FromYear, query.FromYear),
        ToYear = Min(request.ToYear, query.ToYear),
        Kinds = request.Kinds.Concat(query.Kinds).Select(TextNormalizer.NormalizeToString).ToHashSet(StringComparer.Ordinal),
        Orgs = request.Orgs.Concat(query.Orgs).Select(TextNormalizer.NormalizeToString).ToHashSet(StringComparer.Ordinal),
        Validities = request.Validities.Select(ValidityOf).Concat(query.Validities).Select(TextNormalizer.NormalizeToString).ToHashSet(StringComparer.Ordinal),
        DocNumbers = request.DocNumbers.Select(QueryParser.DocNumberKey).Concat(query.DocNumbers).Select(TextNormalizer.NormalizeToString).ToHashSet(StringComparer.Ordinal),
    };

    // A request's validity passes the same check as one typed in the query (an unknown value is an error, not an empty list).
    private static string ValidityOf(string value) => QueryParser.Validity(value);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    public static ReportOrder Order(SortOrder sort) => sort switch
    {
        SortOrder.Newest => ReportOrder.Newest,
        SortOrder.Oldest => ReportOrder.Oldest,
        _ => ReportOrder.Relevance,
    };
}
