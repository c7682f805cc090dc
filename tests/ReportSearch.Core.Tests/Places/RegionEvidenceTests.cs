using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// Issue 19's place patterns: names on word boundaries, short and former names through the hierarchy, national scope
/// from addressee lines, and a region that is the report's only on strong evidence. Snippets marked with an address
/// are real openings of government pages, shortened.
/// </summary>
public class RegionEvidenceTests
{
    private static RegionResult Recognize(params (DocumentZone Zone, string Text)[] parts) => RegionRecognizer.Recognize(parts);

    private static IEnumerable<string> Names(string text) => PlaceNames.Default.Find(text).Where(m => !m.IsShortForm).SelectMany(m => m.Candidates).Select(p => p.Name);

    [Theory]
    [InlineData("全面完成县域经济发展目标", "成县")]
    [InlineData("附和县委的意见", "和县")]
    // A town name ending in a common word (城镇, 乡镇) straddling two words: 其中|城镇以上投资 holds no 中城镇.
    [InlineData("全年完成固定资产投资32亿元，其中城镇以上投资27亿元", "中城镇")]
    // A town name whose last character opens such a word with the next one: 会同|乡镇人民政府 holds no 会同乡.
    [InlineData("县级人民政府有关部门应当会同乡镇人民政府做好快递网点的规划", "会同乡")]
    // A county-level city ending in 城市 read across 沿海|城市 or 上海|城市精神.
    [InlineData("弘扬上海城市精神，建设沿海城市的滨水空间", "海城市")]
    // A city in 都市 read across 南昌|都市圈 (昌都市 of 西藏).
    [InlineData("异地个人住房公积金贷款范围从大南昌都市圈扩大至全国", "昌都市")]
    public void A_short_name_inside_a_longer_word_is_not_a_place(string text, string notFound) =>
        Assert.DoesNotContain(notFound, Names(text));

    [Theory]
    [InlineData("甘肃省成县人民政府关于印发方案的通知", "成县")]
    [InlineData("马鞍山市和县2021年工作总结", "和县")]
    [InlineData("成县，地处甘肃东南部", "成县")]
    [InlineData("辽宁省海城市人民政府关于印发方案的通知", "海城市")]
    [InlineData("西藏自治区昌都市人民政府关于印发方案的通知", "昌都市")]
    [InlineData("会议在成都市召开", "成都市")]
    public void A_short_name_standing_as_a_word_is_found(string text, string found) =>
        Assert.Contains(found, Names(text));

    [Fact]
    public void A_body_that_only_mentions_a_place_gives_no_region_but_keeps_it_as_mentioned()
    {
        var region = Recognize(
            (DocumentZone.Opening, "近日，学习考察团一行先后赴晋江市、石狮市考察民营经济发展经验。"),
            (DocumentZone.Body, "考察团认为，晋江市的做法值得学习借鉴。"));
        Assert.False(region.IsStrong);
        Assert.Equal(RegionEvidence.Mentions, region.Evidence);
        Assert.Contains(region.Mentioned, p => p.Name == "晋江市");
    }

