using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// Districts whose name is a word for part of any city (城区 of 阳泉, 晋城 and 汕尾; 郊区 of 阳泉, 佳木斯 and 铜陵; 矿区 of
/// 阳泉): 中心城区, 主城区 and 市城区 in a policy of a city of the same province are no such district. Found with
/// altered-forms places run on policy-scan's tune part: a 荆门 (湖北, no 城区) subsidy notice for its 中心城区 is filed
/// right, the same notice about 河源 (广东, whose 汕尾 holds 城区) was unfiled. The district itself still counts after its
/// city or before its own body. Snippets paraphrased from city housing notices.
/// </summary>
public class AreaWordDistrictTests
{
    private static ReportSearch.Ingestion.ReportMetadata Meta(string text) => ParseVirtual("p/notice.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("广东省", "河源市", "城区")]
    [InlineData("安徽省", "芜湖市", "郊区")]
    [InlineData("山西省", "大同市", "城区")]
    public void A_citys_central_area_is_no_district_of_another_city(string province, string city, string area)
    {
        var m = Meta($"1月20日，{city}推动房地产市场平稳健康发展工作领导小组办公室印发《关于调整中心{area}购房补贴政策的通知》。\n" +
                     $"一、将《中心{area}购房补贴实施办法》的适用期限延长至2028年12月31日。\n" +
                     $"二、非中心{area}户籍家庭购房的，参照执行，具体由{city}住房和城乡建设局负责解释。\n");
        Assert.Equal([province, city], m.RegionPath);
    }

    [Theory]
    [InlineData("阳泉市城区人民政府关于做好2023年春季防火工作的通知\n各街道办事处，区直各单位：\n为做好春季防火工作，结合我区实际，现将有关事项通知如下。\n", "城区")]
    [InlineData("关于做好2023年春季防火工作的通知\n城区人民政府办公室\n各街道办事处，区直各单位：\n为做好阳泉市春季防火工作，结合我区实际，现将有关事项通知如下。\n", "城区")]
    public void The_district_itself_counts_after_its_city_or_before_its_body(string text, string district) =>
        Assert.Equal(district, Meta(text).RegionPath?[^1]);

    // Longer phrases the dictionary does not list: the old town (老城区, a district of 洛阳), the new town (新城区), a
    // part of the city by its side (城北区, 城中区 of 西宁), a port's area (港口区 of 防城港), and the liberated areas of
    // the 1940s in a 1955 State Council rule (革命根据地、解放区, 焦作's 解放区: found with altered-forms drop, the rule's
    // title and date dropped). A text naming nothing else has no region; the same text naming its city is the city's.
    [Theory]
    [InlineData("老城区")]
    [InlineData("新城区")]
    [InlineData("城北区")]
    [InlineData("城中区")]
    [InlineData("港口区")]
    [InlineData("解放区")]
    public void A_phrase_for_part_of_any_city_is_no_district(string phrase)
    {
        var body = $"各有关单位：\n为加快{phrase}改造，提升{phrase}功能品质，现就有关事项通知如下。\n一、加强{phrase}基础设施建设。\n二、推进{phrase}棚户区改造。\n特此通知。\n";
        Assert.Null(Meta("关于做好旧城改造工作的通知\n" + body).RegionPath);
        Assert.Equal(["湖南省", "衡阳市"], Meta("衡阳市住房和城乡建设局关于做好旧城改造工作的通知\n" + body).RegionPath);
    }

    [Theory]
    [InlineData("洛阳市老城区人民政府关于做好2023年春季防火工作的通知\n各街道办事处，区直各单位：\n为做好春季防火工作，结合我区实际，现将有关事项通知如下。\n", "老城区")]
    [InlineData("关于做好2023年春季防火工作的通知\n解放区人民政府办公室\n各街道办事处，区直各单位：\n为做好焦作市春季防火工作，结合我区实际，现将有关事项通知如下。\n", "解放区")]
    public void A_phrase_district_itself_counts_after_its_city_or_before_its_body(string text, string district) =>
        Assert.Equal(district, Meta(text).RegionPath?[^1]);
}
