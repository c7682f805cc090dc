using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Region, year and kind by evidence class (issue 19, round m5): each test is one class a careful reader uses where
/// the rules gave no answer or a wrong one, on short paraphrased openings in the shapes of real county, town and
/// street pages (places and names changed where they do not matter).
/// </summary>
public class EvidenceClassRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Fact]
    public void A_state_council_order_cited_in_a_disclosure_reports_preamble_does_not_make_it_national()
    {
        var m = Meta("""
            本年度报告是根据《中华人民共和国政府信息公开条例》(2019年4月3日中华人民共和国国务院令第711号修订,以下简称《条例》)的要求,由东港镇人民政府党政办公室编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。
            一、总体情况
            东港镇以习近平新时代中国特色社会主义思想为指导,认真贯彻落实国务院、省、市、区关于信息公开的工作部署。
            (一)主动公开情况
            东港镇主动公开政府信息主要渠道为锡山区政府网站。
            """);
        Assert.NotEqual(["全国"], m.RegionPath);
        Assert.Equal(["江苏省", "无锡市", "锡山区", "东港镇"], m.RegionPath);
    }

    [Fact]
    public void A_state_council_order_heading_the_text_is_still_national()
    {
        var m = Meta("""
            中华人民共和国国务院令
            第七百一十一号
            现公布修订后的《某某管理条例》,自2019年5月15日起施行。
            总理 某某
            """);
        Assert.Equal(["全国"], m.RegionPath);
    }

    [Theory]
    [InlineData("统计期限自2021年1月1日起至2021年12月31日止")]
    [InlineData("统计时限为2021年1月1日至2021年12月31日")]
    public void A_disclosure_report_is_of_the_year_its_figures_cover(string period)
    {
        var m = Meta($"本报告根据《中华人民共和国政府信息公开条例》(2019年4月3日修订)编制。本报告中所列数据的{period}。\n一、总体情况\n2022年1月,某镇继续推进政务公开。");
        Assert.Equal(2021, m.Year);
    }

    [Fact]
    public void A_title_opening_with_a_unit_below_the_sites_publisher_is_that_units()
    {
        var m = Meta("""
            发布机构: 平江县人民政府
            发布日期: 2013-06-20
            伍市镇全面吹响夏季征兵工作号角
            夏日炎炎,伍市镇的征兵工作宣传车前围满了高校毕业生和青年群众,他们正在仔细阅读宣传资料。
            """);
        Assert.Equal(["湖南省", "岳阳市", "平江县", "伍市镇"], m.RegionPath);
    }

    [Theory]
    // Written about the town, by the county.
    [InlineData("平江县人民政府关于伍市镇总体规划的批复")]
    [InlineData("关于伍市镇总体规划的批复")]
    // Naming its scope under the issuer's own name.
    [InlineData("平江县伍市镇总体规划实施办法")]
    public void A_title_about_a_unit_below_its_issuer_stays_the_issuers(string title)
    {
        var m = Meta($"发布机构: 平江县人民政府\n发布日期: 2013-06-20\n{title}\n伍市镇人民政府:\n你镇报来的总体规划收悉。经研究,现批复如下。\n");
        Assert.Equal(["湖南省", "岳阳市", "平江县"], m.RegionPath);
    }

    [Fact]
    public void A_header_table_with_its_labels_in_brackets_is_read_as_fields()
    {
        var m = Meta("""
            [ 索引号 ] | 11500231008679505Q/2024-00117 | [ 发文字号 ] | |
            [ 主题分类 ] | 应急管理 | [ 体裁分类 ] | 预案 |
            [ 发布机构 ] | 垫江县坪山镇 | [ 有效性 ] | |
            [ 成文日期 ] | 2024-12-06 | [ 发布日期 ] | 2024-12-09 |
            垫江县坪山镇突发事件综合应急预案
            为了进一步提高坪山镇政府应对各类突发事件的应急处置能力,编制本预案。
            """);
        Assert.Equal("2024-12-06", m.Date);
        Assert.Equal(2024, m.Year);
        Assert.Equal("垫江县坪山镇", m.Org);
        Assert.Equal("垫江县坪山镇突发事件综合应急预案", m.Title);
        Assert.Null(m.DocNumber);
    }

    [Theory]
    // The main title's kind over its subtitle's review and plan.
    [InlineData("大塘埠镇2021年政府工作报告——2020年工作及“十三五”时期发展回顾和2021工作计划", "报告")]
    // A name in book-title marks ends the title.
    [InlineData("2012年苍山县两会《政府工作报告》", "报告")]
    // An annual report called 年报.
    [InlineData("五河镇2017年度政务信息公开工作年报", "报告")]
    // A file name's extension and copy number.
    [InlineData("镇2023年政府工作要点2.docx", "要点")]
    // Headlines reporting what a unit or a person did with a document are news.
    [InlineData("蒙城县城关镇制定秋季秸秆禁烧和综合利用工作方案", "新闻")]
    [InlineData("王某同志作政府工作报告", "新闻")]
    [InlineData("某镇组织学习《关于加强基层治理的意见》", "新闻")] // studying a document it names
    [InlineData("某局传达《关于做好防汛工作的通知》", "新闻")]
    [InlineData("某镇认真贯彻落实《信访工作条例》", "新闻")] // carrying it out
    [InlineData("县长某某到某镇调研国土空间规划", "新闻")] // a visit to look into something
    [InlineData("某县贯彻落实《信访工作条例》实施方案", "方案")] // a document's own title ends in what it makes
    [InlineData("某镇乡村振兴工作调研报告", "报告")] // a study's report
    // …but a document's own title is not: the act after 关于, or the title ending in what the act makes.
    [InlineData("关于制定秋季秸秆禁烧工作方案的通知", "通知")]
    [InlineData("某县人民政府办公室印发某县防汛应急预案的通知", "通知")]
    [InlineData("某镇2023年政府工作报告", "报告")]
    public void A_titles_kind_is_its_main_titles_and_a_headline_about_a_document_is_news(string title, string kind) =>
        Assert.Equal(kind, DocumentKind.FromTitle(title));

    [Theory]
    [InlineData("【概况】 某州市地处浙江东部,北靠杭州,东邻宁波。全市总面积1784平方公里,辖4个街道、11个镇。\n2007年,全市实现生产总值191.85亿元。")]
    [InlineData("灵川镇全景\n灵川镇位于灵川县中部,是灵川县城所在地,距桂林市中心12公里。全镇面积118平方公里,辖12个村委会。")]
    [InlineData("化隆县:查甫藏族乡\n一、基本情况\n查甫藏族乡位于化隆县西部,距县城52公里,南北长20公里。")]
    public void A_text_that_opens_by_placing_and_sizing_its_unit_is_a_profile(string text) =>
        Assert.Equal("简介", Meta(text).Kind);

    [Fact]
    public void A_document_titled_with_its_own_kind_that_opens_with_geography_is_no_profile()
    {
        var m = Meta("葛公镇防汛抗旱应急预案\n(1)自然地理\n葛公镇位于东至县东、南面,总面积251.48平方公里,辖16个村。\n(2)组织体系\n镇成立防汛抗旱指挥部。");
        Assert.NotEqual("简介", m.Kind);
    }

    [Theory]
    [InlineData("各村、社区,企事业单位,机关各部门:\n根据工作需要,现将修订后的《某街道突发事件总体应急预案》印发你们,请认真贯彻执行。\n某街道办事处\n2022年1月30日")]
    [InlineData("邻府办函〔2022〕7号\n各镇人民政府,县级各部门:\n《某县2022年突发性地质灾害应急预案》已经县政府同意,现印发给你们,请认真贯彻执行。")]
    [InlineData("各科室,各站所,各村: 经研究,制定《某镇突发公共事件总体应急预案》,现印发给你们,请认真贯彻执行。")]
    public void A_cover_note_issuing_what_follows_is_a_notice(string text) =>
        Assert.Equal("通知", Meta(text).Kind);

    [Theory]
    [InlineData("2022年以来,在区委、区政府的正确领导下,某某街道以学习贯彻党的二十大精神为主线,统筹发展和安全。\n一、主要工作\n(一)经济发展稳中有进。", "总结")]
    [InlineData("2023年,在市委、市政府的坚强领导下,街道上下团结一心、拼抢实干,各项工作取得新成效。\n一、重点工作完成情况", "总结")]
    // What will be done is a plan, not a review.
    [InlineData("2024年,我镇将在县委、县政府的坚强领导下,全力推进乡村振兴。\n一、总体思路", null)]
    public void A_text_opening_on_its_years_work_done_is_a_summary(string text, string? kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Fact]
    public void A_speaker_delivering_the_report_to_the_congress_makes_it_a_report()
    {
        var m = Meta("文档介绍:——2009年5月16日在某县第十五届人民代表大会\n第三次会议上\n代县长 某某\n各位代表:\n现在,我代表县人民政府向大会作报告,请予审议。");
        Assert.Equal("报告", m.Kind);
    }

    [Theory]
    // A news item looking back on the year just ended is news of the day it was posted.
    [InlineData("长春市某区2021年“十大新闻事件”揭晓\n2022-01-21 09:09 | 来源: 某区发布\n金牛昂首高歌去,玉虎迎春敛福来。2021年,某区经济社会发展取得令人欣喜的成果。", 2022)]
    // A date years after the title's year is a re-posting: the title's year stands.
    [InlineData("某镇2012年春季运动会开幕\n2022-03-01 10:00 | 来源: 某网\n3月15日上午,某镇2012年春季运动会隆重开幕。", 2012)]
    public void News_is_of_the_day_it_reports_the_year_just_ended(string text, int year) =>
        Assert.Equal(year, Meta(text).Year);

    [Fact]
    public void News_of_a_congress_session_named_in_its_short_form_is_of_the_sessions_place()
    {
        var m = Meta("""
            冰球少年故事动人
            读创/深圳商报驻佛山记者 某某
            2022年1月4日,佛山市顺德区十七届人大二次会议召开第二次全体会议,区长某某代表区人民政府向大会作政府工作报告。
            报告对2021年顺德经济社会发展作出总结,全年预计地区生产总值增长8%。
            """);
        Assert.Equal(["广东省", "佛山市", "顺德区"], m.RegionPath);
        Assert.Equal(2022, m.Year);
    }

    [Fact]
    public void A_district_work_report_names_itself_by_its_short_form_inside_the_city_it_names()
    {
        var m = Meta("""
            2024年工作回顾
            2024年是实现“十四五”规划目标任务的关键一年,也是全区上下承压前行、砥砺奋进的一年。我们深入贯彻习近平总书记对北京重要讲话精神,在市委市政府和区委的坚强领导下,在区人大、区政协的监督支持下,加快“五宜”朝阳建设,推进中国式现代化的朝阳实践迈出坚实步伐。
            回顾过去一年,全区经济运行稳中有进。
            """);
        Assert.Equal(["北京市", "朝阳区"], m.RegionPath);
    }

    [Fact]
    public void A_short_form_the_dictionary_reads_as_a_word_is_no_unit_without_its_city_named()
    {
        var m = Meta("""
            2024年工作回顾
            2024年是全区上下承压前行的一年。在区委的坚强领导下,在区人大、区政协的监督支持下,迎着朝阳出发,朝阳产业加快发展。
            回顾过去一年,全区经济运行稳中有进。
            """);
        Assert.Null(m.RegionPath);
    }

    [Fact]
    public void A_sites_greeting_over_the_title_names_the_issuer_and_its_place()
    {
        var m = Meta("""
            欢迎访问平江县伍市镇人民政府网站!
            首页 > 政务公开 > 工作总结
            2022年工作总结
            2022年,我镇在县委、县政府的坚强领导下,各项工作取得新成效。全镇完成地区生产总值12亿元。
            """);
        Assert.Equal("平江县伍市镇人民政府", m.Org);
        Assert.Equal(["湖南省", "岳阳市", "平江县", "伍市镇"], m.RegionPath);
    }

    [Fact]
    public void A_unit_that_is_no_government_body_does_not_place_the_report_at_the_city_it_is_named_after()
    {
        var m = Meta("""
            据《中华人民共和国政府信息公开条例》规定,现将《西安市西大街发展服务中心2025年政府信息公开工作年度报告》予以公布。
            一、总体情况
            2025年,西安市西大街发展服务中心在区委、区政府的领导下,全面贯彻落实《条例》要求。
            """);
        Assert.NotEqual(["陕西省", "西安市"], m.RegionPath);
    }

    [Theory]
    [InlineData("本文来源:德党镇 |作者:某某|时间:2021/3/7 15:28:07|点击数:", "2021-03-07")]
    [InlineData("2024-04-01   11时13分 浏览次数:", "2024-04-01")]
    [InlineData("15.07.2015 13:49", "2015-07-15")]
    public void A_news_bylines_posting_date_is_read_in_the_forms_sites_print_it(string byline, string date)
    {
        var m = Meta($"某镇召开春季防火工作会\n{byline}\n为切实做好春季森林防火工作,某镇召开专题会议进行部署。\n");
        Assert.Equal(date, m.Date);
        Assert.Equal(int.Parse(date[..4]), m.Year);
    }

    [Theory]
    [InlineData("15.07.2015", "2015-07-15")]
    [InlineData("2015.07.15", "2015-07-15")]
    [InlineData("31.02.2015", null)]
    [InlineData("7.15.2015", null)]
    public void A_day_first_date_with_dots_is_read_day_first(string text, string? date) =>
        Assert.Equal(date, DateText.Normalize(text));

    [Theory]
    [InlineData("木老元乡", "木老元布朗族彝族乡")]
    [InlineData("三源浦镇", "三源浦朝鲜族镇")]
    [InlineData("三源浦朝鲜镇", "三源浦朝鲜族镇")] // its one nationality without 族, as its profile writes it
    public void An_ethnic_township_is_found_by_its_place_name_alone(string written, string unit) =>
        Assert.Contains(ReportSearch.Places.PlaceNames.Default.Find(written), m => m.Length == written.Length && m.Candidates.Any(c => c.Name == unit));

    [Fact]
    public void An_ethnic_townships_notice_under_its_short_name_is_that_townships()
    {
        var m = Meta("""
            发布机构: 施甸县木老元乡
            木政发〔2017〕71号
            木老元布朗族彝族乡人民政府
            木老元乡2017年禁毒宣传方案的通知
            为全面落实禁毒工作责任制,深化禁毒人民战争,根据创建无毒乡镇工作的要求,制定本方案。
            """);
        Assert.Equal(["云南省", "保山市", "施甸县", "木老元布朗族彝族乡"], m.RegionPath);
    }

    [Fact]
    public void A_zone_named_in_passing_in_a_forum_banner_taken_for_the_title_is_not_the_region()
    {
        var m = Meta("""
            马上注册,结交更多好友,享用更多功能,让你轻松玩转罗源湾之窗
            12月2日,鉴江镇第十七届人民代表大会第一次会议胜利召开,49名镇人大代表出席了会议。
            """);
        Assert.NotEqual("罗源湾", m.RegionPath?[^1]);
    }

    [Theory]
    [InlineData("罗源湾2021年招商引资工作总结")]
    [InlineData("福州市罗源湾2021年招商引资工作总结")]
    public void A_zone_a_title_opens_with_or_chains_to_is_the_region(string title) =>
        Assert.Equal("罗源湾", Meta($"{title}\n2021年,园区招商引资工作取得新成效。\n").RegionPath?[^1]);

    [Theory]
    [InlineData("2月23日上午,某街道召开了2010年度工作总结表彰大会,对先进集体和先进个人进行了表彰。", 2011)]
    [InlineData("某街道召开年度总结大会\n12月28日上午,某街道召开了2010年度工作总结大会,回顾一年来的工作。", 2010)]
    [InlineData("4月21日,某区某镇第六届人民代表大会第三次会议召开。\n会议指出,2022年,在区委、区政府的坚强领导下,全镇经济社会发展取得新成效。", 2023)]
    // A meeting planning the next year's work late in the year is of the year it is held in; early in the year, of its own.
    [InlineData("12月28日，某镇召开2024年工作务虚会，研究谋划明年工作思路。\n会议指出，明年是实现规划目标的关键一年。", 2023)]
    [InlineData("2月20日，某镇召开2024年工作部署会，安排全年重点工作。\n会议要求，各村要抓好落实。", 2024)]
    // The same with the meeting in the headline: its year is the one reviewed or planned, not the meeting's.
    [InlineData("我镇召开2023年度工作总结大会\n1月5日，我镇召开2023年度工作总结大会，全面总结2023年工作，部署2024年重点任务。", 2024)]
    [InlineData("某镇召开2024年工作务虚会\n12月28日，某镇召开2024年工作务虚会，研究谋划明年工作思路。", 2023)]
    [InlineData("某镇召开2023年度工作总结大会\n12月29日，某镇召开2023年度工作总结大会，回顾一年来的工作。", 2023)]
    // Commendations, leaders' reviews and a party group's annual self-criticism look back on the year too.
    [InlineData("我镇召开2023年度表彰大会\n2月5日，我镇召开2023年度先进集体和先进个人表彰大会。", 2024)]
    [InlineData("我镇召开2023年度村党组织书记述职评议会\n1月18日，我镇召开2023年度村党组织书记抓基层党建工作述职评议会。", 2024)]
    [InlineData("某街道召开2023年度民主生活会\n1月25日，某街道党工委领导班子召开2023年度民主生活会。", 2024)]
    // The next year's insurance contributions are collected from the autumn before it.
    [InlineData("我镇召开2024年度城乡居民医保征缴工作推进会\n9月12日，我镇召开2024年度城乡居民基本医疗保险征缴工作推进会。", 2023)]
    [InlineData("某镇召开2024年度征兵工作会议\n1月10日，某镇召开2024年度征兵工作会议。", 2024)]
    public void News_of_a_meeting_looking_back_on_a_year_is_of_the_meetings_year(string text, int year) =>
        Assert.Equal(year, Meta(text).Year);

    [Theory]
    [InlineData("2026年2月6日,某乡召开2025年度工作总结暨2026年重点工作部署会。会议全面回顾过去一年全乡发展成就。")]
    [InlineData("湖北日报客户端讯(通讯员某某)1月28日,随着春节临近,某县某乡党委部署森林防火工作。")]
    [InlineData("东北网虎林3月24日讯 3月23日,某乡召开第十届人民代表大会第二次会议。")]
    [InlineData("新华社北京3月5日电 第十四届全国人民代表大会第一次会议5日上午在人民大会堂开幕。")]
    [InlineData("新华社某地3月5日电（记者 某某）某省近日出台措施，支持民营经济发展。")]
    [InlineData("记者王刚报道,为做好秸秆禁烧工作,某乡积极行动,采取多项措施。")]
    [InlineData("为认真贯彻落实上级关于农村房屋安全隐患排查整治工作要求。近日,某镇组织召开自建房排查整治工作推进会。")]
    public void A_text_opening_as_a_news_item_is_news(string text) =>
        Assert.Equal("新闻", Meta(text + "\n会议要求,一是高度重视;二是明确责任。\n").Kind);

    [Fact]
    public void A_text_opening_on_a_date_without_reporting_an_event_is_not_taken_for_news()
    {
        var m = Meta("2022年1月1日,本办法正式施行后,原办法同时废止。\n第一条 为规范管理,制定本办法。\n");
        Assert.NotEqual("新闻", m.Kind);
    }

    [Fact]
    public void A_red_header_heading_under_a_page_debris_title_gives_the_kind()
    {
        var m = Meta("""
            文章播报
            某市某乡人民政府文件
            通政〔2009〕3号
            关于转发《国家森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》
            各行政村:
            2009年春节即将到来,现将有关文件转发给你们,请认真贯彻执行。
            某乡人民政府
            二OO九年一月九日
            """);
        Assert.Equal("通知", m.Kind);
    }

    [Fact]
    public void A_work_report_opening_on_its_units_basic_facts_is_no_profile()
    {
        var m = Meta("1、政府工作报告一、基本情况。某乡位于某县西北部,距县城60公里,行政区域总面积320.29平方千米。\n二、2022年工作回顾\n");
        Assert.NotEqual("简介", m.Kind);
    }

    [Theory]
    [InlineData("镇2016年半年工作总结2016年,我镇紧紧围绕建设经济核心区目标,推进重点项目建设。")]
    [InlineData("2021年上半年某乡政府工作总结工作总结 2021年上半年某乡政府工作总结今年以来,乡党委政府认真落实区三大战略。")]
    public void A_summarys_heading_glued_to_its_text_makes_it_a_summary(string text) =>
        Assert.Equal("总结", Meta(text + "\n一、主要工作\n").Kind);

    [Fact]
    public void A_review_and_a_plan_in_one_title_is_a_summary_also_when_the_plan_is_called_a_guihua() =>
        Assert.Equal("总结", DocumentKind.FromTitle("镇2010年工作总结及2011年工作目标思路规划"));

    [Fact]
    public void A_countys_document_re_posted_on_a_towns_site_is_the_countys()
    {
        var m = Meta("""
            发布机构: 大满镇
            甘州区村级干部管理办法(试行)
            第一章 总则
            第一条 为规范村级干部管理,加强农村基层干部队伍建设,结合我区实际,制定本办法。
            """);
        Assert.Equal(["甘肃省", "张掖市", "甘州区"], m.RegionPath);
    }

    [Fact]
    public void A_numbered_list_of_bracketed_header_labels_is_read_as_fields()
    {
        var m = Meta("""
            1. [索引号]11S000/ZK-2018-000034
            2. [有效性] 现行有效
            3. [主题分类] 综合政务/应急管理
            4. [发文机关] 北京市密云区密云镇人民政府
            5. [发文字号] 密镇政字〔2018〕36号
            6. [成文日期] 2018-05-10
            北京市密云区密云镇人民政府突发事件总体应急预案
            为提高应对突发事件的能力,制定本预案。
            """);
        Assert.Equal("现行有效", m.Validity);
        Assert.Equal("2018-05-10", m.Date);
        Assert.Equal(["北京市", "密云区", "密云镇"], m.RegionPath);
    }

    [Fact]
    public void A_status_cell_of_a_flattened_table_gives_the_validity()
    {
        var m = Meta("某街道召开安全生产工作会议\n效力状况 有效 附件下载 —  —\n11月4日下午,某街道召开安全生产和消防安全工作会议。\n");
        Assert.Equal("现行有效", m.Validity);
    }

    [Fact]
    public void A_numbered_body_line_is_no_header_field()
    {
        var m = Meta("某镇2022年工作要点\n1.时间:2022年全年\n2.目标:全镇经济稳中有进\n一、重点工作\n");
        Assert.Null(m.Date);
    }

    [Fact]
    public void A_county_papers_item_is_of_the_unit_its_first_words_name_under_the_datelines_place()
    {
        var m = Meta("""
            2020年10月15日
            第04版:
            吴村镇
            集中精力美环境
            本报曲阜讯(通讯员 某某)吴村镇聚焦重点环节,启动实施农村人居环境整治专项活动,推动人居环境整治工作掀起热潮。
            """);
        Assert.Equal(["山东省", "济宁市", "曲阜市", "吴村镇"], m.RegionPath);
    }

    [Fact]
    public void Without_its_dateline_a_town_name_several_units_bear_stays_unknown()
    {
        var m = Meta("集中精力美环境\n(通讯员 某某)吴村镇聚焦重点环节,启动实施农村人居环境整治专项活动。\n");
        Assert.Null(m.RegionPath);
    }
}
