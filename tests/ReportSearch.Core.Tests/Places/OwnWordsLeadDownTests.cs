using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A text's own words (全县, 我县, 我街道) say the level of its author, not which unit it is: they lead down only to a unit
/// that answers to them (a county to 我县, not a district or a county-level city, which say 我区 and 我市; a street to
/// 我街道, not a town) and that the text names more than any other that does. A county's report cut to its body names
/// its city, its partners and the places it sent aid to; with its own name gone (altered-forms erase), none of them is
/// its author. Snippets of my own, after county reports and street news.
/// </summary>
public class OwnWordsLeadDownTests
{
    private static RegionResult Of(string body) => RegionRecognizer.Recognize([(DocumentZone.Opening, body[..(body.IndexOf('。') + 1)]), (DocumentZone.Body, body)]);

    private static string Path(RegionResult r) => r.Place is null ? "" : string.Join("›", r.Place.Path);

    [Fact]
    public void A_county_report_is_not_its_partner_district_named_again_and_again()
    {
        var r = Of("过去一年，全县上下攻坚克难，全县生产总值增长百分之八。推进与北京海淀区对接合作，实施帮扶项目17个。"
            + "海淀区援建学校三所，全县新增就业三千人。要加强与海淀区的深度对接，积极争取海淀区对口帮扶资金，我县脱贫攻坚取得决定性成就。");
        Assert.DoesNotContain("海淀区", Path(r));
    }

    [Fact]
    public void A_county_report_is_not_the_county_level_city_it_sent_aid_to()
    {
        var r = Of("过去一年，全县上下团结奋进，守护了全县人民群众的生命财产安全。选派干部驰援河北省保定市涿州市，对口帮扶，"
            + "彰显了一方有难、八方支援的大义担当。我县经济运行稳中向好。");
        Assert.DoesNotContain("涿州市", Path(r));
    }

    [Fact]
    public void Single_mentions_of_two_cities_do_not_lead_a_county_report_into_either()
    {
        var r = Of("过去一年，全县上下团结奋进，全县生产总值增长百分之八，增速位居河北省前列。引进邢台市临城县、衡水市故城县客商投资项目两个，"
            + "我县经济运行稳中向好，河北省委领导来我县调研。");
        Assert.False(r.Place is { Level: PlaceLevel.County }, Path(r));
    }

    [Fact]
    public void A_county_report_from_before_its_county_became_a_district_is_still_the_district_it_names_by_its_stem()
    {
        var r = Of("过去一年，全县上下团结奋进，全县生产总值增长百分之八。加快与保定同城化、一体化发展，清苑已经站在新的起点上。"
            + "打响清苑教育品牌，推进清苑段改扩建工程，我县经济运行稳中向好。");
        Assert.Equal("河北省›保定市›清苑区", Path(r));
    }

    [Fact]
    public void A_street_saying_我街道_is_not_the_town_it_names_nor_the_only_unit_it_names()
    {
        var r = Of("为丰富辖区居民文化生活，我街道于近日在柳河县柳河镇文化广场举办了广场舞比赛。我街道各社区共派出12支代表队参赛，我街道将继续开展群众文化活动。");
        Assert.NotEqual("吉林省›通化市›柳河县›柳河镇", Path(r));
    }

    // The one county a text saying 全县 names in full is not its own where it names another county by a short form its
    // city backs (清苑 beside 保定): the report of 清苑县 with its partner county named.
    [Fact]
    public void A_county_named_in_full_beside_another_by_its_backed_short_form_is_not_the_one_speaking()
    {
        var r = Of("过去一年，全县上下团结奋进，全县生产总值增长百分之八。加快与保定同城化发展，清苑已经站在新的起点上。"
            + "与山西省吕梁市兴县签订了劳务协作框架协议，我县经济运行稳中向好。");
        // A weak guess is a mentioned place, never the report's region.
        Assert.False(r.IsStrong && Path(r).Contains("兴县"), $"{Path(r)} {r.Evidence}");
    }

    // A study tour's report names the county it went to again and again; it speaks as 我县, so it is not that county's.
    [Fact]
    public void A_study_tour_naming_the_county_it_went_to_again_and_again_is_not_that_countys()
    {
        var r = Of("3月5日，考察组一行途经兰州市，赴甘肃省庆阳市环县学习电子商务。考察组参观了环县电子商务公共服务中心、环县物流配送中心，"
            + "听取了环县电子商务发展情况介绍。大家表示，要把环县的经验用到我县电子商务发展中。");
        Assert.False(r.IsStrong && Path(r).Contains("环县"), $"{Path(r)} {r.Evidence}");
    }

    // The one county a text saying 我县 names in full is not its own where its people arrive there (抵达, as 赴 and 前往).
    [Fact]
    public void A_study_tour_is_not_the_county_it_arrives_at() =>
        Assert.False(Of("3月5日，我县考察团一行抵达江苏省宿迁市沭阳县学习电商发展经验。").IsStrong);
}
