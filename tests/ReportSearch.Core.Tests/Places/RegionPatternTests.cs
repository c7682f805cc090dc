using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// Issue 19's place patterns found on documents unlike the first tuning set, each on a short snippet in the style of
/// real pages (paraphrased): addressee lines that give the issuer's level, the governing unit that tells same-named
/// towns apart, reporters' postings and congress delegations that are not the author, a slogan's short form, a former
/// issuer against today's title, development zones, a street written with its road, a line of issuers above the title.
/// </summary>
public class RegionPatternTests
{
    private static RegionResult Recognize(params (DocumentZone Zone, string Text)[] parts) => RegionRecognizer.Recognize(parts);

    [Theory]
    [InlineData("各市人民政府,省政府各厅委、各直属机构:\n2020年,各地区认真贯彻落实省政府工作要求。根据《辽宁省人民政府公报》刊载的办法,对沈阳市、大连市予以表扬。", "辽宁省")]
    [InlineData("各区(市)县政府,市政府各部门:\n2001年以来,锦江区盐市口、成华区新鸿路等17个街道办事处按照全市统一部署,创建成都市社区建设示范街道。", "成都市")]
    [InlineData("各镇人民政府,区政府各部门,各街道办事处:\n《政府工作报告》已经渝北区第十八届人民代表大会第五次会议审议通过。木耳镇、兴隆镇要对照落实。", "渝北区")]
    // The issuer's own departments in other words (市政府有关部门, 市各有关部门, 市直有关单位, 市府直属各单位, 县直有关单位),
    // a zone between them, or none but the units below (各区人民政府,各有关单位).
    [InlineData("各县、区人民政府,市政府有关部门,市属有关单位,兰州新区、高新区管委会:\n为适应房地产市场的新变化,在我市(含兰州新区)购房的,可向兰州住房公积金管理中心申请贷款。", "兰州市")]
    [InlineData("各市、区人民政府,镇江新区、高新区管委会,市各有关部门和单位:\n在市区(丹徒区、京口区、润州区、镇江新区)购置新建商品住房的,给予补贴。", "镇江市")]
    [InlineData("各区人民政府,各有关单位:\n现将武汉市促进住房消费的若干措施印发给你们。江岸区、江汉区要抓好落实。", "武汉市")]
    [InlineData("各乡镇人民政府,诏安工业园区管委会,县直有关单位:\n为促进诏安县房地产市场平稳健康发展,根据漳州市有关要求,结合我县实际,制定本意见。", "诏安县")]
    [InlineData("各镇人民政府、街道办事处,市政府直属各单位:\n为促进临海市房地产市场平稳健康发展,根据台州市有关文件精神,结合我市实际,提出如下意见。", "临海市")]
    [InlineData("各镇人民政府(街道办事处),市府直属各单位:\n为促进东莞市房地产市场平稳健康发展,现就有关事项通知如下。", "东莞市")]
    public void An_addressee_line_below_the_issuer_gives_the_issuers_level(string opening, string expected)
    {
        var region = Recognize((DocumentZone.Opening, opening));
        Assert.True(region.IsStrong);
        Assert.Equal(expected, region.Place?.Name);
    }

    // A city's rule names the districts it covers at its start: a list of them (白云区、黄埔区…), or the city's area with
    // what it holds in brackets (徐州市区(含铜山区)), names no one district as the text's subject; a unit written after
    // its parent or its parent's body (西湖区人民政府北山街道办事处) is one name.
    [Theory]
    [InlineData("我市差别化入户政策的实施范围为:白云区、黄埔区、花都区、番禺区、南沙区、从化区和增城区7个行政区。在我市实施范围内就业的,可申请入户。我市另有规定的从其规定。", "广州市")]
    [InlineData("徐州市区(含铜山区)个人贷款最高额度为60万元;各市、县(含贾汪区)个人贷款最高额度为50万元。江苏省内缴存职工在我市购房的,可申请贷款。", "徐州市")]
    [InlineData("杭州市西湖区人民政府北山街道办事处召开2023年度工作会议,总结过去一年的工作。", "北山街道")]
    [InlineData("苍南县公安局马站派出所接群众举报,马站镇老区中心有一居民房内有人聚众赌博。民警快速出击,现场抓获涉赌人员46人。", "马站镇")]
    public void A_list_or_a_bracket_of_the_units_a_city_holds_is_no_opening_subject(string opening, string expected) =>
        Assert.Equal(expected, Recognize((DocumentZone.Opening, opening)).Place?.Name);

