using ReportSearch.Bench;

namespace ReportSearch.Core.Tests.Relevance;

/// <summary>The measures of `bench relevance` (bench/ReportSearch.Bench/RelevanceMetrics.cs, linked) on examples worked by hand.</summary>
public class RelevanceMetricsTests
{
    private static readonly Dictionary<string, int> Grades = new() { ["a"] = 2, ["b"] = 1, ["c"] = 0, ["d"] = 2 };

    [Fact]
    public void NdcgIsOneForTheIdealOrder() =>
        Assert.Equal(1.0, RelevanceMetrics.NdcgAt(10, ["a", "d", "b", "c"], Grades)!.Value, 12);

    [Fact]
    public void NdcgOfAWorseOrderByHand()
    {
        // Ranked c, b, a, x (x unjudged = 0): DCG = 0/log2(2) + 1/log2(3) + 2/log2(4) + 0 = 0.63093 + 1 = 1.63093.
        // Ideal: 2, 2, 1 → 2/1 + 2/log2(3) + 1/log2(4) = 2 + 1.26186 + 0.5 = 3.76186.
        double expected = (1 / Math.Log2(3) + 1.0) / (2 + 2 / Math.Log2(3) + 0.5);
        Assert.Equal(0.433543, expected, 5);
        Assert.Equal(expected, RelevanceMetrics.NdcgAt(10, ["c", "b", "a", "x"], Grades)!.Value, 12);
    }

    [Fact]
    public void NdcgCutsBothListsAtK()
    {
        // k = 1: only the first place counts, and the ideal is the single best grade: b (1) against 2.
        Assert.Equal(0.5, RelevanceMetrics.NdcgAt(1, ["b", "a"], Grades)!.Value, 12);
    }

    [Fact]
    public void NdcgIsUndefinedWithoutARelevantJudgment() =>
        Assert.Null(RelevanceMetrics.NdcgAt(10, ["c"], new Dictionary<string, int> { ["c"] = 0 }));

    [Fact]
    public void TheBestOrderOfAnyMatchesBeatsEveryOtherOrderOfThem()
    {
        // Brute force: every order of every subset of the judged and one unjudged document.
        string[] all = ["a", "b", "c", "d", "x"];
        for (int mask = 1; mask < 1 << all.Length; mask++)
        {
            var matched = all.Where((_, i) => (mask & 1 << i) != 0).ToList();
            for (int k = 1; k <= 4; k++)
            {
                double best = RelevanceMetrics.NdcgAt(k, RelevanceMetrics.BestOrder(matched, Grades), Grades)!.Value;
                double bruteBest = Permutations(matched).Max(order => RelevanceMetrics.NdcgAt(k, order, Grades)!.Value);
                Assert.Equal(bruteBest, best, 12);
            }
        }
        // Every relevant document matched: the ceiling is 1; none: 0.
        Assert.Equal(1.0, RelevanceMetrics.NdcgAt(10, RelevanceMetrics.BestOrder(["c", "x", "b", "d", "a"], Grades), Grades)!.Value, 12);
        Assert.Equal(0.0, RelevanceMetrics.NdcgAt(10, RelevanceMetrics.BestOrder(["c", "x"], Grades), Grades)!.Value, 12);
    }

    private static IEnumerable<List<string>> Permutations(List<string> items) =>
        items.Count <= 1 ? [items] : items.SelectMany((item, i) => Permutations([.. items.Take(i), .. items.Skip(i + 1)]).Select(rest => (List<string>)[item, .. rest]));

    [Fact]
    public void PrecisionCountsGradeOneAndUpOverKPlaces()
    {
        Assert.Equal(0.4, RelevanceMetrics.PrecisionAt(5, ["a", "c", "b"], Grades), 12);
        Assert.Equal(0.0, RelevanceMetrics.PrecisionAt(5, [], Grades), 12);
    }
}
