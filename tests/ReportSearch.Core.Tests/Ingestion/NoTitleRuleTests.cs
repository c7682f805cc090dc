using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A document with no heading of its own has no title (the page says 无标题 with its opening line): the lines it does
/// print where a title might stand name nothing it is (issue 19, measured as NoTitle on the development set).
/// Short paraphrased texts in the shapes of real pages; each rule has a counterpart that keeps its title.
/// </summary>
public class NoTitleRuleTests
{
    private static ReportMetadata Txt(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;
    private static ReportMetadata Html(string html) => ParseVirtual("p/page.html", Encoding.UTF8.GetBytes(html)).Metadata;

    [Theory]
    // A closing formula and an attachment's note under a body-only notice.
    [InlineData("各乡镇人民政府，县直各单位：\n现将《某市应急管理局关于做好防汛工作的紧急通知》转发给你们，请认真贯彻执行。\n特此通知\n附件：《某市应急管理局关于做好防汛工作的紧急通知》")]
    // A greeting over an answer to a citizen.
    [InlineData("您好！\n您反映的小区路灯不亮问题，经核实，已安排维修人员于本周内修复。\n感谢您对我们工作的支持。")]
    // A post's first line holding its day alone.
    [InlineData("8月10日\n某县民政局门口停放着两辆装饰一新的公交车，一场集体婚礼在这里举行。\n11对新人参加了婚礼。")]
    // A post's first line holding its day alone, in fullwidth digits.
    [InlineData("２０２４年８月６日\n因双龙桥周边道路施工，自即日起对部分路段实行交通管制。\n特此通告。")]
    // A session line in Chinese numerals, as many printed reports date it, above the report without its heading.
    [InlineData("二〇一二年二月十六日在某县第十五届人民代表大会第一次会议上\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。")]
    // A session line without its report's heading.
    [InlineData("在某区第二届人民代表大会第二次会议上\n区长 王某\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。")]
    // A department's party group and a section over their text, or as its signature.
    [InlineData("中共某省某局党组\n局机关各处室：\n经局党组会议研究，决定：张某同志任法规处副处长。\n2020年2月28日")]
    [InlineData("局机关各处室：\n经研究，决定对《某省市场监管行政处罚程序规定》作如下解读。\n某省某局法规处\n2020年3月2日")]
    // The text speaking of itself, cut out of its first sentence after the addressee.
    [InlineData("省政府办公厅：本年度报告根据《政府信息公开条例》要求编制，统计期限自1月1日起至12月31日止。现将2017年政府信息公开工作报告如下：\n一、概述")]
    // A mailbox page's button and its leader's name over the letter.
    [InlineData("我要写信\n返回\n张某某\n县委书记\n张某某，男，汉族，现任某县县委书记。\n信件编号\n20181542\n信件内容\n小区门口路灯坏了一个多月，希望尽快修好。")]
    public void Lines_that_name_nothing_the_document_is_are_no_title(string text) => Assert.Null(Txt(text).Title);

    // A work report or a central letter without its heading: what the page prints under the heading is the speaker's
    // byline (a province's head, a name with its dot, a county's head over the next line's name), a photo's caption with
    // its credit, or the letter's 文号 (found by re-running the development set's tune part with its first three lines
    // dropped: 20 reports titled by their speaker, 4 letters by their number).
    [Theory]
    [InlineData("省长胡玉亭\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。")]
    [InlineData("河北省人民政府省长王正谱\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。")]
    [InlineData("自治区主席艾尔肯·吐尼亚孜\n各位代表：\n现在，我代表自治区人民政府，向大会报告工作，请予审议。")]
    [InlineData("阜平县人民政府县长\n王某某\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。")]
    [InlineData("任某某作政府工作报告。某某日报记者张某\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。")]
    [InlineData("国办函〔2004〕36号\n黑龙江省人民政府：\n你省关于申办大学生冬季运动会的请示收悉。经国务院同意，现函复如下。\n国务院办公厅")]
    [InlineData("国务院总理李克强\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。")]
    [InlineData("徐水县人民政府代县长\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。")]
    [InlineData("保定市徐水区人民政府区长  李某某\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。")]
    [InlineData("――2026年1月27日在某省第十四届人民代表大会第四次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。")]
    [InlineData("人民代表大会第五次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。")]
    [InlineData("自治区主席嘎玛泽登\n各位代表：\n现在，我代表自治区人民政府，向大会报告工作，请予审议。")]
    public void A_speakers_byline_a_caption_or_a_number_under_a_lost_heading_is_no_title(string text) => Assert.Null(Txt(text).Title);

    // A page that lost its heading: a catalogue field (类别:…), a rule's article, a site's line giving an e-mail address,
    // and the headlines listed under 相关新闻 (other pages') are what stands on top (found with the first lines dropped).
    [Theory]
    [InlineData("类别:房地产综合规定\n为促进房地产市场平稳健康发展，结合本市实际，制定本实施意见。\n一、支持刚性住房需求")]
    [InlineData("常务委员会第三十次会议通过）\n第一条 为了加强对市级预算的审查监督，规范预算行为，制定本规定。\n第二条 本规定适用于市级预算。")]
    [InlineData("发布之日施行\n第一条 为了加强管理，制定本规则。\n第二条 本规则适用于本市。")]
    [InlineData("副组长：张某某李某某王某某\n为切实做好防汛工作，经研究，决定成立防汛工作领导小组。\n成员：赵某某")]
    [InlineData("扫描二维码分享\n为促进房地产市场平稳健康发展，结合本市实际，制定本实施意见。\n一、支持刚性住房需求")]
    [InlineData("城市:广西\n为促进房地产市场平稳健康发展，结合本市实际，制定本实施意见。\n一、支持刚性住房需求")]
    [InlineData("第九条自治县人民政府应当建立以国民经济和社会发展规划为统领的规划体系\n第十条 县人民政府有关部门按照职责分工负责实施。")]
    [InlineData("新闻爆料:news@example.cn 电话:(010)82081166\n近日，某县出台措施，拟提高公积金贷款额度，三孩家庭贷款额再加20万元。")]
    [InlineData("相关新闻\n某县购房交易契税补贴实施细则\n某县城区购房缴纳契税补贴消费券活动通告\n为促进房地产市场平稳健康发展，结合本县实际，制定本措施。")]
    public void A_field_an_article_a_sites_address_line_or_another_pages_headline_is_no_title(string text) => Assert.Null(Txt(text).Title);

    [Fact]
    public void A_heading_under_a_related_list_that_a_paragraph_ends_is_still_found() =>
        Assert.Equal("关于印发某县住房公积金管理办法的通知",
            Txt("相关新闻\n某县购房交易契税补贴实施细则\n为促进房地产市场平稳健康发展，结合本县实际，制定本措施，现予公布。\n关于印发某县住房公积金管理办法的通知\n各乡镇人民政府：\n现将办法印发给你们。").Title);

    // A news page that lost its headline, over a list of other pages' headlines whose label was lost too: a heading
    // naming its kind in that list (某市…的通告) is another page's (found with the first line dropped, where it had made
    // the page 广州市's). A policy's heading under a news summary of it stands alone and is still the title.
    [Fact]
    public void A_kind_heading_among_headlines_in_a_row_after_the_text_is_no_title() =>
        Assert.Null(Txt("6月30日，某市自然资源和规划局等四部门联合发布通知，推行存量房“带押过户”。\n通知明确，已经办理抵押登记的不动产在交易过程中无需先还清贷款。\n某市存量房带押过户\n某省全面推行不动产“带押过户”\n某市规划和自然资源局关于创新开展“一手房带押过户”的通告\n某市住房公积金管理中心关于开展存量房“带押过户”贷款业务的通知\n原创 宏观 政策 市场").Title);

    [Fact]
    public void A_policys_heading_under_a_news_summary_of_it_is_still_the_title() =>
        Assert.Equal("关于支持房地产业平稳健康发展的若干措施",
            Txt("6月20日，据某县融媒消息，为进一步优化住房供给，某县出台若干措施。\n措施提及，实施购房补贴政策。\n以下为政策全文:\n关于支持房地产业平稳健康发展的若干措施\n为进一步优化住房供给，结合我县实际，制定如下措施。\n一、实施购房补贴政策。").Title);

    [Fact]
    public void A_headline_saying_what_a_place_did_after_its_colon_keeps_it() =>
        Assert.Equal("四川筠连县：拟提高公积金贷款额度", Txt("四川筠连县：拟提高公积金贷款额度\n2023-05-06 来源：本站\n近日，筠连县出台措施，三孩家庭贷款额再加20万元。").Title);

    [Fact]
    public void A_regulations_title_noting_its_revision_keeps_it() =>
        Assert.Equal("上海市市容环境卫生管理条例（2021年修订）", Txt("上海市市容环境卫生管理条例（2021年修订）\n第一条 为了加强市容环境卫生管理，制定本条例。\n第二条 本条例适用于本市。").Title);

    [Fact]
    public void A_meeting_headline_ending_with_its_guests_post_and_name_keeps_it() =>
        Assert.Equal("习近平会见印度总理莫迪", Txt("习近平会见印度总理莫迪\n2016-06-24 来源：新华社\n国家主席习近平24日在塔什干会见印度总理莫迪。").Title);

    [Fact]
    public void A_title_naming_a_post_keeps_it() =>
        Assert.Equal("关于省长质量奖评选工作的通知", Txt("关于省长质量奖评选工作的通知\n各市人民政府：\n现将有关事项通知如下。").Title);

    // A notice's contact line and its office's signature are no headline, so no news item either.
    [Theory]
    [InlineData("现将2023年度优秀村干部拟表彰人选予以公示，公示期为5个工作日。\n联系电话：0527-8888888\n2023年12月1日")]
    [InlineData("现将2023年度优秀村干部拟表彰人选予以公示，公示期为5个工作日。\n\n某县某镇党委组织办\n2023年12月1日")]
    public void A_notice_s_contact_line_or_office_signature_is_no_headline(string text)
    {
        var m = Txt(text);
        Assert.Null(m.Title);
        Assert.Equal("公告", m.Kind);
    }

    [Theory]
    [InlineData("某县扶贫工作情况汇报\n按照会议安排，现将我县扶贫工作情况汇报如下：\n一、主要做法", "某县扶贫工作情况汇报")]
    [InlineData("在全县农村工作会议上的讲话\n同志们：\n今天召开全县农村工作会议，主要任务是部署今年的工作。", "在全县农村工作会议上的讲话")]
    public void A_real_heading_keeps_its_title(string text, string title) => Assert.Equal(title, Txt(text).Title);

    // A table's cells one a line, where a page lost its layout (a column of 序号, a row's number alone), and a roster of
    // people each with their unit in brackets: none is a heading; a heading above the table still is.
    [Theory]
    [InlineData("序号\n姓  名\n工作单位\n拟评职称\n评审结果\n1\n张某\n某县第一中学\n中级\n通过")]
    [InlineData("考核项目\n4\n新经验好做法\n10\n各单位按时上报工作进展情况，宣传到位的得满分。")]
    [InlineData("梁某成（某中学南校区）张某鑫（某镇中心小学）\n李某露（县公安局看守所）李某姿（县教育局学区）\n以上同志被评为优秀教师。")]
    public void A_tables_cells_or_a_roster_are_no_title(string text) => Assert.Null(Txt(text).Title);

    // An official account's post opening in verse, a clause a line: none of its lines is a heading.
    [Theory]
    [InlineData("正值“七夕”传统佳节\n空气中弥漫着“甜蜜”的味道\n来到婚姻登记处门前\n这里停放着两辆公交车\n为弘扬婚姻新风，某县举办了集体婚礼系列活动，11对新人参加。")]
    [InlineData("来到某县\n我们除了回忆\n还能带走什么？\n近年来，文创产品成为新的消费热潮，某县某景区推出了一系列文创产品。")]
    public void A_posts_verse_lead_is_no_title(string text) => Assert.Null(Txt(text).Title);

    // A headline over its unit's name, its date and its first sentence, or over a subtitle and a byline, is the title.
    [Theory]
    [InlineData("某镇召开安全生产工作会议\n某镇人民政府\n2021-03-04\n3月4日，某镇召开安全生产工作会议，各村负责人参加。", "某镇召开安全生产工作会议")]
    [InlineData("全力推进乡村振兴\n某镇绘就发展新画卷\n记者 张某\n近年来，某镇大力发展特色产业，群众收入稳步提高。", "全力推进乡村振兴")]
    public void A_headline_over_short_lines_keeps_its_title(string text, string title) => Assert.StartsWith(title, Txt(text).Title);

    [Fact]
    public void A_heading_over_a_table_keeps_its_title() =>
        Assert.Equal("某县2023年职称评审通过人员名单公示", Txt("某县2023年职称评审通过人员名单公示\n序号\n姓名\n工作单位\n1\n张某\n某县第一中学").Title);

    // A regulation without its heading: a chapter's heading below its first articles names the chapter, even one ending
    // in a kind (规划, 办法); the regulation's own heading above the articles is still its title.
    [Fact]
    public void A_chapter_heading_below_the_articles_is_no_title()
    {
        const string Body = "第一条 为了预防和治理水土流失，保护和合理利用水土资源，制定本条例。\n第二条 在本省行政区域内从事水土保持规划、水土流失预防和治理的，适用本条例。\n水土保持规划\n第三条 省人民政府水行政主管部门应当组织开展全省水土流失调查。";
        Assert.Null(Txt(Body).Title);
        Assert.Null(Txt("2014年5月30日 某省人民代表大会常务委员会第八次会议通过\n" + Body).Title);
        Assert.Equal("某省水土保持条例", Txt("某省水土保持条例\n" + Body).Title);
    }

    [Fact]
    public void A_section_heading_after_the_paragraphs_is_no_title()
    {
        var m = Html("""
            <html><body>
            <p>9月7日上午，某县电子商务进农村工作推进会在县财政局会议室召开，各乡镇分管领导参加会议。</p>
            <p>会议要求，各乡镇要高度重视电子商务工作，全力配合示范县项目实施。</p>
            <h2>抢抓机遇 全面推进农村电商发展</h2>
            <p>某县自2016年获批国家电子商务进农村综合示范县以来，建成县级服务中心1个。</p>
            </body></html>
            """);
        Assert.Null(m.Title);
        var titled = Html("<html><body><h2>抢抓机遇 全面推进农村电商发展</h2><p>某县自2016年获批国家电子商务进农村综合示范县以来，建成县级服务中心1个。</p></body></html>");
        Assert.Equal("抢抓机遇全面推进农村电商发展", titled.Title);
    }

    [Fact]
    public void A_party_group_s_signature_names_its_place_and_a_report_announced_as_such_is_a_report()
    {
        var signed = Txt("局机关各处室，各直属单位：\n经2020年2月18日局党组会议研究，决定：李某同志任法规处副处长。\n中共江西省市场监督管理局党组\n2020年2月28日");
        Assert.Equal("江西省", signed.District);
        Assert.Equal("报告", Txt("省政府办公厅：\n根据条例要求，现将本厅2017年政府信息公开工作报告如下：\n一、概述\n全年主动公开信息1200条。").Kind);
    }
}
