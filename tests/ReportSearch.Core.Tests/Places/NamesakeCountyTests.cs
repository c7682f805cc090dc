using System.Text;
using ReportSearch.Places;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A county that shares its short form with the city above it (朝阳县 in 朝阳市, 甘孜县 in 甘孜州, 长沙县 in 长沙市): a
/// headline's short form (落户朝阳, 甘孜重大项目开工) stands for the unit the text names in full. Found by re-running the
/// labelled county news as the same text about other counties (tools/devset/altered-forms, mode places): a county's
/// project news was filed under its city. Snippets paraphrased from county news pages.
/// </summary>
public class NamesakeCountyTests
{
    private static RegionResult Recognize(params (DocumentZone Zone, string Text)[] parts) => RegionRecognizer.Recognize(parts);

    [Theory]
    [InlineData("20亿元煤炭物流项目落户朝阳", "该项目位于乾昊工业园，园区是朝阳县“一区二园”的重点园区之一，属市级工业园区。", "朝阳县")]
    [InlineData("四川甘孜重大项目集中开工 总投资13.5亿", "4月21日，甘孜县28个重大项目集中开工，涉及交通、水利和城镇建设。", "甘孜县")]
    // The city named in full as well: the short form is the city's, as before (长沙 beside 长沙市 and 长沙县).
    [InlineData("长沙新增三条公交线路", "长沙市交通运输局发布通知，长沙县星沙片区和市区之间新增三条公交线路。", "长沙市")]
    public void A_headlines_short_form_stands_for_the_unit_the_text_names_in_full(string title, string body, string expected) =>
        Assert.Equal(expected, Recognize((DocumentZone.Title, title), (DocumentZone.Body, body)).Place?.Name);

    // Named by the short form alone, which city and county share, in a text that speaks as a city (我市): the city. Either
    // way the place lies in the city, so the short form names it without doubt. Found with altered-forms places on
    // policy-scan's tune part (a 广州 housing-fund notice filed right, the same about 长沙, 承德 or 南昌 unfiled); three
    // 南昌 notices of the tune part are now filed.
    [Theory]
    [InlineData("长沙", "湖南省")]
    [InlineData("承德", "河北省")]
    [InlineData("杭州", "浙江省")]
    public void A_short_form_a_city_shares_with_its_namesake_county_names_the_city_its_text_speaks_as(string shortForm, string province)
    {
        var m = ParseVirtual("p/notice.txt", Encoding.UTF8.GetBytes(
            $"{shortForm}住房公积金管理中心关于调整个人住房公积金贷款最高额度的通知\n各住房公积金缴存人：\n" +
            "为落实大力发展绿色建筑的相关要求，结合我市实际，现将有关事项通知如下。\n一、本市缴存职工购买绿色建筑的，贷款最高额度上浮20%。\n" +
            "二、我市其他政策按原规定执行。\n")).Metadata;
        Assert.Equal([province, shortForm + "市"], m.RegionPath);
    }
}
