using ReportSearch.Places;

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
}
