using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Icu;

namespace ReportSearch.Bench;

/// <summary>
/// `generate`: a synthetic archive built from the seed reports. Sentences and clauses are recombined, every
/// report gets its own unit (from a few hundred made-up 街道/镇/乡 names) and year (2010–2025) in its title,
/// ~10% are in traditional script, ~8% carry web clutter lines, ~4% are round-ups with one section per unit,
/// and marker phrases are planted in known shares (see <see cref="Markers"/>). Deterministic for a seed: each
/// report draws from its own Random(seed, number), so reports can be built in parallel.
/// With `--real DIR`, most sentences and headings come from real documents instead (see <see cref="RealText"/>):
/// the seeds' structure (titles, units, years, round-ups, clutter, traditional script, pinyin annotations) with a
/// real vocabulary. Without it, the archive is the seeds' recombination, as before, so old figures stay comparable.
/// </summary>
public static partial class Generator
{
    internal const char UnitMark = '\uE000';
    internal const char YearMark = '\uE001';

    public const double TraditionalShare = 0.10;
    public const double ClutterShare = 0.08;
    public const double RoundUpShare = 0.04;
    /// <summary>Of the traditional-script reports, the share annotated with pinyin as one seed is (務(wù)).</summary>
    public const double PinyinShare = 0.3;
    /// <summary>With real text: the share of sentences and headings drawn from it (the rest from the seeds,
    /// which carry the report's own unit and year).</summary>
    public const double RealShare = 0.85;

    public static int Run(BenchArgs a)
    {
        double mb = a.Double("--mb", 20);
        string outDir = a.Required("--out");
        int seed = a.Int("--seed", 1);
        string seedsDir = a.Optional("--seeds") ?? FindSeeds();
        string? realDir = a.Optional("--real");
        var clock = Stopwatch.StartNew();

        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        Directory.CreateDirectory(outDir);
        var corpus = Corpus.Load(seedsDir, seed, realDir);

        long target = (long)(mb * 1048576), written = 0;
        int count = 0, traditional = 0, clutter = 0, roundUps = 0, pinyin = 0;
        var markerCounts = new int[Markers.Rare.Length + Markers.Medium.Length];
        const int Chunk = 256;
        for (int first = 0; written < target; first += Chunk)
        {
            var built = Enumerable.Range(first, Chunk).AsParallel().AsOrdered().Select(i => corpus.Build(seed, i)).ToList();
            foreach (var r in built)
            {
                if (written >= target) break;
                var dir = Path.Combine(outDir, $"r{r.Number / 1000:D3}");
                Directory.CreateDirectory(dir);
                var bytes = Encoding.UTF8.GetBytes(r.Text);
                File.WriteAllBytes(Path.Combine(dir, $"{r.Number:D6}.txt"), bytes);
                written += bytes.Length;
                count++;
                if (r.Traditional) traditional++;
                if (r.Clutter) clutter++;
                if (r.RoundUp) roundUps++;
                if (r.Pinyin) pinyin++;
                foreach (var m in r.Markers) markerCounts[m]++;
            }
        }

        var f = new Figures();
        f.Add("generate_reports", count, "reports");
        f.Add("generate_mb", Figures.Mb(written), "MB");
        f.Add("generate_traditional_reports", traditional, "reports");
        f.Add("generate_clutter_reports", clutter, "reports");
        f.Add("generate_roundup_reports", roundUps, "reports");
        f.Add("generate_pinyin_reports", pinyin, "reports");
        f.Add("generate_real_text_mb", Figures.Mb(corpus.RealBytes), "MB", corpus.RealBytes > 0 ? realDir : "none (seeds only)");
        for (int i = 0; i < markerCounts.Length; i++)
            f.Add("generate_marker_reports", markerCounts[i], "reports", i < Markers.Rare.Length ? $"rare:{Markers.Rare[i]}" : $"medium:{Markers.Medium[i - Markers.Rare.Length]}");
        f.Add("generate_seconds", clock.Elapsed.TotalSeconds, "s");
        Console.WriteLine($"generated {count} reports, {Figures.Mb(written):F1} MB in {outDir} (seed {seed})");
        f.Print(Console.Out);
        return 0;
    }

