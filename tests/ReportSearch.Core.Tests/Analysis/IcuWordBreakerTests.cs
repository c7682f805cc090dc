using Icu;
using ReportSearch.Analysis;

namespace ReportSearch.Core.Tests.Analysis;

/// <summary>
/// Our direct binding to ICU's word break iterator must break exactly where icu.net's own iterator breaks:
/// the word field and the mechanism rules were tuned on icu.net's boundaries.
/// </summary>
public class IcuWordBreakerTests
{
    private static List<int> ByIcuNet(string text)
    {
        var result = new List<int>();
        if (text.Length == 0) return result;
        using var iterator = BreakIterator.CreateWordInstance(new Locale("zh"));
        iterator.SetText(text);
        int at = iterator.MoveFirst();
        result.Add(at);
        for (int next = iterator.MoveNext(); next > at && next <= text.Length; at = next, next = iterator.MoveNext())
            result.Add(next);
        return result;
    }

    private static List<int> ByBreaker(string text)
    {
        var result = new List<int>();
        IcuWordBreaker.ForThread.Boundaries(text, result);
        return result;
    }

    [Fact]
    public void Breaks_every_seed_report_where_icu_net_does()
    {
        var files = Directory.GetFiles(TestIndex.SeedsDir, "*.txt");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var expected = ByIcuNet(text);
            Assert.True(expected.Count > 100, $"{file}: too few words to compare");
            Assert.Equal(expected, ByBreaker(text));
        }
    }

    [Fact]
    public void Breaks_random_mixed_script_text_where_icu_net_does()
    {
        const string alphabet = "六个一工作机制政务公開經濟互联网+ 2024年abcＡＢ，。“”（）\n\t🙂、";
        var random = new Random(20261123);
        for (int round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.Equal(ByIcuNet(text), ByBreaker(text));
        }
    }

    [Fact]
    public void Reuses_the_thread_iterator_without_carrying_state_over()
    {
        var first = ByBreaker("街道开展六个一工作机制");
        _ = ByBreaker("完全不同的一段较长的文本内容，用来改变迭代器的状态。");
        Assert.Equal(first, ByBreaker("街道开展六个一工作机制"));
        Assert.Empty(ByBreaker(""));
    }
}
