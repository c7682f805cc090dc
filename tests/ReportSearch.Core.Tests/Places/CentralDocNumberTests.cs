using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A body-only central document (a provincial site's repost, its title in another column) heads its text with a
/// central body's 文号 or order number: national, unless the text speaks as a local unit; a local body's 文号 opens with
/// its place and says nothing national (hebei-scan: ministries' notices reposted by 河北's 科技厅).
/// </summary>
public class CentralDocNumberTests
{
    private static RegionResult Of(string opening) =>
        RegionRecognizer.Recognize([(DocumentZone.Opening, opening), (DocumentZone.Body, "各有关单位要高度重视，认真组织实施，在广州市、成都市开展试点。")]);

    [Theory]
    [InlineData("国科发农〔2020〕192号　　《关于加强农业科技社会化服务体系建设的若干意见》已经审议通过，现印发给你们。", true)]
    [InlineData("关于进一步做好科研项目资金管理政策贯彻落实工作的通知　　财科教〔2017〕6号　　为了进一步做好政策落实工作，现通知如下。", true)]
    [InlineData("人社部发〔2019〕12号\n为做好有关工作，现将有关事项通知如下。", true)]
    [InlineData("科学技术部令第1号国家科学技术奖励条例实施细则第一章总则", true)]
    // A local body's code (冀财教, 中府 of 中山市) and a central 文号 cited in the text are no central author.
    [InlineData("冀财教〔2020〕12号　　各市财政局：为做好有关工作，现将有关事项通知如下。", false)]
    [InlineData("中府〔2021〕8号\n各镇人民政府，各区办事处：为做好有关工作，现将有关事项通知如下。", false)]
    [InlineData("为贯彻落实国科发农〔2020〕192号文件精神，现将有关事项通知如下。", false)]
    // Each province's own words in a ministry's notice to all of them (对本省（自治区、直辖市）申报的项目) are no local unit
    // speaking; a text speaking as one is not a central one (一、结合本省实际).
    [InlineData("财教〔2012〕429号　　有关省（自治区、直辖市）财政厅：为推进有关工作，现通知如下。一、各省财政厅对本省（自治区、直辖市）申报的项目组织评审。", true)]
    [InlineData("财教〔2012〕429号　　各省财政厅：为推进有关工作，现通知如下。一、结合本省实际制定实施细则。", false)]
    public void A_central_bodys_number_heading_the_text_makes_it_national(string opening, bool national) =>
        Assert.Equal(national, Of(opening).National);
}
