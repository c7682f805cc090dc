using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// Two-character names read across words (issue 19: places on word boundaries), on short snippets of real public pages
/// (address above each), and the chains of units the dictionary splits across (长春|市南|关区).
/// </summary>
public class PhraseBoundaryTests
{
    private static List<string> Names(string text) =>
        PlaceNames.Default.Find(text).Select(m => text.Substring(m.Start, m.Length)).ToList();

    [Theory]
    [InlineData("紧紧抓住京津冀协同发展和雄安新区规划建设的重大历史机遇", "雄安新区")] // holds 安新区, 安新县's former name
    [InlineData("主动融入贵安新区建设,承接产业转移", "贵安新区")]
    public void A_national_new_area_names_no_unit_inside_it(string text, string area)
    {
        int from = text.IndexOf(area, StringComparison.Ordinal), to = from + area.Length;
        Assert.DoesNotContain(PlaceNames.Default.Find(text), m => m.Start < to && m.Start + m.Length > from);
    }

    [Fact]
    public void A_unit_beside_a_national_new_area_is_still_found() =>
        Assert.Contains("安新县", Names("雄安新区安新县片区建设加快推进"));

    // http://linyi.dzwww.com/zt/lianghui/zfbg/2012/0228/65995.html
    [Fact]
    public void A_conjunction_glued_to_a_word_is_no_county() =>
        Assert.DoesNotContain("和县", Names("自县十五届人大一次会议以来,本届政府在市委、市政府和县委的坚强领导下,在县人大、县政协的监督支持下"));

    // https://www.tianzhu.gov.cn/xzjd_0/zlz/zfxxgk_5863438/zfxxgknb_5863448/202010/t20201016_69385507.html
    [Fact]
    public void The_end_of_a_four_character_slogan_is_no_town() =>
        Assert.DoesNotContain("兴镇", Names("坚持“产业富民、城镇带镇、文教兴镇”的发展思路,采取有力措施"));

    // A short form's urban area (上海城区, 安顺城区, 威海城区) is no district that its last character and 城区 name (海城区 of
    // 北海市, 顺城区 of 抚顺市); a short form that only runs into a full name still gives way to it (水平武清区).
    [Theory]
    [InlineData("上海城区的房价持续上涨。", "上海")]
    [InlineData("凡购买安顺城区新建商品住房的，可以申请补贴。", "安顺")]
    [InlineData("威海城区新建商品住房销售回暖。", "威海")]
    [InlineData("水平武清区", "武清区")]
    public void A_short_forms_urban_area_is_no_district(string text, string first) =>
        Assert.Equal(first, Names(text).First());

    // A unit the gazetteer names by its kind alone (获嘉县's 农场, 林场 and 盐场 of other counties): the word, in any text.
    [Theory]
    [InlineData("关于四川农业大学农场凌晨吵闹事件")]
    [InlineData("国有林场改革后，林场职工收入逐年提高。")]
    [InlineData("盐场旧址已改建为湿地公园，苗圃和牛场也对外开放。")]
    public void A_farm_forest_farm_or_salt_works_is_no_unit(string text) =>
        Assert.DoesNotContain(Names(text), name => name is "农场" or "林场" or "盐场" or "牛场" or "苗圃");

    [Fact]
    public void The_市_of_a_market_is_no_city() =>
        Assert.DoesNotContain("绵阳市", Names("稿件来源:绵阳市场信息网  发布时间:2015-09-14"));

    [Theory]
    [InlineData("绵阳市市场监督管理局", "绵阳市")]
    [InlineData("安徽省和县人民政府", "和县")] // the county itself, after its province
    [InlineData("和县人民政府关于印发", "和县")]
    [InlineData("2022年长春市南关区政府工作报告", "南关区")]
    // https://www.gongxunwk.com/doc/2676416.html: a year ends a word, a government starts one (年横, 市政府 are dictionary words).
    [InlineData("2026年横州市政府工作报告", "横州市")]
    public void Real_names_stay_found(string text, string name) => Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("近年来，盱眙大力开展健康扶贫再提升工程", "盱眙", true)] // the county acting: 大力 is no name's part
    [InlineData("他毕业于盱眙大学堂旧址旁的中学", "盱眙", false)] // a name shaped as 北京大学
    [InlineData("沿盱眙大道向东行驶三公里", "盱眙", false)]
    public void A_short_form_before_大_is_a_place_unless_大_starts_a_name(string text, string shortForm, bool found) =>
        Assert.Equal(found, Names(text).Contains(shortForm));
}
