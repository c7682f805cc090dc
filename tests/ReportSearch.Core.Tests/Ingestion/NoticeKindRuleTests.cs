using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Notices printed without their heading (a site's column keeps the title apart): the formulas of the body say what
/// they are. Paraphrased in the shapes of real provincial and county pages; each has a counterpart that is no notice.
/// </summary>
public class NoticeKindRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    // A plan published to the units with a superior's approval.
    [InlineData("某某市人民政府，省政府有关部门：《某某古城保护规划（2021-2035年）》已经国家文物局同意并经省政府批准，现予公布。某某市要将规划纳入当地国土空间总体规划。\n2022年5月6日", "通知")]
    // An appointment decided and told to the units.
    [InlineData("各乡镇人民政府，县直各单位：\n经县政府研究决定：\n张某某任县农业农村局副局长（试用期一年）；\n李某某任县水务局副局长。\n2020年2月27日", "通知")]
    // A government order promulgating a rule is of the rule's kind, not a notice.
    [InlineData("《某某省河道管理办法》已经2019年3月1日省人民政府第20次常务会议审议通过，现予公布，自公布之日起施行。\n省长 某某某", "办法")]
    // A list made public for objections.
    [InlineData("某市建设系统初级职称评审委员会于2019年10月12日召开评审会议，通过98人。现将评审通过人员名单予以公示（公示期：10月13日至10月20日），如有异议，请及时反映。\n通过人员名单：", "公告")]
    // A mailbox page: the letter's fields, the letter, then the answer (…的信件回复如下).
    [InlineData("我要写信\n信件编号\n20190312\n写信时间\n2019-03-02\n信件内容\n小区门口路灯坏了一个多月，希望尽快修好。\n办理情况\n请城管局处复。\n王某：你好，现将你通过县长信箱反映小区路灯损坏问题的信件回复如下。经核实，我局已于3月8日修复。\n某县城市管理局", "答复")]
    public void A_notice_is_known_by_its_formulas(string text, string kind) => Assert.Equal(kind, Meta(text).Kind);

    [Fact]
    public void A_standing_committee_deciding_in_session_issues_a_decision()
    {
        var m = Meta("根据地方组织法的有关规定，某某省第十二届人民代表大会常务委员会第二十次会议决定：接受张某某辞去省人大常委会委员职务。\n");
        Assert.Equal("决定", m.Kind);
        Assert.Equal("某某省第十二届人民代表大会常务委员会", m.Org);
        // A regulation's passage line names the committee that passed it, not a decision.
        Assert.NotEqual("决定", Meta("为了加强河道管理，根据有关法律，结合本省实际，某某省第十二届人民代表大会常务委员会第二十次会议通过，制定本条例。\n第一条 本条例适用于本省行政区域内的河道。").Kind);
    }

    [Fact]
    public void A_公示_titled_as_such_is_a_public_notice()
    {
        var m = Meta("关于某某等同志拟任职务的公示\n根据干部选拔任用有关规定，现将拟任人选予以公示。\n公示期为5个工作日。");
        Assert.Equal("关于某某等同志拟任职务的公示", m.Title);
        Assert.Equal("公告", m.Kind);
    }

    [Fact]
    public void A_decision_told_in_a_news_item_is_no_appointment_notice() =>
        Assert.NotEqual("通知", Meta("3月5日，某某县召开干部大会。会议宣布了市委决定：张某某任某某县委书记。\n张某某表示，将尽快进入角色。").Kind);
}