    // 本省 says the document is a province's, not which: the short forms that are words (大庆 of 重大庆典, 友好 of 友好往来,
    // both of 黑龙江省) name none, so the province stays a guess. Named in full or by its own short form, it is strong.
    [Theory]
    [InlineData("第五条 本省鼓励华侨参与民间友好往来。举行重大庆典活动时，可以邀请华侨代表参加。本省各级人民政府应当做好服务。", null)]
    [InlineData("第五条 本省鼓励华侨参与民间友好往来。黑龙江省各级人民政府应当做好服务。本省侨务部门负责协调。", "黑龙江省")]
    [InlineData("第五条 本省鼓励华侨参与民间友好往来。黑龙江各级人民政府应当做好服务。本省侨务部门负责协调。", "黑龙江省")]
    // A bay by a city (杭州湾) names no city, nor backs a district's short form that is a phrase (滨江沿海).
    [InlineData("第二条 本市行政区域内长江口、杭州湾沿岸滩涂的管理，适用本条例。市和滨江沿海各区人民政府负责本市滩涂的保护工作。", null)]
    [InlineData("第二条 本市行政区域内长江口、杭州湾沿岸滩涂的管理，适用本条例。杭州市和滨江沿海各区人民政府负责本市滩涂的保护工作。", "杭州市")]
    // 我市 says a city, not which: a province named in full says nothing of which of its cities, and 新建 of 新建商品住房
    // (南昌市's 新建区 by its short form) names none, so a 景德镇 policy that never names its city is not 南昌市's
    // (policy-scan, ljz060707-lang/China-Real-Estate-Policy-Database). A word-like short form counts where its city is
    // named too (象山 beside 宁波).
    [InlineData("为促进我市房地产市场平稳健康发展，结合我市实际，现提出如下措施。对购买新建商品住房的给予补贴。参照《江西省商品住宅品质提升指引》执行。在中心城区购买新建商品住房的，我市给予1%补贴。新建住宅小区按规定配建车位。", null)]
    [InlineData("为促进我市房地产市场平稳健康发展，结合我市实际，现提出如下措施。对购买新建商品住房的给予补贴。参照《江西省商品住宅品质提升指引》执行。在中心城区购买新建商品住房的景德镇市常住居民，我市给予1%补贴。牵头单位：市住建局、景德镇金融监管分局、人行景德镇市分行。新建住宅小区按规定配建车位。", "景德镇市")]
    [InlineData("象山住房公积金中心调整贷款政策。购房所在地在宁波的，以宁波大市范围内拥有住房套数认定。我县职工在象山连续缴存满6个月的，可申请贷款。我县高层次人才贷款额度上浮。本县缴存职工按新政执行。", "象山县")]
    // 中城镇 (a town of 绥江县, 云南) read in 规划|中|城镇开发边界, once, names no unit of a 东莞 regulation's 本市.
    [InlineData("第一条 为了推进和规范城中村改造，结合本市实际，制定本条例。第五条 城中村改造应当严格落实国土空间规划中城镇开发边界、生态保护红线的管控要求。本市各级人民政府应当加强领导。", null)]
    // 老城区 (洛阳's district) read in 推进老城区老旧小区有机更新, in a 淳安 notice that names its county only by 淳安.
    [InlineData("为促进我县房地产市场平稳健康发展，现将有关事项通知如下。推进老城区老旧小区有机更新。我县户籍人员及取得居住证的外来人员均可享受补助。本县各部门抓好落实。", null)]
    // 城区 names a district of 阳泉市 and of 晋城市 (and of 汕尾市): 山西 backs both alike, so it names neither; the
    // 太原 policy's 本市 stands on 太原市, named once.
    [InlineData("为促进本市房地产业良性循环和健康发展，提出如下意见。在本市城区范围内购买新建商品住房的，给予补贴。促进山西中部城市群住房公积金互认。本市各部门抓好落实。项目统一按照《太原市新建商品房预售资金监管办法》执行。", "太原市")]
    // 河口区 'an estuary area' in a coastal rule (重点海湾、重点河口区) is no 东营's district: a 河北 rule that never names
    // its province had been filed under 山东省 (hebei-scan). Named after its city, it is the district.
    [InlineData("第二条 在本省管辖海域内从事开发活动的单位和个人，应当遵守本规定。第十条 严格限制在重点海湾、重点河口区建设海岸工程。本省鼓励海洋生态修复。", null)]
    [InlineData("第二条 在本省管辖海域内从事开发活动的单位和个人，应当遵守本规定。第十条 严格限制在东营市河口区建设海岸工程。本省鼓励海洋生态修复。", "山东省")]
    // A registration (本省户籍, 非本省户籍人士) says where people are registered, not who speaks: a city's housing policy
    // that names its province and its city once each and says 本市 is not the province's (policy-scan: a 海口 and a 昆明
    // policy filed under their province). Where the province speaks of itself, it stays the province's.
    [InlineData("一、优化本省户籍居民购房政策。凡落户海南省的人员，享受本地居民同等购房待遇。审核本省户籍居民购房资格时，不再审核落户时间。二、在本省拥有住宅的，均可在海口市换购一套商品住宅。挂牌出售本市的住房，提供房源核验码。", "海口市")]
    [InlineData("一、优化本省户籍居民购房政策。凡落户海南省的人员，享受本地居民同等购房待遇。本省各市县人民政府应当审核购房资格。二、在本省拥有住宅的，均可换购一套商品住宅。本省住房和城乡建设部门负责指导。", "海南省")]
    public void Its_own_words_stand_only_on_a_unit_it_names(string text, string? strong)
    {
        var region = Recognize((DocumentZone.Opening, text), (DocumentZone.Body, text));
        Assert.Equal(strong, region.IsStrong ? region.Place?.Name : null);
    }