    // A city speaking of itself (我市, 本市) names the one city it names in full twice or more; a city named once is one
    // the text refers to, a city's district speaks as 我区, aid between places names the other side, and 本市场 is no 本市.
    [Theory]
    [InlineData("为进一步促进房地产市场平稳发展，结合我市实际，制定以下措施。\n一、在长春市行政区域内购买新建商品住房的，给予购房补贴。\n二、长春市住房公积金管理中心负责落实。", "长春市")]
    [InlineData("一、职工及配偶在北京市、河北省购买自有住房的，可提取本市住房公积金。\n二、本市缴存职工均可申请。", null)]
    [InlineData("一、缴存基数上限、下限均参照长沙市的标准执行。\n二、本市缴存职工均可申请。", null)]
    [InlineData("1月8日，本市西城区与内蒙古乌兰察布市召开对口支援工作会议。乌兰察布市卫生计生委介绍了情况，本市将继续做好帮扶。", null)]
    [InlineData("1月8日，本市西城区与内蒙古乌兰察布市召开医疗卫生工作座谈会。乌兰察布市卫生计生委介绍了情况。", null)]
    [InlineData("为规范本市场主体的经营行为，在长春市行政区域内从事经营活动的，应当依法登记。长春市市场监督管理局负责实施。", null)]
    [InlineData("为促进我区房地产市场平稳健康发展，参照《抚州市人民政府办公室关于印发…的通知》，结合我市我区实际，经抚州市同意，制定本措施。", null)]
    public void A_city_speaking_of_itself_is_the_one_city_it_names_twice(string text, string? expected)
    {
        // The city its own words name, not the one place a text names (OnlyPlaceNamedTests).
        var region = Recognize((DocumentZone.Opening, text));
        Assert.Equal(expected, region.Evidence == RegionEvidence.SelfReference ? region.Place?.Name : null);
    }

    // A county's report ranks itself in its city (位居全市前列, 入选全市…, 荣获全市…, 考核全市第一) more often than it says
    // 全县: those are the field it is compared in, not its own words (found by the last-lines-dropped re-run: a county's
    // work report without its last line went to its city). Its own 全市 (全市上下, 全市经济) still counts.
    [Theory]
    [InlineData("多项指标位居全市前列。文旅开发入选全市旅游重点项目，乡村旅游品牌跻身全市十强。中学荣获全市教育工作综合考评第一名，工业考核全市第一。", null)]
    [InlineData("全市上下凝心聚力，全市经济稳步发展，全市城乡居民收入同比增长9.3%。", PlaceLevel.City)]
    public void Ranking_among_the_wider_units_peers_is_not_speaking_as_it(string text, PlaceLevel? lowest) =>
        Assert.Equal(lowest, RegionRecognizer.SelfLevel([(DocumentZone.Body, text)]).Lowest);

    // The words inside a cited document's title are its author's (贯彻落实南昌市《关于进一步推动我市…》 in a district's
    // notice): a district citing its city three times does not speak as the city (policy-scan: a 红谷滩区 notice filed under
    // 南昌市). A document the text issues itself (现将《…》印发) speaks in its own words.
    [Theory]
    [InlineData("为贯彻落实南昌市《关于进一步推动我市房地产市场平稳健康发展若干措施意见》，按南昌市《关于进一步推动我市房地产平稳健康发展若干措施意见》享受补贴，符合《关于促进我市房地产市场“以旧换新”工作的通知》的另行补贴。", null)]
    [InlineData("各乡镇人民政府：现将《关于加快我县电商发展的实施意见》印发给你们。我县各部门要抓好落实，确保我县电商发展取得实效。", PlaceLevel.County)]
    public void Words_inside_a_cited_documents_title_are_not_the_texts_own(string text, PlaceLevel? lowest) =>
        Assert.Equal(lowest, RegionRecognizer.SelfLevel([(DocumentZone.Body, text)]).Lowest);

