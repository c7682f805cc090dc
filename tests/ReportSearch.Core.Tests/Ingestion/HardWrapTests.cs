using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Fixed-width wrapped text is re-joined into paragraphs; one-paragraph-per-line text is left alone.</summary>
public class HardWrapTests
{
    // Every line longer than the width is wrapped, except the header block's "key: value" lines, which real
    // archives keep one field group per line.
    private static bool IsHeaderField(string line) => line.IndexOfAny([':', '：']) is > 0 and < 6;

    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        for (int i = 0; i < paragraph.Length; i += width) yield return paragraph.Substring(i, Math.Min(width, paragraph.Length - i));
    }

    private static List<string> BodyLines(string text) =>
        ParseVirtual("w.txt", Encoding.UTF8.GetBytes(text)).Sections.SelectMany(s => s.Text.Split('\n')).Where(l => l.Length > 0).ToList();

    [Theory]
    [InlineData(000)]
    [InlineData(002)]
    [InlineData(004)]
    public void SeedParagraphsWrappedAtAFixedWidth_AreRejoined(int seedNumber)
    {
        var original = SeedText(SeedName(seedNumber.ToString("D3")));
        var expected = BodyLines(original);
        foreach (var width in new[] { 30, 38, 64 })
        {
            var wrapped = string.Join("\n", original.ReplaceLineEndings("\n").Split('\n').SelectMany(l => l.Trim().Length <= width || IsHeaderField(l) ? [l] : Wrap(l.Trim(), width)));
            Assert.Equal(expected, BodyLines(wrapped));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds), MemberType = typeof(IngestionTestSupport))]
    public void OneParagraphPerLineText_IsUnchanged(string seed)
    {
        var lines = ParseSeed(seed).Sections.SelectMany(s => s.Text.Split('\n')).Where(l => l.Length > 0).ToList();
        var sourceLines = SeedText(seed).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim(' ', '\u3000')).Where(l => l.Length > 0).ToHashSet();
        Assert.All(lines, l => Assert.Contains(l, sourceLines));
    }

    [Fact]
    public void ShortListLines_AreNotJoined()
    {
        var text = "绿洲镇2018年工作要点\n一、抓经济\n二、抓民生\n三、抓党建\n四、抓安全\n五、抓环境\n六、抓队伍\n";
        Assert.Equal(7, BodyLines(text).Count);
    }
}
