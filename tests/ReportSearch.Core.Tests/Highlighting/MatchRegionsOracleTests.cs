using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Highlighting;

namespace ReportSearch.Core.Tests.Highlighting;

/// <summary>
/// Highlighting normalizes only the parts of a text where a term may occur (<see cref="MatchRegions"/>); the oracle is
/// what it did before, normalizing the whole text. Over generated texts that mix simplified and traditional script,
/// full-width forms, pinyin readings, quotation marks, 文号 years, invisible characters and long runs, the matches, the
/// slices and the snippets must be the same, byte for byte.
/// </summary>
public sealed class MatchRegionsOracleTests
{
    private const string Simplified = "工作发展建设推进六个一机制服务企业社区项目经济治理开放中心的年区务实现政府";
    private const string Traditional = "個發展經濟會區務開實髮現與";

    // Pieces that change under normalization or steer its context-dependent rules.
    private static readonly string[] Pieces =
    [
        "，", "。", "、", "；", "：", "“", "”", "‘", "’", "《", "》", "「", "」", "（一）", "(", ")", "（", "）",
        "abc", "ABC", "CAD", "x1", "2020", "１２", "Ａb", "ｗｕ", " ", "  ", "\u3000", "\n", "\r\n", "\t", "\f",
        "務(wù)", "區(qū)", "汉(hàn)", "(hàn)", "政(zhèng)", "实(shi2)", "(wù)(wù)", "（jīng）", "工作(AI)",
        "\u200B", "\u00AD", "\uFEFF", "'", "China's", "it ’s", "\"", "国发[2017]35号", "国发（2017）第3号",
        "〔2019〕12号", "(2017)年度", "【2020】8号", "⼀", "⼯", "㈠", "㍻", "豈", "ﬁ", "Ⅻ", "①", "·", "——", "…",
        "发展", "發展", "经济社会", "經(jīng)濟(jì)社會", "工 作", "六个“一”",
    ];

    // Rare pieces that rule splitting out (the whole text is normalized then): they must not change the answer either.
    private static readonly string[] RarePieces = ["<预算法>", "x<5", "＜规划＞", "𨨏", "\uD800"];

    [Fact]
    public void Matches_found_in_parts_are_those_of_the_whole_text()
    {
        var random = new Random(24);
        int split = 0, occurrences = 0;
        for (int round = 0; round < 3000; round++)
        {
            var text = Text(random);
            var terms = Terms(random, text);
            var expected = MatchFinder.FindInOriginal(TextNormalizer.Normalize(text), terms);
            var actual = MatchFinder.FindInOriginal(text, terms);
            Assert.True(expected.SequenceEqual(actual),
                $"round {round}: terms [{string.Join("|", terms)}] in «{text}»: expected {string.Join(",", expected)}, got {string.Join(",", actual)}");
            if (MatchRegions.Of(text, terms) is not null) split++;
            occurrences += expected.Count;
        }
        // The generated cases exercise the parts, not only the whole-text fallback, and find something.
        Assert.True(split > 2000, $"only {split} texts were split");
        Assert.True(occurrences > 10000, $"only {occurrences} occurrences");
    }

    [Fact]
    public void Normalizing_between_split_points_gives_the_slice_of_the_whole_normalization()
    {
        var random = new Random(25);
        int compared = 0;
        for (int round = 0; round < 2000; round++)
        {
            var text = Text(random);
            if (!TextNormalizer.SplitsCleanly(text)) continue;
            var whole = TextNormalizer.Normalize(text);
            var points = Enumerable.Range(0, text.Length + 1).Where(p => TextNormalizer.IsSplitPoint(text, p)).ToList();
            for (int pair = 0; pair < 5; pair++)
            {
                int a = points[random.Next(points.Count)], b = points[random.Next(points.Count)];
                if (a > b) (a, b) = (b, a);
                var part = TextNormalizer.NormalizeRange(text, a, b);
                // The units of the whole normalization that characters of [a, b) made.
                var units = Enumerable.Range(0, whole.Length).Where(u => whole.SourceStart(u) >= a && whole.SourceStart(u) < b).ToList();
                Assert.Equal(string.Concat(units.Select(u => whole.Text[u])), part.Text);
                Assert.Equal(units.Select(u => (whole.SourceStart(u), whole.SourceEnd(u))),
                    Enumerable.Range(0, part.Length).Select(u => (part.SourceStart(u), part.SourceEnd(u))));
                compared++;
            }
        }
        Assert.True(compared > 5000, $"only {compared} slices compared");
    }