    [Fact]
    public void A_district_notice_citing_its_citys_measures_is_the_districts()
    {
        const string text = "为贯彻落实南昌市《关于进一步推动我市房地产市场平稳健康发展若干措施意见》决策部署，促进红谷滩区房地产市场平稳健康发展，红谷滩区出台措施。"
            + "在红谷滩区范围内购买新建商品住宅的购房人，可按南昌市《关于进一步推动我市房地产平稳健康发展若干措施意见》享受补贴；"
            + "符合《关于促进我市房地产市场“以旧换新”工作的通知》的，红谷滩区另行给予补贴。";
        Assert.Equal(["江西省", "南昌市", "红谷滩区"], Recognize((DocumentZone.Opening, text), (DocumentZone.Body, text)).Place?.Path);
    }

    [Fact]
    public void A_province_named_barely_more_often_than_another_does_not_say_which_province_speaks()
    {
        // A province's notice that never names itself and names where travellers come from: the addressee line and 我省
        // give the level, not which province.
        var region = Recognize(
            (DocumentZone.Opening, "各市、县(区)人民政府,省政府各部门:\n根据我省当前疫情防控形势,现提出以下实施意见。"),
            (DocumentZone.Body, "一、湖北来我省的人员一律集中隔离观察。二、从湖北返回的人员须向社区报告。三、在疫情结束前,上述人员不得前往北京。"));
        Assert.False(region.IsStrong);
    }

    [Fact]
    public void A_province_that_names_itself_well_above_another_is_its_own()
    {
        var region = Recognize(
            (DocumentZone.Opening, "各市、县(区)人民政府,省政府各部门:\n根据江西省当前疫情防控形势,现提出以下实施意见。"),
            (DocumentZone.Body, "一、湖北来江西省的人员一律集中隔离观察。二、江西省各地要落实属地责任,我省各市要严格执行。"));
        Assert.True(region.IsStrong);
        Assert.Equal(["江西省"], region.Path);
    }

    [Theory]
    [InlineData("互助县推行政府采购管办分离改革", "互助土族自治县")]
    [InlineData("长阳县召开乡村振兴工作推进会", "长阳土家族自治县")]
    public void An_autonomous_county_by_its_place_name_and_县_is_that_county(string title, string expected)
    {
        var region = Recognize((DocumentZone.Title, title), (DocumentZone.Body, "为规范管理，我县增设了专门办公室，全县各乡镇同步推进。"));
        Assert.True(region.IsStrong);
        Assert.Equal(expected, region.Place?.Name);
    }

    // A banner by its first character, its wing and 旗, under its city: 赤峰市克旗, 鄂尔多斯市准旗, 赤峰市巴左旗.
    [Theory]
    [InlineData("赤峰市克旗环保局强化环境监测能力建设", "克什克腾旗")]
    [InlineData("鄂尔多斯市准旗召开乡村振兴工作推进会", "准格尔旗")]
    [InlineData("赤峰市巴左旗推进农村人居环境整治", "巴林左旗")]
    public void A_banner_by_its_short_form_under_its_city_is_that_banner(string title, string expected)
    {
        var region = Recognize((DocumentZone.Title, title), (DocumentZone.Body, "为推进工作，全旗各苏木乡镇同步开展，取得明显成效。"));
        Assert.Equal(expected, region.Place?.Name);
    }

    [Fact]
    public void A_reporters_source_named_in_full_from_the_province_down_is_the_news_items_unit()
    {
        var region = Recognize(
            (DocumentZone.Title, "春耕备耕有新招"),
            (DocumentZone.Opening, "春耕备耕有新招\n记者日前从吉林省四平市梨树县农业农村局获悉，今年全县农民按配方购买化肥。"));
        Assert.True(region.IsStrong);
        Assert.Equal(["吉林省", "四平市", "梨树县"], region.Path);
    }

