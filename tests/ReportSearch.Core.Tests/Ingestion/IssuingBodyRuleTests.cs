using System.Text;
using ReportSearch.Ingestion;
using ReportSearch.Places;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// The issuing body where no header field or 关于-title names it (issue 19): a title that opens with its unit before
/// its year or subject, a work report's speaker line, and a work report's government over the page's publisher.
/// Snippets are short openings of real public pages (address above each), trimmed.
/// </summary>
public class IssuingBodyRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    // https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=55c0fd10-4d0a-43e7-94de-b850e121f856
    private const string StreetSummary = """
        五角场街道办事处2023年工作总结 2024-02-29

        2023年,五角场街道办事处坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,在区委、区政府和街道党工委的坚强领导下,积极践行“人民城市”重要理念。
        """;

    [Fact]
    public void A_title_that_opens_with_its_unit_before_the_year_names_the_issuing_body()
    {
        var m = Meta(StreetSummary);
        Assert.Equal("五角场街道办事处", m.Org);
        Assert.Equal(MetadataOrigin.Title, m.Origins?.Org);
    }

    [Theory]
    [InlineData("2022年北京市东城区人民政府工作报告", "北京市东城区人民政府")]
    [InlineData("重庆市大足区人民政府2022年政府信息公开工作年度报告", "重庆市大足区人民政府")]
    [InlineData("小雄镇政府2009年工作总结", "小雄镇政府")]
    [InlineData("南县住房和城乡建设局2018年度整体支出绩效评价报告", "南县住房和城乡建设局")]
    // Not a body: 南关区政府工作报告 names the report; a 关于-title's issuer is read elsewhere; a year inside is no name.
    [InlineData("2022年长春市南关区政府工作报告", null)]
    [InlineData("关于晓坪乡人民政府2020年工作总结的报告", null)]
    [InlineData("北碚区2023年人民政府工作报告", null)]
    public void The_unit_before_a_title_s_year_or_subject(string title, string? org) => Assert.Equal(org, ReportOrg.InTitle(title));

    // http://www.dwq.gov.cn/dwq/zwgk/zfgzbg/2022060619155630978/index.html
    private const string BannerSpeakerLine = """
        政府工作报告
          ——在东乌珠穆沁旗第十六届人民代表大会第一会议上
          东乌旗人民政府代旗长 周玉龙
          (2022年1月5日)
        各位代表:
          现在,我代表旗人民政府向大会报告工作,请予审议,并请政协委员和列席会议的同志提出意见。
        """;

    [Fact]
    public void A_work_report_s_speaker_line_names_the_government_when_the_speech_names_only_its_level()
    {
        var m = Meta(BannerSpeakerLine);
        Assert.Equal("东乌旗人民政府", m.Org);
    }

    [Theory]
    [InlineData("——2016年1月6日大连市西岗区第十七届人民代表大会第四次会议大连市西岗区人民政府区长阎利军", "大连市西岗区人民政府")]
    [InlineData("国务院总理 李克强", "国务院")]
    [InlineData("——2025年1月14日自治区人民政府主席 王莉霞", null)] // the level alone names no body
    public void The_body_of_a_speaker_line(string line, string? org) => Assert.Equal(org, ReportOrg.OfSpeaker([line, "各位代表:"]));

    // https://www.tx.gov.cn/art/2020/11/25/art_1229402872_59018720.html
    private const string TownReportUnderPublisher = """
        索引号: 001008004005092/2017-85388 发布机构: 乌镇镇
        公开方式: 主动公开 发文日期: 2017-01-25
        组配分类: 政府工作报告 文件编号:
        2016年政府工作报告
        政 府 工 作 报 告
        2017年1月9日在乌镇镇第十七届人民代表大会第一次会议上
        姚富强
        各位代表:
        现在,我代表镇人民政府向大会报告工作,请予审议。
        """;

    [Fact]
    public void A_work_report_is_its_government_s_whatever_unit_posted_the_page()
    {
        var m = Meta(TownReportUnderPublisher);
        Assert.Equal("乌镇镇人民政府", m.Org);
        Assert.Equal(["浙江省", "嘉兴市", "桐乡市", "乌镇镇"], m.RegionPath);
    }

    // https://www.hzsc.gov.cn/art/2025/1/16/art_1229233089_4327349.html
    private const string DisclosureReportOpening = """
        2024年,在区政府政务信息公开工作主管部门的引领下,小营街道办事处严格依照区委、区政府针对政务公开工作的要求与安排,及时且规范地公开我街道政务信息,现将本年度工作情况报告如下:
        一、总体情况
        """;

    [Fact]
    public void The_body_an_opening_sentence_names_as_its_subject_is_the_issuing_body()
    {
        var m = Meta(DisclosureReportOpening);
        Assert.Equal("小营街道办事处", m.Org);
    }

    [Theory]
    [InlineData("现在,我代表斜桥镇人民政府向大会报告工作", null)] // a speech's words: read as the speaker's, elsewhere
    [InlineData("各乡、镇人民政府,县政府各部门:", null)] // an addressee line
    [InlineData("2022年以来,在县委县政府的坚强领导下,街道办事处高举伟大旗帜", null)] // the level alone
    [InlineData("请与南关区长通街道办事处办公室联系", null)] // an office under it, not at a clause start
    [InlineData("2025年,付垅乡人民政府坚持以公开为常态、不公开为例外原则。", "付垅乡人民政府")]
    [InlineData("根据有关法律法规,经临河县人民政府批准,临河县自然资源局决定公开出让一宗国有建设用地使用权。", null)] // the approver, not the actor
    [InlineData("城南区就业服务中心是经城南区人民政府批准成立的公益性服务机构。", null)]
    [InlineData("2019年,该村顺利通过四川省人民政府组织的脱贫攻坚验收。", null)] // a clause's words before the government: no name
    [InlineData("本市按照统一规划、分级负责的原则,实行市人民政府统一领导的管理体制。", null)]
    [InlineData("第四条 本条例由省生态环境主管部门组织实施；萧山区辖区内的河段,由杭州市萧山区人民政府生态环境主管部门负责监督管理。", null)] // a department under it
    public void The_subject_of_an_opening_sentence(string line, string? org) => Assert.Equal(org, ReportOrg.OfOpening([line]));

    [Theory]
    [InlineData("近日，某区慈善协会在区第一中学举行助学金发放仪式。\n受助学生代表表示将勤奋学习、回报社会。\n　　东湖区慈善协会  王某某", "东湖区慈善协会")]
    [InlineData("某镇组织党员志愿者开展环境整治活动，清理垃圾20余吨。\n（青山镇人民政府 李某）", "青山镇人民政府")]
    [InlineData("请各单位于3月10日前报送材料。\n东湖区人民政府 区长", null)] // an office-holder's title, not a writer
    [InlineData("请各单位于3月10日前报送材料。\n东湖区慈善协会", null)] // no writer named
    public void A_contributor_s_line_closing_the_text_names_its_unit(string text, string? org) =>
        Assert.Equal(org, SignatureBlock.Contributor(text.Split('\n')));

    [Fact]
    public void A_party_group_signing_above_its_date_is_the_issuing_body()
    {
        var m = Meta("""
            各科室、局属各单位:
            经2021年3月9日局党组会议研究,决定:
            王某某同志任办公室副主任(试用期一年)。
            中共东湖区农业农村局党组
            2021年3月12日
            """);
        Assert.Equal("中共东湖区农业农村局党组", m.Org);
        // The body's line taken for a title reports no event.
        Assert.NotEqual("新闻", m.Kind);
    }

    [Theory]
    [InlineData("本通知自印发之日起执行。原有规定与本通知不一致的,按本通知执行。", "东湖市住房公积金管理委员会")]
    [InlineData("特此通知。", "东湖市住房公积金管理委员会")]
    [InlineData("下一步,中心将持续做好政策宣传和服务保障工作。", null)]
    public void A_notice_cut_to_its_preamble_and_without_a_date_is_signed_by_the_body_under_its_own_closing_formula(string closing, string? org)
    {
        // A crawler's copy without addressees or date (资阳's 公积金 notice): only the notice's own last sentence above the
        // body line makes it a signature; a news item that ends on a body's name does not.
        var m = Meta($"""
            为充分发挥住房公积金制度惠民生作用,结合我市实际,决定调整部分住房公积金使用政策,现将有关事项通知如下:
            一、提高贷款额度。双缴存职工家庭最高贷款额度提高至80万元。
            二、{closing}


            东湖市住房公积金管理委员会
            """);
        Assert.Equal(org, m.Org);
    }

    [Fact]
    public void A_news_item_closing_on_its_contributor_s_line_is_the_unit_s()
    {
        var m = Meta("""
            新年伊始，某区慈善协会在区第一中学举行助学金发放仪式，向120名学生发放助学金24万元。
            受助学生代表表示将勤奋学习、回报社会。
            　　东湖区慈善协会  王某某
            """);
        Assert.Equal("东湖区慈善协会", m.Org);
    }

    [Theory]
    // A county since made a district: the report speaks of it as the county it was, and writes that name.
    [InlineData("徐水区", PlaceLevel.County, "现在,我代表县政府向大会作政府工作报告,请予审议。|加强文化建设,完成《徐水县志》的编纂出版。", "徐水县人民政府")]
    // The same speaker where the text never writes the county's name: no name is built.
    [InlineData("徐水区", PlaceLevel.County, "现在,我代表县政府向大会作政府工作报告,请予审议。|加强文化建设,推进县城提档升级。", null)]
    // A township since made a town.
    [InlineData("新集镇", PlaceLevel.Town, "现在,我代表乡人民政府向大会报告工作。|新集乡全年完成财政收入800万元。", "新集乡人民政府")]
    // The region's own level.
    [InlineData("新集镇", PlaceLevel.Town, "现在,我代表镇人民政府向大会报告工作。", "新集镇人民政府")]
    public void A_level_speaker_s_government_is_the_region_s_as_the_text_names_it(string place, PlaceLevel level, string lines, string? org) =>
        Assert.Equal(org, MetadataInference.GovernmentOfLevelSpeaker(new Place(0, "000000", place, level, null), [.. lines.Split('|')]));

    // http://rd.fuzhou.gov.cn/rmdbdh/hywj/200803/t20080327_1746741.htm
    private const string CongressResolution = """
        福州市第十三届人民代表大会第三次会议关于政府工作报告的决议
        (2008年1月30日福州市第十三届人民代表大会第三次会议通过)
          福州市第十三届人民代表大会第三次会议,听取和审议了郑松岩市长代表福州市人民政府所作的政府工作报告。
        """;

    [Fact]
    public void A_congress_session_resolving_on_a_report_is_its_issuer()
    {
        var m = Meta(CongressResolution);
        Assert.Equal("福州市第十三届人民代表大会第三次会议", m.Org);
    }

    // http://bx2200.com/baogao/xn/9984.html
    private const string NumberedGovernment = """
        政 府 工 作 报 告
        ——2024年1月18日在牟定县第十八届
        人民代表大会第三次会议上
        县长 李永军
        各位代表:
        现在,我代表十八届县人民政府,向大会报告工作,请予审议,并请县政协委员和列席人员提出意见。
        """;

    [Fact]
    public void A_government_named_by_its_term_and_level_is_no_name_and_the_session_s_place_names_it()
    {
        var m = Meta(NumberedGovernment);
        Assert.Equal("牟定县人民政府", m.Org);
    }

    // https://www.quyushuju.com/forum.php?mod=viewthread&tid=68504&extra=
    [Fact]
    public void A_city_and_its_district_glued_together_are_both_found_where_the_dictionary_splits_them_across()
    {
        var m = Meta("""
            2022年长春市南关区政府工作报告
            ——2021年11月24日在长春市南关区第十九届人民代表大会第一次会议上
            各位代表:
            现在,我代表区人民政府,向大会报告工作,请予审议。
            """);
        Assert.Equal(["吉林省", "长春市", "南关区"], m.RegionPath);
        // The government as the session line names its place (在长春市南关区第十九届人民代表大会).
        Assert.Equal("长春市南关区人民政府", m.Org);
    }

    // https://cqstl.gov.cn/zwgk_171/zfxxgknb/qzfbm/qzfbgs/202301/t20230130_11545140.html
    [Fact]
    public void A_body_standing_alone_above_a_title_that_names_none_is_the_issuer()
    {
        var m = Meta("""
            重庆市铜梁区人民政府办公室
            2022年政府信息公开工作年度报告
            根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定和《国务院办公厅政府信息公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求,编制本报告。
            一、总体情况
            """);
        Assert.Equal("2022年政府信息公开工作年度报告", m.Title);
        Assert.Equal("重庆市铜梁区人民政府办公室", m.Org);
    }

    [Theory]
    [InlineData(new[] { "中共重庆市永川区来苏镇委员会", "重庆市永川区来苏镇人民政府", "关于印发工作方案的通知" }, "关于印发工作方案的通知", "中共重庆市永川区来苏镇委员会、重庆市永川区来苏镇人民政府")]
    [InlineData(new[] { "首页", "区人民政府", "2022年工作总结" }, "2022年工作总结", null)] // the level alone names no body
    [InlineData(new[] { "2022年工作总结" }, "2022年工作总结", null)]
    public void The_bodies_alone_on_the_lines_above_the_title(string[] lines, string title, string? org) => Assert.Equal(org, ReportOrg.AboveTitle(lines, title));

    // A county work report cut to its body (a spreadsheet's cell), the speaker naming the government by its level only.
    [Theory]
    [InlineData("县人民政府", "新安县人民政府")]
    [InlineData("县政府", "新安县人民政府")]
    [InlineData("镇人民政府", null)] // the level does not match the county the text is of
    public void A_speaker_naming_the_government_by_its_level_is_the_regions_government(string speaker, string? expected)
    {
        // The county is named in full only far below the opening, where the government's name is not looked for.
        var figures = string.Concat(Enumerable.Range(1, 40).Select(i => $"（{i}）全县第{i}项重点工作稳步推进。\n"));
        var m = Meta($"各位代表：\n现在，我代表{speaker}，向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n一、2023年工作回顾\n2023年，在市委、市政府和县委的坚强领导下，在县人大、县政协的监督支持下，县政府带领全县人民扎实工作，我县民生持续改善。\n{figures}洛阳市新安县经济平稳增长，全县生产总值增长6%，我县就业稳定，全县人民安居乐业。");
        Assert.Equal(expected, m.Org);
    }

    // A snippet of my own in a county's statistical communiqué's shape: its signature is the county's statistics bureau
    // and the national office's survey team of the county, a local office, over the date.
    [Fact]
    public void A_survey_team_of_the_national_statistics_office_signs_with_the_county_and_is_no_national_body()
    {
        var m = Meta("安吉县2023年国民经济和社会发展统计公报\n安吉县统计局\n国家统计局安吉调查队\n2024年3月15日\n2023年，面对复杂严峻的外部环境，全县上下坚决贯彻落实中央、省、市决策部署。\n");
        Assert.Equal("安吉县2023年国民经济和社会发展统计公报", m.Title);
        Assert.Equal("安吉县统计局、国家统计局安吉调查队", m.Org);
        Assert.Equal(["浙江省", "湖州市", "安吉县"], m.RegionPath);
    }

    [Theory]
    [InlineData("苍南县文明办", "苍南县文明办")] // a county office signs by its short name
    [InlineData("中共某某镇委 某某镇党政办", "中共某某镇委、某某镇党政办")] // joint signers, one of them so
    [InlineData("请于本周内办", null)] // a sentence ending in 办 is no body
    public void An_office_signing_by_its_short_name_is_the_issuing_body(string signature, string? org)
    {
        var m = Meta($"各乡镇党委、人民政府，县直属各有关单位：\n现将获奖人员名单公布如下，请各单位通知本人领取。\n一等奖：王某（县教育局）\n{signature.Replace(" ", "\n")}\n2010年11月9日\n");
        Assert.Equal(org, m.Org);
    }

    // A news byline whose source is a government account named …发布 is no law's passage line (1986年10月11日 国务院发布):
    // its time and fields are no issuing body.
    [Theory]
    [InlineData("长春市朝阳区2021年“十大新闻事件”揭晓\n2022-01-21 09:09 | 来源: 朝阳区发布\n2021年，朝阳区经济社会发展取得令人欣喜的成果。")]
    [InlineData("朝阳区召开安全生产工作会议\n2022年3月2日 10:30 来源：朝阳区发布\n3月1日，朝阳区召开安全生产工作会议，部署下一阶段工作。")]
    public void A_byline_naming_an_account_that_publishes_gives_no_issuing_body(string text)
    {
        var m = Meta(text);
        Assert.DoesNotMatch("[:：|]", m.Org ?? "");
        Assert.DoesNotContain("来源", m.Org ?? "");
        Assert.NotNull(m.Date);
    }

    [Fact]
    public void A_law_s_passage_line_still_names_its_issuer() =>
        Assert.Equal("国务院", Meta("城市维护建设税暂行条例\n1985年2月8日 国务院发布\n第一条 为了加强城市的维护建设，扩大和稳定城市维护建设资金的来源，特制定本条例。").Org);

    // A province's 批准 of a city's or an autonomous county's regulation dates it but does not issue it: without the
    // line of the body that passed it (a copy that lost its heading), neither the issuer nor the region is the province.
    // A later amendment still dates the text as it stands.
    [Fact]
    public void A_province_s_approval_line_is_no_issuer()
    {
        var m = Meta("2022年1月21日 山东省第十三届人民代表大会常务委员会第三十三次会议批准\n第一章 总则\n第一条 为了规范物业管理活动，维护物业管理相关主体的合法权益，结合本市实际，制定本条例。\n第二条 本市行政区域内的物业管理活动，适用本条例。");
        Assert.DoesNotContain("山东省", m.Org ?? "");
        Assert.NotEqual(["山东省"], m.RegionPath);
        Assert.Equal("2022-01-21", m.Date);

        var amended = Meta("2015年7月30日 重庆市第四届人民代表大会常务委员会第十九次会议批准；2019年2月23日彭水苗族土家族自治县第十七届人民代表大会第四次会议修改\n第一条 为了合理利用和保护旅游资源，促进自治县旅游业的发展，制定本条例。");
        Assert.Equal("2019-02-23", amended.Date);
    }

    // A government named as the subject of the opening is one place's: a 和 outside a place's name joins two things (an
    // article's area), while 和 inside one (和平区) is the place's own.
    [Theory]
    [InlineData("第三条 本条例所称鉴湖水域包括：绍兴市城市建成区和绍兴县人民政府所在地镇建成区范围内属于鉴湖水系的水域。", null)]
    [InlineData("2023年，天津市和平区人民政府坚持依法行政，全面推进政务公开工作，现将有关情况报告如下。", "天津市和平区人民政府")]
    public void A_government_the_opening_names_is_one_place_s(string opening, string? org) =>
        Assert.Equal(org, Meta(opening + "\n一、主要工作\n全年共主动公开政府信息1200条。").Org);
    // A district's departmental budget as published (rpI, a budget checker's sample PDFs): its cover names the body it is
    // of in a field, 预算主管部门 or 预算单位, under the district's collection title.
    [Theory]
    [InlineData("预算主管部门", "上海市普陀区司法局")]
    [InlineData("预算单位", "上海市普陀区社会福利院")]
    public void A_budgets_cover_field_names_the_body_it_is_of(string label, string body)
    {
        var m = Meta($"上海市普陀区2025年区级部门预算\n\n  {label}：{body}\n                 目   录\n\n一、部门主要职能\n二、部门机构设置\n三、名词解释\n四、部门预算编制说明\n五、部门预算表\n");
        Assert.Equal(body, m.Org);
    }
}
