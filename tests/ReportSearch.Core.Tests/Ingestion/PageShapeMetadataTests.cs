using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Metadata rules for the shapes real pages take around a report: page furniture before the heading (navigation,
/// newspaper page bars, aggregators' posting stamps, column tags), headings that carry a note or a glued session line,
/// texts flattened into one line, untitled texts whose opening shows their kind, work reports whose title names the
/// year reviewed, news of a congress session dated by day only, and a city regulation's provincial 批准. Each snippet is
/// a few lines of the page, trimmed; its address is noted above it. Expected values are what a careful reader of the
/// snippet concludes.
/// </summary>
public class PageShapeMetadataTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    // Pages whose spans a crawler flattened, from ljz060707-lang/China-Real-Estate-Policy-Database's crawl (policy-scan):
    // a header block's fields run into each other (…管理局成文日期:…, …10号发布日期:…), a byline's key into its source
    // (…中心发表时间:…), a posting stamp's time into the page's counter (…17:21:42浏览次数:1524).
    [Fact]
    public void Header_fields_run_into_each_other_are_still_fields()
    {
        var m = Meta("索 引 号:42820293-0/2026-41003主题分类:\n发文机关:省住房公积金管理局成文日期:2026-07-02 00:01\n标 题:海南省住房公积金管理局关于进一步优化调整住房公积金贷款政策的通知\n文 号:琼公积金贷〔2026〕10号发布日期:2026-07-03 09:00\n海南省住房公积金管理局\n关于进一步优化调整住房公积金贷款政策的通知\n各住房公积金缴存人：\n为更好满足缴存人住房需求，现将有关事项通知如下。");
        Assert.Equal("2026-07-02", m.Date);
        Assert.Equal("琼公积金贷〔2026〕10号", m.DocNumber);
        Assert.Equal("海南省住房公积金管理局", m.Org);
    }

    // A gov.cn policy page's catalogue block (国办发〔2018〕123号) read without its other fields: the empty 主题词 that closes
    // the block stands over the heading, which the page sets in two lines. The heading's first line, with 关于, is no
    // keyword: the title is whole and the issuer the one it opens with.
    [Fact]
    public void A_heading_under_an_empty_keyword_field_is_the_heading_not_the_keywords()
    {
        var m = Meta("主 题 词：\n国务院办公厅关于推进\n政务新媒体健康有序发展的意见\n国办发〔2018〕123号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n政务新媒体是移动互联网时代党和政府联系群众、服务群众、凝聚群众的重要渠道。为推动政务新媒体健康有序发展，经国务院同意，现提出如下意见。\n一、总体要求");
        Assert.Equal("国务院办公厅关于推进政务新媒体健康有序发展的意见", m.Title);
        Assert.Equal("国务院办公厅", m.Org);
        // A keyword under the same label stays the label's value, out of the text and out of the title.
        var keywords = Meta("主 题 词：\n政务公开 新媒体 意见\n国务院办公厅关于推进政务新媒体健康有序发展的意见\n各省、自治区、直辖市人民政府：\n政务新媒体是党和政府联系群众的重要渠道，现提出如下意见。");
        Assert.Equal("国务院办公厅关于推进政务新媒体健康有序发展的意见", keywords.Title);
    }

    // The same block with its 标题 field, over a heading set in two lines without 关于 (a gov.cn reply, 国办函〔2006〕71号):
    // the first line is the block's title printed again, not the empty 主题词's value, and the text keeps it.
    [Fact]
    public void A_heading_line_the_title_field_opens_with_stays_in_the_text()
    {
        var report = ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes("标　　题：\n国务院办公厅对十届全国人大四次会议第7240号建议的答复\n发文字号：\n国办函〔2006〕71号\n主 题 词：\n"
            + "国务院办公厅对十届全国人大\n四次会议第7240号建议的答复\n国办函〔2006〕71号\n周桂英等代表：\n你们提出的关于创立免费查询所有法律、法规的政府网站的建议收悉，现答复如下："));
        Assert.Equal("国务院办公厅对十届全国人大四次会议第7240号建议的答复", report.Metadata.Title);
        Assert.Contains("国务院办公厅对十届全国人大", string.Join("\n", report.Sections.Select(s => s.Heading + "\n" + s.Text)));
    }

    [Theory]
    [InlineData("眉山市住房公积金管理中心关于住房公积金支持二孩三孩生育政策的政策解读\n来源:眉山市住房公积金管理中心发表时间:2022-06-0110:17\n一、关于提高贷款最高额度\n生育二孩的缴存职工家庭贷款最高额度提高10万元。", "2022-06-01")]
    [InlineData("关于调整住房公积金个人住房贷款额度的通知\n2023-04-1017:21:42浏览次数:1524\n为贯彻落实住房公积金工作会议精神，现就有关事项通知如下。", "2023-04-10")]
    public void A_posting_stamp_run_into_the_next_field_still_dates_the_page(string text, string date) =>
        Assert.Equal(date, Meta(text).Date);

    // Headings and non-headings of the same crawl: a heading broken after a word no heading ends with, finished by the
    // next line (a bare kind too); a reporter's byline with the outlet's name above the posting stamp; an addressee line
    // that lost its colon, a sentence broken after its speaker's verb, and a closing 本通知自…之日起执行: no titles.
    [Theory]
    [InlineData("淮北市关于进一步促进房地产市场的\n若干政策措施\n\n为认真贯彻落实党中央、国务院决策部署，现提出如下措施。", "淮北市关于进一步促进房地产市场的若干政策措施")]
    [InlineData("济南住房公积金中心\n\n关于支持提取住房公积金支付购房首付款的\n\n通知\n\n各缴存单位：为支持缴存人购房，现通知如下。", "关于支持提取住房公积金支付购房首付款的通知")]
    [InlineData("杭州新增3个街道放宽住房限购:萧山区宁围街道部分区域放宽\n澎湃新闻记者刘畅\n2023-05-1817:32\n来源:澎湃新闻\n5月18日，杭州市住房保障和房产管理局发布通知。", "杭州新增3个街道放宽住房限购:萧山区宁围街道部分区域放宽")]
    [InlineData("市各有关单位\n根据省委办公厅、省政府办公厅有关文件精神，现就有关事项通知如下。\n一、扩大加装电梯支持范围", null)]
    [InlineData("《指导意见》指出\n要推动住房公积金制度向城乡深度延伸、有效覆盖。\n《指导意见》明确\n要大力支持缴存人使用住房公积金解决住房问题。", null)]
    [InlineData("机关各科室、三县管理部:\n\n为充分发挥住房公积金制度保障作用，现将有关事项通知如下。\n\n住房公积金贷款最高额度由30万调整为50万元。\n\n本通知自发文之日起执行", null)]
    // A heading set in two lines under a place for its issuer, or ending as a policy ends (若干措施); one in three lines;
    // one broken inside the name it quotes after 印发.
    [InlineData("德安县关于进一步促进房地产市场\n\n平稳健康发展的若干措施\n\n为贯彻落实党中央、国务院决策部署，结合我县实际，制定以下措施。", "德安县关于进一步促进房地产市场平稳健康发展的若干措施")]
    [InlineData("省政府办公厅关于印发江苏省加快完善\n生育支持政策体系推动建设生育友好型社会\n若干措施的通知\n各设区市人民政府，省各委办厅局：\n现将有关措施印发给你们，请认真贯彻落实。", "省政府办公厅关于印发江苏省加快完善生育支持政策体系推动建设生育友好型社会若干措施的通知")]
    // A red-header notice's heading in four lines, its issuer a zone's committee with its other name in brackets, and one
    // in three lines under its issuer whose middle line reads as a body's name (round rpQ's tune part, reworded).
    [InlineData("甬高科〔2019〕29 号\n\n某国家高新区（某材料科技城）管委会关于\n  印发打造科技资源支撑型特色载体推动\n   中小企业创新创业升级专项资金\n      使用管理办法的通知\n\n各部门、直属企事业单位，各街道办事处：\n  现将办法印发给你们，请认真遵照执行。", "某国家高新区（某材料科技城）管委会关于印发打造科技资源支撑型特色载体推动中小企业创新创业升级专项资金使用管理办法的通知")]
    [InlineData("甬经信组〔2018〕137 号\n\n    某市经济和信息化委员会\n关于做好2018年度某市工业工程技术人员\n   中级专业技术资格评审委员会\n       申报评审工作的通知\n\n各区县（市）经信局，各管委会经发局：\n  现将有关事项通知如下。", "某市经济和信息化委员会关于做好2018年度某市工业工程技术人员中级专业技术资格评审委员会申报评审工作的通知")]
    // A page's title bar, the site's name after its separator, over the heading printed in full (round rpQ's tune part,
    // reworded): the heading.
    [InlineData("某市举行第40个国际志愿者日主题活动，凝聚城市向善力量_某某新闻\n某市举行第40个国际志愿者日主题活动，凝聚城市向善力量\n某市发布\n2025-12-05 19:20\n12月5日，某市举行第40个国际志愿者日主题活动。", "某市举行第40个国际志愿者日主题活动，凝聚城市向善力量")]
    // An attachment's heading in two lines under the notice that issues it (policy-scan: the notice's own title lost).
    [InlineData("各县、区人民政府，市政府有关部门：\n《驻马店市进一步促进房地产市场平稳健康发展若干措施(试行)》已经市政府常务会议研究通过，现印发给你们，请认真遵照执行。\n2023年3月4日\n驻马店市进一步促进房地产市场\n平稳健康发展若干措施\n(试行)\n为贯彻落实党中央、国务院决策部署，制定以下措施。\n一、分期缴纳城市基础设施配套费。", "驻马店市进一步促进房地产市场平稳健康发展若干措施(试行)")]
    // Its last line longer than a fragment, ending in the kind (a central reply with its signature dropped).
    [InlineData("国务院办公厅关于同意以哈尔滨市名义\n申办2009年第二十四届世界\n大学生冬季运动会的复函\n国办函〔2004〕36号\n黑龙江省人民政府：\n同意以哈尔滨市名义申办运动会。", "国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函")]
    [InlineData("益阳市人民政府办公室印发《关于促进市中心城区房地产市场\n平稳健康发展的若干政策措施》的通知\n\n各区县(市)人民政府，市直有关单位：\n现将有关措施印发给你们，请认真贯彻落实。", "益阳市人民政府办公室印发《关于促进市中心城区房地产市场平稳健康发展的若干政策措施》的通知")]
    // A town's notice (苍南县钱库镇) whose heading the page broke inside the name it quotes: whole, and, its first line
    // lost, the rest closes a name it never opened and is no title (the text's first line was taken for it).
    [InlineData("关于印发《钱库镇道路交通安全集中整治\n实施方案》的通知\n各村（社区）、镇属各单位：\n现将《钱库镇道路交通安全集中整治实施方案》印发给你们，请认真贯彻执行。", "关于印发《钱库镇道路交通安全集中整治实施方案》的通知")]
    [InlineData("实施方案》的通知\n各村（社区）、镇属各单位：\n现将《钱库镇道路交通安全集中整治实施方案》印发给你们，请认真贯彻执行。", null)]
    // A housing-fund notice's text hard-wrapped at a page's width (policy-scan, altered-forms' wrap form): its closing
    // sentence cut after 以本通知 names the document as itself, and is no heading.
    [InlineData("一、调整首付款比例\n缴存人家庭申请住房公积金贷款购买自住住房,按首付款比例不低于20%执\n行。\n本通知自印发之日起施行,有效期5年,相关文件与本通知不符的,以本通知\n为准。", null)]
    // A centre's notice whose heading is wrapped at a page's width (policy-scan, altered-forms' wrap form): the first
    // line opens with its issuer and 关于, and is unfinished.
    [InlineData("广州住房公积金管理中心关于印发广州商业性个人住房贷款转住房公积金个人\n住房贷款实施办法(暂行)的通知\n各有关单位：\n现将办法印发给你们，请遵照执行。", "广州住房公积金管理中心关于印发广州商业性个人住房贷款转住房公积金个人住房贷款实施办法(暂行)的通知")]
    // A provincial paper's report of a plenary session (山西, 2025, policy-scan): a photo's caption, then a clause that
    // reports the proposal the session adopted, quoting its name. The clause is no heading, whatever kind its quote ends in.
    [InlineData("中国共产党山西省第十二届委员会第十一次全体会议,于2025年11月28日在太原举行。本报记者 某某 摄\n听取和讨论了省委常委会工作报告,审议通过了《中共山西省委关于制定国民经济和社会发展第十五个五年规划的建议》\n全会号召,全省上下要更加紧密地团结在以习近平同志为核心的党中央周围,坚定不移推动高质量发展。", null)]
    // A bare kind under the text's first line finishes it. Once the text has spoken, a line over a date is no headline:
    // a post's numbered section over a clause opening on a date, a speaker's last words over a transcript's time stamp, a
    // signing association over its date.
    [InlineData("推进建筑和市政基础设施设备更新工作\n实施方案\n为贯彻落实党中央、国务院决策部署，制定本方案。\n一、总体要求", "推进建筑和市政基础设施设备更新工作实施方案")]
    [InlineData("为认真贯彻落实党中央、国务院决策部署，现提出如下措施。\n01优化公积金服务\n在本市缴纳住房公积金的，可以家庭为单位申请。\n04鼓励房企给予团购优惠\n2024年12月31日(含)之前，各单位组织职工团购的，给予优惠。", null)]
    [InlineData("2024-11-08 16:03:03\n新闻局局长某某:\n媒体朋友们，欢迎参加新闻发布会。\n今天下午，常委会第12次会议举行了闭幕会。\n我先简要介绍这些，谢谢！\n2024-11-08 16:15:05\n记者:", null)]
    [InlineData("为促进消费，现开展购房补贴活动。\n一、补贴对象\n凡购买入选楼盘新建商品住房的购房人，均可享受补贴。\n咨询电话:5105055。\n某市房地产开发协会\n2022年9月26日", null)]
    public void A_heading_is_read_whole_and_a_line_that_is_none_is_no_title(string text, string? title) =>
        Assert.Equal(title, Meta(text).Title);

    // http://bx2200.com/baogao/huadong/10772_2.html
    [Fact]
    public void A_navigation_menu_line_is_no_title_and_a_heading_may_end_with_a_bracketed_date()
    {
        var m = Meta("导航菜单\n\n(山东省)济南市历城区人民政府工作报告(2024年1月17日)\n\n  过去的一年,我们久久为功塑环境、促转型,生态环境持续优化。");
        Assert.Equal("济南市历城区人民政府工作报告", m.Title); // the aggregator's (山东省) tag is no part of the heading
        Assert.Equal("报告", m.Kind);
        Assert.Equal("2024-01-17", m.Date);
    }

    // https://jjjjb.fjdaily.com/pc/con/202406/15/content_374486.html
    [Fact]
    public void A_newspaper_page_bar_is_furniture_and_the_first_line_after_it_is_the_title()
    {
        var m = Meta("第2b版:本地 上一版 下一版\n上一篇 下一篇\n\n安海镇第十四届人民代表大会第六次会议召开\n\n蔡文思当选安海镇镇长\n\n本报讯 (记者 林伊婷) 昨日,晋江市安海镇第十四届人民代表大会第六次会议召开。");
        Assert.Equal("安海镇第十四届人民代表大会第六次会议召开", m.Title);
        Assert.Equal("新闻", m.Kind); // the 本报讯 byline
    }

    // https://gongwensou.com/zhengfubaogao/28572.html
    [Fact]
    public void An_aggregators_posting_stamp_is_no_title_and_a_full_text_note_stays_with_the_heading()
    {
        var m = Meta("(河北省)2017年蠡县人民政府工作报告(全文)\n\n公文搜 2021-07-23 10:26:26 政府报告\n\n政府工作报告\n\n2017年2月22日在蠡县第十七届人民代表大会第一次会议上\n\n蠡县人民政府代县长都建华\n\n各位代表:\n\n现在,我代表蠡县人民政府向大会作政府工作报告,请予审议。");
        Assert.Equal("(河北省)2017年蠡县人民政府工作报告(全文)", m.Title); // (全文) is no speaker's name
        Assert.Equal("报告", m.Kind);
        Assert.Equal(2017, m.Year);
    }

    // https://zghzrgznxz.010b.com/info/165405/page/3 (a short column tag glued before the heading)
    [Fact]
    public void A_short_column_tag_before_the_heading_is_dropped()
    {
        var m = Meta("-\n【余杭区招商】2015年杭州市余杭区政府工作报告\n各位代表: 现在,我代表区人民政府向大会作工作报告,请予审议。");
        Assert.Equal("2015年杭州市余杭区政府工作报告", m.Title);
        Assert.Equal(2015, m.Year);
    }

    // http://www.tjbh.gov.cn/contents/13174/533689.html (re-posted ten years later)
    [Fact]
    public void A_session_line_glued_to_the_title_gives_the_session_date_and_beats_the_reposting_date()
    {
        var m = Meta("天津市政府门户网站 政务邮箱\n\n2012年政府工作报告 ——2012年2月1日在滨海新区第一届人民代表大会第三次会议上\n滨海新区区长 宗国英\n发布日期: 2022-06-02 11:24      来源: 区政府办\n各位代表:");
        Assert.Equal("2012年政府工作报告", m.Title);
        Assert.Equal("2012-02-01", m.Date);
        Assert.Equal(2012, m.Year);
    }

    // http://www.haining.gov.cn/art/2010/12/23/art_1688462_150572.html (the whole text flattened into one line)
    [Fact]
    public void A_text_flattened_into_one_line_gives_its_title_session_date_and_place()
    {
        var m = Meta("政 府 工 作 报 告 2010年1月29日在周王庙镇 第十五届人民代表大会第七次会议上 卜娟萍 各位代表:现在,我代表镇人民政府向大会报告工作,请予审议。2009年,是周王庙发展进程中极不平凡的一年。");
        Assert.Equal("政府工作报告", m.Title);
        Assert.Equal("2010-01-29", m.Date);
        Assert.Equal(2010, m.Year);
        Assert.Equal("周王庙镇", m.District);
    }

    // http://www.jinjiang.gov.cn/xxgk/zfxxgkzl/zjdgk/11/zfxxgkml/202301/t20230131_2842138.htm
    [Fact]
    public void A_work_report_titled_with_the_year_reviewed_takes_its_sessions_year()
    {
        var m = Meta("紫帽镇人民政府2022年工作报告\n——2023年1月16日在紫帽镇第十八届人民代表大会第三次会议上\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。");
        Assert.Equal("2023-01-16", m.Date);
        Assert.Equal(2023, m.Year);
    }

    // https://fgw.tjbh.gov.cn/contents/9640/276173.html
    [Fact]
    public void A_plan_execution_report_is_a_report_and_a_trailing_separator_is_no_part_of_the_title()
    {
        var m = Meta("天津市滨海新区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划报告 |\n一、2022年国民经济和社会发展计划执行情况\n2022年,全区上下深入贯彻落实习近平总书记的重要要求。");
        Assert.Equal("天津市滨海新区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划报告", m.Title);
        Assert.Equal("报告", m.Kind);
        // A review-and-plan title that ends with the plan is still a summary.
        Assert.Equal("总结", DocumentKind.FromTitle("临湖镇2022年工作总结及2023年工作计划"));
    }

    // http://jbbofficial.com/glqrmzf/202402/t20240228_4175935.html (a table flattened to text)
    [Fact]
    public void A_header_table_cell_loses_its_trailing_separators()
    {
        var m = Meta("索 引 号: | 000014349/2024-14622 | 主题分类: | 综合政务 |\n发布机构: | 区政府 | 生成日期: | 2024-02-29 |\n信息名称: | 区政府关于印发2024年区政府主要工作目标任务分解落实方案的通知 | ||\n文 号: | 鼓政〔2024〕2号 | 关 键 词: | 分解落实方案 |\n各街道办事处,区政府各部门:");
        Assert.Equal("区政府关于印发2024年区政府主要工作目标任务分解落实方案的通知", m.Title);
        Assert.Equal("通知", m.Kind);
        Assert.Equal("鼓政〔2024〕2号", m.DocNumber);
    }

    // A county site's column of its towns (当前位置：首页 > 乡镇概况 > 安口镇), the county's government as the page's source:
    // the town the trail ends with is the page's unit, and a heading that is the town's name alone is its profile's
    // title, not the column repeated (altered-forms' headers probe, the column layout: 20 of 23 town and street regions
    // and 17 titles had been lost). A town's news under its column's name keeps its headline.
    [Theory]
    [InlineData("当前位置：首页 > 乡镇概况 > 安口镇\n安口镇\n发布时间：2021-03-05　来源：柳河县人民政府\n一、基本情况\n安口镇位于柳河县西部，辖12个行政村。", "安口镇")]
    [InlineData("当前位置：首页 > 乡镇动态 > 安口镇\n安口镇\n安口镇召开安全生产工作会议\n发布时间：2021-03-05　来源：柳河县人民政府\n3月5日，安口镇召开安全生产工作会议，各村负责人参加。", "安口镇召开安全生产工作会议")]
    public void A_county_sites_column_of_its_towns_names_the_pages_town(string text, string title)
    {
        var m = Meta(text);
        Assert.Equal(["吉林省", "通化市", "柳河县", "安口镇"], m.RegionPath);
        Assert.Equal(title, m.Title);
    }

    [Fact]
    public void The_trail_of_a_town_under_its_countys_publisher_names_the_town()
    {
        var m = Meta("当前位置：首页 > 乡镇动态 > 安口镇\n关于做好春季防火工作的通知\n发布时间：2021-03-05　来源：柳河县人民政府\n各村：\n春季防火形势严峻，现就有关事项通知如下。");
        Assert.Equal(["吉林省", "通化市", "柳河县", "安口镇"], m.RegionPath);
    }

    // A table flattened to text with its labels apart from their values by spaces only, the issuing body's cell alone on
    // its line (altered-forms' headers probe, the nocolon layout: 8 of 319 issuing bodies had been missed). A line of
    // prose opening with the label's words is no field.
    [Fact]
    public void An_issuing_bodys_cell_without_a_colon_is_read()
    {
        var m = Meta("索引号 113383527147303X/2023-74568\n发布机构 慈溪市住房和城乡建设局\n发文日期 2023年04月21日\n标题 | 关于印发《慈溪市保障性租赁住房运营奖补实施细则（试行）》的通知\n各镇（街道）：\n现将《实施细则》印发给你们，请遵照执行。");
        Assert.Equal("慈溪市住房和城乡建设局", m.Org);
        Assert.Equal("2023-04-21", m.Date);
        var prose = Meta("关于开展安全生产检查的通知\n发布机构 应当在每月五日前报送检查情况，并抄送县应急管理局。\n各乡镇：\n现就有关事项通知如下。");
        Assert.NotEqual("应当在每月五日前报送检查情况，并抄送县应急管理局。", prose.Org);
    }

    // http://www.tianxin.gov.cn/zwgk8/jzxxgkml/ghpjdbsc/xxgknb28/202101/t20210125_9748749.html (body only)
    [Fact]
    public void An_untitled_disclosure_report_is_a_report_by_its_mandated_outline()
    {
        const string body = "一、总体情况\n2020年,桂花坪街道严格贯彻落实省、市和区关于政府信息公开的要求,主动公开政府信息232条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n2020年,街道政府信息公开工作在肯定成绩的同时,也清醒看到工作中存在的不足。";
        Assert.Equal("报告", Meta(body).Kind);
        // Without the outline's 一、总体情况 nothing says what it is.
        Assert.Null(Meta(body.Replace("一、总体情况\n", "")).Kind);
    }

    // https://www.huarong.gov.cn/33046/content_1006859.html (body only)
    [Fact]
    public void An_untitled_text_opening_with_a_dateline_is_news()
    {
        var m = Meta("10月28日,操军镇第十四届人民代表大会第一次会议在该镇政府五楼会议室隆重召开,全镇71名镇人大代表和44名列席代表出席会议。\n该镇镇长付春林所作的政府工作报告回顾了上届政府过去五年的工作。");
        Assert.Equal("新闻", m.Kind);
        Assert.Null(m.Year); // neither a year nor a date: unknown, not a guess
    }

    // https://www.hljyy.gov.cn/yy/15136/202401/c07_190327.shtml (body only)
    [Fact]
    public void News_of_a_session_dated_by_day_takes_the_year_its_work_report_plans()
    {
        var m = Meta("1月17日下午,友谊县第十二届人民代表大会第三次会议隆重开幕。\n在热烈的掌声中,县长张成亮代表友谊县人民政府向大会作《政府工作报告》。\n报告分为2023年工作回顾,2024年主要工作和全面加强政府自身建设三部分。");
        Assert.Equal("新闻", m.Kind);
        Assert.Equal(2024, m.Year);
    }

    // https://ruilaw.cn/fagui/1673165061139972.html (both steps on one line)
    [Fact]
    public void A_city_regulation_is_of_the_provinces_approval_that_puts_it_in_force()
    {
        var m = Meta("山南市立法条例\n(2018年12月31日山南市第一届人民代表大会第四次会议通过2019年3月27日西藏自治区第十一届人民代表大会常务委员会第十次会议批准)\n第一章 总则\n第一条 为规范立法活动,制定本条例。");
        Assert.Equal("2019-03-27", m.Date);
        Assert.Equal(2019, m.Year);
    }

    // https://www.html360.net/2024/12/page/30 pattern with a later 修订 after the approval, as LawRefBook prints it:
    // 2012年3月31日…批准2021年10月28日…修订 (宁波市志愿服务条例 history lines)
    [Fact]
    public void A_revision_glued_after_an_approval_is_a_step_of_its_own_and_its_approval_the_latest()
    {
        var m = Meta("宁波市志愿服务条例\n2011年12月27日 宁波市第十三届人民代表大会常务委员会第三十六次会议通过\n2012年3月31日 浙江省第十一届人民代表大会常务委员会第三十二次会议批准2021年10月28日宁波市第十五届人民代表大会常务委员会第四十次会议修订\n2021年11月25日 浙江省第十三届人民代表大会常务委员会第三十二次会议批准\n第一章 总则");
        Assert.Equal("2021-11-25", m.Date);
        Assert.Equal(2021, m.Year);
    }

    // http://www.lg.gov.cn/bmzz/bjjdb/xxgk/ghjh/ndgzjhjzj/content/post_10706646.html
    [Fact]
    public void A_source_line_naming_a_government_body_gives_the_issuing_body()
    {
        var m = Meta("布吉街道2022年工作总结及2023年工作计划\n发布时间: 2023年07月11日 来源:龙岗区布吉街道办事处 浏览次数:- 字号:\n一、2022年主要工作\n2022年,在党的二十大精神指引下,布吉街道坚决扛起责任。");
        Assert.Equal("龙岗区布吉街道办事处", m.Org);
        Assert.Equal("总结", m.Kind);
        Assert.Equal(2022, m.Year);
    }

    // https://taoyuandj.cn/html/zonghedongtai/gongzuodongtai/2013-10-29/282.html: a news site is no issuing body
    [Fact]
    public void A_source_line_naming_a_website_gives_no_issuing_body()
    {
        var m = Meta("桃源县第十五届人民代表大会第二次会议隆重开幕\n发布时间:2008-03-06 08:39:18 信息来源:桃源县政府网\n在全县人民的热切期盼下,桃源县第十五届人民代表大会第二次会议在县剧院隆重开幕。");
        Assert.Null(m.Org);
    }

    // http://gcq.tlf.gov.cn/gcq/c105951/202309/94a6a677d5474edfb4c45280345e8d1f.shtml
    [Fact]
    public void A_short_publication_label_ends_the_issuing_body_before_it()
    {
        var m = Meta("关于印发《吐鲁番市高昌区实施草原生态保护补助奖励政策实施方案(2023年)》的通知\n索 引 号 010600106/2023-00071 发布机构 高昌区政府办公室 公开日 2023-07-04\n文  号 高区财农〔2023〕45号 主题分类 生态保护 失效日期\n高昌区各相关单位:");
        Assert.Equal("高昌区政府办公室", m.Org);
        Assert.Equal("高区财农〔2023〕45号", m.DocNumber);
    }

    // https://gongwensou.com/zhengfubaogao/28572.html and http://www.yimiaomei.com/bg/gz/434.html
    [Fact]
    public void A_work_reports_speaker_names_its_government_unless_only_by_level()
    {
        var named = Meta("政府工作报告\n\n各位代表:\n\n现在,我代表蠡县人民政府向大会作政府工作报告,请予审议。\n\n一、过去五年工作回顾");
        Assert.Equal("蠡县人民政府", named.Org);
        var byLevel = Meta("区长在代表会上工作汇报\n\n各位代表:\n\n现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n一、五年政府工作回顾");
        Assert.NotEqual("区人民政府", byLevel.Org);
    }

    // https://gybag.com/fcsrmzf/zfxxgkndbg3b/202201/8c55f5f81eab4a2197f3532d14fb8985.shtml
    [Fact]
    public void A_disclosure_report_citing_the_State_Councils_order_is_no_national_document()
    {
        var m = Meta("本报告根据《中华人民共和国政府信息公开条例》(国务院令711号)编制。\n一、总体情况\n(一)主动公开情况\n石江乡2021年在政府网站政务信息公开总计123条。");
        Assert.NotEqual(["全国"], m.RegionPath ?? []);
        Assert.Equal("报告", m.Kind);
    }

    // https://www.huarong.gov.cn/33046/content_1006859.html
    [Fact]
    public void A_headline_reporting_a_meeting_is_news_and_a_notice_calling_one_is_not()
    {
        var m = Meta("操军镇第十四届人民代表大会第一次会议胜利召开\n会议在团结、奋进、务实、和谐的氛围中进行,会议取得圆满成功。");
        Assert.Equal("新闻", m.Kind);
        Assert.Equal("通知", DocumentKind.FromTitle("关于召开第十四届人民代表大会第一次会议的通知")); // the ending decides first
    }

    // http://www.jinjiang.gov.cn/xxgk/zfxxgkzl/zjdgk/11/zfxxgkml/202301/t20230131_2842138.htm (its session line's date is
    // garbled on the page: ——2023116日在…)
    [Fact]
    public void A_work_report_titled_with_the_year_its_first_part_reviews_is_of_the_next_year()
    {
        var m = Meta("紫帽镇人民政府2022年工作报告\n——2023116日在紫帽镇第十一届人民代表大会第三次会议上\n各位代表、同志们:\n现在,我代表紫帽镇人民政府向大会作2022年工作报告,请各位代表审议。\n一、2022年工作回顾\n一年来,在市委、市政府和镇党委的正确领导下,镇政府坚持以习近平新时代中国特色社会主义思想为指导。");
        Assert.Equal(2023, m.Year);
    }

    // http://www.bjhdnet.com/haidiannews/94208/109253/index.html (a district portal reprinting the report's first part)
    [Fact]
    public void An_untitled_first_part_of_a_work_report_is_a_report_of_the_year_after_the_one_it_reviews()
    {
        var m = Meta("社会与经济发展\n  一、2013年工作回顾\n  2013年,在市委市政府和区委的坚强领导下,在区人大、区政协的监督帮助下,全区上下深入学习贯彻党的十八大精神。");
        Assert.Equal("报告", m.Kind);
        Assert.Equal(2014, m.Year);
        // The same heading without the work report's formula says nothing of the kind.
        Assert.Null(Meta("社会与经济发展\n  一、2013年工作回顾\n  2013年,在市委市政府和区委的坚强领导下,全区上下深入学习贯彻党的十八大精神。").Kind);
    }

    // A county work report's review cut from its spreadsheet cell: the tasks the congress set name it as a work report.
    [Fact]
    public void An_untitled_review_naming_the_tasks_its_congress_set_is_a_work_report()
    {
        var m = Meta("一、 2014年工作回顾\n2014年，在市委、市政府和县委的坚强领导下，县政府牢牢把握主基调，较好完成了县十五届人大三次会议确定的各项任务目标。\n经济保持平稳增长。");
        Assert.Equal("报告", m.Kind);
        Assert.Equal(2015, m.Year);
    }

    // A red-header notice flattened into one line (a policy database's text column): its 文号, its issuers' 关于-title,
    // then its addressees with commas between them. The heading is the title, without the number.
    [Fact]
    public void A_flattened_notice_opening_with_its_number_is_titled_by_its_heading()
    {
        var m = Meta("晋科发〔2023〕5号山西省科学技术厅山西省财政厅关于印发《山西省县域科技创新奖励资金实施细则》的通知各市（含定州市）科技局、财政局，各县（市、区）科技局、财政局：　　根据《山西省县域创新发展三年行动方案》要求，为规范奖励资金的使用和管理");
        Assert.Equal("山西省科学技术厅山西省财政厅关于印发《山西省县域科技创新奖励资金实施细则》的通知", m.Title);
        Assert.Equal("晋科发〔2023〕5号", m.DocNumber);
    }

    // An official account's post as a crawler saved it (policy-scan: a city's 住房公积金中心, 2023): the post's headline, the
    // account's name run into its stamp and the province it was posted from, then the notice it carries under the
    // account's own lines (发布通知 / 具体如下). The headline over the stamp is the page's title, the stamp its date.
    [Fact]
    public void An_official_accounts_post_stamp_dates_the_post_under_its_headline()
    {
        var m = Meta("我市调整住房公积金使用政策\n荆门住房公积金中心2023-05-0810:23发表于湖北\n\n5月5日\n荆门住房公积金中心\n发布通知\n优化住房公积金使用政策\n具体如下\n\n关于进一步优化住房公积金使用政策的通知\n各办事处，机关各科室和管理部：\n为进一步促进我市房地产市场健康平稳发展，经市住房公积金管理委员会批准，就优化住房公积金使用政策有关事项通知如下：\n一、提升单缴存职工家庭最高贷款额度");
        Assert.Equal("我市调整住房公积金使用政策", m.Title);
        Assert.Equal("2023-05-08", m.Date);
    }

    // A text whose lines a page's width broke (a PDF's text layer saved as text; a 苏北 county's aid news, 灌南县): its
    // first line is a sentence cut after 的, no heading; a headline with a comma that ends as headlines do stays one.
    [Theory]
    [InlineData("今年以来，灌南县加大对困难群体扶贫力度，坚持托底线、救急难和可持续的\n帮扶机制，全县低收入农户生活水平明显提高。截至目前，已发放各类救助资金\n三千余万元。", null)]
    [InlineData("稳预期，促发展：灌南县召开全县经济工作会议\n2019年1月5日，灌南县召开全县经济工作会议，总结2018年工作，部署2019年任务。", "稳预期，促发展：灌南县召开全县经济工作会议")]
    public void A_sentence_broken_at_the_pages_width_is_no_heading(string text, string? title) =>
        Assert.Equal(title, Meta(text).Title);
}