    [Theory]
    [InlineData("春耕备耕有新招\n记者日前从市农业农村局获悉，今年全市推广测土配方施肥，其中梨树县面积最大。")] // the office has no place
    [InlineData("春耕备耕有新招\n记者日前从梨树县农业农村局获悉，今年农民按配方购买长春市生产的化肥。")] // a county alone, not from the top
    [InlineData("春耕备耕有新招\n记者日前从吉林省四平市梨树县农业农村局出发，前往长春市。")] // no news learned there
    // (Each with a place on another branch: a county named alone is the one place named, OnlyPlaceNamedTests.)
    public void A_reporters_source_without_a_full_chain_or_without_news_learned_decides_nothing(string opening) =>
        Assert.False(Recognize((DocumentZone.Title, "春耕备耕有新招"), (DocumentZone.Opening, opening)).IsStrong);

    [Fact]
    public void A_headline_of_a_province_over_a_first_sentence_about_a_county_in_it_is_the_countys_story()
    {
        var region = Recognize(
            (DocumentZone.Title, "贵州苗乡做大做强刺梨产业"),
            (DocumentZone.Opening, "贵州苗乡做大做强刺梨产业\n松桃苗族自治县是全省种植刺梨最早的地区之一，目前拥有刺梨园5万亩。"));
        Assert.True(region.IsStrong);
        Assert.Equal(["贵州省", "铜仁市", "松桃苗族自治县"], region.Path);
    }

    [Theory]
    [InlineData("铜仁市人民政府关于下达2023年退役士兵安置任务的通知", "铜仁市人民政府关于下达2023年退役士兵安置任务的通知\n松桃苗族自治县人民政府，市直各单位：\n现将安置任务下达给你们。", "铜仁市")]
    [InlineData("贵州苗乡做大做强刺梨产业", "贵州苗乡做大做强刺梨产业\n松桃苗族自治县是全省种植刺梨最早的地区之一。全省刺梨产业规模居全国首位，我省将继续扩大全省种植面积。", "贵州省")]
    public void A_documents_title_or_a_text_speaking_at_the_headlines_level_keeps_the_headlines_unit(string title, string opening, string expected)
    {
        var region = Recognize((DocumentZone.Title, title), (DocumentZone.Opening, opening));
        Assert.True(region.IsStrong);
        Assert.Equal(expected, region.Place?.Name);
    }

    [Theory]
    [InlineData("全国供销合作总社副主任一行调研我社为农服务工作")]
    [InlineData("全国妇联专家组莅临指导家庭教育工作")]
    public void A_national_body_visiting_is_the_guest_not_the_author(string title) =>
        Assert.False(Recognize((DocumentZone.Title, title), (DocumentZone.Opening, "11月22日，调研组一行来到蔬菜公司，参观自动化包装车间。")).National);

    [Fact]
    public void A_national_body_that_qualifies_a_noun_is_cited_not_the_author()
    {
        var region = Recognize((DocumentZone.Opening, "灌云位于江苏省东北部，地处黄海之滨，辖10镇、2乡，是国务院批准的首批对外开放县之一。客居我县的文人众多，全县文化底蕴深厚，我县旅游资源丰富。"),
            (DocumentZone.Body, "灌云县先后荣获中国名厨之乡等称号。"));
        Assert.False(region.National);
    }

    [Fact]
    public void An_addressee_line_of_a_municipality_names_the_municipality()
    {
        var region = Recognize((DocumentZone.Opening, "各区人民政府,市政府各委、办、局:\n现将上海市浦东新区、上海市闵行区的经验印发给你们。"));
        Assert.Equal(["上海市"], region.Path);
    }

    [Fact]
    public void The_governing_unit_the_text_names_tells_towns_of_one_name_apart()
    {
        // 坡头镇: a town of 湛江市坡头区 and of two counties elsewhere.
        var region = Recognize(
            (DocumentZone.Org, "坡头镇第十一届人民代表大会第二次会议"),
            (DocumentZone.Opening, "一年来,我们在区委、区政府和镇委的坚强领导下,统筹推进疫情防控和经济社会发展。"));
        Assert.Equal(["广东省", "湛江市", "坡头区", "坡头镇"], region.Path);
        Assert.True(region.IsStrong);
    }

