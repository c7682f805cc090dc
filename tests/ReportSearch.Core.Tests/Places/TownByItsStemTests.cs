using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A town's page naming its town by the stem alone, tied once to its county (凤凰县禾库, 龙山县里耶), is the town's, not the
/// county's; a county's item about one of its towns, a county's notice and a text speaking as the county stay the
/// county's. Snippets of my own.
/// </summary>
public class TownByItsStemTests
{
    private static RegionResult Of(string title, string opening, string? org = null) =>
        RegionRecognizer.Recognize(org is null ? [(DocumentZone.Title, title), (DocumentZone.Opening, opening)]
            : [(DocumentZone.Title, title), (DocumentZone.Org, org), (DocumentZone.Opening, opening)]);

    private static string Shown(RegionResult r) => $"{r.Place?.Name} {r.Evidence}";

    [Theory]
    // The title ties the stem to the county's name; the text repeats the stem.
    [InlineData("凤凰县禾库苗寨迎来旅游旺季", "暑假以来，禾库游客明显增多。禾库的苗族银饰和鼓舞吸引了许多外地游客，禾库还开设了苗绣体验课。", "禾库镇")]
    // The county's full name before the stem once, the stem alone after.
    [InlineData("古镇秦简展开展", "龙山县里耶管理区举办秦简文化展。里耶出土的秦简记录了秦代的社会生活，里耶的吊脚楼也吸引了不少参观者。", "里耶镇")]
    public void A_town_named_by_its_stem_again_and_again_is_the_page_unit(string title, string opening, string expected)
    {
        var found = Of(title, opening);
        Assert.True(found.IsStrong && found.Place?.Name == expected, Shown(found));
    }

    [Theory]
    // The county named about as often as its town: the county's item.
    [InlineData("凤凰县文旅工作综述", "凤凰县着力发展文化旅游。凤凰县禾库镇的苗寨、凤凰县城的古城和禾库的银饰，都是凤凰县的名片。禾库今年接待游客增长两成。")]
    // The text speaks as the county (全县).
    [InlineData("凤凰县禾库苗寨迎来旅游旺季", "暑假以来，禾库游客明显增多，全县旅游收入稳步增长。禾库的苗族银饰吸引了许多游客，禾库还开设了苗绣体验课。")]
    // Never tied to the county: the stem alone may be a word or a place elsewhere.
    [InlineData("凤凰县古城迎来旅游旺季", "暑假以来，古城游客明显增多。禾库的苗族银饰吸引了许多游客，禾库还开设了苗绣体验课，禾库鼓舞也很受欢迎。")]
    public void The_county_stays(string title, string opening) =>
        Assert.Equal("凤凰县", Of(title, opening).Place?.Name);

    [Fact]
    public void A_county_notice_about_one_of_its_towns_stays_the_county() =>
        Assert.Equal("凤凰县", Of("凤凰县人民政府关于禾库苗寨保护工作的通知", "禾库镇人民政府：禾库苗寨保护工作事关禾库长远发展，禾库要制定保护方案。", "凤凰县人民政府").Place?.Name);
}
