using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A unit named where the author's counterpart stands, the author left unsaid, is another unit than the author: the other
/// party of a clause opening on 与 (与福建省签订…协议, 与某县等地并列第一), the example learnt from (学习借鉴…的经验) and
/// the investors' home (由…客商投资建设), which stays a place the text mentions.
/// altered-forms' mention probe (a sentence naming a unit of the same level nearby as a guest, an example, an investor, a
/// partner or a rival, added twice to each tune document) had filed 43 copies under another unit (25 of them right
/// before); 与 joining two places (东营区与垦利区), a distance (与柳河县城公路距离) and 同意 are no counterparts.
/// </summary>
public class CounterpartTests
{
    private static RegionResult Of(string body) => RegionRecognizer.Recognize([(DocumentZone.Opening, body[..(body.IndexOf('。') + 1)]), (DocumentZone.Body, body)]);

    // A province's notice that speaks of its scope (全省) and names no province of its own in full.
    private const string ProvinceNotice = "为推进全省劳动力转移就业工作，全省各地要加强组织领导。{0}全省各级人力资源社会保障部门要抓好落实，确保全省就业形势稳定。";

    // A county's policy that speaks as 我县 and names itself by no name.
    private const string CountyPolicy = "为把我县旅游业培育成为新的支柱产业，结合我县实际，制定本意见。在我县新建的星级酒店给予奖励。{0}对年组织游客来我县旅游景区人数达到1万人次以上的旅行社进行奖励。";

    public static TheoryData<string, string, string> Counterparts => new()
    {
        { ProvinceNotice, "与福建省签订了劳务协作框架协议，共同推进劳动力转移就业。", "福建省" },
        { ProvinceNotice, "会议要求，各单位要认真学习借鉴福建省的先进经验和做法。", "福建省" },
        { ProvinceNotice, "在全国考核中，与福建省等地并列第一。", "福建省" },
        { CountyPolicy, "与吉林省通化市辉南县签订了劳务协作框架协议，共同推进劳动力转移就业。", "辉南县" },
        { CountyPolicy, "会议要求，各单位要认真学习借鉴吉林省通化市辉南县的先进经验和做法。", "辉南县" },
        { CountyPolicy, "同时，与吉林省通化市辉南县等地并列第一。", "辉南县" },
    };

    [Theory]
    [MemberData(nameof(Counterparts))]
    public void A_counterpart_is_not_the_author(string text, string sentence, string counterpart)
    {
        // The text alone is no counterpart's, and the sentence added twice (after the opening and before the end) does
        // not make it one.
        Assert.DoesNotContain(counterpart, Of(string.Format(text, "")).Place?.Path ?? []);
        var withSentence = string.Format(text, sentence + sentence);
        Assert.DoesNotContain(counterpart, Of(withSentence).Place?.Path ?? []);
    }

    // The investors' home (由…客商投资建设), alone or in a list (引进A县、B县客商): another party, still a place the text mentions.
    [Theory]
    [InlineData(ProvinceNotice, "由福建省客商投资建设的农产品加工项目已经开工。", "福建省")]
    [InlineData(CountyPolicy, "由吉林省通化市辉南县客商投资建设的农产品加工项目已经开工。", "辉南县")]
    [InlineData(CountyPolicy, "今年引进吉林省通化市辉南县、白山市抚松县客商投资项目两个。", "辉南县")]
    [InlineData(CountyPolicy, "今年引进白山市抚松县和吉林省通化市辉南县客商投资项目两个。", "辉南县")]
    public void An_investors_home_is_mentioned_not_the_author(string text, string sentence, string home)
    {
        var r = Of(string.Format(text, sentence + sentence));
        Assert.DoesNotContain(home, r.Place?.Path ?? []);
        Assert.Contains(r.Mentioned, p => p.Name == home);
    }

    // 与 inside a clause joins two names; it opens no clause with the author unsaid.
    [Theory]
    [InlineData("江西省人力资源和社会保障厅与江西省财政厅联合印发本通知。", "江西省")]
    [InlineData("经研究，同意江西省就业创业服务中心的申请。", "江西省")]
    // The party of the deal is an organization in the place (an employer of the author's own province).
    [InlineData("与江西省用人单位签订一年以上劳动合同的，给予一次性就业补贴。", "江西省")]
    public void A_name_after_a_joining_与_or_同意_or_before_an_organization_still_counts(string sentence, string province) =>
        Assert.Equal(province, Of(string.Format(ProvinceNotice, sentence + sentence)).Place?.Path[0]);

    // A profile giving the distance from a place: the place locates the author, it is not another party.
    [Fact]
    public void A_distance_from_a_unit_is_no_counterpart()
    {
        const string profile = "我县地处吉林省通化市北部，与柳河县城公路距离35公里。全县辖7镇，总人口30万。我县坚持生态立县，全县森林覆盖率达到60%。";
        const string partner = "我县地处吉林省通化市北部，与柳河县签订劳务协作协议35项。全县辖7镇，总人口30万。我县坚持生态立县，全县森林覆盖率达到60%。";
        Assert.Equal("柳河县", Of(profile).Place?.Name);
        Assert.NotEqual("柳河县", Of(partner).Place?.Name);
    }
}
