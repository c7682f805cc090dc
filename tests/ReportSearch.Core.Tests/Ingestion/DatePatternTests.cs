using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Issue 19's date and year patterns, each on a short snippet written in the style of real pages (paraphrased, with
/// invented names and figures): session lines garbled or flattened into other text, a session line under an issuing
/// note or a header date, date lines with a weekday or a speaker, a posting date printed after the title, a date
/// field outside a header, the session year of meeting news, and years a text cites rather than owns.
/// </summary>
public class DatePatternTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("20191226", null, "2019-12-26")]
    [InlineData("202321", null, "2023-02-01")]
    [InlineData("2025813", null, "2025-08-13")]
    // Two readings (1月16日, 11月6日): the earliest not after the page's own date.
    [InlineData("2020116", "2020-02-01", "2020-01-16")]
    [InlineData("2020116", "2020-12-01", "2020-01-16")]
    [InlineData("2020116", null, "2020-01-16")]
    [InlineData("2020116", "2020-01-10", null)]
    [InlineData("2020135", null, null)]
    public void A_date_whose_year_and_month_marks_were_lost_is_read_from_its_digits(string run, string? notAfter, string? expected) =>
        Assert.Equal(expected, DateText.NormalizeRun(run, notAfter));

    [Theory]
    [InlineData("成文日期：２０２１年３月２９日", "2021-03-29")]
    [InlineData("发布时间：2021-03-2918:26", "2021-03-29")]
    [InlineData("２０２１年１３月１日", null)]
    [InlineData("2021年３月２９日", "2021-03-29")]
    public void Fullwidth_digits_are_read_by_their_value(string text, string? expected) =>
        Assert.Equal(expected, DateText.Normalize(text));

    // A page's PubDate (its meta stamp) is when the site posted it: the notice's own signature date beats it, and it
    // dates the page only where the text states no date.
    [Theory]
    [InlineData("<p>某县人民政府办公室</p><p>2022年9月27日</p>", "2022-09-27")]
    [InlineData("", "2022-10-12")]
    public void A_pages_posting_stamp_gives_way_to_the_documents_own_date(string signature, string expected)
    {
        var html = $"<html><head><meta charset=\"utf-8\"><meta name=\"PubDate\" content=\"2022-10-12 20:28\"></head><body><h2>关于印发某县促进商贸发展若干措施的通知</h2><p>各乡镇人民政府，县直各单位：</p><p>《某县促进商贸发展若干措施》已经县人民政府同意，现印发给你们，请认真组织实施。</p>{signature}<p>一、支持商贸企业扩大经营。</p></body></html>";
        var m = ParseVirtual("archive/page.html", Encoding.UTF8.GetBytes(html)).Metadata;
        Assert.Equal(expected, m.Date);
        Assert.Equal(2022, m.Year);
    }

    // A site's clock over its menu (the day the page was fetched, with its weekday) is not the item's date: the
    // byline stamped to the minute under the title is. A weekday is never a speaker's name.
    [Fact]
    public void A_sites_clock_with_its_weekday_gives_way_to_the_items_byline()
    {
        var m = Meta("""
            2026年07月20日 星期一
            首页 宏观 金融 证券 产经 消费 科技
            某县拟提高公积金贷款额度
            2023年12月27日13:20  某某新闻  作者：某某
            12月26日，某县公告，《某县促进房地产市场平稳健康发展若干措施》公开征求意见。
            """);
        Assert.Equal("2023-12-27", m.Date);
        Assert.Equal(2023, m.Year);
    }

    [Fact]
    public void A_newspaper_pages_date_with_its_weekday_dates_its_item()
    {
        var m = Meta("""
            2017年08月07日 星期一
            某镇举办农民丰收节
            本报讯 昨日，某镇举办首届农民丰收节，千余名村民参加。
            """);
        Assert.Equal("2017-08-07", m.Date);
    }

    // A law database's copy of a regulation: the posting above, the promulgation (颁发时间, 颁布日期) in its block.
    [Theory]
    [InlineData("颁发时间:2022-09-28")]
    [InlineData("颁布日期：2022年9月28日")]
    public void A_promulgation_date_in_a_law_databases_block_dates_the_regulation(string field)
    {
        var m = Meta($"""
            某市房地产业平稳健康发展的实施意见
            2022-10-08 13:21:17来源：某市人民政府
            城市:广西
            {field}
            效力级别:地方政府规章
            为促进本市房地产业平稳健康发展，结合本市实际，提出如下意见。
            """);
        Assert.Equal("2022-09-28", m.Date);
        Assert.Equal(2022, m.Year);
    }

    [Fact]
    public void A_garbled_session_line_wrapped_over_two_lines_dates_the_report()
    {
        var m = Meta("""
            2020年政府工作报告
            发布时间: 2020-01-02 09:55
            ——20191226日在某市某区
            第四届人民代表大会第四次会议上
            各位代表:
            现在,我代表区人民政府向大会报告工作,请予审议。
            一、2019年工作回顾
            """);
        Assert.Equal("2019-12-26", m.Date);
        Assert.Equal(2019, m.Year); // the session's year, not the title's
    }

    [Fact]
    public void A_session_line_flattened_into_a_long_line_is_found_inside_it()
    {
        var m = Meta("""
            (湖北省)2017年某某县人民政府工作报告(全文)
            公文站 2021-07-23 10:38:42 政府报告
            (湖北省)2017年某某县人民政府工作报告(全文) 政 府 工 作 报 告 2016年12月16日在某某县第十六届人民代表大会第一次会议上 县长 某某某 各位代表: 现在,我代表县人民政府向大会报告工作。
            """);
        Assert.Equal("2016-12-16", m.Date);
        Assert.Equal(2016, m.Year);
    }

    [Fact]
    public void A_speaker_between_the_session_and_its_date_does_not_hide_the_date()
    {
        var m = Meta("""
            1 / 8 某桥镇政府工作报告 2016-08-15 浏览 在某桥镇第十五届人民代表大会第十次会议上 某桥镇人民政府镇长 某某某 2016 年 3 月 2 日 各位代表: 现在,我代表镇人民政府向大会作工作报告。 一、2016 年工作回顾 过去的一年……
            """);
        Assert.Equal("2016-03-02", m.Date);
        Assert.Equal(2016, m.Year);
    }

    [Fact]
    public void The_session_line_beats_a_header_date_the_page_was_generated_on()
    {
        var m = Meta("""
            索引号: 001008004005092/2017-85388 发布机构: 某镇
            公开方式: 主动公开 发文日期: 2017-01-25
            2016年政府工作报告
            政 府 工 作 报 告
            2017年1月9日在某镇第十七届人民代表大会第一次会议上
            各位代表:
            现在,我代表镇人民政府向大会作工作报告,请予审议。
            """);
        Assert.Equal("2017-01-09", m.Date);
        Assert.Equal(MetadataOrigin.SessionLine, m.Origins.Date);
        Assert.Equal(2017, m.Year);
    }

    [Fact]
    public void A_notice_issuing_a_report_keeps_its_own_date_not_the_reports_session()
    {
        var m = Meta("""
            某区人民政府关于印发2021年政府工作报告的通知
            各镇人民政府,区政府各部门:
            《政府工作报告》已经区第十八届人民代表大会第五次会议审议通过,现印发给你们,请认真贯彻执行。
            某区人民政府
            2021年3月19日
            政府工作报告
            ——2021年3月10日在某区第十八届人民代表大会第五次会议上
            各位代表:
            """);
        Assert.Equal("2021-03-19", m.Date);
    }

    [Theory]
    [InlineData("2017年08月07日 星期一", "2017-08-07")]
    [InlineData("2016年11月2日  王四平", "2016-11-02")]
    [InlineData("(2005年5月10日 向巴平措)", "2005-05-10")]
    [InlineData("[2023-03-15]", "2023-03-15")]
    [InlineData("【2023年3月15日】", "2023-03-15")]
    public void A_date_line_with_a_weekday_or_a_speaker_is_the_documents_date(string line, string expected)
    {
        var m = Meta($"""
            某镇人民政府工作报告
            {line}
            各位代表:
            现在,我代表镇人民政府向大会报告工作,请予审议。
            """);
        Assert.Equal(expected, m.Date);
    }

    [Fact]
    public void A_centre_signing_its_notice_dates_it_also_with_its_date_glued_on()
    {
        // A 住房公积金 centre signs its notices; a crawler may glue the date to the signature.
        var glued = Meta("""
            各住房公积金缴存职工:
            为更好支持缴存职工住房需求,现将有关事项通知如下:
            一、提高贷款额度。
            二、优化提取政策。
            三、本通知自印发之日起执行。
            某市住房公积金管理委员会办公室2024年10月23日
            """);
        Assert.Equal("2024-10-23", glued.Date);
        // A cover note signed by the centre over the rules it issues, which run on for many lines.
        var cover = Meta("各住房公积金缴存职工:\n《某市个人住房商业贷款转住房公积金贷款管理办法》已经审议通过,现印发给你们,请遵照执行。\n特此通知。\n某市住房公积金管理中心\n2025年2月27日\n某市个人住房商业贷款转住房公积金贷款管理办法\n第一章 总则\n"
            + string.Concat(Enumerable.Range(1, 30).Select(n => $"第{n}条 本办法第{n}项规定的事项,按有关规定办理。\n")));
        Assert.Equal("2025-02-27", cover.Date);
    }

    // Dates a text cites are not its passage (policy-scan): a list item citing another text's revision ((3)…按《某县人才
    // 引进办法》(某发[2018]28号,2021年8月9日修订版)执行) had dated a 2024 county's measures 2021, as if it were a law's
    // history under its title; a news item's background (2017年3月24日,中国人民银行官网发布《…》) had dated a 2024 item
    // 2017 and made ",中国人民银行官网" its issuer.
    [Fact]
    public void A_cited_revision_or_a_news_sentence_is_no_passage_line()
    {
        var cited = Meta("""
            为促进房地产市场平稳健康发展,结合我县实际,制定如下措施。
            (1)实行购房财政补贴。对购买新建商品住宅的给予补贴。
            (2)落实购房契税优惠。对购买二手商品住房的给予契税补助。
            (3)支持人才购房。按《某县高层次人才引进办法(试行)》(某发[2018]28号,2021年8月9日修订版)文件执行。
            """);
        Assert.Null(cited.Date);
        Assert.NotEqual(2021, cited.Year);
        var news = Meta("""
            近日,某市住建委就个人住房贷款中住房套数认定标准执行口径作出通知。
            此前,为规避购房家庭通过离婚手段享受首套住房贷款政策的情形,某市对离婚一年内的贷款人实施差别化住房信贷政策。
            2017年3月24日,中国人民银行官网发布《关于加强住房信贷管理的通知》。
            """);
        Assert.Null(news.Date);
        Assert.Null(news.Org);
    }

    // A page re-posted by another site carries two posting dates: the re-posting site's byline above the one it copied
    // (altered-forms' repost form: a 2016 news item re-posted under 发布时间：2025-06-30 was dated 2025). The first
    // posting is the page's, in a header block, in bylines left out of the text and in bylines within it.
    [Theory]
    [InlineData("发布时间：{1}-06-30 09:12 来源：本站\n某县召开农业工作会议\n发布时间：{0}-11-19\n")]
    [InlineData("某县召开农业工作会议\n{1}-06-30 09:12 来源：本站\n{0}-11-19 10:05 来源：某县融媒体中心\n")]
    [InlineData("某县召开农业工作会议\n更新时间：{1}-06-30\n发布时间：{0}-11-19\n")]
    public void Of_two_posting_dates_the_first_posting_dates_the_page(string head)
    {
        var random = new Random(head.Length);
        for (int i = 0; i < 5; i++)
        {
            int year = 2010 + random.Next(10), repost = year + 3 + random.Next(5);
            var m = Meta(string.Format(head, year, repost) + "会议总结了全县农业工作，部署了下一步任务。\n会议要求，各乡镇要抓好春耕生产。");
            Assert.Equal($"{year}-11-19", m.Date);
            Assert.Equal(year, m.Year);
        }
    }

    // A newspaper's print line under the article (《 人民日报 》（ 2016年06月24日 02 版）) is its first publication: a site
    // re-posting it years later does not date it (altered-forms' headers probe, the repost layout: four 人民日报 items).
    [Fact]
    public void A_newspapers_print_line_dates_the_article_against_a_later_posting()
    {
        var m = Meta("习近平会见印度总理莫迪\n发布日期：2019-04-15　来源：本站\n6月23日，国家主席习近平在塔什干会见印度总理莫迪。\n双方就双边关系交换了意见。\n《 人民日报 》（ 2016年06月24日 02 版）");
        Assert.Equal("2016-06-24", m.Date);
        Assert.Equal(2016, m.Year);
    }

    // A date in brackets under a two-line heading and its subtitle, with the page's title line above them, is the
    // document's own: a re-posting's date does not beat it (altered-forms' headers probe: the 19th congress report,
    // re-posted in 2020, was dated 2020; the page's title line had pushed the date past the lines read as its own).
    [Fact]
    public void A_bracketed_date_under_a_heading_and_subtitle_beats_a_reposting_date()
    {
        var m = Meta("""
            决胜全面建成小康社会 夺取新时代中国特色社会主义伟大胜利
            发布日期：2020-04-15　来源：本站
            决胜全面建成小康社会
            夺取新时代中国特色社会主义伟大胜利
            ——在中国共产党第十九次全国代表大会上的报告
            （2017年10月18日）
            习近平
            同志们：
            现在，我代表第十八届中央委员会向大会作报告。
            中国共产党第十九次全国代表大会，是在全面建成小康社会决胜阶段召开的一次十分重要的大会。
            大会的主题是：不忘初心，牢记使命，高举中国特色社会主义伟大旗帜。
            不忘初心，方得始终。中国共产党人的初心和使命，就是为中国人民谋幸福，为中华民族谋复兴。
            当前，国内外形势正在发生深刻复杂变化，我国发展仍处于重要战略机遇期。
            一、过去五年的工作和历史性变革
            十八大以来的五年，是党和国家发展进程中极不平凡的五年。
            """);
        Assert.Equal("2017-10-18", m.Date);
        Assert.Equal(2017, m.Year);
    }

    // A news lead whose first sentence gives its event's day (新年伊始，某协会于2019年1月10日在某中学举行…, 2024年4月3日
    // 下午，…), posted two years or more after it, is a re-post: the event's year stands. A day told later in the text
    // is the past (该项目于2019年5月1日开工).
    [Theory]
    [InlineData("新年伊始，某县扶贫开发协会于{0}年1月10日在某中学举行助学金发放仪式。", true)]
    [InlineData("{0}年4月3日下午，局党组书记主持召开理论学习中心组会议。", true)]
    [InlineData("近日，某县召开项目推进会。\n据了解，该项目于{0}年5月1日开工建设。", false)]
    public void A_news_leads_event_day_stands_against_a_later_posting(string lead, bool stands)
    {
        var random = new Random(lead.Length);
        for (int i = 0; i < 5; i++)
        {
            int year = 2010 + random.Next(10), posted = year + 2 + random.Next(5);
            var m = Meta($"发布时间：{posted}-06-30 09:12\n{string.Format(lead, year)}\n现场向120名家庭贫困学生发放助学金。");
            Assert.Equal(stands ? year : posted, m.Year);
        }
    }

    // A text a dataset stored on one line, its line breaks as spaces (altered-forms' flat form: 14 of the tune part's
    // dates were lost so): the signature after a sentence's end and a space, the date over the disclosure mark, the
    // signature ending the line. A date inside a sentence is none of them.
    [Theory]
    [InlineData("各设区市人民政府，省政府有关部门： 经省政府同意，现将有关事项通知如下。 一、加强组织领导。各地要高度重视，压实责任，确保各项工作落到实处。 二、强化督导检查。各地要定期开展督导，及时发现和解决问题。 某省人民政府办公厅 {0}年2月5日 （此件主动公开）", true)]
    [InlineData("经省政府研究决定： 某某任某某大学副校长(试用期一年)； 某某任某某交通大学副校长(试用期一年)。 {0}年2月27日　　 （此件主动公开）", true)]
    [InlineData("省药品监督管理局，省局机关各处（室、局）、各直属单位： 经党组会议研究，决定： 某某同志任省市场监督管理局法规处副处长（试用期一年），免去其法规处主任科员职务 中共某省市场监督管理局党组 {0}年2月28日", true)]
    [InlineData("各有关单位： 为做好疫情防控期间的市场监管工作，现就有关事项通知如下。 一、各地要加强农贸市场巡查，督促经营者落实消毒措施，做好从业人员健康监测，确保市场安全有序运行，截止时间为{0}年2月28日", false)]
    public void A_flattened_texts_signature_dates_it(string text, bool dated)
    {
        var random = new Random(text.Length);
        for (int i = 0; i < 5; i++)
        {
            int year = 2010 + random.Next(14);
            var m = Meta(string.Format(text, year));
            if (dated) Assert.Equal(year, int.Parse(m.Date![..4]));
            else Assert.Null(m.Date);
        }
    }

    // The 版记's printing line with its two cells on lines of their own (policy-scan: a county's measures ending on
    // 修水县人民政府办公室 / 2022年8月5日印发 had no date, and the year of its latest deadline). A date alone with 发布
    // is a page's posting line, not the printing line.
    [Theory]
    [InlineData("某县人民政府办公室\n{0}年8月5日印发", true)]
    [InlineData("抄送:县委办公室。\n某县人民政府办公室\n{0}年8月5日 印发", true)]
    [InlineData("某县人民政府办公室\n{0}年8月5日发布", false)]
    public void The_printing_lines_date_on_a_line_of_its_own_dates_the_policy(string tail, bool dated)
    {
        var random = new Random(tail.Length);
        for (int i = 0; i < 5; i++)
        {
            int year = 2010 + random.Next(14);
            var m = Meta($"""
                为促进房地产业健康发展,结合我县实际,制定如下措施。
                一、实施阶段性购房补贴。凡在此政策出台至{year}年12月31日期间购买新建商品房的,给予补贴。
                二、补贴申报截止时间为{year + 2}年12月30日。
                本措施自印发之日起实施。
                {string.Format(tail, year)}
                """);
            Assert.Equal(dated ? $"{year}-08-05" : null, m.Date);
            if (dated) Assert.Equal(year, m.Year);
        }
    }

    [Fact]
    public void A_clause_opening_on_a_date_that_goes_on_to_a_meeting_is_no_session_line()
    {
        // A rule's clause (2019年3月1日前完成…的项目,建设单位应在业主大会成立之后…) is no ——2019年3月1日在…大会上 line.
        var m = Meta("""
            关于规范本市住宅维修资金管理的通知
            各区住房城乡建设委:
            为规范管理,现通知如下。
            一、交存
            2019年3月1日前完成首期维修资金交款的项目,建设单位应在业主大会成立之后起15日内,垫付维修资金。
            二、使用
            维修资金用于共用部位的维修。
            """);
        Assert.Null(m.Date);
        // The session line it resembles still dates a report, also with its ceremony named (…会议开幕式上).
        var report = Meta("""
            政府工作报告
            ——2021年3月10日在某区第十八届人民代表大会第五次会议开幕式上
            各位代表:
            """);
        Assert.Equal("2021-03-10", report.Date);
    }

    [Theory]
    [InlineData("前,", "2025-12-29")]
    [InlineData("起,", "2025-12-29")]
    [InlineData(",", "2025-12-29")]
    [InlineData("为落实", "2026-01-01")]
    public void A_sentence_opening_on_a_cut_off_date_after_an_effect_clause_is_no_glued_signature_date(string after, string expected)
    {
        // 国家税务总局-style announcement flattened by a crawler: the effect clause, then a sentence that opens on a
        // cut-off (2026年1月1日前,…), then the signature. Only a date glued straight to what follows (…请认真组织实施。
        // 2011年11月23日为落实…) is the note's own.
        var m = Meta($"""
            现将有关政策公告如下:
            个人将购买不足2年的住房对外销售的,按照3%的征收率全额缴纳增值税。
            本公告自2026年1月1日起施行。某某通知附件3第五条第一款同步停止执行。2026年1月1日{after}个人销售住房涉及的增值税尚未申报缴纳的,可按本公告执行。
            特此公告。
            某部 某总局
            2025年12月29日
            """);
        Assert.Equal(expected, m.Date);
    }

    [Fact]
    public void A_posting_date_printed_after_the_title_dates_a_page_that_states_no_other()
    {
        var m = Meta("""
            某路街道2019年工作总结和2020年重点工作安排 2020-10-19
            某路街道2019年工作总结和2020年重点工作安排
            2019年,街道在区委、区政府的坚强领导下,较好地完成了全年工作任务。
            """);
        Assert.Equal("2020-10-19", m.Date);
        Assert.Equal(2019, m.Year); // the year reviewed; a posting date never decides it
    }

    [Theory]
    [InlineData("文章来源:某组工网 作者:某区委组织部 发布时间:2023-04-18", "2023-04-18")]
    [InlineData("【信息时间:2025-08-25阅读次数: 】", "2025-08-25")]
    public void A_posting_date_among_other_fields_on_a_line_is_read(string line, string expected)
    {
        var m = Meta($"""
            {line}
            近日,某街道召开专题会议,部署下一阶段重点工作。
            """);
        Assert.Equal(expected, m.Date);
    }

    [Fact]
    public void A_cover_notes_date_under_its_last_sentence_is_the_notices_date()
    {
        var m = Meta("""
            关于印发《某市人民政府工作规则》的通知
            2011-06-18 00:00:00 来源: 本站原创
            某府〔2011〕33号
            各区人民政府,市政府直属各单位:
            《某市人民政府工作规则》已于2011年3月24日经市政府第74次常务会议修订通过,现予印发。
            二○一一年四月八日
            某市人民政府工作规则
            第一章 总则
            """);
        Assert.Equal("2011-04-08", m.Date);
        Assert.Equal(2011, m.Year);
    }

    [Fact]
    public void News_of_a_session_takes_the_year_of_the_budget_it_approves()
    {
        var m = Meta("""
            1月6日,某镇第二届人民代表大会第十次会议在镇会议室召开。
            会议听取了2024年镇政府工作报告,审查了2024年镇财政预算执行情况和2025年财政预算报告。
            """);
        Assert.Equal(2025, m.Year);
    }

    [Fact]
    public void News_opening_with_the_dated_session_it_reports_takes_the_sessions_year()
    {
        var m = Meta("""
            2016年12月15日-16日,某镇召开了第十四届人民代表大会第六次会议,大会有四项议程:
            一、听取和审议政府工作报告;
            二、审查2015年财政预算执行情况和2016年财政预算(草案)报告;
            某某同志作政府工作报告
            """);
        Assert.Equal(2016, m.Year);
    }

    [Fact]
    public void A_summary_opening_with_its_year_since_names_its_own_year()
    {
        var m = Meta("""
            2022年以来,在区委、区政府的正确领导下,某街道以学习贯彻党的二十大精神为主线,统筹发展和安全。
            一、年度目标任务完成情况
            一年来,街道各项工作取得新进展。2015年以来累计建成安置房12万平方米。
            """);
        Assert.Equal(2022, m.Year);
    }

    [Fact]
    public void The_date_of_a_regulation_the_text_repeals_is_not_its_year()
    {
        var m = Meta("""
            某市城镇职工社会保险费征缴若干规定
            第一条 为了确保本市城镇职工社会保险费的足额征收,制定本规定。
            第二条 本规定自2000年12月1日起施行。1998年9月22日某市第十一届人民代表大会常务委员会第五次会议通过的《某市关于加强养老保险征缴的若干规定》同时废止。
            """);
        Assert.NotEqual(1998, m.Year);
    }

    [Fact]
    public void An_annual_report_is_of_the_year_its_figures_cover_not_of_the_day_it_was_made()
    {
        var m = Meta("""
            - 索 引 号:QZ06913-2510-2026-00006
            - 公文生成日期:2026-01-19
            某市人民政府:
            本报告系根据《中华人民共和国政府信息公开条例》规定和要求,由某镇人民政府编制并向社会公布。本报告中所列政府信息公开数据统计期限自2025年1月1日至2025年12月31日。
            一、总体情况
            2025年,我镇按照统一部署,深化政务公开工作。
            """);
        Assert.Equal(2025, m.Year);
        Assert.Equal("2026-01-19", m.Date);
    }

    [Theory]
    [InlineData("各位代表,刚刚过去的2018年,是我县脱贫攻坚加速推进的一年。在此,我谨代表县人民政府表示感谢。", 2019)]
    [InlineData("现在,我代表镇人民政府,向大会报告工作。\n即将过去的2020年是某镇发展进程中极不寻常的一年。", 2020)]
    public void A_work_report_placing_itself_in_time_takes_its_sessions_year(string opening, int year)
    {
        var m = Meta($"政府工作报告\n{opening}\n一、主要工作\n成效明显。");
        Assert.Equal(year, m.Year);
    }

    [Fact]
    public void News_of_a_session_between_two_five_year_plans_is_of_the_next_plans_first_year()
    {
        var m = Meta("""
            1月9日上午,某县第十五届人民代表大会第五次会议在县委礼堂隆重开幕。
            在热烈的掌声中,县长受县人民政府委托,向大会作政府工作报告。回顾“十一五”工作,展望“十二五”发展。
            """);
        Assert.Equal(2011, m.Year);
    }

    // A work report cut to its body opens with the session line alone, without 在 or a dash, over the speaker's line.
    [Theory]
    [InlineData("2019年1月29日保定市徐水区第二届人民代表大会第三次会议", "2019-01-29")]
    [InlineData("2019年1月29日保定市徐水区第二届人民代表大会第三次会议开幕", null)] // a news headline goes on
    public void A_session_line_alone_dates_the_report(string firstLine, string? expected)
    {
        var m = Meta($"{firstLine}\n保定市徐水区人民政府区长 某某某\n一、2018年工作回顾\n2018年，在区委的正确领导下，全区上下扎实工作，较好完成了区二届人大二次会议确定的目标任务。");
        Assert.Equal(expected, m.Date);
    }

    // A government order signed by its head above its date, under a legal database's export lines (paraphrased).
    [Theory]
    [InlineData("市长 危某汉")]
    [InlineData("省长　马某")]
    public void An_order_signed_by_its_head_is_dated_below_the_signature(string signature)
    {
        // The order's articles follow, far from the text's end where a date alone is read as the closing one.
        var articles = string.Concat(Enumerable.Range(2, 30).Select(i => $"　　第{i}条　政务部门应当按照规定做好政务数据管理工作。\n"));
        var m = Meta($"    【法宝引证码】 CLI.11.1234567\n原文链接：https://example.org/lar/0dc4a42a.html\n江门市政务数据管理办法\n江门市人民政府令\n\n（第16号）\n　　《江门市政务数据管理办法》已经2020年4月29日江门市人民政府十五届94次常务会议审议通过，现予公布，自2020年6月15日起施行。\n{signature}\n\n2020年5月15日\n　　江门市政务数据管理办法\n第一章　总　则\n　　第一条　为了加强政务数据管理，制定本办法。\n" + articles);
        Assert.Equal("2020-05-15", m.Date);
    }

    [Theory]
    // A signature cut short by the page, then the date and the disclosure mark.
    [InlineData("各设区市人民政府：\n一、提高认识。\n二、加强领导。\n三、强化保障。\n四、狠抓落实。\n请结合实际认真贯彻执行。\n某某省某\n2020年2月12日\n（此件主动公开）\n", "2020-02-12")]
    // The date and the mark before the attachment the page prints after them.
    [InlineData("各设区市人民政府：\n一、提高认识。\n二、加强领导。\n三、强化保障。\n四、狠抓落实。\n请结合实际认真贯彻执行。\n附件：部门职责分工\n二〇二〇年二月二十一日\n（此件主动公开）\n附件\n部门职责分工\n一、省卫生健康委负责统筹协调。\n二、省发展改革委负责规划。\n三、省教育厅负责人才培养。\n四、省民政厅负责社区服务。\n五、省财政厅负责资金保障。\n六、省人社厅负责职业培训。\n", "2020-02-21")]
    public void A_date_over_the_disclosure_mark_is_the_document_s(string text, string date) =>
        Assert.Equal(date, ParseVirtual("p/notice.txt", System.Text.Encoding.UTF8.GetBytes(text)).Metadata.Date);

    [Theory]
    [InlineData("二0一一年一月二十日", "2011-01-20")] // 〇 typed as the digit 0
    [InlineData("二００八年十二月三十一日", "2008-12-31")] // …or a full-width 0
    [InlineData("二〇一一年一月二十日", "2011-01-20")]
    public void A_signing_date_in_chinese_numerals_is_read_whichever_zero_it_is_typed_with(string signed, string date) =>
        Assert.Equal(date, Meta($"各办事处、村（居）、部门单位：\n《某镇道路交通安全整治实施方案》已经镇政府同意，现印发给你们，请认真贯彻执行。\n{signed}\n抄送：县府办\n").Date);

    // A notice signed in the middle, over the rules it announces (a land auction's 公告, then its 须知): the signature's
    // date is the notice's, where neither its head nor its tail has one.
    [Fact]
    public void A_signature_between_a_notice_and_what_it_announces_dates_the_notice()
    {
        var notice = string.Join("\n", Enumerable.Range(1, 32).Select(i => $"{i}、某宗地第{i}项出让条件按照有关规定执行。"));
        var rules = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"第{i}条 竞买人应当按照本须知第{i}项办理有关手续。"));
        var m = Meta($"经某县人民政府批准，某县自然资源局决定以网上挂牌方式出让一宗国有建设用地使用权。现将有关事项公告如下：\n{notice}\n某县自然资源局\n2014年3月24日\n国有建设用地使用权网上挂牌出让须知\n{rules}\n");
        Assert.Equal("2014-03-24", m.Date);
        Assert.Equal(2014, m.Year);
    }

    // A date alone in the middle of a text with no signing body above it dates nothing.
    [Fact]
    public void A_date_alone_in_the_middle_without_a_signing_body_dates_nothing()
    {
        var items = string.Join("\n", Enumerable.Range(1, 32).Select(i => $"{i}、做好第{i}项工作，确保按期完成。"));
        var m = Meta($"现将有关事项通知如下：\n{items}\n报名截止\n2014年3月24日\n{items}\n");
        Assert.Null(m.Date);
    }

    // A cover note flattened with the plan it issues into one line: its date glued between its last sentence and the plan.
    [Theory]
    [InlineData("二〇一一年十一月二十三日", "2011-11-23")]
    [InlineData("2011年11月23日", "2011-11-23")]
    public void A_date_glued_after_a_flattened_cover_notes_last_sentence_dates_it(string written, string date)
    {
        var m = Meta($"各市人民政府，省政府各部门：《某省城镇保障性住房发展规划》已经省政府同意，现印发给你们，请结合实际认真组织实施。{written}为加快推进保障性住房建设，改善群众居住条件，制定本规划。到2015年，全省新建保障性住房30万套。");
        Assert.Equal(date, m.Date);
        Assert.Equal(2011, m.Year);
    }

    // Texts flattened onto one line, as a policy database stores them (江西, 2018 and 2020): a provincial bureau's
    // section signing its explanation with the page's list label after the date, and a government order signed by its
    // head above the disclosure mark. Reworded; the signatures and dates stand as the pages print them.
    [Theory]
    [InlineData("为做好疫情防控工作，维护市场经济秩序，省市场监管局印发了实施意见，要求各地严格履行监管职责，从重从快查处违法行为。 出于疫情防控的需要，授权各地市场监管部门可以采用网络视频会议等线上方式举行听证，但应做好全过程录像等工作。 省市场监管局法规处 2020年2月11日 相关文章：", "2020-02-11")]
    [InlineData("第232号 《某省人民政府关于废止〈某省著名商标认定和保护办法〉的决定》已经省人民政府常务会议审议通过，现予公布，自公布之日起施行。 省长 2018年5月9日 （此件主动公开） 为了更好地服务改革，适应经济社会发展需要，维护市场公平竞争秩序，省政府决定废止该办法。 本决定自公布之日起施行。", "2018-05-09")]
    public void A_flattened_signature_after_its_text_dates_it(string text, string date) =>
        Assert.Equal(date, Meta(text).Date);
}
