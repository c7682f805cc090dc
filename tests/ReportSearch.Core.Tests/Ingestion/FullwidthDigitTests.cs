using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Digits written fullwidth (２０２１年３月１日, 〔2017〕３５号) are text like any other: every numbered shape the
/// metadata rules read (a law's history line, a 文号, a session line, a date line, a year in the title) must parse
/// with them, and whatever they read must be what the same text with ASCII digits gives (a rule may read less,
/// never something else). A single fullwidth digit used to throw inside a rule and lose the whole file.
/// </summary>
public class FullwidthDigitTests
{
    private static readonly string[] Shapes =
    [
        "洛阳市城市绿化条例\n\n2001年3月1日洛阳市第十一届人民代表大会常务委员会第三次会议通过\n2001年5月25日河南省第九届人民代表大会常务委员会第二十二次会议批准\n\n第一条 为了促进城市绿化。",
        "索引号：11410300/2017-00035\n发布机构：洛阳市人民政府\n文号：洛政〔2017〕35号\n成文日期：2017年06月28日\n\n洛阳市人民政府关于加强城市管理的通知\n\n各县（市、区）人民政府：现将有关事项通知如下。",
        "2020年政府工作报告\n\n——2020年1月16日在西园县第十七届人民代表大会第四次会议上\n\n各位代表：现在，我代表县人民政府向大会报告工作。",
        "西园街道2019年工作总结\n\n2019年，西园街道在区委、区政府的领导下，实行“六个一”工作机制。\n\n西园街道办事处\n2019年12月20日",
        "关于印发《西园镇2023年防汛工作方案》的通知（西政发〔2023〕3号）\n\n各村：现印发给你们，请认真执行。\n\n西园镇人民政府\n2023年4月2日印发",
    ];

    private static string Fullwidth(string text, Random random) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' && random.Next(2) == 0 ? (char)(c - '0' + '０') : c));

    private static ReportMetadata Parse(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return ReportParsers.Default().Parse(new SourceFile("/a/report.txt", "report.txt", bytes.Length, DateTime.UtcNow), bytes).Metadata;
    }

    [Fact]
    public void Fullwidth_digits_anywhere_parse_and_read_nothing_the_ascii_text_does_not()
    {
        var random = new Random(2021);
        foreach (var shape in Shapes)
        {
            var ascii = Parse(shape);
            for (int round = 0; round < 20; round++)
            {
                // The first round writes every digit fullwidth, the others a random half of them.
                var mixed = Parse(round == 0 ? string.Concat(shape.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c)) : Fullwidth(shape, random));
                if (mixed.Year is { } year) Assert.Equal(ascii.Year, year);
                if (mixed.Date is { } date) Assert.Equal(ascii.Date, date);
                if (mixed.DocNumber is { } number) Assert.Equal(DocNumberText.Key(ascii.DocNumber ?? ""), DocNumberText.Key(number));
            }
        }
    }

    [Theory]
    [InlineData("2021", 2021)]
    [InlineData("２０２１", 2021)]
    [InlineData("2０2１", 2021)]
    [InlineData("٣٥", 35)]
    public void Digit_runs_of_any_script_have_their_value(string digits, int value) => Assert.Equal(value, DigitText.Value(digits));
}
