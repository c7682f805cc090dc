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

    [Theory]
    [InlineData("复工复产“六个一”工作机制", "复工复产六个一工作机制")]
    [InlineData("深入推进“放管服”改革", "深入推进放管服改革")]
    [InlineData("《预算法》第十条", "预算法第十条")]
    [InlineData("「六个一」『两新』〈规划〉‘三服务’", "六个一两新规划三服务")]
    [InlineData("﹁六个一﹂︽规划︾〝两新〞«ab»", "六个一规划两新ab")]
    [InlineData("＂六个一＂工作", "六个一工作")]
    [InlineData("\"六个一\"工作", "六个一工作")]
    [InlineData("<预算法>第十条", "预算法第十条")]
    [InlineData("<<预算法>>第十条", "预算法第十条")]
    [InlineData("＜预算法＞", "预算法")]
    [InlineData("say \"open\" data", "say open data")]
    [InlineData("a\"b\"", "a b")]
    [InlineData("'open' data", "open data")]
    public void Quotation_and_book_title_marks_read_as_whitespace(string input, string expected) => Assert.Equal(expected, N(input));

    [Theory]
    [InlineData("六个，一", "六个,一")]
    [InlineData("六个。一", "六个。一")]
    [InlineData("六个、一", "六个、一")]
    [InlineData("六个；一：二！三？", "六个;一:二!三?")]
    [InlineData("China's", "china's")]
    [InlineData("China’s", "china’s")]
    [InlineData("x<5", "x<5")]
    [InlineData("收入>5000元，支出<3000元", "收入>5000元,支出<3000元")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("<工作\n安排>", "<工作安排>")]
    public void Separators_apostrophes_and_comparisons_stay(string input, string expected) => Assert.Equal(expected, N(input));

    [Theory]
    [InlineData("国发[2017]35号", "国发〔2017〕35号")]
    [InlineData("国发（2017）35号", "国发〔2017〕35号")]
    [InlineData("国发(2017)35号", "国发〔2017〕35号")]
    [InlineData("国发【2017】35号", "国发〔2017〕35号")]
    [InlineData("国发〔2017〕35号", "国发〔2017〕35号")]
    [InlineData("国发［２０１７］第３５号", "国发〔2017〕第35号")]
    [InlineData("浙政办发〔2017〕 35 号", "浙政办发〔2017〕35号")]
    [InlineData("(2017)年度", "(2017)年度")]
    [InlineData("[2017]", "[2017]")]
    [InlineData("(2017)35", "(2017)35")]
    [InlineData("(1817)35号", "(1817)35号")]
    public void The_year_brackets_of_a_document_number_fold_to_one_form(string input, string expected) => Assert.Equal(expected, N(input));

    [Fact]
    public void A_phrase_across_quotation_marks_maps_back_over_the_marks()
    {
        var original = "实行“六个一”工作机制";
        var n = TextNormalizer.Normalize(original);
        int at = n.Text.IndexOf("六个一工作", StringComparison.Ordinal);
        var (s, e) = n.ToSource(at, at + 5);
        Assert.Equal("六个一”工作", original[s..e]);
    }

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
        var alphabet = "政務(wù)公開六個一 ，。ＡＢ１２abc\u3000\n𨨏（一）工作“”《》<>'\"〔[2017]35号".EnumerateRunes().Select(r => r.ToString()).ToArray();
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
            // Normalizing is idempotent: the normalized text is its own normal form. The text alone is the same text.
            Assert.Equal(n.Text, N(n.Text));
            Assert.Equal(n.Text, N(original));
        }
    }

    [Fact]
    public void Letters_and_digits_are_those_of_the_normalized_text()
    {
        // Readings after Han characters and after other readings, readings after quotes, spaces and angle titles
        // (which stay), surrogate pairs, fullwidth letters, enclosed forms that fold to several characters.
        var random = new Random(11);
        string[] alphabet = ["政", "務", "汉", "(wù)", "(hàn)", "(ｗù)", "（Wù）", "(shi2)", "(AI)", "(一)", "（一）", "(", ")", "wu4", " ",
            "，", "。", "Ａ", "１", "abc", "À", "\u3000", "\n", "𨨏", "⑴", "⒜", "“", "”", "《", "》", "<<", "<", ">", ">>", "'", "’", "\"",
            "〔2017〕35号", "[2017]", "\u200B"];
        for (int round = 0; round < 2000; round++)
        {
            var original = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            int start = random.Next(0, original.Length + 1), end = random.Next(start, original.Length + 1);
            if (char.IsLowSurrogate(original.ElementAtOrDefault(start)) || char.IsLowSurrogate(original.ElementAtOrDefault(end))) continue;
            var expected = string.Concat(N(original[start..end]).Where(char.IsLetterOrDigit));
            var letters = new StringBuilder("前");
            TextNormalizer.AppendLettersAndDigits(original, start, end, letters);
            Assert.Equal("前" + expected, letters.ToString());
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
