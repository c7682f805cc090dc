using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// Quotation marks, book-title marks and the brackets of a 文号's year, checked against an oracle of its own that
/// knows nothing of the normalizer: a report matches a term when its body, with the marks taken out and the year
/// brackets written 〔〕, contains the term treated the same way. Separators are not marks, so a term that joins
/// what a separator divides (六个一 against 六个，一) must find nothing there.
/// </summary>
public sealed partial class QuotationMarkOracleTests : IClassFixture<QuotationMarkOracleTests.Corpus>
{
    private const string Marks = "“”‘’「」『』《》〈〉";
    private static readonly string[] Han = "六个一工作机制放管服改革".EnumerateRunes().Select(r => r.ToString()).ToArray();
    private static readonly string[] Separators = ["，", "。", "、", "；", "：", "！", "？"];
    private static readonly (string Open, string Close)[] YearBrackets = [("〔", "〕"), ("[", "]"), ("（", "）"), ("(", ")"), ("【", "】")];

    public sealed class Corpus : IDisposable
    {
        public TestIndex Index { get; } = new();
        public List<string> Bodies { get; } = [];

        public Corpus()
        {
            for (int seed = 0; seed < 40; seed++)
            {
                var body = Body(new Random(seed));
                Bodies.Add(body);
                // The title line shares no character with the bodies' alphabet, so only bodies can match.
                Index.Write($"q/{seed:D3}.txt", $"西园街道2021年总结\n{body}\n");
            }
            // The issue's own examples, as reports write them.
            Bodies.Add("实行复工复产“六个一”工作机制，深入推进“放管服”改革，落实《预算法》第十条。");
            Index.Write($"q/{Bodies.Count - 1:D3}.txt", $"西园街道2021年总结\n{Bodies[^1]}\n");
            Index.Build();
        }

        public void Dispose() => Index.Dispose();
    }

    private readonly Corpus _corpus;
    public QuotationMarkOracleTests(Corpus corpus) => _corpus = corpus;

    // Han runs with pairs of marks around short stretches, separators and now and then a 文号 in some bracket form.
    private static string Body(Random random)
    {
        var sb = new StringBuilder();
        int length = random.Next(60, 160);
        while (sb.Length < length)
        {
            int roll = random.Next(100);
            if (roll < 75) sb.Append(Han[random.Next(Han.Length)]);
            else if (roll < 87)
            {
                int pair = random.Next(Marks.Length / 2) * 2;
                sb.Append(Marks[pair]);
                for (int i = random.Next(1, 5); i > 0; i--) sb.Append(Han[random.Next(Han.Length)]);
                sb.Append(Marks[pair + 1]);
            }
            else if (roll < 97) sb.Append(Separators[random.Next(Separators.Length)]);
            else sb.Append(DocNumber(random));
        }
        return sb.ToString();
    }

    private static string DocNumber(Random random)
    {
        var (open, close) = YearBrackets[random.Next(YearBrackets.Length)];
        return $"国发{open}{2016 + random.Next(2)}{close}{(random.Next(2) == 0 ? 35 : 5)}号";
    }

    [GeneratedRegex(@"[〔\[（(【](\d{4})[〕\]）)】](\d+号)")]
    private static partial Regex YearInBrackets();

    [GeneratedRegex(@"(?<=\d)[“”‘’「」『』《》〈〉]+(?=\d)")]
    private static partial Regex MarksBetweenDigits();

    // The oracle's own reading: marks out (between two digits they part two numbers, as a space would), year
    // brackets in the standard form.
    private static string Canonical(string s) =>
        YearInBrackets().Replace(string.Concat(MarksBetweenDigits().Replace(s, " ").Where(c => !Marks.Contains(c))), "〔$1〕$2");

    private HashSet<string> Expected(string term)
    {
        var key = Canonical(term);
        return Enumerable.Range(0, _corpus.Bodies.Count).Where(i => ContainsWhole(Canonical(_corpus.Bodies[i]), key))
            .Select(i => $"q/{i:D3}.txt").ToHashSet();
    }

    // Numbers match whole, as words do: 7〕5号 is not in 〔2017〕5号.
    private static bool ContainsWhole(string text, string term)
    {
        for (int at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            int end = at + term.Length;
            bool startOk = !char.IsAsciiDigit(term[0]) || at == 0 || !char.IsAsciiDigit(text[at - 1]);
            bool endOk = !char.IsAsciiDigit(term[^1]) || end == text.Length || !char.IsAsciiDigit(text[end]);
            if (startOk && endOk) return true;
        }
        return false;
    }

