namespace ReportSearch.Core.Tests.Search;

/// <summary>A news round-up: each part belongs to its own unit, for filters and facets alike.</summary>
public sealed class RoundUpSearchTests : IDisposable
{
    private readonly TestIndex _index = new();
    public void Dispose() => _index.Dispose();

    [Fact]
    public void Each_part_of_a_round_up_is_found_and_counted_under_its_own_unit()
    {
        string[] units = ["东湖街道", "南岭镇", "临江市交通运输局"];
        string[] marks = ["青松计划", "白鹭工程", "金桥行动"];
        var text = string.Join("\n\n", units.Select((u, i) =>
            $"{u}： 推进{marks[i]} 打造新名片\n{u}今年推进{marks[i]}，全力以赴抓落实，成效明显。"));
        _index.Write("roundup.txt", text);
        _index.Build();

        for (int i = 0; i < units.Length; i++)
        {
            var response = _index.Search(marks[i]);
            Assert.Equal(1, response.Total);
            Assert.Equal([units[i]], response.Facets.District.Select(f => f.Value));
            // The card keeps the round-up's own label and names the part that matched.
            Assert.True(response.Hits[0].RoundUp);
            Assert.Equal([units[i]], response.Hits[0].Parts);
            Assert.All(response.Hits[0].Snippets, s => Assert.Equal(units[i], s.District));
            Assert.Equal(1, _index.Search(marks[i], districts: [units[i]]).Total);
            foreach (var other in units.Where(u => u != units[i]))
                Assert.Equal(0, _index.Search(marks[i], districts: [other]).Total);
        }
        // A phrase every part shares counts the round-up once per unit, and once in the total.
        var shared = _index.Search("全力以赴");
        Assert.Equal(1, shared.Total);
        Assert.Equal(units.Order(), shared.Facets.District.Select(f => f.Value).Order());
    }
}
