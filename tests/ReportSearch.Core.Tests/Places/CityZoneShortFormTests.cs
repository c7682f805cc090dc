using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A development zone named after its city (宁波国家高新区（新材料科技城）管委会关于…的通知) lies in that city: the city's
/// short form before the zone's word is the city's name, not a word nothing backs, so a zone the gazetteer does not list
/// files its documents under its city, the deepest listed unit. Where the gazetteer lists zones under the city
/// (张家口经济开发区, code 130771), the short form does not settle which unit: the document stays as it was. From round
/// rpQ's tune part (a national high-tech zone's notices, region unknown). Snippets paraphrased.
/// </summary>
public class CityZoneShortFormTests
{
    private static IReadOnlyList<string>? RegionOf(string text) =>
        ParseVirtual("p/notice.txt", Encoding.UTF8.GetBytes(text)).Metadata.RegionPath;

    [Theory]
    [InlineData("宁波国家高新区（新材料科技城）管委会关于公布2018年第一批创新型企业培育名单的通知\n甬高科〔2019〕1号\n各有关单位：\n现将创新型企业培育名单予以公布。\n宁波国家高新区（新材料科技城）管委会\n2019年1月3日\n", "浙江省", "宁波市")]
    [InlineData("温州经济技术开发区管委会关于做好企业安全生产工作的通知\n各街道、各有关单位：\n为做好安全生产工作，现通知如下。\n温州经济技术开发区管委会\n2020年5月8日\n", "浙江省", "温州市")]
    public void A_zone_named_after_its_city_that_the_gazetteer_does_not_list_files_under_the_city(string text, string province, string city) =>
        Assert.Equal([province, city], RegionOf(text));

    [Fact]
    public void A_zone_the_gazetteer_lists_under_its_city_does_not_file_under_the_city() =>
        Assert.NotEqual(["河北省", "张家口市"], RegionOf("张家口经开区应对疫情工作领导小组办公室关于进一步加强来经返经人员管理的通告\n为做好疫情防控工作，现将有关事项通告如下。\n张家口经开区应对疫情工作领导小组办公室\n2021年12月18日\n"));
}
