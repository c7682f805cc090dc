using ReportSearch.Engine;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>A query that finds more than the one asked (a likely typo corrected), and how many reports it finds with the same filters.</summary>
/// <param name="Query">The query text, written from the parsed query (<see cref="QueryText"/>): the same terms but one, and the same filters.</param>
public sealed record DidYouMean(string Query, int Count);

/// <summary>
/// Proposes "did you mean" for a query that found nothing or very little: one of its terms replaced by a term of the
/// index's vocabulary (<see cref="SpellingVariants"/>), the one whose query finds the most reports with the user's
/// filters. Every proposal is counted by a real search, so none finds nothing, and each finds more than the query asked.
/// </summary>
public sealed class DidYouMeanFinder(IReportSearcher searcher)
{
    /// <summary>A query finding this many reports or fewer gets a proposal: the one threshold.</summary>
    public const int MaxReports = 2;

    /// <summary>Most variants counted per query (the most frequent in the vocabulary first): each is one search.</summary>
    public const int MaxVariantsCounted = 6;

    public DidYouMean? Find(ParsedQuery query, EngineFilters filters, int total)
    {
        if (total > MaxReports || query.Groups.Count == 0) return null;
        var vocabulary = searcher.Vocabulary();
        // Every (term, variant) pair, most frequent variants first across terms.
        var tries = new List<(int Group, int Index, IndexVocabulary.Entry Variant)>();
        for (int g = 0; g < query.Groups.Count; g++)
            for (int i = 0; i < query.Groups[g].Count; i++)
                foreach (var variant in SpellingVariants.Of(query.Groups[g][i].Normalized, vocabulary))
                    if (IsRespelling(query.Groups[g][i].Normalized, variant.Text, total)) tries.Add((g, i, variant));
        DidYouMean? best = null;
        foreach (var (g, i, variant) in tries.OrderByDescending(t => t.Variant.Reports).ThenBy(t => t.Variant.Text, StringComparer.Ordinal).Take(MaxVariantsCounted))
        {
            var replaced = Replace(query, g, i, variant.Text);
            if (QueryText.Format(replaced) is not { } text) continue;
            int count = Count(EngineQueries.Match(replaced), filters);
            // Ties: the variant more frequent in the vocabulary, as ordered above.
            if (count > total && count > (best?.Count ?? 0)) best = new DidYouMean(text, count);
        }
        return best;
    }

    // Unfiltered, the engine's count (kept per snapshot); filtered, a search that counts without a page.
    private int Count(MatchQuery match, EngineFilters filters) => filters.IsEmpty
        ? searcher.Count(match)
        : searcher.Search(new EngineQuery(match, filters, ReportOrder.Relevance, 0, 0) { SegmentsPerHit = 0 }).Total;

    /// <summary>
    /// A term that finds something is respelled, never cut short: 邻里议事厅 (2 reports) is not offered 邻里议事 (a part
    /// of it, which finds every report it finds and more). A term that finds nothing may lose a character at an end
    /// (营商环境境 → 营商环境).
    /// </summary>
    public static bool IsRespelling(string typed, string variant, int total) => total == 0 || !typed.Contains(variant, StringComparison.Ordinal);

    private static ParsedQuery Replace(ParsedQuery query, int group, int index, string normalized)
    {
        var groups = query.Groups.Select((terms, g) => g != group ? terms
            : (IReadOnlyList<QueryTerm>)terms.Select((t, i) => i != index ? t : t with { Raw = normalized, Normalized = normalized }).ToList()).ToList();
        return query with { Groups = groups };
    }
}
