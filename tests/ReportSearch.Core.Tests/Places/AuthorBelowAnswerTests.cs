using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A county's or a town's page in the first person (我县, 本镇) reporting on a city, province or the country is not
/// that unit's page: no answer rather than a unit above the author. Snippets of my own.
/// </summary>
public class AuthorBelowAnswerTests
{
    private static RegionResult Of(string title, string opening, string? org = null) =>
        RegionRecognizer.Recognize(org is null ? [(DocumentZone.Title, title), (DocumentZone.Opening, opening)]
            : [(DocumentZone.Title, title), (DocumentZone.Org, org), (DocumentZone.Opening, opening)]);

    private static string Shown(RegionResult r) => $"{(r.National ? "全国" : r.Place?.Name)} {r.Evidence}";

    [Theory]
    // A city's meeting attended at the county's branch venue.
    [InlineData("全市安全生产工作会议召开", "4月10日，湖州市安全生产工作会议召开。会议传达学习了全省安全生产工作会议精神。县委常委、副县长王某在县分会场参加会议。会后，我县随即召开会议，对全县安全生产工作进行再部署。")]
    // A province's ranking of the county.
    [InlineData("我县在全省2023年度乡村振兴考核中获评优秀", "近日，浙江省委农办公布2023年度乡村振兴实绩考核结果，我县获评优秀等次，这是我县连续第三年获此殊荣。")]
    // A central body's inspection of the county.
    [InlineData("全国文明城市测评组来我县暗访", "10月12日至14日，中央文明办测评组对我县创建全国文明县城工作进行实地暗访测评。")]
    // A town's news of its city's congress.
    [InlineData("宣讲会召开", "11月8日，宁波市第十三次党代会精神宣讲会在我镇召开，市委宣讲团成员作宣讲报告。本镇全体机关干部参加会议。")]
    // A district's: 我区 outside the autonomous regions.
    [InlineData("全市安全生产工作会议召开", "4月10日，杭州市安全生产工作会议召开。副区长王某在区分会场参加会议。会后，我区随即召开会议，对全区安全生产工作进行再部署。")]
    [InlineData("我区在全省营商环境评价中获评优秀", "近日，浙江省发展改革委公布2023年度营商环境评价结果，我区获评优秀等次。")]
    public void A_first_person_county_or_town_is_not_the_unit_above_it(string title, string opening) =>
        Assert.False(Of(title, opening).IsStrong, Shown(Of(title, opening)));

    [Fact]
    public void A_county_office_forwarding_a_city_notice_is_not_the_city() =>
        Assert.False(Of("关于转发《湖州市人民政府办公室关于进一步加强防汛工作的通知》的通知",
            "各乡镇人民政府、街道办事处，县政府各部门：现将《湖州市人民政府办公室关于进一步加强防汛工作的通知》转发给你们，请认真贯彻执行。", "县政府办公室").IsStrong);

    [Fact]
    public void The_unit_above_stays_a_mentioned_place() =>
        Assert.Contains(Of("全市安全生产工作会议召开", "4月10日，湖州市安全生产工作会议召开。我县随即召开会议，对全县安全生产工作进行再部署。").Mentioned, p => p.Name == "湖州市");

    [Theory]
    // The county itself, named and speaking as 我县.
    [InlineData("安吉县召开安全生产工作会议", "4月10日，安吉县召开安全生产工作会议。会议指出，我县安全生产形势总体平稳。", null, "安吉县")]
    // A city speaking as 我市: its own first person.
    [InlineData("江苏省委巡视组进驻我市开展巡视工作", "3月15日，江苏省委第三巡视组巡视徐州市工作动员会召开。按照省委统一部署，巡视组将对我市进行巡视。", null, "徐州市")]
    // An autonomous region speaking of itself as 我区.
    [InlineData("自治区党委召开常委会议", "5月6日，广西壮族自治区党委召开常委会议，传达学习中央有关会议精神。会议要求，我区各族干部群众要团结一致，全区各级党组织要认真贯彻落实。", null, "广西壮族自治区")]
    // A city's issuing body quoting a county's 我县 keeps the city.
    [InlineData("湖州市农业农村局关于推广乡村振兴经验的通报", "各区县农业农村局：安吉县在交流发言中说，我县坚持生态优先。", "湖州市农业农村局", "湖州市")]
    public void The_authors_own_unit_stays(string title, string opening, string? org, string expected)
    {
        var found = Of(title, opening, org);
        Assert.True(found.IsStrong && found.Place?.Name == expected, Shown(found));
    }
}
