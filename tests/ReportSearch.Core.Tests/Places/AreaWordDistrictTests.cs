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

    // Nor does the phrase back its short form (港口 of 港口规划, 港口管理区) or put its city beyond doubt: a 威海 rule on
    // its coast, its first lines dropped (altered-forms drop), lists （三）港口区； among its zones and speaks as 本市; it
    // had been filed under 防城港市.
    [Fact]
    public void A_phrase_district_in_a_list_backs_no_short_form_of_it()
    {
        const string rule = "第二条 本市行政区域内海岸带的保护、利用与管理，适用本条例。\n第九条 海岸带保护规划应当与港口规划等专项规划相衔接。\n" +
            "第十条 下列区域应当划为开发利用区：\n（一）城镇建设区；\n（二）产业集聚地；\n（三）港口区；\n（四）海洋工程和资源开发区。\n" +
            "第三十条 除港口管理区、军事管理区外，禁止在海岸带建设。本市各级人民政府应当加强海岸带保护。\n";
        Assert.Null(Meta(rule).RegionPath);
        var read = ReportSearch.Places.RegionRecognizer.Recognize([(ReportSearch.Places.DocumentZone.Opening, rule), (ReportSearch.Places.DocumentZone.Body, rule)]);
        Assert.Null(read.Place);
        Assert.DoesNotContain(read.Mentioned, p => p.Name == "港口区");
    }

    [Theory]
    [InlineData("洛阳市老城区人民政府关于做好2023年春季防火工作的通知\n各街道办事处，区直各单位：\n为做好春季防火工作，结合我区实际，现将有关事项通知如下。\n", "老城区")]
    [InlineData("关于做好2023年春季防火工作的通知\n解放区人民政府办公室\n各街道办事处，区直各单位：\n为做好焦作市春季防火工作，结合我区实际，现将有关事项通知如下。\n", "解放区")]
    public void A_phrase_district_itself_counts_after_its_city_or_before_its_body(string text, string district) =>
        Assert.Equal(district, Meta(text).RegionPath?[^1]);

    // A town whose name reads as a phrase where it stands: 小城镇 ('small towns', a town of 舒兰市) of 加快小城镇建设 and
    // 向城镇 (of 兰陵县) of 人口向城镇转移, repeated through a plan that names no place, had filed it under a town of 吉林
    // or 山东; a county whose stem is a word before 级 (会同县 of 由省级人民政府会同县级人民政府, 'jointly with the
    // county-level government') under 湖南's 会同县. Found by counting full names in the national laws of
    // LawRefBook/Laws (and so were 域城镇 of 省域城镇体系, 和村镇 of 城乡和村镇, 城镇街道 'town streets' and 海港区 of
    // 沿海港区; then, counting the full names the finder reads in the regulations of the other provinces, 会同乡 of
    // 会同乡(镇), 和县 of （警备区）和县, 建城镇 of 迁建城镇, 项城市 of 专项城市设计, 地城镇 of 居住地城镇).
    // The town itself still counts after its county or before its body.
    [Theory]
    [InlineData("加快小城镇建设，完善小城镇功能")]
    [InlineData("促进农村人口向城镇转移，引导产业向城镇集聚")]
    [InlineData("由县级人民政府会同县级财政部门组织实施")]
    [InlineData("编制省域城镇体系规划，完善县域城镇体系")]
    [InlineData("做好城乡和村镇规划，加强城乡和村镇建设管理")]
    [InlineData("严格控制城镇街道两侧的建筑高度")]
    [InlineData("推进沿海港区建设，完善沿海港区集疏运体系")]
    [InlineData("及时会同乡(镇)人民政府处理")]
    [InlineData("能源主管部门应当会同县（市、区）人民政府制定方案")]
    [InlineData("行政管理部门应当会同乡、镇人民政府处理")]
    [InlineData("致使县级以上城区集中式饮用水水源受到污染")]
    [InlineData("对穿越城区国道、省道的运输车辆进行冲洗")]
    [InlineData("建立山区、丘陵区水土流失综合治理机制")]
    [InlineData("推进成片传统平房区申请式退租")]
    [InlineData("本条例适用于城镇的各种行业")]
    [InlineData("各项城市建设专业规划由主管部门编制")]
    [InlineData("由军分区（警备区）和县、自治县人民武装部负责")]
    [InlineData("迁建城镇的各种市政设施应当同步建设")]
    [InlineData("编制重点地区专项城市设计")]
    [InlineData("按经常居住地城镇居民人均可支配收入计算")]
    public void A_phrase_that_holds_a_towns_or_countys_name_is_no_region(string clause)
    {
        var text = $"关于推进新型城镇化的意见\n各有关单位：\n一、{clause}。\n二、{clause}。\n三、要{clause}。\n特此通知。\n";
        Assert.Null(Meta(text).RegionPath);
    }

    [Theory]
    [InlineData("兰陵县向城镇人民政府关于做好春季防火工作的通知\n各村（居）委会：\n为做好春季防火工作，结合我镇实际，现将有关事项通知如下。\n", "向城镇")]
    [InlineData("关于做好春季防火工作的通知\n各村（居）委会：\n为做好春季防火工作，小城镇人民政府结合我镇实际，现将有关事项通知如下。\n", "小城镇")]
    [InlineData("周口市项城市人民政府关于做好春季防火工作的通知\n各乡镇人民政府：\n为做好春季防火工作，结合我市实际，现将有关事项通知如下。\n", "项城市")]
    [InlineData("马鞍山市和县人民政府关于做好春季防火工作的通知\n各乡镇人民政府：\n为做好春季防火工作，结合我县实际，现将有关事项通知如下。\n", "和县")]
    public void A_phrase_town_itself_counts_after_its_county_or_before_its_body(string text, string town) =>
        Assert.Equal(town, Meta(text).RegionPath?[^1]);

    // Fixed phrases holding a city's short form (长治久安 'lasting order', 白山黑水 'the Northeast', 开封验视 'unsealing
    // for inspection') in a provincial text that speaks as 本省 and names no place: each had filed it under the city's
    // province (山西, 吉林, 河南; found with laws-scan, a 浙江 rule's title dropped). The city's name in other words counts.
    [Theory]
    [InlineData("维护社会稳定和长治久安", null)]
    [InlineData("弘扬白山黑水间的奋斗精神", null)]
    [InlineData("对邮件、快件进行开封验视", null)]
    [InlineData("加强对黄金、白银等贵金属的监管", null)]
    [InlineData("建设国家重点人防城市", null)]
    [InlineData("支持长治加快转型发展", "山西省")]
    public void A_fixed_phrase_holding_a_citys_short_form_names_no_place(string clause, string? province)
    {
        var text = $"第一条 为了{clause}，结合本省实际，制定本办法。\n第二条 本省各级人民政府应当{clause}。\n第三条 全省各地要{clause}。\n";
        Assert.Equal(province, Meta(text).RegionPath?[0]);
    }

    // A tree named for a district's short form (元宝枫, 元宝 of 丹东's 元宝区) in a village's report under its street: no
    // place mentioned on another branch, where the street stays the one place named.
    [Fact]
    public void A_tree_named_like_a_district_is_no_mentioned_place()
    {
        var m = Meta("刘家村位于甘井子区红旗街道西南部，生态环境优越。\n近年来，红旗街道对村里的河道和果园进行治理，岸边栽植云杉、元宝枫等树木70种7000余棵。\n");
        Assert.DoesNotContain(m.MentionedPlaces ?? [], p => p.Contains("元宝区"));
        Assert.Contains("红旗街道", string.Join("|", (m.MentionedPlaces ?? []).Append(m.Region ?? "")));
    }
}
