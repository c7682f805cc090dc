using ReportSearch.Engine;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// Related reports on generated archives: every report is about one planted topic (a few of the topic's words,
/// in a text whose other words every report shares) and comes from one of several places. For every report, the
/// related reports are from other places, every other-place report on its topic is found, and all of them rank
/// above every report on another topic.
/// </summary>
public sealed class RelatedReportsPropertyTests
{
    // Words the ICU dictionary segments as words (the word signal keeps no single characters), one topic each.
    private static readonly string[][] Topics =
    [
        ["垃圾", "分类", "回收", "卫生", "清洁"],
        ["养老", "老人", "照护", "护理", "敬老"],
        ["河道", "水质", "污水", "治水", "水库"],
        ["消防", "火灾", "隐患", "演练", "安全"],
        ["学校", "教师", "课堂", "学生", "作业"],
    ];

    private static readonly string[] Places = ["东湖镇", "南山街道", "北岭乡", "白塘街道", "西园街道", "梅岭街道"];

    private sealed record Planted(string Path, string Place, int Topic);

    private static List<Planted> Generate(TestIndex index, int seed)
    {
        var random = new Random(seed);
        var planted = new List<Planted>();
        int n = 0;
        foreach (var place in Places)
            for (int topic = 0; topic < Topics.Length; topic++)
            {
                if (random.Next(4) == 0) continue; // not every place reports on every topic
                var words = Topics[topic].OrderBy(_ => random.Next()).Take(3)
                    .SelectMany(w => Enumerable.Repeat(w, 1 + random.Next(3))).OrderBy(_ => random.Next());
                var path = $"gen/{n++:D3}.txt";
                int year = 2015 + random.Next(8);
                index.Write(path, $"""
                    {place}{year}年工作总结

                    【工作情况】

                    {year}年，{place}认真落实上级部署，围绕{string.Join("、", words)}等工作，加强组织领导，推动各项工作落到实处，群众满意度不断提高。
                    """);
                planted.Add(new Planted(path, place, topic));
            }
        return planted;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Reports_on_the_planted_topic_from_other_places_rank_above_every_unrelated_report(int seed)
    {
        using var index = new TestIndex();
        var planted = Generate(index, seed);
        index.Build();
        using var reader = ReportIndexes.OpenForReading(index.IndexDir);
        var service = new SearchService(reader);
        var idOf = reader.Sources().ToDictionary(s => s.Path, s => s.ReportId);
        var byId = planted.ToDictionary(p => idOf[p.Path]);

        foreach (var report in planted)
        {
            var id = idOf[report.Path];
            var related = service.Related(id, RelatedReportFinder.MaxSize)!.Reports;
            var found = related.Select(r => byId[r.Id]).ToList();
            Assert.DoesNotContain(found, f => f.Path == report.Path);
            Assert.DoesNotContain(found, f => f.Place == report.Place);

            // Oracle: the other places' reports on the same topic (any two share a word: 3 + 3 of 5).
            var expected = planted.Where(p => p.Topic == report.Topic && p.Place != report.Place).Select(p => p.Path).Order().ToList();
            Assert.True(expected.SequenceEqual(found.Where(f => f.Topic == report.Topic).Select(f => f.Path).Order()),
                $"seed {seed}, {report.Path} {report.Place} topic {report.Topic}: expected {string.Join(",", expected)}; found " +
                string.Join("; ", related.Select(r => $"{byId[r.Id].Path} {byId[r.Id].Place} t{byId[r.Id].Topic} [{string.Join(",", r.SharedTerms)}] {r.District} {string.Join("›", r.Region ?? [])}")));
            int lastOnTopic = found.FindLastIndex(f => f.Topic == report.Topic);
            int firstOffTopic = found.FindIndex(f => f.Topic != report.Topic);
            Assert.True(firstOffTopic < 0 || lastOnTopic < firstOffTopic,
                $"seed {seed}, {report.Path} (topic {report.Topic}): off-topic at {firstOffTopic} before on-topic at {lastOnTopic}");
            Assert.All(related.Where(r => byId[r.Id].Topic == report.Topic), r => Assert.Subset(Topics[report.Topic].ToHashSet(), r.SharedTerms.ToHashSet()));
        }
    }
}
