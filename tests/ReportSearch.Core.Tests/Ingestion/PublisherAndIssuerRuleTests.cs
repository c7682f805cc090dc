using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// The issuing body a careful reader records (issue 19), one test per pattern of the development set's tune misses:
/// the document's own issuer over a site's publisher, all the bodies of a joint document, a work report's government
/// by its congress's place, a congress body without its session's numbers. Snippets are short paraphrases of real
/// public pages (names, layout and the words that matter kept; the rest cut).
/// </summary>
public class PublisherAndIssuerRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    // The header names the government's office that posted the page; the title and signature name the government.
    // A title opening with 关于 names no issuer before it: 关于转发省教育厅 is no body.
    [Fact]
    public void A_title_opening_with_about_names_no_issuer() =>
        Assert.Null(Meta("关于转发省教育厅关于做好2023年秋季开学工作的通知\n各乡镇人民政府，县直各单位：\n现将《省教育厅关于做好2023年秋季开学工作的通知》转发给你们，请认真贯彻落实。").Org);

    // A county's or city's site posts its towns' documents under its own name (发布机构: 苍南县人民政府): the text's own
    // author below the publisher, by its letterhead (spaced out letter by letter), its signature or a headline that runs
    // from the publisher down to it, is the document's unit (altered-forms' headers probe, the sitepub layout: 6 of 23
    // town and street documents had gone to the publisher's unit). A rule titled under the city's name stays the city's.
    [Theory]
    [InlineData("索引号：113399835934290X/2011-46004\n发布机构：苍南县人民政府\n成文日期：2011年01月20日\n标题：关于印发《钱库镇道路交通安全集中整治实施方案》的通知\n\n钱政〔2011〕10号\n钱 库 镇 人 民 政 府\n关于印发《钱库镇道路交通安全集中整治实施方案》的通知\n各办事处、村（居）、部门单位：\n《钱库镇道路交通安全集中整治实施方案》已经镇政府同意，现印发给你们，请认真贯彻执行。", "钱库镇")]
    [InlineData("发布机构：苍南县人民政府\n标题：关于做好春节期间安全生产工作的通知\n\n关于做好春节期间安全生产工作的通知\n各村、各部门：\n春节将至，为确保节日期间安全生产形势稳定，现就有关事项通知如下。\n一、加强隐患排查。\n二、落实值班制度。\n钱库镇人民政府\n2021年1月20日", "钱库镇")]
    [InlineData("发布机构：中山市人民政府\n成文日期：2011年09月27日\n标题：中山市三角镇五项举措推进阳光政府采购\n\n中山市三角镇五项举措推进阳光政府采购\n近年来，该镇围绕规范采购行为，推出五项举措，推进阳光采购。", "三角镇")]
    [InlineData("发布机构：上海市人民政府\n成文日期：2019年05月27日\n标题：上海市浦东新区市容环境卫生管理规定\n\n上海市浦东新区市容环境卫生管理规定\n第一条 为了加强浦东新区市容环境卫生管理，制定本规定。", "上海市")]
    public void A_unit_below_the_sites_publisher_that_the_text_names_as_its_author_is_the_documents(string text, string unit) =>
        Assert.Equal(unit, Meta(text).RegionPath?[^1]);

    [Fact]
    public void The_issuer_a_title_opens_with_beats_the_office_that_published_the_page()
    {
        var m = Meta("""
            索引号: 003129766/201901-00336 组配分类: 规范性文件发布
            信息分类: 通知   发布机构: 太湖县人民政府办公室
            生成日期: 2019-01-23 文号:
            太湖县人民政府关于印发《太湖县人民政府工作规则》的通知
            各乡、镇人民政府,县政府各部门:
            《太湖县人民政府工作规则》已经县政府第三次全体会议通过,现予印发,请遵照执行。
            太湖县人民政府
            2019年1月17日
            """);
        Assert.Equal("太湖县人民政府", m.Org);
    }

    [Theory]
    // A level alone or a short form (区政府, 区政府办) names no body; the title's full name does.
    [InlineData("区政府", "上海市嘉定区人民政府关于批转《关于加强本区防汛管理工作的通知》的通知", "上海市嘉定区人民政府")]
    [InlineData("区政府办", "宁波市鄞州区人民政府办公室关于印发2024年目标任务分解的通知", "宁波市鄞州区人民政府办公室")]
    // One body written with and without its places: the header's fuller name stays.
    [InlineData("上海市闵行区莘庄镇人民政府", "莘庄镇人民政府关于印发《住宅小区综合评估方案》的通知", "上海市闵行区莘庄镇人民政府")]
    // A government's short form in the title does not beat the header's full name.
    [InlineData("上海市金山区山阳镇人民政府", "山阳镇政府关于印发《减量化补偿指导意见》的通知", "上海市金山区山阳镇人民政府")]
    // A title whose opening reads past its issuer (国务院批转…关于) is no name to put over the header's.
    [InlineData("国务院", "国务院批转发展改革委关于2009年深化经济体制改革工作意见的通知", "国务院")]
    public void A_header_s_publisher_against_the_title_s_issuer(string publisher, string title, string org)
    {
        var m = Meta($"""
            索引号: 11440105007499334H/2014-00822
            发布机构: {publisher}
            成文日期: 2014-06-28
            {title}
            各有关单位:
            现将有关事项通知如下。
            """);
        Assert.Equal(org, m.Org);
    }

    // The header names the place alone; the letter is signed by the town's government.
    [Fact]
    public void A_place_alone_in_the_header_gives_way_to_the_signature()
    {
        var m = Meta("""
            索引号 | 01526079-6-/2021-0508011 | 发布机构 | 腾冲市和顺镇 |
            公开目录 | 乡镇信息 | 发布日期 | 2021-05-07 13:37:50 |
            全镇广大农民朋友们:
            当前正值秸秆禁烧工作的关键时期,为共同保护生态环境,特发出如下倡议。
            一、树立生态环保意识,自觉做到不在田间地头焚烧秸秆。
            和顺镇人民政府
            2021年5月7日
            """);
        Assert.Equal("和顺镇人民政府", m.Org);
    }

    [Fact]
    public void Of_two_publisher_fields_the_one_naming_the_body_is_kept()
    {
        var m = Meta("""
            华庄街道2022年工作总结
            发布时间:2023-01-17 15:00     发布部门:华庄街道     阅读次数:
            索引号 MB1670946/2023-00023 生成日期 2023-01-17 公开日期 2023-01-17
            文件编号 发布机构 华庄街道办事处 效力状况 有效
            2022年是党的二十大召开之年,街道上下全面落实各项工作。
            """);
        Assert.Equal("华庄街道办事处", m.Org);
    }

    [Fact]
    public void A_site_s_name_in_the_publisher_field_is_no_issuing_body()
    {
        var m = Meta("""
            发布机构: 金宝博-金宝博官网
            发布日期: 2024-03-01
            区政府关于印发2024年区政府主要工作任务分解的通知
            各街道办事处,区政府各部门:
            现将任务分解印发给你们,请认真贯彻执行。
            """);
        Assert.Null(m.Org);
    }

    // A joint document: the header names the first issuer, the signature all of them (one a line, or apart by spaces).
    [Theory]
    [InlineData("上海市宝山区规划和自然资源局\n中共上海市宝山区委社会工作部", "上海市宝山区规划和自然资源局、中共上海市宝山区委社会工作部")]
    [InlineData("上海市闵行区教育局    上海市闵行区消防救援支队", "上海市闵行区教育局、上海市闵行区消防救援支队")]
    public void A_joint_signature_names_all_the_issuers(string signature, string org)
    {
        var m = Meta($"""
            发布单位: {signature.Split('\n', ' ')[0]}
            发布日期: 2024-09-10
            关于印发《宝山区社区规划师制度实施办法（试行）》的通知
            各街道办事处、镇人民政府，各相关单位:
            现将实施办法印发给你们，请认真按照执行。
            {signature}
            2024年9月10日
            宝山区社区规划师制度实施办法（试行）
            第一章  总则
            """);
        Assert.Equal(org, m.Org);
    }

    // The party committee and the government above the heading and in the signature; the header names the place alone.
    [Fact]
    public void A_red_header_s_joint_issuers_beat_a_place_in_the_header()
    {
        var m = Meta("""
            发文字号: 来苏委发〔2021〕68号
            发布机构: 永川区来苏镇
            标题: 重庆市永川区来苏镇人民政府关于印发《来苏镇村民委员会换届选举工作方案》的通知
            中共重庆市永川区来苏镇委员会
            重庆市永川区来苏镇人民政府
            关于印发《来苏镇村民委员会换届选举工作方案》的通知
            各村党总支、村委会:
            现将工作方案印发给你们,请认真贯彻执行。
            中共重庆市永川区来苏镇委员会
            重庆市永川区来苏镇人民政府
            2021年3月11日
            """);
        Assert.Equal("中共重庆市永川区来苏镇委员会、重庆市永川区来苏镇人民政府", m.Org);
        Assert.Equal("来苏委发〔2021〕68号", m.DocNumber);
    }

    // A site's column label stands first; the joint issuers share a line above the 关于 heading.
    [Fact]
    public void Joint_issuers_on_one_line_above_a_关于_heading()
    {
        var m = Meta("""
            加快重点产业实施意见
            中共柳河县委 柳河县人民政府
            关于支持重点产业加快发展的实施意见
            (2023年2月8日)
            为抢抓新一轮东北振兴战略机遇,全力支持四个重点产业规模化、集群化发展,提出如下意见。
            """);
        Assert.Equal("中共柳河县委、柳河县人民政府", m.Org);
    }

    // A notice issuing a work report is the office's, whose name stands above the wrapped 关于 heading.
    [Fact]
    public void A_notice_issuing_a_work_report_is_not_the_report_s_government()
    {
        var m = Meta("""
            梁平府办发〔2021〕12号
            重庆市梁平区人民政府办公室
            关于印发2021年区政府工作报告
            目标任务分解方案的通知
            各乡镇人民政府、街道办事处,区级各部门:
            《2021年区政府工作报告目标任务分解方案》已经区政府同意,现印发给你们。
            """);
        Assert.Equal("重庆市梁平区人民政府办公室", m.Org);
        Assert.Equal("梁平府办发〔2021〕12号", m.DocNumber);
    }

    [Theory]
    // The session line names the town; the speech names only the level (我代表镇人民政府).
    [InlineData("政府工作报告\n——2020年1月16日在淀山湖镇第十九届人民代表大会第七次会议上\n镇长  朱叶华", "淀山湖镇人民政府")]
    // The title names the county's government report.
    [InlineData("沾化县政府工作报告\n——2011年1月15日县十六届人大四次会议通过\n县长 张宝亮", "沾化县人民政府")]
    // A site's province in brackets before the title's own words.
    [InlineData("(贵州省)2021年黔西南州人民政府工作报告(全文)\n(2021年3月29日在州八届人大七次会议上)\n州人民政府代理州长 黄兴文", "黔西南州人民政府")]
    public void A_work_report_s_government_by_the_place_its_session_line_or_title_names(string opening, string org)
    {
        var m = Meta(opening + "\n各位代表:\n现在,我代表人民政府,向大会报告政府工作,请予审议。\n");
        Assert.Equal(org, m.Org);
    }

    [Theory]
    [InlineData("景宁畲族自治县八届人大四次会议", "景宁畲族自治县城市管理条例", "景宁畲族自治县人民代表大会")]
    [InlineData("县第五届人民代表大会第五次会议", "景宁畲族自治县水资源管理条例", "景宁畲族自治县人民代表大会")]
    [InlineData("聊城市第十七届人民代表大会常务委员会第十四次会议", "聊城市养犬管理条例", "聊城市人民代表大会常务委员会")]
    [InlineData("省人大常委会", "浙江省河道管理条例", "浙江省人民代表大会常务委员会")]
    // A level the title's unit does not end in is left as it is.
    [InlineData("省人民代表大会常务委员会", "宁波市河道管理条例", "省人民代表大会常务委员会")]
    public void A_congress_body_without_its_session_numbers_and_with_its_place(string passedBy, string title, string body) =>
        Assert.Equal(body, CongressBody.Name(passedBy, title));

    // 莱芜市 merged into 济南市, whose standing committee amended the regulation: the text in force is its.
    [Fact]
    public void A_regulation_amended_by_another_place_s_congress_is_that_congress_s()
    {
        var m = Meta("""
            # 济南市既有多层住宅增设电梯规定
            2017年10月31日 莱芜市第十八届人民代表大会常务委员会第五次会议通过
            2017年12月1日 山东省第十二届人民代表大会常务委员会第三十三次会议批准
            2019年1月31日 济南市第十七届人民代表大会常务委员会第一次会议通过并经2019年2月12日山东省第十三届人民代表大会常务委员会第十次会议批准的《济南市人民代表大会常务委员会关于修改部分地方性法规的决定》修正
            第一条 为了完善既有多层住宅的使用功能,制定本规定。
            """);
        Assert.Equal("济南市人民代表大会常务委员会", m.Org);
    }

    // A law's history is read to its last step however long it runs (six amendments, some wrapped over lines), and a
    // step wrapped after its date (2017年7月28日 某省 / 第十二届…修正) is one step. Snippets of my own in that shape.
    [Theory]
    [InlineData(6, "2022-03-11")]
    [InlineData(2, "2022-03-11")]
    public void A_law_is_dated_by_the_last_step_of_its_history(int amendments, string expected)
    {
        var steps = Enumerable.Range(0, amendments - 1).Select(i => $"""
            {1982 + 5 * i}年12月10日 第{5 + i}届全国人民代表大会常务委员会第{i + 2}次会议《关于修改
            〈某某法〉和〈另一部法〉
            的决定》第{i + 1}次修正
            """);
        var m = Meta($"""
            # 某某组织法
            1979年7月1日 第五届全国人民代表大会第二次会议通过
            1979年7月4日 公布
            1980年1月1日 施行
            {string.Join("\n", steps)}
            2022年3月11日
            第十三届全国人民代表大会第五次会议《关于修改〈某某组织法〉的决定》修正
            ## 第一章 总则
            第一条 为了健全组织制度，制定本法。
            """);
        Assert.Equal(expected, m.Date);
    }

    // The same place's congress revising its own committee's law does not change the body.
    [Fact]
    public void A_law_revised_by_its_own_place_s_congress_keeps_its_first_body()
    {
        var lines = new[]
        {
            "1997年6月28日 浙江省第八届人民代表大会常务委员会第三十七次会议通过",
            "2020年1月16日 浙江省第十三届人民代表大会第三次会议通过",
        };
        Assert.Null(CongressBody.OfLatestPassage(lines));
    }

    [Fact]
    public void A_standing_committee_signs_with_its_term_but_the_body_is_the_committee()
    {
        var m = Meta("""
            北京市人民代表大会常务委员会公告
            〔十五届〕第20号
            《北京市街道办事处条例》已由北京市第十五届人民代表大会常务委员会第十六次会议于2019年11月27日通过,现予公布。
            北京市第十五届人民代表大会常务委员会
            2019年11月27日
            """);
        Assert.Equal("北京市人民代表大会常务委员会", m.Org);
    }

    [Fact]
    public void A_session_s_presidium_signing_alone_is_the_issuer()
    {
        var m = Meta("""
            牛村镇第十六届人民代表大会
            第三次会议公告
            第一号
            牛村镇第十六届人民代表大会第三次会议于2018年6月11日通过《关于牛村镇人民政府工作报告的决议》。
            现予公告。
            牛村镇第十六届人民代表大会第三次会议主席团
            2018年6月11日
            """);
        Assert.Equal("牛村镇第十六届人民代表大会第三次会议主席团", m.Org);
    }
    // A disclosure report's preamble names it, and so its body, where no title line does.
    [Fact]
    public void A_disclosure_report_s_preamble_names_its_body()
    {
        var m = Meta("""
            根据《中华人民共和国政府信息公开条例》规定,现将《西安市西大街发展服务中心2025年政府信息公开工作年度报告》予以公布。
            一、总体情况
            2025年,中心在区委、区政府的领导下,全面贯彻落实《条例》要求。
            """);
        Assert.Equal("西安市西大街发展服务中心", m.Org);
    }

    // The title names the street; the opening names its government by its level only. Each half alone names nothing.
    [Theory]
    [InlineData("昌硕街道2022年工作总结和2023年工作计划", "2022年以来,在县委县政府、街道党工委的坚强领导下,街道办事处高举旗帜,全面学习贯彻党的二十大精神。", "昌硕街道办事处")]
    [InlineData("昌硕街道2022年工作总结和2023年工作计划", "2022年以来,在县委县政府、街道党工委的坚强领导下,全街道上下全面学习贯彻党的二十大精神。", null)]
    [InlineData("2022年工作总结", "2022年以来,在县委县政府、街道党工委的坚强领导下,街道办事处高举旗帜,全面学习贯彻党的二十大精神。", null)]
    public void A_street_in_the_title_and_its_level_s_government_in_the_opening(string title, string opening, string? org)
    {
        var m = Meta($"{title}\n- 时间:2023-02-24\n一、2022年工作回顾\n{opening}\n");
        Assert.Equal(org, m.Org);
    }

    [Theory]
    [InlineData("2012年苍山县两会《政府工作报告》", "苍山县人民政府")]
    [InlineData("沾化县政府报告", "沾化县人民政府")]
    // News about a report, and a title with a site's words glued before the place, name no government.
    [InlineData("雨花区政府工作报告来了", null)]
    [InlineData("一图读懂|划重点!雨花区政府工作报告", null)]
    public void A_title_that_is_a_place_s_work_report(string title, string? org) => Assert.Equal(org, ReportOrg.OfWorkReportTitle(title));
    // The signature above the date is the issuer; the 印发 line at the end names the office that printed it.
    [Fact]
    public void The_signature_beats_the_印发_line_s_office()
    {
        var body = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"第{i}条 各乡镇要按照本办法第{i}项要求认真做好有关工作,确保各项措施落实到位。"));
        var m = Meta($"""
            关于印发《中宁县农村人居环境整治办法》的通知
            各乡镇人民政府,县直各部门:
            现将《中宁县农村人居环境整治办法》印发给你们,请认真贯彻执行。
            中宁县人民政府
            2021年3月1日
            中宁县农村人居环境整治办法
            {body}
            抄送:县委办公室,县人大常委会办公室。
            中宁县人民政府办公室  2021年3月2日印发
            """);
        Assert.Equal("中宁县人民政府", m.Org);
    }

    // A page that redacted the province's name signs with a placeholder: no body is named.
    [Fact]
    public void A_signature_with_a_placeholder_names_no_body()
    {
        var m = Meta("""
            青政办〔2023〕28号
            各市、自治州人民政府,省政府各委、办、厅、局:
            《青海湖示范区创建工作方案》已经(略)政府第5次常务会议审议通过,现印发给你们,请认真组织实施。
            (略) 人民政府办公厅
            2023年3月24日
            """);
        Assert.Null(m.Org);
    }
    // The heading in book-title marks under the page's line; the date was taken for the title.
    [Fact]
    public void A_heading_line_among_the_first_names_its_issuer_where_another_line_was_taken_for_the_title()
    {
        var m = Meta("""
            成府发〔2003〕61号《成都市人民政府关于命名社区建设示范街道的通报》
            《成都市人民政府关于命名社区建设示范街道的通报》
            成府发〔2003〕61号
            各区(市)县政府,市政府各部门:
            2001年以来,17个街道办事处按照全市统一安排部署,认真贯彻有关社区建设的要求。
            二○○三年十月三十一日
            """);
        Assert.Equal("成都市人民政府", m.Org);
    }

    // A town's notice copied without its date line: addressees above, the joint issuers alone on the last lines.
    private const string UndatedNotice = "各办事处、村(居)、部门单位:\n为贯彻落实上级关于开展“安全生产月”活动的部署，经镇委研究决定成立活动领导小组，现将名单公布如下：\n组　长：某某某\n副组长：某某　某某某\n领导小组下设办公室。\n中共金乡镇委\n金乡镇人民政府";

    [Fact]
    public void An_addressed_notice_ending_with_its_bodies_is_signed_by_them_without_a_date()
    {
        var m = Meta(UndatedNotice);
        Assert.Equal("中共金乡镇委 金乡镇人民政府", m.Org?.Replace("、", " "));
        Assert.Equal("金乡镇", m.RegionPath?[^1]);
    }

    [Fact]
    public void Bodies_ending_a_text_that_opens_without_addressees_sign_nothing() =>
        Assert.Null(Meta(UndatedNotice[(UndatedNotice.IndexOf('\n') + 1)..]).Org);

    // A publisher named with the channel it posted through (微信公众号, 官方微信) is the body itself.
    [Fact]
    public void A_publishers_channel_is_no_part_of_its_name()
    {
        var html = "<html><head><meta charset=\"utf-8\"><meta name=\"ContentSource\" content=\"某市住房公积金管理中心微信公众号\"></head><body><h2>某市调整住房公积金贷款政策</h2><p>为支持职工购房需求，现就调整住房公积金贷款政策有关事项通知如下。</p></body></html>";
        Assert.Equal("某市住房公积金管理中心", ParseVirtual("archive/page.html", Encoding.UTF8.GetBytes(html)).Metadata.Org);
        var text = ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes("某县开展校园安全检查\n来源：某县教育局官方微信\n5月6日，县教育局组织开展校园安全大检查。\n")).Metadata;
        Assert.Equal("某县教育局", text.Org);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"刘某某\" />", null)]
    [InlineData("<meta name=\"author\" content=\"某某县农业农村局\" />", "某某县农业农村局")]
    public void A_page_s_author_is_its_org_only_where_it_names_a_body(string meta, string? org)
    {
        var html = $"<html><head>{meta}</head><body><p>近日，某某县农业农村局组织技术人员深入田间地头，指导农户做好春耕生产。</p></body></html>";
        Assert.Equal(org, ParseVirtual("p/news.html", System.Text.Encoding.UTF8.GetBytes(html)).Metadata.Org);
    }

    [Fact]
    public void A_person_named_as_a_page_s_publisher_is_no_org()
    {
        var person = ParseVirtual("p/page.txt", System.Text.Encoding.UTF8.GetBytes("发布者：张某某  发布时间：2021-05-06\n某某镇开展防汛演练\n5月6日，某某镇组织开展防汛应急演练。"));
        Assert.NotEqual("张某某", person.Metadata.Org);
    }

    [Fact]
    public void A_department_s_section_signing_its_text_is_the_org()
    {
        var m = Meta("为做好疫情防控期间的行政执法工作，现就听证程序有关事项说明如下。\n授权各地市场监管部门可以采用网络视频会议等线上方式举行听证。\n某省市场监管局法规处\n2020年2月11日\n");
        Assert.Equal("某省市场监管局法规处", m.Org);
        Assert.Null(m.Title);
    }

    [Fact]
    public void An_order_promulgating_its_own_body_s_decision_is_that_body_s()
    {
        var m = Meta("第232号\n《某某省人民政府关于废止〈某某省著名商标认定和保护办法〉的决定》已经2018年4月28日省人民政府第4次常务会议审议通过，现予公布，自公布之日起施行。\n省长 某某某\n2018年5月2日\n");
        Assert.Equal("某某省人民政府", m.Org);
        Assert.Equal("决定", m.Kind);
    }

    // A notice cut to its body names its issuer only as the body interpreting it (policy-scan: 本通知由泰安市住房公积金中心
    // 负责解释,自…起执行; 以上两项政策由宜宾市住房公积金管理中心负责解释). A government's measures are interpreted by one of
    // its departments (本办法由市住房和城乡建设局负责解释): no issuer from that.
    [Theory]
    [InlineData("本通知由某市住房公积金管理中心负责解释,自2026年3月23日起执行。", "某市住房公积金管理中心")]
    [InlineData("以上两项政策由某市住房公积金管理中心负责解释。", "某市住房公积金管理中心")]
    [InlineData("本办法由某市住房和城乡建设局负责解释。", null)]
    public void A_notice_is_issued_by_the_body_that_interprets_it(string closing, string? org)
    {
        var m = Meta($"""
            各缴存单位及缴存职工:
            为更好满足缴存职工住房消费需求,经研究决定,现将有关事项通知如下:
            一、提高住房公积金贷款额度。单缴存职工最高贷款额度提高到50万元。
            二、支持提取住房公积金支付购房首付款。
            {closing}
            """);
        Assert.Equal(org, m.Org);
    }
    // A district portal's notice (rpJ, 天河区, 2025): the page's 信息来源 writes the bureau's short name, the notice is
    // signed with its full one. One body: the signature's name is recorded. A publisher that is another body (the
    // government's office) still stands over a signature, as before.
    [Theory]
    [InlineData("区住建园林局", "广州市天河区住房建设和园林局")]
    [InlineData("天河区人民政府办公室", "天河区人民政府办公室")]
    public void A_signature_beats_the_publishers_short_name_for_it(string source, string org) =>
        Assert.Equal(org, Meta($"关于受理人才公寓申请的公告\n发表时间：2025-08-11 18:04:59\n信息来源：{source}\n根据有关规定，现面向辖区企业、人才受理人才公寓申请。公告如下：\n一、申请类别及条件。\n二、申请材料。\n附件：\n1.人才公寓申请表.docx\n广州市天河区住房建设和园林局\n2025年8月11日\n").Org);

    [Theory]
    [InlineData("区住建园林局", "广州市天河区住房建设和园林局", true)]
    [InlineData("市公积金中心", "嘉兴市住房公积金管理服务中心", true)]
    [InlineData("天河区人民政府办公室", "广州市天河区住房建设和园林局", false)]
    [InlineData("住建局", "住建局", false)]  // not shorter
    public void A_short_name_keeps_the_full_names_characters_in_order_and_its_last(string shortName, string fullName, bool abbreviates) =>
        Assert.Equal(abbreviates, PublisherOrIssuer.Abbreviates(shortName, fullName));
}