    [Fact]
    public void Without_a_governing_unit_towns_of_one_name_stay_unresolved()
    {
        var region = Recognize((DocumentZone.Org, "坡头镇第十一届人民代表大会第二次会议"), (DocumentZone.Opening, "一年来,我们统筹推进各项工作。"));
        Assert.Null(region.Place);
    }

    [Fact]
    public void A_reporters_posting_in_a_byline_is_not_the_author()
    {
        var region = Recognize(
            (DocumentZone.Title, "读创/深圳商报驻佛山记者某某"),
            (DocumentZone.Opening, "2022年1月4日,佛山市顺德区十七届人大二次会议召开第二次全体会议,区长代表区人民政府向大会作政府工作报告。"));
        Assert.NotEqual(RegionEvidence.Title, region.Evidence);
        Assert.Equal("顺德区", region.Place?.Name);
    }

    [Fact]
    public void A_delegation_at_a_higher_congress_is_not_the_author()
    {
        var region = Recognize(
            (DocumentZone.Title, "市长参加市十七届人大六次会议蛟河代表团分组审议"),
            (DocumentZone.Opening, "吉林市融媒体中心\n1月14日,市十七届人大六次会议召开分组会议。"));
        Assert.NotEqual("蛟河市", region.Place?.Name);
    }

    [Fact]
    public void A_short_form_in_a_slogan_that_nothing_else_backs_is_not_the_title_s_unit()
    {
        // 安康 (安康市) and 长白 (长白朝鲜族自治县) are words of a Shanghai street's slogan here.
        var region = Recognize(
            (DocumentZone.Title, "安康和美·活力长白行动计划"),
            (DocumentZone.Opening, "安康和美·活力长白行动计划(2021-2023年)\n前言\n是上海在新的起点上全面深化“五个中心”建设的关键五年。"),
            (DocumentZone.Body, "长白新村街道党工委、办事处在区委、区政府的坚强领导下,共同打造“安康和美·活力长白”。长白新村街道未来三年发展的蓝图。"));
        Assert.NotEqual("安康市", region.Place?.Name);
        Assert.DoesNotContain(region.Mentioned.Take(1), p => p.Name == "安康市");
    }

    [Fact]
    public void A_short_form_backed_by_its_province_still_leads_the_title()
    {
        var region = Recognize((DocumentZone.Title, "泉州2021年工作总结"), (DocumentZone.Body, "福建省委、省政府部署"));
        Assert.Equal("泉州市", region.Place?.Name);
        Assert.Equal(RegionEvidence.Title, region.Evidence);
    }

    [Fact]
    public void A_former_issuer_does_not_beat_the_unit_the_title_names_today()
    {
        // 莱芜市 passed the rule in 2017; it became 济南市莱芜区 and 济南市 amended the rule.
        var region = Recognize((DocumentZone.Title, "济南市既有多层住宅增设电梯规定"), (DocumentZone.Org, "莱芜市人民代表大会常务委员会"));
        Assert.Equal(["山东省", "济南市"], region.Path);
    }

    [Fact]
    public void A_former_name_alone_in_the_title_is_still_today_s_unit()
    {
        var region = Recognize((DocumentZone.Title, "沾化县政府报告"), (DocumentZone.Org, "沾化县第十六届人民代表大会第四次会议"));
        Assert.Equal("沾化区", region.Place?.Name);
    }

    [Fact]
    public void A_development_zone_named_in_passing_neither_supports_a_town_nor_takes_the_region()
    {
        // 生物医药产业园 is a unit of the gazetteer (under 泰州市高港区), and a phrase any report may use.
        var zone = PlaceNames.Default.Find("生物医药产业园").Single();
        Assert.True(zone.Candidates.Single().IsZone);
        var region = Recognize(
            (DocumentZone.Org, "斜桥镇第十五届人民代表大会第十次会议"),
            (DocumentZone.Body, "形成了包装科技产业园和生物医药产业园三大产业布局。庆云村成为浙江省“淘宝村”。"));
        Assert.Equal(["浙江省", "嘉兴市", "海宁市", "斜桥镇"], region.Path);
    }

    [Fact]
    public void A_street_written_with_its_road_is_the_street()
    {
        var region = Recognize((DocumentZone.Org, "上海市闵行区人民政府古美路街道办事处"));
        Assert.Equal(["上海市", "闵行区", "古美街道"], region.Path);
    }

