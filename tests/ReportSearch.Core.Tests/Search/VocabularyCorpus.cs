using System.Text;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// A small built index of reports written from policy phrases with uneven frequencies (some in most reports, some
/// in a few), with the brute-force vocabulary beside it: every report parsed and built again, its vocabulary terms
/// counted by hand, independent of the index, the snapshot cache and the term dictionary under test.
/// </summary>
public sealed class VocabularyCorpus : IDisposable
{
    public static readonly string[] Phrases =
    [
        "营商环境", "乡村振兴", "河长制", "网格化管理", "放管服改革", "数字经济", "社会保障", "义务教育", "新能源汽车", "智慧养老",
        "基层治理", "环境保护", "生态环境", "乡村旅游", "营商服务", "招商引资", "污染防治", "养老服务", "公共服务", "城乡融合",
    ];

    private static readonly string[] Frames = ["持续推进{0}工作，", "加快{0}建设。", "全面落实{0}各项任务；", "围绕{0}开展专项行动，", "深化{0}，取得明显成效。"];

    public TestIndex Index { get; } = new TestIndex().WithSeeds();
    public SearchOracle Oracle { get; }

    /// <summary>Every vocabulary term of the archive → the number of reports whose vocabulary holds it.</summary>
    public Dictionary<string, int> Vocabulary { get; } = new(StringComparer.Ordinal);

    public VocabularyCorpus()
    {
        for (int i = 0; i < 80; i++) Index.Write($"gen/{i:D3}.txt", Report(i));
        Index.Build();
        Oracle = new SearchOracle(Index.Archive);
        var parsers = ReportParsers.Default();
        foreach (var path in Directory.GetFiles(Index.Archive, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(path);
            ParsedReport parsed;
            try { parsed = parsers.Parse(new SourceFile(path, Path.GetFileName(path), bytes.Length, DateTime.UtcNow), bytes); }
            catch (UnreadableFileException) { continue; }
            foreach (var term in ReportRecordBuilder.Build(parsed, [new ReportSearch.Engine.IndexSource(path, bytes.Length, 0)], "x").Vocabulary.Distinct())
                Vocabulary[term] = Vocabulary.GetValueOrDefault(term) + 1;
        }
    }

    // Phrase i of the list appears with probability falling along the list, so report counts differ.
    private static string Report(int seed)
    {
        var random = new Random(seed);
        var district = SyntheticCorpus.Districts[random.Next(SyntheticCorpus.Districts.Length)];
        var sb = new StringBuilder().Append("晋江市").Append(district).Append(2016 + random.Next(6)).Append("年工作总结\n");
        for (int p = 0; p < Phrases.Length; p++)
        {
            if (random.NextDouble() > 0.9 / (1 + p * 0.3)) continue;
            sb.AppendFormat(Frames[random.Next(Frames.Length)], Phrases[p]);
            if (random.Next(4) == 0) sb.Append('\n');
        }
        return sb.Append("特此报告。\n").ToString();
    }

    public void Dispose() => Index.Dispose();
}
