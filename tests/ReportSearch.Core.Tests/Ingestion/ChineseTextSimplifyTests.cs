using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// <see cref="ChineseText.Simplify"/> reads most ideographs' simplified forms from a table of single characters and
/// the rest through <see cref="ScriptConverter.ToSimplified"/>: both paths must give what the string path gives.
/// </summary>
public class ChineseTextSimplifyTests
{
    [Fact]
    public void Every_unified_ideograph_simplifies_as_the_converter_says()
    {
        var differing = new List<string>();
        for (char c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            var expected = ScriptConverter.ToSimplified(new Rune(c));
            if (ChineseText.Simplify(c.ToString()) != expected) differing.Add($"U+{(int)c:X4}");
        }
        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("國務院關於「十大新聞」的通知", "国务院关于“十大新闻”的通知")]
    [InlineData("2026年政府工作报告", "2026年政府工作报告")]
    public void A_line_is_folded_character_by_character(string line, string expected) =>
        Assert.Equal(expected, ChineseText.Simplify(line));

    [Fact]
    public void A_text_already_simplified_is_returned_as_it_is()
    {
        const string line = "关于印发2026年工作要点的通知";
        Assert.Same(line, ChineseText.Simplify(line));
    }
}
