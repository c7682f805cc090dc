using System.Text;
using ReportSearch.Analysis;

namespace ReportSearch.Core.Tests.Analysis;

public class TextNormalizerTests
{
    private static string N(string s) => TextNormalizer.NormalizeToString(s);

    [Theory]
    [InlineData("１２３", "123")]
    [InlineData("ＡＢＣ", "abc")]
    [InlineData("ＣＡＤ图纸", "cad图纸")]
    [InlineData("Ｘ＋Ｙ", "x+y")]
    public void Folds_full_width_forms_and_latin_case(string input, string expected) => Assert.Equal(expected, N(input));

    [Theory]
    [InlineData("六個一", "六个一")]
    [InlineData("政務公開", "政务公开")]
    [InlineData("規劃計劃", "规划计划")]
    [InlineData("六个一", "六个一")]
    public void Folds_traditional_to_simplified(string input, string expected) => Assert.Equal(expected, N(input));

    [Theory]
    [InlineData("政務(wù)公開", "政务公开")]
    [InlineData("街道園區(qū)", "街道园区")]
    [InlineData("重點(diǎn)工作", "重点工作")]
    [InlineData("經(jīng)濟(jì)", "经济")]
    [InlineData("实(shi2)现", "实现")]
    [InlineData("政務(Wù)公開", "政务公开")]
    public void Removes_pinyin_annotations_after_characters(string input, string expected) => Assert.Equal(expected, N(input));

    [Theory]
    [InlineData("(一)抓实体", "(一)抓实体")]
    [InlineData("（记者黄祖祥）", "(记者黄祖祥)")]
    [InlineData("绘图(CAD)软件", "绘图(cad)软件")]
    [InlineData("条款(a)项", "条款(a)项")]
    [InlineData("(wù)开头", "(wù)开头")]
    [InlineData("人工智能（AI）", "人工智能(ai)")]
    [InlineData("人工智能(AI)发展", "人工智能(ai)发展")]
    [InlineData("生产总值（GDP）", "生产总值(gdp)")]
    [InlineData("工作(An)安排", "工作(an)安排")]
    public void Keeps_ordinary_parentheses(string input, string expected) => Assert.Equal(expected, N(input));

    [Theory]
    [InlineData("工 作 平 台", "工作平台")]
    [InlineData("工\u3000作", "工作")]
    [InlineData("复工\n复产", "复工复产")]
    [InlineData("复工\r\n  复产", "复工复产")]
    [InlineData("六\u200B个\u200D一", "六个一")]
    [InlineData("open   source", "open source")]
    [InlineData("工作 abc", "工作abc")]
    [InlineData("\ufeff工作", "工作")]
    public void Ignores_whitespace_except_between_words(string input, string expected) => Assert.Equal(expected, N(input));

    [Fact]
    public void Keeps_supplementary_characters_whole()
    {
        var text = "𨨏头村";
        var n = TextNormalizer.Normalize(text);
        Assert.Equal("𨨏头村", n.Text);
        Assert.Equal((0, 2), n.ToSource(0, 2));
        Assert.True(char.IsHighSurrogate(n.Text[0]) && char.IsLowSurrogate(n.Text[1]));
    }

    [Fact]
    public void Every_normalized_unit_maps_inside_the_original_in_order()
    {
        var random = new Random(7);
        var alphabet = "政務(wù)公開六個一 ，。ＡＢ１２abc\u3000\n𨨏（一）工作".EnumerateRunes().Select(r => r.ToString()).ToArray();
        for (int round = 0; round < 300; round++)
        {
            var original = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var n = TextNormalizer.Normalize(original);
            int last = 0;
            for (int i = 0; i < n.Length; i++)
            {
                Assert.InRange(n.SourceStart(i), last, original.Length - 1);
                Assert.True(n.SourceEnd(i) > n.SourceStart(i) && n.SourceEnd(i) <= original.Length);
                last = n.SourceStart(i);
            }
            // Normalizing is idempotent: the normalized text is its own normal form.
            Assert.Equal(n.Text, N(n.Text));
        }
    }

    [Fact]
    public void Offsets_of_a_traditional_match_land_on_the_original_characters()
    {
        var original = "首頁 > 政務(wù)公開 > 常泰";
        var n = TextNormalizer.Normalize(original);
        int at = n.Text.IndexOf("政务公开", StringComparison.Ordinal);
        var (s, e) = n.ToSource(at, at + 4);
        Assert.Equal("政務(wù)公開", original[s..e]);
    }
}
