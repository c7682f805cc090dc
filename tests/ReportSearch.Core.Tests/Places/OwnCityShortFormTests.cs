using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A city's notice that names itself by its short form alone (杭州优化住房公积金使用政策…本市缴存职工…, 成都住房公积金管理中心…)
/// and speaks as a city (本市, 我市): the short form, one city's, is the city's own name. It had counted only with three
/// words of the city's voice, where the full name (杭州市优化…) needed none. A slogan's word that is a city's short form
/// (安康 of 安康和美) in a text that speaks as a street is still no city. Found reading the tune part of policy-scan's
/// region unknowns (66 of 630 name their city by its short form in their first lines). Snippets paraphrased from
/// housing-fund notices and a street's plan.
/// </summary>
public class OwnCityShortFormTests
{
    [Theory]
    [InlineData("为进一步发挥住房公积金制度作用，更好满足缴存职工住房需求，杭州优化住房公积金使用政策。具体如下：\n一、本市缴存职工购买首套住房的，贷款最高额度提高至100万元。\n", "浙江省", "杭州市")]
    [InlineData("晋城公积金最新发布，多子女家庭住房新政来啦！\n一、租房提取额度上调，本市缴存职工每月可提取1500元。\n", "山西省", "晋城市")]
    public void A_city_naming_itself_by_its_short_form_is_that_city(string text, string province, string city) =>
        Assert.Equal([province, city], ParseVirtual("p/notice.txt", Encoding.UTF8.GetBytes(text)).Metadata.RegionPath);

    [Fact]
    public void A_slogan_word_in_a_text_speaking_as_a_street_is_no_city() =>
        Assert.NotEqual("安康市", ParseVirtual("p/plan.txt", Encoding.UTF8.GetBytes(
            "安康和美·活力社区行动计划\n我街道坚持党建引领，打造安康和美社区。\n全街道各居民区要抓好落实，本街道各部门协同推进。\n")).Metadata.RegionPath?[^1]);
}
