using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// The openings of pages stored with their line breaks as spaces (a dataset's one text field per page): the page's frame,
/// heading, posting fields, session line and byline run together on one line, and are read as the lines they stood in. Each snippet keeps the shape of the page noted
/// above it (its frame, heading and fields as printed; the text after them shortened and reworded). Expected values are
/// what a reader of the line concludes; where the heading cannot be told from the words around it, no title.
/// </summary>
public class FlattenedPageOpeningTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private const string Speech = "各位代表： 现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。 一、过去一年工作回顾 过去一年，全省上下攻坚克难，经济运行稳中有进，民生保障持续加强。";

    // A provincial portal's news page (yn.gov.cn, 云南要闻): its location trail, the column's name repeated as a heading,
    // the report's heading, the posting fields and the font switch, then the session line and the text.
    [Fact]
    public void A_heading_under_a_location_trail_and_over_posting_fields_is_the_title()
    {
        var m = Meta("您的位置: 首页 > 云南要闻 云南要闻 2026年政府工作报告 来源：云南日报 2026-02-03 09:02:33 【字体： 大 中 小 】 ——2026年1月28日在云南省第十四届人民代表大会第四次会议上 省长　王予波 " + Speech);
        Assert.Equal("2026年政府工作报告", m.Title);
        Assert.Equal(2026, m.Year);
        // The session line, a line of its own on the page, dates the report.
        Assert.Equal("2026-01-28", m.Date);
        Assert.Equal("云南省人民政府", m.Org);
    }

    // A provincial daily's page (甘肃日报 on gansu.gov.cn): its toolbar run into the line, the heading, the session line
    // dated in Chinese numerals.
    [Fact]
    public void A_heading_after_the_page_toolbar_and_over_its_session_line_is_the_title()
    {
        var m = Meta("下载 打印 全屏 收藏 【字号： 加大 还原 减小 】 2026年甘肃省政府工作报告 ——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上 来源：甘肃日报 时间：2026-02-10 甘肃省省长 任振鹤 " + Speech);
        Assert.Equal("2026年甘肃省政府工作报告", m.Title);
        Assert.Equal("2026-01-27", m.Date);
    }

    // A 北大法宝 export (pkulaw.com, 包府办发〔2022〕43号): its citation code and link, the heading printed twice (once with
    // half-width brackets), the 文号 and the addressees.
    [Fact]
    public void A_heading_printed_twice_after_a_database_frame_is_the_title()
    {
        var m = Meta("【法宝引证码】 CLI.12.5115678 原文链接：https://www.pkulaw.com/lar/ea5258e56c60aba96802bb670d6bf530bdfb.html 包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法（试行）》的通知 包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法(试行)》的通知 包府办发〔2022〕43号 各旗、县、区人民政府，稀土高新区管委会，市直各委、办、局： 现将《包头市2022年数字政府建设考评办法（试行）》印发给你们，请结合实际，认真贯彻落实。");
        Assert.Equal("包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法（试行）》的通知", m.Title);
        Assert.Equal("包府办发〔2022〕43号", m.DocNumber);
    }

    // A rule's heading over its first chapter or article, and a notice's heading over its status as a draft, run into the
    // text (found with altered-forms' flat form on policy-scan's tune part: titles changed 99 → 89).
    [Theory]
    [InlineData("某市限价商品住房上市交易实施细则 第一条 为规范限价商品住房上市交易活动，根据《某省保障性住房管理暂行办法》，结合本市实际，制定本细则。 第二条 本细则适用于本市行政区域内限价商品住房的上市交易。 第三条 限价商品住房取得不动产权证满五年的，可以按照本细则上市交易。", "某市限价商品住房上市交易实施细则")]
    [InlineData("某市住房公积金提取管理规定 第一章 总 则 第一条 为了加强住房公积金提取管理，规范住房公积金提取使用行为，根据《住房公积金管理条例》，制定本规定。 第二条 本规定适用于本市行政区域内住房公积金的提取和管理。 第三条 市住房公积金管理中心负责本规定的组织实施。", "某市住房公积金提取管理规定")]
    [InlineData("关于发放多子女家庭购房补贴的通知 (征求意见稿) 为贯彻落实推动建设生育友好型社会的若干措施，加大对多子女家庭的住房支持力度，现就发放购房补贴有关事项通知如下。 一、补贴对象 在本市购买新建商品住房的多子女家庭，可以申请购房补贴。", "关于发放多子女家庭购房补贴的通知(征求意见稿)")]
    // A heading the page broke before its end, run into the text: a 关于-title or a piece left unfinished (…发展的), then
    // the rest ending in its kind, perhaps over a draft's status (titles changed 89 → 80).
    [InlineData("关于调整优化有关落户政策 推进新型城镇化建设的实施意见 (征求意见稿) 为全面贯彻党的二十大精神，加快农业转移人口市民化，推进以人为本的新型城镇化建设，依据有关规定，结合本市实际，提出如下实施意见。 一、全面放开落户限制", "关于调整优化有关落户政策推进新型城镇化建设的实施意见(征求意见稿)")]
    [InlineData("某市人民政府办公室关于进一步促进房地产市场平稳健康发展的 若干措施 为进一步促进房地产市场平稳健康发展，更好满足居民刚性和多样化改善性住房需求，经市政府同意，结合本市实际，制定如下措施。 一、优化住房公积金贷款政策", "某市人民政府办公室关于进一步促进房地产市场平稳健康发展的若干措施")]
    public void A_heading_over_a_rules_first_article_or_a_drafts_status_is_the_title(string text, string title) =>
        Assert.Equal(title, Meta(text).Title);

    // A city bureau's report to the province (沧州市教育局, 全面改薄, 2014) and the Party centre's and State Council's
    // joint opinions (2018年1月2日): the issuer's line and the 关于-title's line run together are one heading.
    [Theory]
    [InlineData("沧州市教育局 关于“全面改薄”工作进展情况的汇报 自年初以来，在市委、市政府的领导和省教育厅的支持指导下，我们紧密结合实际，进一步统一思想，突出重点，细化措施，狠抓落实，工作取得了一定进展。现将有关情况汇报如下： 一、规划需求情况", "沧州市教育局关于“全面改薄”工作进展情况的汇报")]
    [InlineData("中共中央 国务院关于实施乡村振兴战略的意见 （2018年1月2日） 实施乡村振兴战略，是党的十九大作出的重大决策部署，是决胜全面建成小康社会的重大历史任务。现就实施乡村振兴战略提出如下意见。 一、新时代实施乡村振兴战略的重大意义", "中共中央国务院关于实施乡村振兴战略的意见")]
    public void An_issuer_and_its_about_title_run_together_are_one_heading(string text, string title) =>
        Assert.Equal(title, Meta(text).Title);

    // The joint opinions' date in brackets under their heading (a line of its own on the page).
    [Fact]
    public void A_date_under_a_flattened_heading_dates_the_document() =>
        Assert.Equal("2018-01-02", Meta("中共中央 国务院关于实施乡村振兴战略的意见 （2018年1月2日） 实施乡村振兴战略，是党的十九大作出的重大决策部署，是决胜全面建成小康社会的重大历史任务。现就实施乡村振兴战略提出如下意见。 一、新时代实施乡村振兴战略的重大意义").Date);

    // A 北大法宝 export of a provincial office's notice (皖政办秘〔2021〕82号): a long link in its frame, the heading printed
    // twice, then the 文号 in round brackets.
    [Fact]
    public void A_bracketed_number_under_a_heading_printed_twice_is_its_number()
    {
        var m = Meta("【法宝引证码】 CLI.12.4638041 原文链接：https://www.pkulaw.com/lar/e069caa6e9e192c2d4e5fade93a3d543bdfb.html 安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划(2021—2023年)的通知 安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知 （皖政办秘〔2021〕82号） 各市人民政府，省政府各部门，各直属机构： 现将两个文件印发给你们，请认真抓好落实。 安徽省人民政府办公厅 2021年9月2日");
        Assert.Equal("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划(2021—2023年)的通知", m.Title);
        Assert.Equal("皖政办秘〔2021〕82号", m.DocNumber);
    }

    // A city paper's news item on a county site (雅安日报, 2010): its headline over the page's posting fields is a headline.
    [Fact]
    public void A_headline_over_posting_fields_is_a_news_title()
    {
        var m = Meta("四川农业大学为玉树地震灾区捐款 来源： 2010-04-21 09:40 浏览： 收藏 打印 【字体：大  中  小】 雅安日报讯 “汇聚爱心，支援灾区重建。”昨日上午，四川农业大学教职员工聚在一起为青海玉树地震灾区募捐。据悉，该校各院系师生自发组织的捐赠活动正在陆续进行。");
        Assert.Equal("四川农业大学为玉树地震灾区捐款", m.Title);
        Assert.Equal("新闻", m.Kind);
    }

    // A county-report aggregator's page (中国县域, 清苑区 2025) whose stored text shows a character it could not encode as
    // ???? between the session line, the speaker's line and the salutation: the broken characters are no part of the body
    // that delivers the report, with the page's lines or flattened.
    [Theory]
    [InlineData("\n")]
    [InlineData(" ")]
    public void Broken_characters_before_a_speakers_line_are_no_part_of_the_body(string lineBreak)
    {
        var m = Meta(string.Join(lineBreak, "工作报告", "清苑区2025年政府工作报告", "时间：2025-02-22????\t\t\t作者：中国县域????\t\t\t来源：清苑区政府网????",
            "2025年1月13日在保定市清苑区第三届人民代表大会第五次会议上????保定市清苑区人民政府区长 李英英????", "各位代表、同志们：????现在，我代表区政府向大会作工作报告，请予审议。",
            "一、2024年工作回顾 过去一年，全区经济运行稳中有进，民生保障持续加强。"));
        Assert.Equal("保定市清苑区人民政府", m.Org);
        Assert.Equal("2025-01-13", m.Date);
    }

    // A county work report as a crawler saved it (an economics paper's spreadsheet of county reports, 高阳县 2019): its
    // collector's fields (标题：, 发文单位：, 发文时间：, 报告人：, 来源URL：, 正文：) and the report run together on one line. The
    // fields are read as a header's, one a line.
    [Fact]
    public void A_crawlers_fields_run_into_the_text_are_read_as_a_header()
    {
        var m = Meta("标题：高阳县2019年政府工作报告 发文单位：高阳县人民政府 发文时间：2019-01-17 报告人：高阳县人民政府县长 闫向阳 来源URL：https://gaoyang.gov.cn/info_show.asp?infoid=5666 正文： 政 府 工 作 报 告 2019年1月17日在高阳县第十七届人民代表大会第三次会议上 高阳县人民政府县长 闫向阳 " + Speech);
        Assert.Equal("高阳县2019年政府工作报告", m.Title);
        Assert.Equal("报告", m.Kind);
        Assert.Equal("高阳县人民政府", m.Org);
        Assert.Equal(2019, m.Year);
    }

    // A county bureau's notice on a 政府信息公开 page (浙江, 2023; the shape every such page prints), its catalogue block
    // flattened with the text: each label printed apart from its value. Reworded; the fields stand as the page has them.
    [Fact]
    public void A_catalogue_block_flattened_with_its_labels_apart_from_their_values_is_read_as_a_header()
    {
        var m = Meta("索引号： 11330127002501234X/2023-00215 主题分类： 城乡建设 发布机构： 淳安县住房和城乡建设局 成文日期： 2023-04-12 标题： 关于开展2023年度建筑施工安全生产大检查的通知 文号： 淳建〔2023〕12号 发布日期： 2023-04-13 有效性： 有效 关于开展2023年度建筑施工安全生产大检查的通知 各乡镇人民政府，县直有关单位： 为切实做好全县建筑施工安全生产工作，经研究，决定开展大检查，现将有关事项通知如下。 一、检查时间");
        Assert.Equal("关于开展2023年度建筑施工安全生产大检查的通知", m.Title);
        Assert.Equal("淳建〔2023〕12号", m.DocNumber);
        Assert.Equal("淳安县住房和城乡建设局", m.Org);
        Assert.Equal("2023-04-12", m.Date);
        Assert.Equal("淳安县", m.District);
    }

    // A city housing fund's notice page (济南, 2025, policy-scan, altered-forms' flat form): the column's label stands
    // between the heading and the posting time. It opens the posting line, and the heading, its date and the page's
    // source are read as on the page with its lines.
    [Fact]
    public void A_columns_label_before_the_posting_time_is_no_part_of_the_heading()
    {
        var m = Meta("济南住房公积金中心关于支持缴存人购买保障性住房的通知 政策 2025-06-25 10:11:03 来源:济南住房公积金中心 各住房公积金缴存人: 为贯彻落实党中央、国务院决策部署，进一步发挥住房公积金作用，支持缴存人购买和租赁保障性住房，更好满足职工住房需求，现就有关事项通知如下: 住房公积金缴存人购买保障性住房的，可提取个人账户住房公积金支付购房首付款。 本通知自下发之日起执行。");
        Assert.Equal("济南住房公积金中心关于支持缴存人购买保障性住房的通知", m.Title);
        Assert.Equal("2025-06-25", m.Date);
        Assert.Equal("济南住房公积金中心", m.Org);
    }

    // A city party committee's proposal for its five-year plan (深圳, 2025, policy-scan, altered-forms' flat form): its
    // heading and the note of its passage each broken where the page's lines broke. The heading ends as a proposal ends
    // (…规划的建议), and the note dates it.
    [Fact]
    public void A_proposals_heading_broken_over_two_pieces_is_joined_and_dated_by_its_passage()
    {
        var m = Meta("中共深圳市委关于制定深圳市国民经济和 社会发展第十五个五年规划的建议 (2025年11月28日中国共产党深圳市第七届 委员会第十一次全体会议通过) “十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期，将迎来深圳经济特区建立50周年。全会深入分析了深圳发展环境面临的深刻复杂变化，提出如下建议。");
        Assert.Equal("中共深圳市委关于制定深圳市国民经济和社会发展第十五个五年规划的建议", m.Title);
        Assert.Equal("2025-11-28", m.Date);
        Assert.Equal("中共深圳市委", m.Org);
    }

    // A city housing fund's notice (大同, 2024, policy-scan, altered-forms' flat form) addressed in words no addressee list
    // uses: its heading stands over 全体缴存职工:, which opens what follows it.
    [Fact]
    public void A_heading_over_a_salutation_is_the_title()
    {
        var m = Meta("关于调整部分住房公积金提取、贷款政策的通知 全体缴存职工: 按照《大同市进一步促进房地产市场平稳健康发展若干措施》要求，进一步促进房地产市场平稳健康发展，提高住房公积金资金使用率，结合我市实际，我中心调整部分住房公积金个人住房提取和贷款政策。具体内容如下: (一)缴存职工使用公积金贷款购买首套住房的，最低首付比例为20%。");
        Assert.Equal("关于调整部分住房公积金提取、贷款政策的通知", m.Title);
        Assert.Equal("通知", m.Kind);
    }

    // A province's reply to a county-level city, flattened (河北, 2006): it opens with its addressee and the number of the
    // request it answers. The addressee is no heading.
    [Fact]
    public void A_replys_addressee_is_no_heading() =>
        Assert.Null(Meta("武安市人民政府：你市武政呈〔2005〕4号文收悉。经省政府研究，同意建立青崖寨省级自然保护区，保护区管理机构按有关程序报批。 二〇〇六年二月五日 公开程序：本单位审核后公开 责任部门：省政府办公厅秘书一处").Title);

    // Lines that name no heading of their own: a news agency's dateline opening the text (新华社, 中央城市工作会议 2025),
    // and a keyword list whose last words cannot be told from the headline after them (a speech database's page).
    [Theory]
    [InlineData("新华社北京7月15日电 中央城市工作会议7月14日至15日在北京举行。会议指出，城市发展正从大规模增量扩张阶段转向存量提质增效为主的阶段，要坚持人民城市人民建、人民城市为人民。 会议强调，要着力建设现代化人民城市。")]
    [InlineData("关键词： 习近平 秘鲁 抵达 国事访问 利马 亚太经合组织 领导人 会议 访问 机场 讲话数据库 习近平抵达利马 出席APEC会议并对秘鲁进行国事访问 发布时间：2016-11-19 当地时间18日，国家主席习近平抵达利马，出席亚太经合组织领导人非正式会议并对秘鲁共和国进行国事访问。")]
    public void A_flattened_line_whose_heading_cannot_be_told_gives_no_title(string text) =>
        Assert.Null(Meta(text).Title);

    // A heading the page broke over three lines or more (a provincial department's site re-posting the Party centre's, a
    // ministry's and the province's notices; hebei-scan): the issuers' lines, then pieces left unfinished (关于… not yet at
    // its 的…, 印发 awaiting its object, a 《 not closed) up to the one ending in its kind, over a 文号 run into the
    // addressees. Wordings shortened and changed; the shapes kept.
    [Theory]
    [InlineData("中共河北省委　　河北省人民政府　　关于深入实施创新驱动发展战略　　推进产业转型升级的意见　　冀发〔2015〕2号　　为深入贯彻党的十八大精神，加快推进产业转型升级，现提出如下意见。　　一、总体要求各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处，取得实效。", "中共河北省委河北省人民政府关于深入实施创新驱动发展战略推进产业转型升级的意见")]
    [InlineData("科技部关于印发《中央财政科技计划　　（专项、基金等）项目管理专业机构　　管理暂行规定》的通知　　国科发创〔2016〕70号国家科技计划管理部际联席会议各成员单位、各有关单位：　　为深化科技计划管理改革，现将规定印发给你们，请遵照执行。各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处，取得实效。", "科技部关于印发《中央财政科技计划（专项、基金等）项目管理专业机构管理暂行规定》的通知")]
    [InlineData("中共中央办公厅国务院办公厅印发　　《关于进一步完善中央财政科研项目　　资金管理等政策的若干意见》　　中办发〔2016〕50号　　近日，中共中央办公厅、国务院办公厅印发了《若干意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处，取得实效。", "中共中央办公厅国务院办公厅印发《关于进一步完善中央财政科研项目资金管理等政策的若干意见》")]
    [InlineData("国务院关于印发实施　　《中华人民共和国促进科技成果转化法》　　若干规定的通知　　国发〔2016〕16号各省、自治区、直辖市人民政府，国务院各部委、各直属机构：　　现将规定印发给你们，请认真贯彻执行。各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处，取得实效。", "国务院关于印发实施《中华人民共和国促进科技成果转化法》若干规定的通知")]
    public void A_heading_broken_over_several_pieces_is_joined(string text, string? title) =>
        Assert.Equal(title, Meta(text).Title);

    // Pieces finished before the last (a 关于-title at its 的通知, then another body's and another heading) are not one
    // heading: nothing after the first finished title is read into it.
    [Fact]
    public void A_heading_finished_before_the_next_piece_is_not_joined_to_it()
    {
        var title = Meta("某市人民政府关于做好防汛工作的通知　　某市防汛抗旱指挥部办公室　　关于加强汛期值班的通知　　各区县人民政府：　　为做好今年防汛工作，现将有关事项通知如下。各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处，取得实效。").Title;
        Assert.DoesNotContain("防汛抗旱指挥部办公室", title ?? "");
        Assert.DoesNotContain("加强汛期值班", title ?? "");
    }

    // A provincial rule's passage note run into its heading, and its first chapter after the note (a department's site
    // re-posting the province's rules; hebei-scan): the heading ends where the note begins.
    [Theory]
    [InlineData("某省科学技术进步条例(2011年3月30日某省第十一届人民代表大会常务委员会第二十二次会议通过)第一章　总　　则　　第一条　为促进科学技术进步，提高自主创新能力，加快科学技术成果向现实生产力转化，根据有关法律，结合本省实际，制定本条例。　　第二条　本省行政区域内的科学技术进步活动，适用本条例。", "某省科学技术进步条例")]
    [InlineData("某省专利保护条例（1997年10月25日某省第八届人民代表大会常务委员会第二十九次会议通过，2003年11月29日某省第十届人民代表大会常务委员会第六次会议修订）第一章总则第一条为加强专利保护，维护专利权人和社会公众的合法权益，鼓励发明创造，推动科技进步和经济发展，根据有关法律，结合本省实际，制定本条例。", "某省专利保护条例")]
    public void A_rules_heading_ends_where_its_passage_note_begins(string text, string title) =>
        Assert.Equal(title, Meta(text).Title);

    // A page that lost every break around its heading (a provincial department's notices; hebei-scan): the 文号, the
    // issuer and its 关于-title, and the addressees or the 文号 right after the title's kind, glued. The heading ends at
    // its kind; with six issuers' names before it, the heading is read whole as a line glued to the text is.
    [Theory]
    [InlineData("冀科农规〔2021〕2号河北省科学技术厅关于印发《河北省农业科技园区评估管理实施细则》的通知各市（含定州、辛集市）科技局，省直有关部门：为加快农业科技园区建设，推动园区高质量发展，现将办法印发给你们，请结合实际认真贯彻执行。各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处。", "河北省科学技术厅关于印发《河北省农业科技园区评估管理实施细则》的通知", "冀科农规〔2021〕2号")]
    [InlineData("河北省科学技术厅关于印发《河北省国际科技合作基地评估办法（试行）》的通知冀科外〔2017〕1号各有关单位：为加快农业科技园区建设，推动园区高质量发展，现将办法印发给你们，请结合实际认真贯彻执行。各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处。", "河北省科学技术厅关于印发《河北省国际科技合作基地评估办法（试行）》的通知", "冀科外〔2017〕1号")]
    [InlineData("河北省科学技术厅河北省商务厅河北省财政厅河北省国家税务局河北省地方税务局河北省发展和改革委员会关于印发《河北省技术先进型服务企业认定管理办法（试行）》的通知各市（含定州、辛集市）科技局：为加快农业科技园区建设，推动园区高质量发展，现将办法印发给你们，请结合实际认真贯彻执行。各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处。", "河北省科学技术厅河北省商务厅河北省财政厅河北省国家税务局河北省地方税务局河北省发展和改革委员会关于印发《河北省技术先进型服务企业认定管理办法（试行）》的通知", null)]
    public void A_heading_glued_to_its_number_and_addressees_ends_at_its_kind(string text, string? title, string? number)
    {
        var m = Meta(text);
        Assert.Equal(title, m.Title);
        if (number is not null) Assert.Equal(number, m.DocNumber);
    }

    // A heading's last word glued to the addressees after the page's break (…的　　通知各市（含定州、辛集市）科技局：):
    // the word ends the heading, the addressees open the text (hebei-scan).
    [Fact]
    public void A_headings_last_word_glued_to_the_addressees_ends_the_heading() =>
        Assert.Equal("河北省科学技术厅关于印发《河北省新型研发机构管理办法》的通知",
            Meta("冀科平规〔2023〕1号　　河北省科学技术厅　　关于印发《河北省新型研发机构管理办法》的　　通知各市（含定州、辛集市）科技局，省直有关部门：　　为推动新型研发机构健康有序发展，现将办法印发给你们，请遵照执行。各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处，取得实效。").Title);
    // A QA competition's corpus of 2020 epidemic notices (issue 19, rpJ): the notice flattened onto one line, its 文号 set
    // before the heading with a hyphen, the addressees after it. The hyphen is no part of the heading.
    [Fact]
    public void A_heading_after_its_number_and_a_hyphen_is_the_title()
    {
        var m = Meta("某政发〔2020〕3号-北京市某区人民政府关于印发《某区支持企业共渡难关的若干措施（暂行）》的通知 各街道办事处，区政府各委、办、局，各区属机构： 《某区支持企业共渡难关的若干措施（暂行）》已经区政府同意，现印发给你们，请结合实际认真贯彻落实。 为支持企业稳定发展，制定以下措施。 一、减轻企业负担。对受疫情影响的中小企业，减免房租。");
        Assert.Equal("北京市某区人民政府关于印发《某区支持企业共渡难关的若干措施（暂行）》的通知", m.Title);
        Assert.Equal("某政发〔2020〕3号", m.DocNumber);
    }

    // The same corpus: a district bureau writes to those within its bounds (辖区各…：, 辖各参保单位：), the heading before
    // them on the one line.
    [Theory]
    [InlineData("辖各参保单位、参保职工：")]
    [InlineData("辖区各用人单位：")]
    public void A_heading_before_addressees_within_its_bounds_is_the_title(string addressees) =>
        Assert.Equal("通州区人力资源和社会保障局关于疫情防控期间养老待遇办理工作的通知",
            Meta("通州区人力资源和社会保障局关于疫情防控期间养老待遇办理工作的通知 " + addressees + " 为做好疫情防控，减少人员聚集，确保退休人员按时领取待遇，现就有关事项通知如下： 一、延期办理的，待遇从符合条件的次月起补发。 二、材料不全的，可先办理后补正。").Title);
}
