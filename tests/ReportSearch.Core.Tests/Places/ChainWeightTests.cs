using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A chain of units written one after another (福建省南平市政和县) names one place, its last: the province and the city
/// before it weigh through it once, not once more each. Counted each, an investor's home named in full in the opening
/// outweighed the county a news item names seven times (altered-forms mention). Snippets of my own, after county news.
/// </summary>
public class ChainWeightTests
{
    private static RegionResult Of(string body) => RegionRecognizer.Recognize([(DocumentZone.Opening, body[..(body.IndexOf('。') + 1)]), (DocumentZone.Body, body)]);

    // The investor's home heads the item, the county runs through it.
    private const string News = "近日，由福建省南平市政和县客商投资建设的农产品加工项目正式开工。柳河县委书记出席开工仪式。柳河县农业农村局介绍，柳河县全年引进项目12个，"
        + "全县农业产业化水平不断提高。柳河县将继续优化营商环境，全县各乡镇要抓好项目落地，柳河县招商工作取得新成效。柳河县各部门要强化服务，"
        + "确保全县项目早投产，柳河县经济发展再上新台阶。";

    [Fact]
    public void A_county_named_again_and_again_outweighs_an_investors_home_named_in_full_in_the_opening()
    {
        var r = Of(News);
        Assert.Equal(["吉林省", "通化市", "柳河县"], r.Place?.Path);
        Assert.True(r.IsStrong);
    }

    // The chain's units still count as places the text mentions.
    [Fact]
    public void The_chains_units_stay_mentioned() =>
        Assert.Contains(Of(News).Mentioned, p => p.Name == "福建省");

    // A guest's units, named on the way to it (新疆维吾尔自治区伊犁哈萨克自治州特克斯县考察团), are the guest's: they weigh for nothing.
    [Fact]
    public void The_units_a_guests_name_runs_on_from_are_the_guests()
    {
        var r = Of("近日，新疆维吾尔自治区伊犁哈萨克自治州特克斯县考察团一行前来考察交流，双方就草莓产业合作进行了座谈。江苏省镇江市句容市白兔镇是全国闻名的草莓之乡，"
            + "全镇草莓种植面积达一万亩。考察团一行参观了白兔镇草莓种植基地，对全镇草莓产业发展给予了高度评价。");
        Assert.Equal(["江苏省", "镇江市", "句容市", "白兔镇"], r.Place?.Path);
    }
}