    internal static string FindSeeds()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportSearch.sln"))) dir = dir.Parent;
        var seeds = dir is null ? null : Path.Combine(dir.FullName, "seeds");
        return seeds is not null && Directory.Exists(seeds) ? seeds : throw new BenchUsageException("seeds/ not found: run from the repository or pass --seeds DIR");
    }

    internal sealed record BuiltReport(int Number, string Text, bool Traditional, bool Clutter, bool RoundUp, bool Pinyin, List<int> Markers);

    /// <summary>A piece of text in both scripts. The traditional form is made on first use: real text runs to
    /// tens of MB, and only a tenth of the reports are traditional.</summary>
    internal sealed class Piece(string s, Func<string, string> toTraditional)
    {
        private string? _t;

        public Piece(string s, string t) : this(s, _ => t) => _t = t;

        public string S => s;

        // Races are harmless: every thread computes the same string.
        public string In(bool traditional) => traditional ? _t ??= toTraditional(s) : s;
    }

    internal sealed record Sentence(Piece[] Clauses, char End);

    [GeneratedRegex(@"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")]
    private static partial Regex PinyinNote();

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})(\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))")]
    private static partial Regex AnnotatedHan();

    [GeneratedRegex(@"20[12]\d(?=\s*年)")]
    private static partial Regex YearInText();

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|【[^】]{1,30}】)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<=[。！？；])")]
    private static partial Regex SentenceEnd();

    internal sealed class Corpus
    {
        private readonly List<Sentence> _sentences = [];
        private readonly List<Piece> _headings = [];
        private readonly Piece[] _units;
        private readonly Piece[] _clutterTop, _clutterBottom;
        private readonly Piece[] _titles;
        private readonly Piece[] _roundUpTitles;
        private readonly Piece[] _rare, _medium;
        private readonly Piece _comma;
        private readonly List<Sentence> _realSentences;
        private readonly List<Piece> _realHeadings;
        private readonly Dictionary<char, string> _pinyin;
        public long RealBytes { get; }

        private static readonly string[] OwnUnits = ["西园街道", "常泰街道", "西区街道"];

        private Corpus(List<Sentence> sentences, List<Piece> headings, Piece[] units, Func<string, Piece> both,
            (List<Sentence> Sentences, List<Piece> Headings, long Bytes) real, Dictionary<char, string> pinyin)
        {
            _sentences = sentences;
            _headings = headings;
            _realSentences = real.Sentences;
            _realHeadings = real.Headings;
            RealBytes = real.Bytes;
            _pinyin = pinyin;
            _units = units;
            _comma = new Piece("，", "，");
            _titles = [.. new[] { "\uE000\uE001年工作总结", "\uE000\uE001年政府工作报告", "\uE000\uE001年上半年工作总结", "\uE000关于\uE001年工作情况的报告", "\uE000\uE001年工作总结和下一年工作计划" }.Select(both)];
            _roundUpTitles = [.. new[] { "\uE001年高质量发展工作巡礼", "\uE001年基层治理工作经验汇编" }.Select(both)];
            _clutterTop = [.. new[]
            {
                "- 首页 > 政务公开 > 街道园区政务公开 > \uE000 > 规划计划",
                "政府信息公开 规章库",
                "当前位置：首页 > 信息公开 > 工作总结",
                "索引号: 11442000007333211F/\uE001-00026 分类:",
                "发布机构: \uE000办事处 成文日期: \uE001-02-08",
                "【打印】 【字体：大 中 小】 【关闭】",
            }.Select(both)];
            _clutterBottom = [.. new[]
            {
                "扫一扫在手机打开当前页",
                "分享到：微信 微博 QQ空间",
                "主办单位：\uE000办事处 技术支持：信息中心",
                "网站标识码 4420000023 备案号：粤ICP备05055555号",
                "【打印】 【关闭】 【返回顶部】",
                "发布日期：\uE001-09-09  浏览次数：-",
            }.Select(both)];
            _rare = [.. Markers.Rare.Select(both)];
            _medium = [.. Markers.Medium.Select(both)];
        }

        [ThreadStatic] private static Transliterator? t_toTraditional;

        /// <summary>ICU transliterators are not thread-safe: one per generating thread.</summary>
        private static string ToTraditional(string s)
        {
            var t = (t_toTraditional ??= Transliterator.CreateInstance("Simplified-Traditional")).Transliterate(s);
            return string.IsNullOrEmpty(t) ? s : t;
        }

        public static Corpus Load(string seedsDir, int seed, string? realDir = null)
        {
            Wrapper.Init();
            var toSimplified = Transliterator.CreateInstance("Traditional-Simplified");
            var cache = new Dictionary<string, Piece>(StringComparer.Ordinal);
            Piece Both(string s)
            {
                if (!cache.TryGetValue(s, out var p))
                    cache[s] = p = new Piece(s, ToTraditional(s));
                return p;
            }
            var pinyin = new Dictionary<char, string>();

            var sentences = new List<Sentence>();
            var headings = new List<Piece>();
            foreach (var file in Directory.GetFiles(seedsDir).Order(StringComparer.Ordinal))
            {
                foreach (var raw in File.ReadAllLines(file, Encoding.UTF8))
                {
                    foreach (Match m in AnnotatedHan().Matches(raw)) pinyin.TryAdd(m.Groups[1].Value[0], m.Groups[2].Value);
                    var line = toSimplified.Transliterate(PinyinNote().Replace(raw.Trim(), ""));
                    if (line.Length < 6) continue;
                    foreach (var u in OwnUnits) line = line.Replace(u, UnitMark.ToString());
                    line = YearInText().Replace(line, YearMark.ToString());
                    if (Heading().IsMatch(line) && line.Length <= 40)
                    {
                        headings.Add(Both(line));
                        continue;
                    }
                    if (line.Length < 20) continue;
                    foreach (var sentence in SentenceEnd().Split(line))
                    {
                        var s = sentence.Trim();
                        if (s.Length < 8) continue;
                        char end = "。！？；".Contains(s[^1]) ? s[^1] : '。';
                        if (end == s[^1]) s = s[..^1];
                        var clauses = s.Split(['，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                        if (clauses.Length == 0) continue;
                        sentences.Add(new Sentence([.. clauses.Select(Both)], end));
                    }
                }
            }

            // A few hundred unit names from syllables that contain no 区/市/县/镇 of their own.
            string first = "东西南北新永安宁泰和丰华兴隆福长清平瑞金玉青桃柳梅松竹兰湖江河溪山岭石桥洋浦塘湾沙田坂";
            string second = "园阳城湖江山桥浦塘湾溪岭口头洲坑林田庄源门村坪港塔亭岗埔岩";
            string[] suffix = ["街道", "街道", "街道", "镇", "镇", "乡"];
            var rng = new Random(seed);
            var names = new HashSet<string>(StringComparer.Ordinal);
            var units = new List<Piece>();
            while (units.Count < 300)
            {
                var name = $"{first[rng.Next(first.Length)]}{second[rng.Next(second.Length)]}{suffix[rng.Next(suffix.Length)]}";
                if (name[0] != name[1] && names.Add(name)) units.Add(Both(name));
            }
            var real = realDir is null ? ([], [], 0, 0) : RealText.Load(realDir, s => new Piece(s, ToTraditional));
            if (realDir is not null) Console.Error.WriteLine($"real text: {real.Files} files, {Figures.Mb(real.Bytes):F1} MB, {real.Sentences.Count} sentences, {real.Headings.Count} headings");
            return new Corpus(sentences, headings, [.. units], Both, (real.Sentences, real.Headings, real.Bytes), pinyin);
        }

        public BuiltReport Build(int seed, int number)
        {
            var rng = new Random(unchecked(seed * 1_000_003 + number * 7919 + 17));
            bool trad = rng.NextDouble() < TraditionalShare;
            bool clutter = rng.NextDouble() < ClutterShare;
            bool roundUp = rng.NextDouble() < RoundUpShare;
            // Only with real text, so that the seeds-only archive stays byte for byte what it was (same draws).
            bool annotate = _realSentences.Count > 0 && trad && _pinyin.Count > 0 && rng.NextDouble() < PinyinShare;
            var unit = _units[rng.Next(_units.Length)];
            int year = rng.Next(2010, 2026);
            int targetBytes = rng.Next(5 * 1024, 30 * 1024);
            var markers = new List<int>();
            for (int i = 0; i < _rare.Length; i++) if (rng.NextDouble() < Markers.RareShare) markers.Add(i);
            for (int i = 0; i < _medium.Length; i++) if (rng.NextDouble() < Markers.MediumShare) markers.Add(_rare.Length + i);

            var sb = new StringBuilder();
            string Fill(Piece p, Piece u) => p.In(trad).Replace(UnitMark.ToString(), u.In(trad)).Replace(YearMark.ToString(), (year - rng.Next(0, 2)).ToString());
            string FillYear(Piece p, Piece u) => p.In(trad).Replace(UnitMark.ToString(), u.In(trad)).Replace(YearMark.ToString(), year.ToString());

            if (clutter && rng.Next(3) == 0)
                for (int i = 0, n = rng.Next(2, 5); i < n; i++) sb.Append(FillYear(_clutterTop[rng.Next(_clutterTop.Length)], unit)).Append('\n');
            sb.Append('\n').Append(FillYear(roundUp ? _roundUpTitles[rng.Next(_roundUpTitles.Length)] : _titles[rng.Next(_titles.Length)], unit)).Append("\n\n");

            var sectionUnit = unit;
            var pendingMarkers = new Queue<int>(markers);
            int sections = roundUp ? rng.Next(3, 7) : 0;
            int bytesPerSection = sections > 0 ? targetBytes / sections : int.MaxValue;
            int sectionStart = 0;
            if (roundUp)
            {
                sectionUnit = _units[rng.Next(_units.Length)];
                sb.Append(sectionUnit.In(trad)).Append("： ").Append(Headline(rng)).Append("\n\n");
            }
            int countedChars = 0, bytes = 0;
            while (true)
            {
                bytes += Encoding.UTF8.GetByteCount(sb.ToString(countedChars, sb.Length - countedChars));
                countedChars = sb.Length;
                if (bytes >= targetBytes) break;
                if (roundUp && sb.Length * 3 - sectionStart > bytesPerSection)
                {
                    sectionStart = sb.Length * 3;
                    sectionUnit = _units[rng.Next(_units.Length)];
                    sb.Append(sectionUnit.In(trad)).Append("： ").Append(Headline(rng)).Append("\n\n");
                }
                else if (rng.NextDouble() < 0.15 && _headings.Count > 0)
                    sb.Append(Fill(_realHeadings.Count > 0 && rng.NextDouble() < RealShare
                        ? _realHeadings[rng.Next(_realHeadings.Count)] : _headings[rng.Next(_headings.Count)], sectionUnit)).Append('\n');

                int n = rng.Next(2, 8);
                for (int s = 0; s < n; s++)
                {
                    if (pendingMarkers.Count > 0 && rng.NextDouble() < 0.2)
                    {
                        int m = pendingMarkers.Dequeue();
                        var marker = m < _rare.Length ? _rare[m] : _medium[m - _rare.Length];
                        sb.Append(trad ? "積極推進" : "积极推进").Append(marker.In(trad)).Append('，');
                    }
                    AppendSentence(sb, rng, trad, sectionUnit, year, Fill);
                }
                sb.Append('\n');
            }
            while (pendingMarkers.Count > 0)
            {
                int m = pendingMarkers.Dequeue();
                var marker = m < _rare.Length ? _rare[m] : _medium[m - _rare.Length];
                sb.Append(marker.In(trad)).Append(trad ? "工作穩步推進。" : "工作稳步推进。").Append('\n');
            }
            if (clutter)
                for (int i = 0, n = rng.Next(2, 5); i < n; i++) sb.Append('\n').Append(FillYear(_clutterBottom[rng.Next(_clutterBottom.Length)], unit));
            sb.Append('\n');
            return new BuiltReport(number, annotate ? Annotate(sb.ToString(), rng) : sb.ToString(), trad, clutter, roundUp, annotate, markers);

            string Headline(Random r)
            {
                var s = _sentences[r.Next(_sentences.Count)];
                return s.Clauses[0].In(trad).Replace(UnitMark.ToString(), "").Replace(YearMark.ToString(), year.ToString());
            }
        }

        /// <summary>Pinyin after characters the seeds annotate, as one seed report does (務(wù)), for half of them.</summary>
        private string Annotate(string text, Random rng)
        {
            var sb = new StringBuilder(text.Length * 5 / 4);
            foreach (char c in text)
            {
                sb.Append(c);
                if (_pinyin.TryGetValue(c, out var py) && rng.Next(2) == 0) sb.Append(py);
            }
            return sb.ToString();
        }

        private Sentence NextSentence(Random rng) =>
            _realSentences.Count > 0 && rng.NextDouble() < RealShare ? _realSentences[rng.Next(_realSentences.Count)] : _sentences[rng.Next(_sentences.Count)];

        private void AppendSentence(StringBuilder sb, Random rng, bool trad, Piece unit, int year, Func<Piece, Piece, string> fill)
        {
            var a = NextSentence(rng);
            Piece[] clauses = a.Clauses;
            char end = a.End;
            if (a.Clauses.Length > 1 && rng.NextDouble() < 0.4)
            {
                // Recombine: the opening clauses of one sentence with the closing clauses of another.
                var b = NextSentence(rng);
                if (b.Clauses.Length > 1)
                {
                    int k = rng.Next(1, a.Clauses.Length), j = rng.Next(1, b.Clauses.Length);
                    clauses = [.. a.Clauses[..k], .. b.Clauses[j..]];
                    end = b.End;
                }
            }
            // Most mentions of a unit are the report's own; some name a neighbour.
            for (int i = 0; i < clauses.Length; i++)
            {
                if (i > 0) sb.Append(_comma.In(trad));
                sb.Append(fill(clauses[i], rng.NextDouble() < 0.8 ? unit : _units[rng.Next(_units.Length)]));
            }
            sb.Append(end);
        }
    }
}

/// <summary>
/// Phrases planted in a known share of generated reports, so that rare and medium queries exist at every size.
/// Built from characters that do not meet in the seed reports.
/// </summary>
public static class Markers
{
    public const double RareShare = 0.0004;   // each rare marker: in ~0.04% of reports
    public const double MediumShare = 0.03;   // each medium marker: in ~3% of reports

    public static readonly string[] Rare =
    [
        "鹭影湾智慧灌溉试点", "青砚山古驿道修缮", "琥珀溪萤火虫保育", "雁鸣滩候鸟驿站",
        "苔痕巷非遗工坊", "霁月塘莲藕合作社", "枫桥夜泊文旅街区", "砚池岭茶园数字化",
    ];

    public static readonly string[] Medium =
    [
        "银发食堂", "口袋公园", "共享菜园", "夜间经济示范街", "邻里议事厅",
    ];
}