    [Fact]
    public void Snippets_are_those_cut_around_the_whole_texts_matches()
    {
        var random = new Random(26);
        int marks = 0;
        for (int round = 0; round < 1500; round++)
        {
            var text = Text(random);
            var segment = new StoredSegment("r", 0, "西园街道", text, Sections(random, text));
            var terms = Terms(random, text);
            int max = random.Next(1, 4);
            var expected = SnippetBuilder.Cut(segment, terms, max, MatchFinder.FindInOriginal(TextNormalizer.Normalize(text), terms));
            var actual = SnippetBuilder.Build(segment, terms, max);
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
            marks += expected.Sum(s => s.Marks.Count);
        }
        Assert.True(marks > 3000, $"only {marks} marks compared");
    }

    private static string Describe(HighlightedSnippet s) =>
        $"{s.Section}|{s.District}|{s.Page}|{s.CutStart}|{s.CutEnd}|{string.Join(",", s.Marks)}|{s.Text}|{s.Html}";

    // Mostly Chinese text, some of it long (a segment is thousands of characters), with every kind of piece.
    private static string Text(Random random)
    {
        int length = random.Next(10) switch { 0 => random.Next(0, 8), < 7 => random.Next(8, 400), _ => random.Next(400, 4000) };
        bool rare = random.Next(8) == 0;
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            int roll = random.Next(100);
            if (roll < 60) sb.Append(Simplified[random.Next(Simplified.Length)]);
            else if (roll < 72) sb.Append(Traditional[random.Next(Traditional.Length)]);
            else if (rare && roll < 74) sb.Append(RarePieces[random.Next(RarePieces.Length)]);
            else sb.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return sb.ToString();
    }

    // One to three normalized terms: mostly pieces of the text itself (as written, so often across pinyin, quotes,
    // whitespace and traditional characters), some that may not occur, some spaced-script words.
    private static List<string> Terms(Random random, string text)
    {
        var terms = new List<string>();
        for (int n = random.Next(1, 4); terms.Count < n; )
        {
            string raw = random.Next(10) switch
            {
                < 6 when text.Length > 0 => Slice(random, text),
                6 => new string(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Simplified[random.Next(Simplified.Length)]).ToArray()),
                7 => Pieces[random.Next(Pieces.Length)],
                8 => Traditional[random.Next(Traditional.Length)].ToString(),
                _ => WordTerms[random.Next(WordTerms.Length)],
            };
            var normalized = TextNormalizer.NormalizeToString(raw);
            if (normalized.Length > 0) terms.Add(normalized);
        }
        return terms.Distinct().ToList();
    }

    private static readonly string[] WordTerms = ["abc", "cad", "2017", "x1", "wu", "china's", "〔2017〕35号", "s"];

    private static string Slice(Random random, string text)
    {
        int start = random.Next(text.Length);
        var slice = text.Substring(start, Math.Min(text.Length - start, random.Next(1, 10)));
        // No half of a surrogate pair: a query is whole characters.
        var whole = new string(slice.Where(c => !char.IsSurrogate(c)).ToArray());
        return whole.Length == 0 ? "工作" : whole;
    }

    private static List<IndexSection> Sections(Random random, string text)
    {
        var starts = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(text.Length + 1)).Append(0).Distinct().Order();
        return random.Next(3) == 0 ? [] : starts.Select((s, i) => new IndexSection(s, $"第{i}节", i % 2 == 0 ? null : "罗山街道")).ToList();
    }
}
