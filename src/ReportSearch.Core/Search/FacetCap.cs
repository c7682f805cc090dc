using ReportSearch.Engine;

namespace ReportSearch.Search;

/// <summary>
/// What a response carries of each facet. A list facet (places, kinds, issuing bodies, 时效性) is cut to its first
/// <see cref="SearchRequest.FacetSize"/> values in the engine's order, most reports first (sorted once per pass, see
/// <see cref="KeywordFacet"/>: this only slices), plus every value the search selected wherever it ranks, so that a
/// chosen value beyond the cut keeps its real count instead of the page's "0 篇". At 10 GB a common word has 2,971
/// issuing bodies: sent whole they were 275 KB of its 328 KB response. <see cref="SearchFacets.Distinct"/> says how
/// many values each facet had before the cut, so the page knows there are more to ask for.
/// </summary>
internal static class FacetCap
{
    public static SearchFacets Of(EngineResult result, int size) =>
        // The year facet is not cut: the page draws every year as a histogram, and years are few (bounded by the calendar).
        new(Top(result.Places, size), Whole(result.Years), Top(result.Kinds, size), Top(result.Orgs, size), Top(result.Validities, size), result.PlaceLevel)
        {
            Distinct = new FacetDistinct(result.Places.Count, result.Years.Count, result.Kinds.Count, result.Orgs.Count, result.Validities.Count),
        };

    private static List<FacetCount> Top(IReadOnlyList<FacetValue> sorted, int size)
    {
        var kept = new List<FacetCount>(Math.Min(size, sorted.Count));
        for (int i = 0; i < sorted.Count; i++)
            if (i < size || sorted[i].Selected) kept.Add(new FacetCount(sorted[i].Value, sorted[i].Count));
        return kept;
    }

    private static List<FacetCount> Whole(IReadOnlyList<FacetValue> values) => values.Select(v => new FacetCount(v.Value, v.Count)).ToList();
}