    [Fact]
    public void A_line_of_issuers_above_the_heading_names_the_author()
    {
        var region = Recognize(
            (DocumentZone.Title, "加快重点产业实施意见"),
            (DocumentZone.Opening, "加快重点产业实施意见\n中共柳河县委 柳河县人民政府\n关于支持重点产业加快发展的实施意见\n依据《吉林省促进中小企业发展条例》,制定如下实施意见。"));
        Assert.Equal(["吉林省", "通化市", "柳河县"], region.Path);
        Assert.Equal(RegionEvidence.Issuer, region.Evidence);
    }

    [Fact]
    public void A_newspaper_item_speaks_of_its_unit_in_its_first_sentence_after_the_page_debris()
    {
        var region = Recognize(
            (DocumentZone.Opening, "![]() |\n第12版:区街新闻 | 上一版3 4下一版 | ![]() |\n||||\n本报讯(记者 某某 通讯员 某某)为让居民进一步了解街道网格化管理工作,未来路街道办事处近日推出多项举措,提升辖区网格化管理工作知晓率。 |"),
            (DocumentZone.Body, "版权声明 @ 中原网 网站版权所有 |"));
        Assert.True(region.IsStrong);
        Assert.Equal(["河南省", "郑州市", "金水区", "未来路街道"], region.Path);
    }

    [Fact]
    public void A_unit_named_by_its_kind_alone_is_never_found_in_text() =>
        Assert.DoesNotContain(PlaceNames.Default.Find("街道和社区"), m => !m.IsShortForm);

    [Fact]
    public void A_town_speaking_as_itself_is_found_by_its_short_form_and_its_kind()
    {
        // 孙岗镇 and 孙岗乡 are two units of 六安市; the report speaks as a 镇.
        var region = Recognize(
            (DocumentZone.Title, "乡镇政府工作报告"),
            (DocumentZone.Opening, "各位代表:\n现在,我代表镇人民政府,向大会报告工作。\n即将过去的2020年是孙岗发展进程中极不寻常的一年,全镇上下万众一心,幸福孙岗建设迈出崭新步伐。"),
            (DocumentZone.Body, "全镇实现财政收入4720万元。印制《孙岗投资指南》。安徽某服饰公司建成投产。全镇经济社会快速发展。"));
        Assert.True(region.IsStrong);
        Assert.Equal(RegionEvidence.SelfReference, region.Evidence);
        Assert.Equal(["安徽省", "六安市", "金安区", "孙岗镇"], region.Path);
    }

    [Fact]
    public void A_three_character_short_form_of_the_speaking_town_counts_once()
    {
        var region = Recognize(
            (DocumentZone.Opening, "2013年,我镇以活动为载体,紧扣中心,扎实推进各项工作。\n截至6月底,全镇财税总收入累计完成419万元。全镇落实粮食种植面积2.88万亩。"),
            (DocumentZone.Body, "率先完成了公路建设司门前段迁坟、土地丈量等工作。"));
        Assert.Equal("司门前镇", region.Place?.Name);
    }

    [Fact]
    public void A_county_speaking_as_itself_is_found_by_its_repeated_short_form()
    {
        var region = Recognize(
            (DocumentZone.Opening, "在此,我代表县政府,向全县各族群众致以崇高敬意!\n各位代表,前郭振兴发展还存在很多困难和问题。"),
            (DocumentZone.Body, "全县上下要团结一心,推动前郭振兴发展取得新成效。"));
        Assert.Equal(["吉林省", "松原市", "前郭尔罗斯蒙古族自治县"], region.Path);
    }

    [Theory]
    // A short form read once, a dictionary word (计划 of 计划乡, 工程 of 工程街道), a mountain (祁连山): no unit.
    [InlineData("2013年,我镇扎实推进各项工作。全镇完成年度计划。全镇工程进度加快。")]
    [InlineData("我代表县人民政府向大会报告工作。全县上下保护祁连山南麓生态。全县完成祁连山治理。")]
    [InlineData("我谨代表县人民政府,向为加快西和发展做出贡献的同志表示感谢。全县广大干部群众团结拼搏。")]
    public void A_short_form_that_may_be_a_word_or_is_said_once_gives_no_unit(string opening) =>
        Assert.False(Recognize((DocumentZone.Opening, opening)).IsStrong);