    private HashSet<string> Found(string query)
    {
        var response = _corpus.Index.Search(query, size: 50);
        Assert.True(response.Total <= 50);
        return response.Hits.Select(h => h.Source!).ToHashSet();
    }

    [Fact]
    public void Terms_with_marks_taken_out_moved_or_kept_find_exactly_the_reports_the_oracle_finds()
    {
        var random = new Random(2112);
        int checkedCount = 0, acrossMarks = 0, nonEmpty = 0;
        while (checkedCount < 300)
        {
            var body = _corpus.Bodies[random.Next(_corpus.Bodies.Count)];
            int length = random.Next(2, 9), start = random.Next(body.Length - length);
            var written = body.Substring(start, length);
            var term = (checkedCount % 3) switch
            {
                0 => string.Concat(written.Where(c => !Marks.Contains(c))), // as staff type it: no marks
                1 => written,                                                 // pasted with its marks
                _ => written.Insert(random.Next(written.Length + 1), Marks[random.Next(Marks.Length)].ToString()), // a stray mark
            };
            if (Canonical(term).Length == 0) continue;
            var expected = Expected(term);
            var actual = Found($"\"{term}\"");
            Assert.True(expected.SetEquals(actual),
                $"term «{term}»: expected [{string.Join(", ", expected.Order())}], found [{string.Join(", ", actual.Order())}]");
            if (written.Any(Marks.Contains)) acrossMarks++;
            if (actual.Count > 0) nonEmpty++;
            checkedCount++;
        }
        Assert.True(acrossMarks > 50, $"only {acrossMarks} terms crossed a mark");
        Assert.True(nonEmpty > 200, $"only {nonEmpty} terms found anything");
    }

    [Fact]
    public void A_term_that_joins_what_a_separator_divides_does_not_find_it()
    {
        int checkedCount = 0;
        for (int i = 0; i < _corpus.Bodies.Count; i++)
        {
            var canonical = Canonical(_corpus.Bodies[i]);
            foreach (Match m in SeparatedPair().Matches(canonical))
            {
                var joined = m.Groups[1].Value + m.Groups[2].Value; // 六个，一 → 六个一
                var found = Found($"\"{joined}\"");
                Assert.True(Expected(joined).SetEquals(found), $"«{joined}» (from «{m.Value}»)");
                if (!canonical.Contains(joined, StringComparison.Ordinal))
                {
                    Assert.DoesNotContain($"q/{i:D3}.txt", found);
                    checkedCount++;
                }
            }
        }
        Assert.True(checkedCount > 30, $"only {checkedCount} reports hold a separated pair and not the joined term");
    }

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}{2})[，。、；：！？](\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SeparatedPair();

    [Theory]
    [InlineData("复工复产六个一工作机制", "复工复产“六个一”工作机制")]
    [InlineData("深入推进放管服改革", "深入推进“放管服”改革")]
    [InlineData("预算法第十条", "预算法》第十条")]
    [InlineData("“六个一”工作", "六个一”工作")]
    public void A_phrase_typed_without_marks_finds_and_marks_the_text_written_with_them(string query, string marked)
    {
        var hit = Assert.Single(_corpus.Index.Search(query).Hits);
        Assert.Equal($"q/{_corpus.Bodies.Count - 1:D3}.txt", hit.Source);
        var snippet = hit.Snippets.Single(s => s.Highlights.Count > 0);
        Assert.Equal(marked, snippet.Text[snippet.Highlights[0][0]..snippet.Highlights[0][1]]);
    }

    [Fact]
    public void A_separator_still_breaks_the_phrase() => Assert.Empty(_corpus.Index.Search("机制深入").Hits);

    [Theory]
    [InlineData("国发[2017]35号")]
    [InlineData("国发（2017）35号")]
    [InlineData("国发(2017)35号")]
    [InlineData("国发【2017】35号")]
    [InlineData("国发〔2017〕35号")]
    [InlineData("国发[2016]5号")]
    public void Every_bracket_form_of_a_document_number_finds_every_other(string number)
    {
        var expected = Expected(number);
        Assert.NotEmpty(expected);
        Assert.True(expected.SetEquals(Found(number)), number);
        Assert.True(expected.SetEquals(Found($"\"{number}\"")), "quoted " + number);
    }
}
