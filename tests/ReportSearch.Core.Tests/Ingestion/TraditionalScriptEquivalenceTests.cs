using System.Reflection;
using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Archives hold traditional-script copies of the same kinds of documents (issue 19's users: simplified and traditional
/// archives). The oracle is the simplified original: the same text in traditional characters must yield the same
/// metadata, compared after folding back to simplified. The documents are every real snippet the metadata rule tests
/// hold (their string constants and the strings of their <see cref="InlineDataAttribute"/> rows), so each new rule test
/// is checked in both scripts without being written twice.
/// </summary>
public class TraditionalScriptEquivalenceTests
{
    // A snippet shorter than this is a fragment a rule is tested on (a title, a field), not a document's opening.
    private const int MinHanChars = 40;

    private static readonly Lazy<Icu.Transliterator> ToTraditional = new(() =>
    {
        ScriptConverter.ToSimplified(new Rune('國')); // loads ICU's data, as the product does on its first fold
        return Icu.Transliterator.CreateInstance("Simplified-Traditional");
    });

    // Shapes whose rules once read the printed characters rather than their simplified view; each is checked in both
    // scripts by the theory below like every other snippet.
    private const string LawUnderItsTitle = """
        中华人民共和国国籍法
        （1980年9月10日第五届全国人民代表大会第三次会议通过　1980年9月10日全国人民代表大会常务委员会委员长令第八号公布施行）
        第一条　中华人民共和国国籍的取得、丧失和恢复，都适用本法。
        第二条　中华人民共和国是统一的多民族的国家，各民族的人都具有中国国籍。
        """;

    private const string ReplyRunTogetherWithItsDisclosureNote = """
        河北省人民政府关于同意建立青崖寨省级自然保护区的批复
        某市人民政府：你市《关于建立青崖寨省级自然保护区的请示》收悉。经省政府研究，同意建立青崖寨省级自然保护区，保护区管理机构按有关程序报批。二〇〇六年二月五日公开程序：本单位审核后公开责任部门：省政府办公厅秘书一处
        """;

    private const string PolicyPostedThroughAChannel = """
        毕节市住房公积金贷款优惠政策
        发布时间：2024-07-30　来源：毕节市住房公积金管理中心微信公众号
        为进一步发挥住房公积金制度作用，支持缴存职工合理住房需求，现将我市住房公积金贷款优惠政策公布如下。
        一、提高贷款额度。
        """;

    private const string NewsFromACountyOfficeNamedRelatively = """
        四川农业大学—石棉县协同创新工作推进会在四川农业大学召开
        发布时间：2015-12-22　来源：县政府办
        12月18日，四川农业大学—石棉县协同创新工作推进会在四川农业大学召开，双方就下一步合作进行了深入交流。
        """;

    private const string ReportTitledOnTwoLinesOverItsSubtitle = """
        决胜全面建成小康社会
        夺取新时代中国特色社会主义伟大胜利
        ——在中国共产党第十九次全国代表大会上的报告
        （2017年10月18日）
        同志们：
        现在，我代表第十八届中央委员会向大会作报告。
        """;

    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var name in SnippetsByName.Value.Keys) data.Add(name);
        return data;
    }

    // Collected once by reflection: every case of the theory looks its text up by name.
    private static readonly Lazy<Dictionary<string, string>> SnippetsByName = new(() => SnippetTexts().ToDictionary(s => s.Name, s => s.Text));

    private static IEnumerable<(string Name, string Text)> SnippetTexts()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var types = typeof(TraditionalScriptEquivalenceTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(TraditionalScriptEquivalenceTests).Namespace && t.Name.EndsWith("Tests", StringComparison.Ordinal))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in types)
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            var constants = type.GetFields(all).Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Name: $"{type.Name}.{f.Name}", Text: (string)f.GetRawConstantValue()!));
            var rows = type.GetMethods(all).OrderBy(m => m.Name, StringComparer.Ordinal)
                .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(m))
                    .SelectMany((row, r) => row.OfType<string>().Select((s, k) => (Name: $"{type.Name}.{m.Name}[{r}.{k}]", Text: s))));
            foreach (var (name, text) in constants.Concat(rows))
                if (text.Count(ChineseText.IsHan) >= MinHanChars && seen.Add(text)) yield return (name, text);
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_snippet_in_traditional_characters_has_the_metadata_of_its_simplified_original(string name)
    {
        var text = SnippetsByName.Value[name];
        var traditional = ToTraditional.Value.Transliterate(text);
        Assert.NotEqual(text, traditional); // the snippet has characters the two scripts write differently
        Assert.Equal(Facts(Parse(text)), Facts(Parse(traditional)));
    }

    [Fact]
    public void The_rule_tests_give_enough_snippets_to_mean_something()
    {
        Assert.True(SnippetsByName.Value.Count >= 40, $"only {SnippetsByName.Value.Count} snippets found");
    }

    private static ReportMetadata Parse(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private static string[] Facts(ReportMetadata m) =>
    [
        $"title {Fold(m.Title)}", $"year {m.Year}", $"date {m.Date}", $"region {(m.RegionPath is null ? "" : string.Join('›', m.RegionPath))}",
        $"org {Fold(m.Org)}", $"number {Fold(m.DocNumber)}", $"kind {m.Kind}", $"validity {Fold(m.Validity)}",
    ];

    private static string Fold(string? s) => s is null ? "" : ChineseText.Simplify(s);
}