    // A stem the dictionary reads as two words (民族团结 of 内蒙古's 民族团结乡), in a text that names no province or city:
    // a national rule on 民族乡 speaks as 本乡 and asks for 增强民族团结 (found by running the national laws of
    // LawRefBook/Laws without their titles). Said as often as 孙岗 above, it gives no unit.
    [Fact]
    public void A_stem_of_two_words_gives_no_town_where_no_province_or_city_is_named()
    {
        var region = Recognize((DocumentZone.Opening, "第一条 为了促进民族乡经济、文化等项事业的发展，增强民族团结，制定本条例。\n" +
            "第二条 本乡人民政府应当在本乡进行民族团结的教育。本乡依法开发资源。本乡人民政府保障本乡少数民族的合法权益，巩固民族团结。"));
        Assert.NotEqual("民族团结乡", region.Place?.Name);
    }

    // A county's stem that is a word (公安, 'police', of 荆州市's 公安县) in a text speaking as 本县 that names the county's
    // province but not its city: a national rule on the 三峡 migrants (湖北省 and 重庆市, 公安机关 throughout) had been filed
    // under 公安县 (found by running the national laws of LawRefBook/Laws without their titles). With its city, it counts.
    [Theory]
    [InlineData("湖北省", false)]
    [InlineData("湖北省荆州市", true)]
    public void A_county_stem_that_is_a_word_counts_only_under_its_city(string named, bool counts)
    {
        var region = Recognize((DocumentZone.Opening, $"第一条 {named}三峡库区移民安置工作，本县人民政府负责。\n" +
            "第二条 本县公安机关应当加强治安管理。公安机关会同有关部门做好户口迁移。本县有关部门配合公安机关工作。本县做好安置。"));
        Assert.Equal(counts, region.IsStrong && region.Place?.Name == "公安县");
    }

    // A county's short form inside a longer word (民和 of 人民和国家, 定结 of 确定结果, 得荣 of 获得荣誉) in a text that
    // speaks as 本县 and names no place: a national law with such a preamble had been filed under 民和回族土族自治县,
    // 定结县 or 得荣县 (found by running the national laws of LawRefBook/Laws with 本县 lines added). 转正定级, which the
    // dictionary splits into single characters, is a fixed phrase. As a word of its own the short form still counts.
    [Theory]
    [InlineData("维护人民和国家的利益", "民和回族土族自治县", false)]
    [InlineData("及时确定结果并公布", "定结县", false)]
    [InlineData("对获得荣誉的集体予以表彰", "得荣县", false)]
    [InlineData("做好新录用人员转正定级工作", "正定县", false)]
    [InlineData("支持民和发展特色产业", "民和回族土族自治县", true)]
    public void A_county_short_form_inside_a_word_is_no_county_speaking_as_itself(string clause, string county, bool counts)
    {
        var region = Recognize((DocumentZone.Opening, $"为做好本县工作，全县各地要{clause}。\n本县各部门要{clause}。\n全县上下要{clause}。本县要加强领导。"));
        Assert.Equal(counts, region.IsStrong && region.Place?.Name == county);
    }

    [Fact]
    public void A_short_form_does_not_move_a_town_outside_the_province_the_text_names()
    {
        // 孙岗 again, but the text is about a town of Henan: nothing of Anhui is named, so no unit.
        var region = Recognize((DocumentZone.Opening, "我代表镇人民政府报告工作。全镇上下推动孙岗发展,幸福孙岗建设。河南省委部署。全镇稳定。"));
        Assert.NotEqual("孙岗镇", region.Place?.Name);
    }

    [Fact]
    public void A_development_zone_named_in_passing_without_its_place_is_not_a_place_of_the_text()
    {
        var region = Recognize((DocumentZone.Opening, "做好工业园区的综合配套服务,加强园区道路等基础设施建设。"));
        Assert.DoesNotContain(region.Mentioned, p => p.IsZone);
    }

