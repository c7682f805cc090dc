using ReportSearch.Engine;
using ReportSearch.Query;
using ReportSearch.Search;
using Xunit.Abstractions;

namespace ReportSearch.Core.Tests.Attack;

/// <summary>10,000 generated hostile queries through the search service: each is answered or refused with a
/// <see cref="QuerySyntaxException"/>; nothing else may escape.</summary>
public class SearchServiceFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void TenThousandHostileQueries_AreAnsweredOrRefusedAsSyntaxErrors()
    {
        using var t = new TestIndex().WithSeeds();
        t.Build();
        using var index = ReportIndexes.OpenForReading(t.IndexDir);
        var service = new SearchService(index);
        int answered = 0, refused = 0;
        var failures = new List<string>();
        var random = new Random(20261123);
        foreach (var query in HostileQueries.Generate(10_000, seed: 11))
        {
            var request = new SearchRequest
            {
                Query = query,
                Size = 3,
                Page = random.Next(4) == 0 ? random.Next(1, 1001) : 1,
                Districts = random.Next(5) == 0 ? [query] : [],
                Sort = random.Next(3) == 0 ? SortOrder.Newest : null,
            };
            try
            {
                var response = service.Search(request);
                Assert.True(response.Total >= 0);
                answered++;
            }
            catch (QuerySyntaxException) { refused++; }
            catch (Exception e) { failures.Add($"{e.GetType().Name} for {Printable(query)}: {e.Message}"); }
        }
        output.WriteLine($"10,000 hostile queries: {answered} answered, {refused} refused as syntax errors, {failures.Count} other exceptions");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Equal(10_000, answered + refused);
        // The generator must produce both kinds, or it tests only one path.
        Assert.InRange(answered, 100, 9_900);
    }

    private static string Printable(string s) =>
        string.Concat(s.Take(80).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
