using System.Text;
using System.Text.Json;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// A generated archive with mechanisms planted in known reports: each report has its own district, year and
/// date (in a sidecar), filler text that names nothing, and a few planted names written in one of their forms —
/// quoted with a kind word, unquoted, in traditional script, with or without a definition. Distractors are planted
/// too: words only ever quoted inside lists, and bare quoted words. Deterministic for a seed.
/// </summary>
public sealed class PlantedMechanismCorpus
{
    /// <summary>Characters with a distinct traditional form, for names: simplified → traditional.</summary>
    private static readonly (char Simplified, char Traditional)[] NameChars =
    [
        ('学', '學'), ('书', '書'), ('车', '車'), ('马', '馬'), ('鱼', '魚'), ('鸟', '鳥'), ('风', '風'), ('云', '雲'),
        ('龙', '龍'), ('乐', '樂'), ('园', '園'), ('场', '場'), ('桥', '橋'), ('灯', '燈'), ('岛', '島'), ('钟', '鐘'),
    ];

    private const string Numerals = "二三四五六七八九";
    private static readonly string[] Districts =
        ["西园街道", "东湖镇", "青松乡", "白沙街道", "金山镇", "石门乡", "南塘街道", "北岭镇", "柳溪乡", "枫林街道", "竹园镇", "桃源乡"];
    private static readonly string[] Filler =
    [
        "街道持续推进基层治理现代化建设，不断提升服务水平。",
        "全年围绕民生实事开展走访调研，办结群众诉求。",
        "深化营商环境建设，优化政务服务流程，提高办事效率。",
        "加强生态环境保护，开展河道整治和绿化提升工作。",
        "完善社区网格管理，提升应急处置能力和安全水平。",
    ];

    public sealed record Planted(string Name, string Traditional, IReadOnlyList<string> Parts);

    /// <summary>What a report holds: its sidecar values and which mechanisms it names, and how.</summary>
    public sealed record Report(string File, string District, int Year, string Date, List<(Planted Mechanism, string Form, string? Definition)> Mentions);

    public List<Planted> Mechanisms { get; } = [];
    public List<Report> Reports { get; } = [];
    /// <summary>Quoted only as list items, or bare quoted words in a single report: never listed.</summary>
    public List<string> Distractors { get; } = [];

    public static PlantedMechanismCorpus Generate(int seed, int reports = 60, int mechanisms = 8)
    {
        var random = new Random(seed);
        var corpus = new PlantedMechanismCorpus();
        var used = new HashSet<string>();
        while (corpus.Mechanisms.Count < mechanisms)
        {
            // 三学一书, 五风二云三灯: two or three numbered parts, one name character each.
            int parts = random.Next(2, 4);
            var simplified = new StringBuilder();
            var traditional = new StringBuilder();
            for (int p = 0; p < parts; p++)
            {
                char numeral = Numerals[random.Next(Numerals.Length)];
                var (s, t) = NameChars[random.Next(NameChars.Length)];
                simplified.Append(numeral).Append(s);
                traditional.Append(numeral).Append(t);
            }
            if (!used.Add(simplified.ToString())) continue;
            var partNames = Enumerable.Range(0, 3).Select(i => $"第{random.Next(10, 99)}项{Filler[random.Next(Filler.Length)][..4]}").ToList();
            corpus.Mechanisms.Add(new Planted(simplified.ToString(), traditional.ToString(), partNames));
        }
        for (int i = 0; i < 4; i++) corpus.Distractors.Add($"列表词{(char)('甲' + i)}");
        corpus.Distractors.Add("强调词");

        var dates = new HashSet<string>();
        for (int r = 0; r < reports; r++)
        {
            int year = random.Next(2012, 2026);
            string date;
            do date = $"{year}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}"; while (!dates.Add(date));
            var mentions = new List<(Planted, string, string?)>();
            foreach (var m in corpus.Mechanisms)
            {
                if (random.NextDouble() > 0.35) continue;
                var form = random.Next(4) switch
                {
                    0 => $"“{m.Name}”工作机制",
                    1 => $"{m.Name}机制",
                    2 => $"“{m.Traditional}”工作機制",
                    _ => $"“{m.Name}”",
                };
                string? definition = random.Next(3) == 0 ? "即" + string.Join("、", m.Parts) : null;
                mentions.Add((m, form, definition));
            }
            corpus.Reports.Add(new Report($"r{r:D3}.txt", Districts[random.Next(Districts.Length)], year, date, mentions));
        }
        return corpus;
    }

    /// <summary>Writes every report and its sidecar into <paramref name="write"/> (relative path, text).</summary>
    public void WriteTo(Action<string, string> write, int seed)
    {
        var random = new Random(seed + 1);
        for (int r = 0; r < Reports.Count; r++)
        {
            var report = Reports[r];
            var text = new StringBuilder();
            text.Append(report.District).Append(report.Year).Append("年工作总结\n\n");
            foreach (var (m, form, definition) in report.Mentions)
            {
                text.Append(Filler[random.Next(Filler.Length)]);
                text.Append("全面推行").Append(form);
                text.Append(definition is null ? "，取得明显成效。" : $"（{definition}），取得明显成效。");
                text.Append(Filler[random.Next(Filler.Length)]).Append('\n');
            }
            // Distractors: the list words only ever inside a list of quoted words; the bare word in one report only.
            if (r % 5 == 0) text.Append($"聚焦“{Distractors[0]}”、“{Distractors[1]}”、“{Distractors[2]}”、“{Distractors[3]}”等重点。\n");
            if (r == 1) text.Append($"这是一个“{Distractors[4]}”。\n");
            text.Append(Filler[random.Next(Filler.Length)]).Append('\n');
            write(report.File, text.ToString());
            write(report.File + ".meta.json", JsonSerializer.Serialize(new
            {
                title = $"{report.District}{report.Year}年工作总结",
                district = report.District,
                year = report.Year,
                date = report.Date,
            }));
        }
    }
}
