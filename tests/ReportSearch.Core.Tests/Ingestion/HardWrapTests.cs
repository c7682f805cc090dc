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

    // Numbered paragraphs ((一)支持刚性购房需求。对购买…) wrapped at a width their first lines fill: each is one paragraph
    // again, as a heading shorter than the width stays a line of its own. Found with altered-forms' wrap form on
    // policy-scan's tune part: a paragraph's first line had stood alone, and 《太 / 原市…》 lost the notice its city.
    [Fact]
    public void NumberedParagraphsWhoseFirstLineFillsTheWidth_AreRejoined()
    {
        var paragraphs = new List<string> { "关于促进房地产业良性循环和健康发展的若干意见", "一、满足居民合理住房需求" };
        for (int k = 1; k <= 8; k++)
            paragraphs.Add($"({ChineseNumber(k)})支持第{k}类购房需求。对全市在建在售房地产项目统一按照《某某市新建商品房预售资金监管办法》执行，鼓励银行业金融机构将首付比例按照20%执行，并降低贷款利率。");
        var original = string.Join("\n", paragraphs);
        var expected = BodyLines(original);
        foreach (var width in new[] { 30, 34, 40 })
            Assert.Equal(expected, BodyLines(string.Join("\n", paragraphs.SelectMany(p => p.Length <= width ? [p] : Wrap(p, width)))));
    }

    private static string ChineseNumber(int k) => "一二三四五六七八九十"[k - 1].ToString();

    [Fact]
    public void ShortListLines_AreNotJoined()
    {
        var text = "绿洲镇2018年工作要点\n一、抓经济\n二、抓民生\n三、抓党建\n四、抓安全\n五、抓环境\n六、抓队伍\n";
        Assert.Equal(7, BodyLines(text).Count);
    }

    // A table kept as plain text (a notice's attached table of tasks): rows of one length that break no sentence, as
    // wrapped lines do, but with their cells apart. Each row stays a line, and so does the signature above the table:
    // joined as one wrapped paragraph, they had hidden the notice's closing date (found with altered-forms' attach form).
    [Theory]
    [InlineData("　")]
    [InlineData("\t")]
    [InlineData("  ")]
    public void TableRows_AreNotJoined(string gap)
    {
        var rows = Enumerable.Range(1, 20).Select(i => string.Join(gap, $"{i,2}", "开展专项检查", "各责任单位", i % 2 == 0 ? "长期坚持" : "年底前完成")).ToList();
        var text = "关于开展安全生产大检查的通知\n某某县应急管理局2021年3月5日\n附件\n重点任务分解表\n" + string.Join(gap, "序号", "任务", "责任单位", "完成时限") + "\n" + string.Join("\n", rows);
        var lines = BodyLines(text);
        Assert.Contains("某某县应急管理局2021年3月5日", lines);
        Assert.Equal(rows.Count, lines.Count(l => l.Contains("开展专项检查")));
    }

    private static string WrapAll(string text, int width) =>
        string.Join("\n", text.Split('\n').SelectMany(l => l.Length == 0 ? [l] : Wrap(l, width)));

    // A regulation laid out as its source prints it, blank lines between paragraphs: its articles of one or two wrapped
    // lines leave as many short last lines as full ones, and the passage line broken in two had lost its date and body.
    [Fact]
    public void WrappedRegulationWithBlankLines_IsRejoined_AndKeepsItsPassageLine()
    {
        const string passage = "（2016年9月30日某某市第十五届人民代表大会常务委员会第三十八次会议通过）";
        var text = "某某市河道管理条例\n\n" + passage + "\n\n第一章 总则\n\n"
            + "第一条 为了加强河道管理，保障防洪安全，发挥河道的综合效益，根据有关法律、法规，结合本市实际，制定本条例。\n\n"
            + "第二条 本条例适用于本市行政区域内河道的整治、利用和保护。\n\n"
            + "第三条 河道管理坚持统一管理与分级管理相结合的原则。\n\n"
            + "第四条 市水行政主管部门负责全市河道的管理工作，区水行政主管部门按照规定的权限负责本辖区内河道的管理工作。\n\n"
            + "第五条 任何单位和个人都有保护河道堤防安全和参加防汛抢险的义务。\n\n"
            + "第六条 河道管理范围内的土地和水域，由区人民政府按照规定的权限划定并公告，任何单位和个人不得擅自占用。\n\n"
            + "第七条 在河道管理范围内建设跨河、穿河、临河的建筑物和设施，建设单位应当按照规定报经水行政主管部门审查同意。\n\n"
            + "第八条 禁止在河道管理范围内倾倒垃圾、渣土，禁止在堤防和护堤地建房、放牧、开渠、打井、挖窖。\n\n"
            + "第九条 违反本条例规定的，由水行政主管部门责令停止违法行为，限期恢复原状，可以处一万元以下的罚款。\n\n"
            + "第十条 本条例自2017年1月1日起施行。\n";
        var original = ParseVirtual("r.txt", Encoding.UTF8.GetBytes(text));
        var wrapped = ParseVirtual("r.txt", Encoding.UTF8.GetBytes(WrapAll(text, 34)));
        Assert.Contains(BodyLines(WrapAll(text, 34)), l => l.Contains(passage.Trim('（', '）')));
        Assert.Equal("2016-09-30", original.Metadata.Date);
        Assert.Equal(original.Metadata.Date, wrapped.Metadata.Date);
        Assert.Equal(original.Metadata.Org, wrapped.Metadata.Org);
    }

    // Two lines over two paragraphs, all wrapped at the first line's length: the first line read back.
    private static string FirstLineWrappedAtHead(string head, string next)
    {
        var body = string.Concat(Enumerable.Repeat("为了进一步做好城市管理工作，推动城市高质量发展，现就有关事项提出如下意见，请认真贯彻执行。", 4));
        return BodyLines(WrapAll(head + "\n" + next + "\n" + body + "\n" + body + "\n", head.Length))[0];
    }

    // A title or a session line as long as the wrap width is a line of its own, not the start of the paragraph under it.
    [Theory]
    [InlineData("某某市人民政府办公室关于加强城市管理工作促进高质量发展的实施意见", "各区人民政府，市政府各部门：")]
    [InlineData("2019年1月29日在某某区第二届人民代表大会第三次会议上", "某某区人民政府区长 张某某")]
    public void FullWidthTitleOrSessionLine_StaysOnItsOwnLine(string head, string next)
    {
        Assert.Equal(head, FirstLineWrappedAtHead(head, next));
    }

    // A title broken after its quoted name goes on (…考评办法》 over 的通知), and a quoted name ending a sentence's line
    // is the sentence's (决定对《…办法》 over 作如下修改): both are joined.
    [Theory]
    [InlineData("某某市人民政府办公室关于印发《某某市2022年数字政府建设考评办法》", "的通知")]
    [InlineData("省人民政府第66次常务会议决定对《某某省流动人口服务和管理办法》", "作如下修改：")]
    public void LineThatGoesOnUnderIt_IsJoined(string head, string next)
    {
        Assert.Equal(head + next, FirstLineWrappedAtHead(head, next));
    }
}
