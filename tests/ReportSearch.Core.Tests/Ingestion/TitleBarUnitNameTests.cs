using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A county portal's profile page of a town is titled by the town's name in the title bar (渡普镇 - 某县人民政府门户网站):
/// a name shorter than the bar's readers took for a title, so the whole bar, site and all, had been the title. A unit's
/// name from the gazetteer is a title however short. From round rpZ's tune part. Snippets paraphrased.
/// </summary>
public class TitleBarUnitNameTests
{
    private static string? TitleOf(string bar) => ParseVirtual("p/page.html", Encoding.UTF8.GetBytes(
        $"<html><head><meta charset=\"UTF-8\"><title>{bar}</title></head><body><p>渡普镇位于县境中部，总面积120平方公里，辖12个村，总人口3.2万人。</p>"
        + "<p>全镇以农业为主，盛产水稻、油菜和水产品，近年来大力发展特色种养业。</p></body></html>")).Metadata.Title;

    [Fact]
    public void A_units_name_before_the_site_in_the_title_bar_is_the_title() =>
        Assert.Equal("渡普镇", TitleOf("渡普镇 - 嘉鱼县人民政府门户网站"));

    [Fact]
    public void A_short_word_before_the_site_is_no_title_of_its_own() =>
        Assert.NotEqual("概况", TitleOf("概况 - 嘉鱼县人民政府门户网站"));
}