    // A province speaking of itself (本省) fewer times than its own words need, naming one province in full twice and no
    // place outside it, is that province's: a 河北 rule without its heading (hebei-scan; laws-scan with three lines
    // dropped: 1,735 -> 1,830 right, none wrong). Named once, beside a city's 本市, or beside another province's city,
    // it stays unknown.
    [Theory]
    [InlineData("第二条 河北省社会科学优秀成果奖每两年评选一次，由河北省社会科学界联合会组织。本省各级人民政府应当支持社会科学研究。", "河北省")]
    [InlineData("第二条 河北省社会科学优秀成果奖每两年评选一次，由省社会科学界联合会组织。本省各级人民政府应当支持社会科学研究。", null)]
    [InlineData("第二条 河北省社会科学优秀成果奖每两年评选一次，由河北省社会科学界联合会组织。本省、本市各级人民政府应当支持社会科学研究。", null)]
    [InlineData("第二条 河北省社会科学优秀成果奖每两年评选一次，由河北省社会科学界联合会组织，参照北京市的做法。本省各级人民政府应当支持社会科学研究。", null)]
    public void A_province_speaking_of_itself_is_the_one_province_it_names(string text, string? strong)
    {
        var region = Recognize((DocumentZone.Body, text));
        Assert.Equal(strong, region.IsStrong ? region.Place?.Name : null);
    }

    // A province's short form (河北 of “河北创新28条”) in a text naming the province in full is the province, not a
    // namesake district under a city the text names once (天津市's 河北区): a 河北 interpretation speaking as 我省 had
    // been weighed for 天津市 (hebei-scan).
    [Fact]
    public void A_short_form_is_the_unit_the_text_names_in_full_not_a_namesake_under_another_named_city()
    {
        var text = "中共河北省委、河北省人民政府颁布了《关于深化科技体制改革的实施意见》（又称“河北创新28条”），这是我省首部推进创新发展的文件。实施“创新创业导师河北行动计划”。在我省建立“河北创新指数”。积极争取与天津市共建知识产权运营平台。我省将逐步推广。";
        var region = Recognize((DocumentZone.Body, text));
        Assert.True(region.IsStrong);
        Assert.Equal("河北省", region.Place?.Name);
    }

    // A city's short form is the city where the text names the city (长沙 beside 长沙市), not its namesake county
    // (长沙县, 岳阳县, 承德县, 荆州区): the city that the name may itself denote does not back the county below it.
    [Theory]
    [InlineData("9月1日，长沙市住房和城乡建设局发布通知，“认房不认贷”政策正式在长沙落地。为更好满足长沙刚性和改善性住房需求，经市人民政府同意，长沙市住建局出台通知。", "长沙市")]
    [InlineData("9月1日，湖南省岳阳市住建局宣布启动“宜居岳阳”惠民置业活动，覆盖岳阳楼区、云溪区、君山区、岳阳经开区等主城区。", "岳阳市")]
    public void A_city_short_form_beside_the_city_is_the_city_not_its_namesake_county(string text, string expected)
    {
        var region = Recognize((DocumentZone.Opening, text), (DocumentZone.Body, text));
        Assert.Equal(expected, region.Place?.Name);
    }

    [Fact]
    public void The_issuer_names_the_region_strongly()
    {
        var region = Recognize((DocumentZone.Org, "晋江市西园街道办事处"), (DocumentZone.Body, "石狮市、南安市"));
        Assert.True(region.IsStrong);
        Assert.Equal(RegionEvidence.Issuer, region.Evidence);
        Assert.Equal(["福建省", "泉州市", "晋江市", "西园街道"], region.Path);
    }

    [Fact]
    public void A_report_opening_with_its_unit_as_subject_speaks_of_itself()
    {
        // http://www.szlhq.gov.cn/xxgk/ghjh/ndjhzj/content/post_10436831.html (no title line, no header)
        var region = Recognize(
            (DocumentZone.Opening, "一、2022年工作总结\n2022年,在区委区政府的坚强领导下,观湖街道深入学习贯彻党的二十大精神,紧紧围绕“数字龙华、都市核心”建设目标,全力推动各项事业发展取得新成效。"),
            (DocumentZone.Body, "辖区18岁以上人群疫苗全程接种率达96.75%"));
        Assert.True(region.IsStrong);
        Assert.Equal("观湖街道", region.Place?.Name);
    }

