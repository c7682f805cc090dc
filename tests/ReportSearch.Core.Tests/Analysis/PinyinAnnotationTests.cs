using ReportSearch.Analysis;

namespace ReportSearch.Core.Tests.Analysis;

/// <summary>
/// Only pinyin readings go (政務(wù)公開): abbreviations and notes in parentheses after a Han character stay
/// searchable (人工智能（AI）, 亚太经合组织（APEC）): a reading carries a tone, an abbreviation does not.
/// </summary>
public class PinyinAnnotationTests
{
    private static readonly string[] Han = ["政", "務", "公", "開", "能", "區", "组", "织", "定", "业"];
    private static readonly string[] TonedSyllables = ["wù", "qū", "shí", "chǎn", "xiàng", "fā", "diǎn", "jīng", "zhì", "lǜ", "wu4", "shi2", "qu1"];
    private static readonly string[] Abbreviations = ["AI", "APEC", "CPTPP", "DEPA", "GDP", "PM", "Ai", "QU", "WU"];

    private static string N(string s) => TextNormalizer.NormalizeToString(s);

    [Fact]
    public void TonedLowerCaseSyllableInHalfWidthParentheses_AfterHan_IsDropped()
    {
        var random = new Random(10);
        for (int i = 0; i < 500; i++)
        {
            string a = Han[random.Next(Han.Length)], b = Han[random.Next(Han.Length)], s = TonedSyllables[random.Next(TonedSyllables.Length)];
            Assert.Equal(N(a + b), N($"{a}({s}){b}"));
        }
    }

    [Fact]
    public void AbbreviationsInAnyParentheses_AfterHan_AreKept()
    {
        var random = new Random(11);
        string[][] brackets = [["(", ")"], ["（", "）"]];
        for (int i = 0; i < 500; i++)
        {
            string a = Han[random.Next(Han.Length)], abbr = Abbreviations[random.Next(Abbreviations.Length)];
            var pair = brackets[random.Next(2)];
            // Full-width letters too: ＡＩ.
            if (random.Next(3) == 0) abbr = string.Concat(abbr.Select(c => (char)(c - 'A' + 'Ａ' + (char.IsLower(c) ? 'a' - 'A' : 0))));
            var normalized = N($"{a}{pair[0]}{abbr}{pair[1]}");
            Assert.Contains(N(abbr), normalized);
            Assert.Contains("(", normalized);
        }
    }

    [Theory]
    [InlineData("人工智能（AI）", "人工智能(ai)")]
    [InlineData("人工智能(AI)", "人工智能(ai)")]
    [InlineData("人工智能(ai)", "人工智能(ai)")]
    [InlineData("區（qū）", "区")]
    [InlineData("型号(A1)", "型号(a1)")]
    [InlineData("政務(wù)公開", "政务公开")]
    public void Examples(string input, string expected) => Assert.Equal(expected, N(input));

    [Fact]
    public void DroppedAnnotation_OffsetsStillMapToTheOriginal()
    {
        var original = "经济政務(wù)公開人工智能（AI）";
        var n = TextNormalizer.Normalize(original);
        Assert.Equal("经济政务公开人工智能(ai)", n.Text);
        int at = n.Text.IndexOf("(ai)", StringComparison.Ordinal);
        var (s, e) = n.ToSource(at, at + 4);
        Assert.Equal("（AI）", original[s..e]);
    }
}