    [Fact]
    public void A_notice_setting_its_scope_by_its_county_speaks_of_that_county()
    {
        var region = Recognize((DocumentZone.Opening, "根据《中华人民共和国大气污染防治法》《重庆市大气污染防治条例》有关规定,现就有关事项通告如下:\n一、从本通告发布之日起,禁止在忠县境内露天场所焚烧秸秆。\n二、各乡镇(街道)要高度重视。"));
        Assert.True(region.IsStrong);
        Assert.Equal(["重庆市", "忠县"], region.Path);
    }

    [Fact]
    public void A_newspaper_named_after_a_city_is_not_the_author()
    {
        var region = Recognize(
            (DocumentZone.Title, "读创/深圳商报驻佛山记者某某"),
            (DocumentZone.Opening, "2022年1月4日,佛山市顺德区十七届人大二次会议召开第二次全体会议。"));
        Assert.Equal("顺德区", region.Place?.Name);
        Assert.DoesNotContain(region.Path ?? [], n => n == "深圳市");
    }

    [Fact]
    public void A_work_report_without_its_opening_is_named_by_its_thanks()
    {
        // The opening and its speaker line gone: the thanks still name the government reporting (and not the city its
        // awards came from).
        var region = Recognize((DocumentZone.Opening, "各位代表，过去的一年，是我区各项事业全面进步的一年。在全市表彰大会上，我区被市委、市政府授予全市先进单位称号，全市共表彰十个单位。"),
            (DocumentZone.Body, "成绩来之不易。在此，我代表海拉尔区人民政府，向全区各族人民，向人大代表、政协委员，向所有关心、支持海拉尔发展的社会各界人士，致以崇高的敬意和衷心的感谢！全市经济工作会议部署了今年任务。"));
        Assert.True(region.IsStrong && region.Place?.Name == "海拉尔区", $"{region.Place?.Name} {region.Evidence}");
    }

    [Fact]
    public void A_guests_greeting_in_a_news_item_names_no_author()
    {
        // Not a report to a congress: the greeting is a guest's.
        var region = Recognize((DocumentZone.Opening, "3月5日，柳河县举办招商推介会。"),
            (DocumentZone.Body, "会上，客商代表致辞。他说：我代表通化市人民政府，向大会的召开致以热烈的祝贺！柳河县与多家企业签约。柳河县县长介绍了投资环境。柳河县还组织客商参观了园区。"));
        Assert.NotEqual("通化市", region.Place?.Name);
    }

    [Fact]
    public void A_local_text_that_enforces_national_decisions_is_not_national()
    {
        // A municipality's rule listing what its standing committee decides: national bodies as the source, 本市 as itself.
        var region = Recognize((DocumentZone.Opening, "（一）为保证宪法、法律、行政法规和全国人民代表大会及其常务委员会决议、决定在本市遵守和执行的重大措施；\n（二）本市国民经济和社会发展计划；\n（三）本市财政预算调整方案；\n（四）上海市人民政府提请审议的事项。"));
        Assert.False(region.National, $"{region.Place?.Name} {region.Evidence}");
    }

    [Fact]
    public void A_company_named_after_its_city_does_not_make_the_city_the_subject()
    {
        // A village's company bears its city's name; the street the text is about is one of several of its name.
        static string? RegionOf(string text) => ReportSearch.Core.Tests.Ingestion.IngestionTestSupport.ParseVirtual("p/item.txt", System.Text.Encoding.UTF8.GetBytes(text)).Metadata.District;
        Assert.NotEqual("大连市", RegionOf("大连鑫源实业总公司系村级集体经济组织，是刘家村建设的重要承担者。公司大力发展都市农业和现代旅游业。\n" +
            "2009年初，红旗街道对刘家村原有河道进行治理，建造了人工景观湖。景区栽植树木70种7000余棵，是近郊游的首选之地。景区拥有大连市第一条生态示范路。\n"));
        // The city as a clause's subject still is.
        Assert.Equal("大连市", RegionOf("大连市大力发展都市农业，今年新建现代农业园区十个。\n全市农业总产值增长百分之八，全市新增家庭农场三百家，全市农民收入稳步提高。\n"));
    }
}