    [Fact]
    public void A_work_report_speaker_names_the_author()
    {
        // http://www.hzsc.gov.cn/art/2019/1/22/art_1229231327_1983667.html
        var region = Recognize((DocumentZone.Opening, "各位代表:\n现在,我代表上城区人民政府向大会报告工作,请予审议,并请区政协各位委员和其他列席人员提出意见。"));
        Assert.True(region.IsStrong);
        Assert.Equal(RegionEvidence.Issuer, region.Evidence);
        Assert.Equal("上城区", region.Place?.Name);
    }

    [Fact]
    public void A_session_line_naming_a_chain_of_units_is_about_the_deepest()
    {
        // https://wxredian.com/art?id=6995022c4cfc9d4865835261bb67b731
        var region = Recognize((DocumentZone.Opening, "1月6日,上海市崇明区港沿镇第二届人民代表大会第十次会议在镇多功能会议室胜利召开。67位镇人大代表出席会议。"));
        Assert.True(region.IsStrong);
        Assert.Equal(["上海市", "崇明区", "港沿镇"], region.Path);
    }

    [Fact]
    public void A_national_addressee_line_makes_a_document_national_whatever_cities_it_cites()
    {
        var region = Recognize(
            (DocumentZone.Opening, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为推广广州市、深圳市的经验，现就有关事项通知如下。"),
            (DocumentZone.Body, "广州市探索建立了“一网通办”机制。广州市、深圳市率先试点。"));
        Assert.True(region.National);
        Assert.Equal(RegionEvidence.NationalAddress, region.Evidence);
        Assert.True(region.IsStrong);
    }

    // A central body in the opening is no author of a text that speaks as a local unit even once (本市): a city congress's
    // rules citing 全国人民代表大会和地方各级人民代表大会选举法. A national law's 本省、自治区、直辖市 (each province's own)
    // is no such word.
    [Theory]
    [InlineData("第一条 为了保障市人民代表大会依法行使职权，根据宪法、地方各级人民代表大会和地方各级人民政府组织法、全国人民代表大会和地方各级人民代表大会选举法和市人民代表大会的实践经验，制定本规则。\n第二条 本市各级国家机关应当支持代表履行职责。", false)]
    [InlineData("第一条 为了加强枪支管理，全国人民代表大会常务委员会制定本法。\n第二条 需要运输枪支的，应当在本省、自治区、直辖市公安机关领取枪支运输许可证件。", true)]
    public void A_central_body_opening_the_text_is_its_author_unless_the_text_speaks_as_a_local_unit(string opening, bool national) =>
        Assert.Equal(national, Recognize((DocumentZone.Opening, opening)).National);

    // A central body's branch by its place signs for its place: 中国人民银行苏州市分行 beside 苏州市住房和城乡建设局.
    [Fact]
    public void A_central_bodys_local_branch_in_the_signature_is_local()
    {
        var region = Recognize(
            (DocumentZone.Opening, "各有关单位：\n为更好满足居民刚性和改善性住房需求，现就有关事项通知如下：家庭成员在我市名下无成套住房的，按首套住房执行住房信贷政策。"),
            (DocumentZone.Org, "中国人民银行苏州市分行 国家金融监督管理总局苏州监管分局"));
        Assert.False(region.National);
        Assert.Equal("苏州市", region.Place?.Name);
    }

    [Fact]
    public void A_local_issuer_forwarding_a_national_document_stays_local()
    {
        var region = Recognize(
            (DocumentZone.Title, "泉州市人民政府办公室转发国务院办公厅关于推进政务服务的通知"),
            (DocumentZone.Opening, "各县（市、区）人民政府：\n现将《国务院办公厅关于推进政务服务的通知》（各省、自治区、直辖市人民政府，国务院各部委、各直属机构）转发给你们。"));
        Assert.False(region.National);
        Assert.Equal("泉州市", region.Place?.Name);
    }

    [Fact]
    public void A_city_regulation_that_speaks_of_this_city_is_not_the_district_it_mentions_most()
    {
        var region = Recognize(
            (DocumentZone.Title, "济南市既有多层住宅增设电梯规定"),
            (DocumentZone.Body, "本市行政区域内莱芜区、钢城区既有多层住宅增设电梯，适用本规定。本市莱芜区、本市钢城区的住宅，莱芜区人民政府负责。本市各区。"));
        Assert.Equal(["山东省", "济南市"], region.Path);
        Assert.Equal(RegionEvidence.Title, region.Evidence);
    }

    [Fact]
    public void A_street_short_form_resolves_through_the_district_named_with_it()
    {
        // 市桥街 is how 番禺区's 市桥街道 is written on its own pages.
        var region = Recognize((DocumentZone.Org, "广州市番禺区市桥街道办事处"), (DocumentZone.Body, "番禺区市桥街开展社区治理"));
        Assert.Equal(["广东省", "广州市", "番禺区", "市桥街道"], region.Path);
        var mention = PlaceNames.Default.Find("番禺区市桥街开展").Single(m => m.IsShortForm);
        Assert.Contains(mention.Candidates, p => p.Name == "市桥街道");
    }

    [Fact]
    public void A_county_under_its_former_name_is_today_s_unit_when_its_city_is_named()
    {
        // 彭山县 became 眉山市彭山区 in 2014.
        var region = Recognize((DocumentZone.Title, "眉山市彭山县人民政府2013年工作报告"));
        Assert.Equal(["四川省", "眉山市", "彭山区"], region.Path);
    }

    // A stem that is a word (会同 of 会同县) before another county suffix is a phrase (会同市有关部门: together with the
    // city's departments), not the former name 会同市: a city's regulation that never names its city stays unknown.
    // A former name whose stem is no word still counts alone (沾化县, today 滨州市沾化区).
    [Theory]
    [InlineData("本市推行青年职业见习制度。市劳动保障部门应当会同市有关部门确定职业培训经费补贴的职业目录。本市建立失业预警制度，市和区县人民政府应当做好失业调控工作。", null)]
    [InlineData("沾化县人民政府关于做好2013年春季农业生产工作的通知。全县各乡镇要抓好春季农业生产，我县将加强督导检查，全县上下要认真落实。", "沾化区")]
    public void A_word_before_another_county_suffix_is_no_former_name(string opening, string? expected)
    {
        var region = Recognize((DocumentZone.Opening, opening), (DocumentZone.Body, opening));
        Assert.Equal(expected, region.Place?.Name);
    }

    // A municipality speaks of itself as 本市 and 全市, as a city does: its report without a heading is the
    // municipality's, not the district it names most.
    [Fact]
    public void A_municipality_s_own_words_are_a_city_s()
    {
        const string opening = "现在，我代表市人民政府向大会报告工作。过去一年，全市地区生产总值增长6%，本市城乡居民收入稳步提高，全市新增城镇就业70万人。"
            + "支持黔江区建设渝东南区域中心城市，黔江区、秀山县加快发展，重庆主城都市区能级持续提升。";
        var region = Recognize((DocumentZone.Opening, opening), (DocumentZone.Body, opening));
        Assert.NotEqual("黔江区", region.Place?.Name);
    }

    // An autonomous region calls itself 全区 as a district does: a short form of one of its districts (青山 of 绿水青山)
    // does not make its report the district's. A district named under its city still is one.
    [Theory]
    [InlineData("现在，我代表自治区人民政府向大会报告工作。过去一年，全区地区生产总值增长5%，全区粮食产量再创新高。坚持绿水青山就是金山银山，全区森林覆盖率达到23%，内蒙古生态安全屏障更加牢固，守护好青山绿水。", false)]
    [InlineData("现在，我代表区人民政府向大会报告工作。过去一年，全区地区生产总值增长5%，全区新增城镇就业1.2万人。包头市青山区装备制造产业园加快建设，全区营商环境持续优化，青山区入选全国文明城区。", true)]
    public void An_autonomous_region_s_全区_is_its_own(string opening, bool district)
    {
        var region = Recognize((DocumentZone.Opening, opening), (DocumentZone.Body, opening));
        // The report's region is set from strong evidence only (a weak guess is a mentioned place).
        Assert.Equal(district, region.IsStrong && region.Place?.Name == "青山区");
    }

    // The same where the district's short form follows its city's (北海铁山港) among the region's other cities named in
    // full: 广西's work report with its heading and speaker lines lost (the dropped-lines measure) had been filed under
    // 铁山港区. A district's own report naming only its city is still the district's.
    [Theory]
    [InlineData("南宁市、柳州市、桂林市经济总量稳步增长，推进西部陆海新通道建设提质增效，北海铁山港20万吨级散货泊位等7个港航项目建成，南宁市跨境电商加快发展，柳州市汽车产业转型升级加快，桂林市世界级旅游城市建设提速，", null)]
    [InlineData("北海铁山港20万吨级散货泊位建成，", "铁山港区")]
    public void An_autonomous_region_s_report_naming_several_of_its_cities_is_no_district_s(string middle, string? expected)
    {
        var opening = "过去一年，全区上下坚持稳中求进，全区地区生产总值增长5.2%。" + middle + "我区新增高新技术企业800家，全区营商环境持续优化。";
        var region = Recognize((DocumentZone.Opening, opening), (DocumentZone.Body, opening));
        Assert.Equal(expected, region.Place?.Level == PlaceLevel.County ? region.Place.Name : null);
    }

    // A text that opens on a county but speaks of itself as 全区 and 我区, never 全县, is a district's or an autonomous
    // region's, not the county's: 西藏's work report, its heading lost, opens on the earthquake in 定日县. A county's own
    // text opening on it (全县) still is the county's.
    [Theory]
    [InlineData("全区", null)]
    [InlineData("全县", "定日县")]
    public void A_text_speaking_as_全区_is_not_the_county_it_opens_on(string own, string? expected)
    {
        var opening = "今年1月7日，日喀则定日县发生6.8级地震，党中央高度重视。" + own + "上下迅速行动，" + own + "各族干部群众众志成城抗震救灾，"
            + own + "受灾群众得到妥善安置，" + own + "恢复重建有序推进。";
        var region = Recognize((DocumentZone.Opening, opening), (DocumentZone.Body, opening));
        Assert.Equal(expected, region.IsStrong ? region.Place?.Name : null); // SelfReference and the other named evidence are strong
    }

    [Fact]
    public void A_town_ending_in_a_common_word_is_found_where_it_stands_as_a_name() =>
        Assert.Contains("中城镇", Names("绥江县中城镇召开脱贫攻坚工作推进会"));

    // 街区 is a block: 历史文化街区 names no 文化街道 (文化街, a street's short form).
    [Fact]
    public void A_street_s_short_form_before_区_is_the_word_街区() =>
        Assert.DoesNotContain(PlaceNames.Default.Find("保护历史文化名城、历史文化街区和历史建筑"), m => m.Candidates.Any(p => p.Name == "文化街道"));

    // A province's city speaks of itself as 本市 without naming itself: a short form that is a word (天台, a rooftop; 天台县
    // of 台州市) is no ground to make its regulation that city's. A city named in full still is one.
    [Theory]
    [InlineData("根据《浙江省物业管理条例》和浙江省有关规定，结合本市实际，制定本条例。本市物业管理区域内的物业服务，依照本条例执行。本市建立物业服务评价制度。业主应当如实登记地下室、底层架空层、天台的面积以及权属。", null)]
    [InlineData("根据《浙江省物业管理条例》和浙江省有关规定，结合本市实际，制定本条例。本市物业管理区域内的物业服务，依照本条例执行。本市建立物业服务评价制度。杭州市西湖区先行开展试点。", "杭州市")]
    public void A_city_s_own_words_lead_down_only_to_a_city_named_as_a_name(string opening, string? expected)
    {
        var region = Recognize((DocumentZone.Opening, opening), (DocumentZone.Body, opening));
        Assert.Equal(expected, region.IsStrong ? region.Place?.Name : null);
    }

    // A city's notice addressed to its one county before its districts (淮北, 2023, policy-scan tune; signature lost): the
    // county is a recipient, and the line says the issuer is the city above it.
    [Fact]
    public void A_county_named_first_among_the_addressees_is_a_recipient_and_the_issuer_is_its_city()
    {
        var opening = "关于印发《关于促进房地产市场平稳健康发展的若干措施》的通知\n濉溪县、各区人民政府、各有关单位：\n现将《关于促进房地产市场平稳健康发展的若干措施》印发给你们，请认真贯彻落实。";
        var region = Recognize((DocumentZone.Title, "关于印发《关于促进房地产市场平稳健康发展的若干措施》的通知"), (DocumentZone.Opening, opening));
        Assert.Equal("淮北市", region.IsStrong ? region.Place?.Name : null);
    }

    [Fact]
    public void Former_names_never_shadow_a_unit_that_bears_the_name_today()
    {
        // Every current unit name is found as itself, never only as another unit's former name.
        var sample = Gazetteer.Default.Places.Where(p => p.Level == PlaceLevel.County).Where((_, i) => i % 7 == 0).ToList();
        foreach (var place in sample)
        {
            var m = PlaceNames.Default.Find("，" + place.Name + "，").Single();
            Assert.False(m.IsShortForm, place.Name);
            Assert.Contains(place, m.Candidates);
        }
    }
}
