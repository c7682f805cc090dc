namespace ReportSearch.Bench;

/// <summary>
/// The ranking measures of `bench relevance`, pure so a test can check them by hand (the test project links this
/// file). Grades are 0, 1, 2; a document without a judgment counts as 0.
/// </summary>
public static class RelevanceMetrics
{
    /// <summary>
    /// nDCG@k with the grade itself as the gain and 1/log2(rank + 1) as the discount. The ideal ranking is every judged
    /// grade of the query, best first (not only the grades of the documents this system returned), so a system is not
    /// rewarded for missing the best documents. Null when the query has no document graded above 0: there is nothing
    /// to rank and the query is left out of the averages.
    /// </summary>
    public static double? NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        double ideal = Dcg(grades.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k).ToList());
        if (ideal == 0) return null;
        return Dcg(ranked.Take(k).Select(id => grades.GetValueOrDefault(id)).ToList()) / ideal;
    }

    /// <summary>Precision@k: the share of the first k places (not of the hits returned) holding a document graded 1 or 2.</summary>
    public static double PrecisionAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades) =>
        ranked.Take(k).Count(id => grades.GetValueOrDefault(id) >= 1) / (double)k;

    /// <summary>The documents in the best order their grades allow (ungraded ones count as 0; ties keep their order):
    /// ranked so, a system's matches give the most nDCG its ranking could reach.</summary>
    public static IReadOnlyList<string> BestOrder(IReadOnlyList<string> matched, IReadOnlyDictionary<string, int> grades) =>
        matched.OrderByDescending(id => grades.GetValueOrDefault(id)).ToList();

    private static double Dcg(IReadOnlyList<int> gains)
    {
        double sum = 0;
        for (int i = 0; i < gains.Count; i++) sum += gains[i] / Math.Log2(i + 2);
        return sum;
    }
}
