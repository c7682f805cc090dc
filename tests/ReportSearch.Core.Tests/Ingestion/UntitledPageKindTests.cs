using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Kind and title by evidence class (issue 19, round m7): what a careful reader uses to name a town or street page
/// that has no heading naming its kind, or whose heading is glued to the site's frame or to the text. Short
/// paraphrased snippets in the shapes of real pages (places and names changed where they do not matter); each class
/// also has its counter-case, the shape the rule must leave alone.
/// </summary>
public class UntitledPageKindTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("某某网 2021-12-28 17:45")]
    [InlineData("东湖街道 2020-12-31 12:11")]
    [InlineData("稿件来源:某市信息网  发布时间:2015-09-14  编辑:某某")]
    public void A_posting_stamp_or_a_named_source_under_a_headline_makes_it_news(string stamp)
    {
        var m = Meta($"凝心聚力谋发展 砥砺奋进开新局\n{stamp}\n昨日上午,东湖街道召开年度工作会议,总结过去一年的工作。");
        Assert.Equal("凝心聚力谋发展砥砺奋进开新局", m.Title?.Replace(" ", ""));
        Assert.Equal("新闻", m.Kind);
    }

    [Fact]
    public void A_stamp_under_a_heading_that_names_its_kind_leaves_the_kind_to_the_heading()
    {
        var m = Meta("东湖街道2021年工作总结\n东湖街道 2021-12-31 12:11\n2021年,街道在区委区政府的坚强领导下,各项工作取得新成效。");
        Assert.Equal("总结", m.Kind);
    }

    [Theory]
    [InlineData("元旦将至,为确保群众度过一个平安祥和的节日,12月26-27日,某某街道组织社区工作人员开展节前安全检查。")]
    [InlineData("(某区外宣办)金秋时节,某区第七届人民代表大会第一次会议9月26日上午在区会议中心隆重开幕。")]
    [InlineData("会议现场\n在全县人民的期盼下,某县第十五届人民代表大会第二次会议3月4日下午在县剧院开幕,三百多名代表出席。")]
    [InlineData("您需要登录才可以下载\n本帖最后由 某某 于 2015-4-13 编辑\n12月2日,某某镇第十七届人民代表大会第一次会议胜利召开,49名镇人大代表出席了会议。")]
    public void A_day_and_what_happened_on_it_in_the_opening_sentence_makes_an_untitled_text_news(string text) =>
        Assert.Equal("新闻", Meta(text).Kind);

    [Fact]
    public void A_day_announced_ahead_is_no_news()
    {
        var m = Meta("各村、镇直各单位:\n经研究,定于3月5日上午在镇政府三楼会议室召开全镇安全生产工作会议,请准时参加。");
        Assert.NotEqual("新闻", m.Kind);
    }

    [Theory]
    [InlineData("本报记者 某某某")]
    [InlineData("通讯员 某某 某某某")]
    [InlineData("文/图 某某某")]
    public void A_reporters_byline_alone_on_a_line_makes_the_text_news(string byline)
    {
        var m = Meta($"绿水青山间的幸福新村\n{byline}\n走进某某村,道路整洁,白墙黛瓦,村民在广场上跳起了舞。");
        Assert.Equal("新闻", m.Kind);
    }

    [Theory]
    [InlineData("某某同全国劳动模范代表座谈并发表重要讲话", "新闻")]
    [InlineData("县委书记出席全县经济工作会议并讲话", "新闻")]
    [InlineData("某某同志在全县经济工作会议上的讲话", "讲话")]
    public void A_headline_reporting_a_speech_is_news_and_the_speech_itself_is_a_speech(string title, string kind) =>
        Assert.Equal(kind, DocumentKind.FromTitle(title));

    [Theory]
    [InlineData("医疗设施\n目前,全县共有医疗卫生机构300余所,其中公立医院12所。\n县人民医院始建于1950年,占地面积3万平方米,现有职工600人。")]
    [InlineData("某某新材料项目\n项目位于县经济开发区内,总投资9亿元,总占地约600亩,建设标准厂房40栋。")]
    public void A_short_topic_name_over_what_there_is_in_figures_is_a_profile(string text) =>
        Assert.Equal("简介", Meta(text).Kind);

    [Theory]
    [InlineData("某某新材料年产5万吨高性能纤维项目\n项目总投资12亿元，占地面积8.5万平方米，建筑面积6万平方米。主要建设生产车间、仓库和综合楼。", "简介")]
    [InlineData("东山县年产20万吨新型建材项目\n该项目位于县工业园区，计划总投资6.8亿元，总占地约320亩。", "简介")]
    // The same title over a text that does not open on the project: no profile.
    [InlineData("某某新材料年产5万吨高性能纤维项目\n为加快推进重点项目建设，现将有关事项安排如下，总投资12亿元，占地面积8.5万平方米。", null)]
    public void A_project_s_page_opening_on_the_project_and_its_figures_is_a_profile(string text, string? kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Theory]
    [InlineData("东湖区民政局是负责全区社会救助、养老服务和婚姻登记等工作的政府职能部门。局机关内设办公室、社会救助科等5个科室。", "简介")]
    [InlineData("某县人才服务中心系主管全县人才流动和人事代理服务的全额拨款事业单位，成立于1996年。", "简介")]
    // An announcement about the body: what it does next is no profile.
    [InlineData("某县人才服务中心是负责全县人才流动服务的全额拨款事业单位，因工作需要，现面向社会公开招聘工作人员2名。", null)]
    public void A_body_introducing_itself_by_its_remit_is_a_profile(string text, string? kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Theory]
    [InlineData("一、某村乡村旅游发展现状\n某村位于某镇东南部，全村总面积6.5平方公里，辖4个村民小组，人口1200人。\n二、存在的问题\n旅游配套设施不完善。", null)]
    [InlineData("一、基本情况\n某村位于某镇东南部，全村总面积6.5平方公里，辖4个村民小组，人口1200人。", "简介")]
    // A summary opening on its unit's 基本情况 and going on to its work, its problems and its next steps: no profile,
    // by the rules or by the kind model.
    [InlineData("一、基本情况\n某镇位于县境东北部，总面积126平方公里，辖12个行政村、1个社区，总人口3.2万人。全镇耕地面积3.6万亩，主要种植水稻、玉米和油菜，特色产业为茶叶和中药材。\n二、主要工作开展情况\n（一）强化组织领导。镇党委、政府高度重视乡村振兴工作，成立了以党委书记为组长的工作领导小组，明确分管领导和责任人，形成了一级抓一级、层层抓落实的工作格局。\n（二）加强基础设施建设。全年共投入资金2600万元，新建通村公路18公里，改造农村危房120户，新建安全饮水工程6处。\n三、存在的问题\n一是产业发展基础薄弱，二是人才短缺。", null)]
    [InlineData("某镇位于县境东北部，总面积126平方公里，辖12个行政村、1个社区，总人口3.2万人。今年以来，全镇上下紧紧围绕县委、县政府决策部署，各项工作取得明显成效。全镇完成地区生产总值8.6亿元，同比增长7.2%。一、主要工作开展情况（一）强化组织领导，镇党委、政府高度重视。", null)]
    public void A_study_opening_on_the_state_it_weighs_is_no_profile(string text, string? kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Theory]
    [InlineData("您好！\n按照规定，办理不动产登记需由权利人本人到场，您可以携带身份证到区不动产登记中心办理。\n办理地址：区行政服务中心一楼。", "答复")]
    [InlineData("张某某网友：您好！您反映的小区路灯不亮问题，经街道核实，已于3月5日修复完毕。\n感谢您对我们工作的关心和支持。", "答复")]
    // A citizen's own letter: greeting, then who writes and what is asked.
    [InlineData("您好！\n我是某镇某村村民，我家门前的道路年久失修，请问什么时候能够修缮？", null)]
    public void A_greeting_to_a_citizen_over_an_answer_is_a_reply(string text, string? kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Fact]
    public void A_short_headline_over_a_dated_event_stays_news_though_it_gives_figures()
    {
        var m = Meta("粮食丰收\n9月20日,某镇举行丰收节活动,全镇共有粮食播种面积8万亩,总产量达4万吨。");
        Assert.Equal("新闻", m.Kind);
    }

    [Fact]
    public void A_short_topic_name_over_one_figure_names_no_kind()
    {
        var m = Meta("政务服务\n县政务大厅坚持便民利企理念,推行一窗受理,办公楼共6层。");
        Assert.Null(m.Kind);
    }

    [Theory]
    [InlineData("某县2018年政务公开工作要点实施方案为深入贯彻落实省政府办公厅关于政务公开工作的部署,结合我县实际,制定本方案。一、总体要求", "某县2018年政务公开工作要点实施方案", "方案")]
    [InlineData("镇2016年半年工作总结2016年,我镇紧紧围绕年初确定的目标任务,扎实推进各项工作,现将上半年工作总结如下。", "镇2016年半年工作总结", "总结")]
    [InlineData("1、1 / 8某某镇政府工作报告某某镇政府工作报告 2016-08-15 浏览:分享人:某某 在某某镇第十五届人民代表大会第十次会议上。各位代表", "某某镇政府工作报告", "报告")]
    [InlineData("1、政府工作报告一、基本情况。某某乡位于县城西北部,距县城60公里,全乡总面积300平方公里。", "政府工作报告", "报告")]
    [InlineData("某县发〔2022〕60号 某某乡人民政府 关于修订印发《某某乡地质灾害应急预案》的通知 各村、乡属各部门: 新修订的预案已经乡党委研究同意,现印发给你们。", "某某乡人民政府 关于修订印发《某某乡地质灾害应急预案》的通知", "通知")]
    public void A_heading_glued_to_the_text_or_printed_twice_on_a_flattened_line_is_the_title(string text, string title, string kind)
    {
        var m = Meta("文档分享 下载即用。\n" + text);
        Assert.Equal(title.Replace(" ", ""), m.Title?.Replace(" ", ""));
        Assert.Equal(kind, m.Kind);
    }

    [Fact]
    public void A_kind_word_inside_a_sentence_is_no_glued_heading()
    {
        var m = Meta("文档分享 下载即用。\n今年以来,全镇认真落实年度工作计划为民办实事,各项工作取得明显成效,群众满意度不断提高,为完成全年目标任务打下了坚实基础。");
        Assert.Null(m.Title);
    }

    [Fact]
    public void The_first_line_after_the_pages_location_trail_is_the_headline_and_the_slogans_above_are_frame()
    {
        var m = Meta("""
            请稍候...
            • 网络安全为人民 网络安全靠人民
            • 草原儿女心向党
            践行守望相助理念铸牢中华民族共同体意识(
            当前位置:代表之家 → 活动动态 → 奋进新征程,凝心促发展——某某苏木胜利…
            奋进新征程,凝心促发展——某某苏木胜利召开第十七届人民代表大会第三次会议
            3月5日至6日,某某苏木召开第十七届人民代表大会第三次会议,会议应到52人,实到47人。
            """);
        Assert.Equal("奋进新征程,凝心促发展——某某苏木胜利召开第十七届人民代表大会第三次会议", m.Title);
        Assert.Equal("新闻", m.Kind);
    }

    [Theory]
    [InlineData("某某县融媒体中心讯 为进一步改善人居环境,某镇组织干部群众清理河道垃圾20余吨。")]
    [InlineData("(通讯员 某某)为进一步改善人居环境,某镇组织干部群众清理河道垃圾20余吨。")]
    [InlineData("记者从某镇获悉,今年该镇共清理河道垃圾20余吨,改善了人居环境。")]
    [InlineData("昨日上午,某区第十八届人民代表大会第一次会议开幕,出席会议的代表共300人。")]
    public void A_news_outlets_dateline_a_correspondents_credit_a_reporter_who_learned_it_or_yesterdays_event_make_it_news(string opening) =>
        Assert.Equal("新闻", Meta("人居环境再提升\n" + opening).Kind);

    [Theory]
    [InlineData("县领导到某某镇调研乡村振兴工作")]
    [InlineData("某某街道走访慰问困难群众")]
    [InlineData("某某镇人民政府与某公司项目签约")]
    public void A_headline_reporting_a_visit_or_a_signing_is_news(string title) =>
        Assert.Equal("新闻", Meta(title + "\n为进一步推动工作落实,有关负责同志一行深入一线,详细了解情况。").Kind);

    [Fact]
    public void A_documents_own_title_naming_its_kind_beats_a_visit_word_in_it() =>
        Assert.Equal("办法", Meta("某省各级人民代表大会代表视察办法\n第一条 为了规范代表视察活动,制定本办法。").Kind);

    [Theory]
    [InlineData("site_banner_2.jpg")]
    [InlineData("某某新闻网")]
    [InlineData("華文網")]
    [InlineData("日期查询:2022年09月07日")]
    [InlineData("> 新闻 > 县区 > 某县")]
    [InlineData("首页 政务公开 政务服务 互动交流")]
    [InlineData("无障碍 长者模式 登录")]
    [InlineData("供稿:某某镇")]
    public void A_pages_frame_line_above_the_headline_is_no_title_and_the_headline_opens_the_text(string frame)
    {
        var m = Meta($"{frame}\n入户巡查消除隐患 筑牢辖区安全之基\n岁末年初,安全事故易发多发。为增强居民的安全意识,多个社区在老旧楼宇排查整治安全隐患。");
        Assert.Equal("入户巡查消除隐患筑牢辖区安全之基", m.Title?.Replace(" ", ""));
    }

    [Fact]
    public void A_reporters_byline_and_a_sentence_led_by_its_day_are_no_titles()
    {
        var m = Meta("记 者 李 某\n2月10号,某某乡召开第九届党代表大会第二次全体会议\n暨春训大会。会议回顾总结了2017年工作。");
        Assert.Null(m.Title);
        Assert.Equal("新闻", m.Kind); // the day and the meeting
    }

    [Fact]
    public void The_opening_under_a_headline_below_the_pages_frame_tells_the_kind()
    {
        var m = Meta("""
            • 联系电话:0000-1234567
            • 投稿邮箱:news@example.cn
            > 新闻 > 县区 > 某县
            某县:“小红帽”社区服务成春日靓景
            10.jpg某某新闻网
            11.jpg某某新闻网
            3月26日,某县北街社区志愿者和20余名青年志愿者,来到该社区开展志愿者服务日大扫除活动。
            """);
        Assert.Equal("某县:“小红帽”社区服务成春日靓景", m.Title);
        Assert.Equal("新闻", m.Kind);
    }

    [Theory]
    [InlineData("某乡民族团结工作专题推进会\n【方兴未艾】\n<h3>  10月17日,某乡召开民族团结工作专题推进会,全乡干部职工30余人参会。</h3>")]
    [InlineData("金城里丨这些小街巷你去过吗?\n分享至\n小街巷是城市的末梢神经,纵横交错的小街巷纷纷焕然一新。")]
    [InlineData("热闹邻里节 满满“烟火气”\n为营造友好的邻里互助氛围,社区开展了形式多样的邻里节活动。")]
    [InlineData("某某频道消息:3月8日上午,某市生态环境专项整治工作会议在市区召开。")]
    public void A_meetings_name_a_column_tag_a_quoted_close_or_an_outlets_message_line_make_it_news(string text) =>
        Assert.Equal("新闻", Meta(text).Kind);

    [Theory]
    [InlineData("凝聚发展共识 汇集奋进力量——某区人大代表分组审议“两个报告”", "新闻")]
    [InlineData("某镇2022年工作总结报告", "总结")]
    public void A_kind_word_in_closing_quotes_is_no_kind_and_a_summary_report_is_a_summary(string title, string kind) =>
        Assert.Equal(kind, Meta(title + "\n代表们认为,报告实事求是,目标明确,措施有力。").Kind);

    [Theory]
    [InlineData("2020年街道下半年工作计划 2020年是全面建成小康之年,也是十三五规划的收官之年,街道将牢牢把握目标任务。", "2020年街道下半年工作计划", "计划")]
    [InlineData("乡镇某年一季度工作情况汇报一季度,全镇上下认真贯彻落实上级部署,围绕中心工作扎实推进各项任务。", "乡镇某年一季度工作情况汇报", "报告")]
    public void A_heading_glued_before_the_year_or_the_period_the_text_speaks_of_is_the_title(string text, string title, string kind)
    {
        var m = Meta("文档分享 下载即用。\n" + text);
        Assert.Equal(title, m.Title);
        Assert.Equal(kind, m.Kind);
    }

    [Fact]
    public void A_couplet_headline_of_two_phrases_is_news()
    {
        var m = Meta("入户巡查消除隐患 筑牢辖区安全之基\n岁末年初,安全事故易发多发。社区工作人员入户检查,宣传讲解消防安全知识。");
        Assert.Equal("新闻", m.Kind);
    }

    [Fact]
    public void A_single_phrase_title_without_a_kind_is_no_couplet() =>
        Assert.Null(Meta("入户巡查消除隐患筑牢辖区安全之基\n岁末年初,安全事故易发多发。社区工作人员入户检查,宣传讲解消防安全知识。").Kind);

    [Fact]
    public void A_pages_short_name_for_the_document_gives_way_to_its_own_about_heading_below()
    {
        var m = Meta("""
            加快重点产业实施意见
            中共某县委 某县人民政府
            关于支持重点产业加快发展的实施意见
            (2023年2月8日)
            为抢抓新一轮振兴战略机遇,全力支持重点产业发展,制定如下实施意见。
            """);
        Assert.Equal("中共某县委某县人民政府关于支持重点产业加快发展的实施意见", m.Title?.Replace(" ", ""));
        Assert.Equal("意见", m.Kind);
    }
    [Theory]
    [InlineData("根据《中华人民共和国土地管理法》等有关规定,因公共利益需要,拟征收某村集体土地,现将有关事项公告如下:\n一、征收范围\n本次拟征收土地以最终批准文件为准。", "公告")]
    [InlineData("一、征收范围\n本次拟征收土地以最终批准文件为准。\n二、征收目的\n用于道路建设。\n特此通告。\n某县人民政府\n2021年5月6日", "公告")]
    [InlineData("各村、镇直各单位:\n为做好汛期安全工作,经研究,决定开展隐患排查。请各单位按要求落实。\n特此通知。\n某镇人民政府", "通知")]
    [InlineData("各市、县(区)人民政府，省政府各部门：\n为全面提高普通高中教育质量，经省政府同意，现就推进育人方式改革提出如下实施意见。\n一、总体要求", "意见")]
    [InlineData("各有关单位：\n我局拟启动地方标准的编制工作，现向各单位征集立项意见。具体事项函告如下：\n（一）请于2月7日前反馈。", "函")]
    [InlineData("某市人民政府：\n你市《关于某县收费站重新立项的请示》收悉。经研究，现函复如下：\n一、同意保留该收费项目。", "函")]
    [InlineData("《关于金融支持稳定经济增长的若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。\n2020年2月9日", "通知")]
    [InlineData("各直属单位：\n《若干举措》已经局长办公会同意，现印发给你们，并就贯彻落实提出如下意见：\n一、提高认识。", "通知")] // the issuing notice, not the opinion it adds
    [InlineData("某市人民政府：\n你市《关于某县外环路收费站重新立项的请示》（某政〔2003〕84号）收悉。经研究，同意保留该收费项目。", "函")]
    [InlineData("某县人民政府：\n你县《关于设立某自然保护区的请示》收悉。现批复如下：\n一、同意设立。", "批复")]
    [InlineData("省交通厅、省财政厅：\n某交公字〔2004〕117号文收悉。鉴于某县修建水库，省政府同意该收费站位置东移。", "函")]
    [InlineData("各乡镇党委、人民政府，县直属各有关单位：\n年度知识竞赛活动历时一个多月，经评定，现将获奖人员名单公布如下：\n一等奖5名", "通知")]
    [InlineData("各办事处、村(居)、部门单位:\n经镇委研究决定成立活动领导小组，现将名单公布如下：\n组　长：某某某", "通知")]
    public void An_untitled_text_naming_its_kind_in_its_own_formula_is_of_that_kind(string text, string kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Fact]
    public void A_short_name_over_where_the_place_stands_and_its_size_is_a_profile() =>
        Assert.Equal("简介", Meta("政务服务中心\n县政务服务中心坐落于中华大街299号,办公楼共6层,面积6995平方米,设有税务、不动产、社保等服务厅。").Kind);

    [Fact]
    public void A_list_made_known_without_addressees_is_not_thereby_a_notice() =>
        Assert.NotEqual("通知", Meta("年度知识竞赛活动历时一个多月，经评定，现将获奖人员名单公布如下：\n一等奖5名\n二等奖10名").Kind);

    // A government order printed without its heading: promulgating a document, it is of that document's kind; amending
    // or repealing a rule by its standing meeting's decision, it is a 决定. A text citing such an order is neither.
    [Theory]
    [InlineData("第290号\n《某省河道管理办法》已经2021年3月1日省人民政府第66次常务会议通过，现予公布，自2021年5月1日起施行。\n省长 某某\n2021年3月10日\n", "办法")]
    [InlineData("第291号\n《某省人民政府关于废止〈某省著名商标认定办法〉的决定》已经省人民政府第4次常务会议审议通过，现予公布，自公布之日起施行。\n省长 某某\n2021年5月9日\n", "决定")]
    [InlineData("第292号\n省人民政府第66次常务会议决定对《某省流动人口管理办法》作如下修改：\n一、将第六条修改为：“公安机关负责居住登记工作。”\n", "决定")]
    public void A_government_order_without_its_heading_is_of_the_kind_it_promulgates(string text, string kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Fact]
    public void A_text_citing_a_promulgated_document_is_not_of_its_kind() =>
        Assert.NotEqual("办法", Meta("为做好河道管理工作，根据《某省河道管理办法》的规定，县水利局于3月开展河道巡查。\n巡查发现问题12处，已全部整改。\n").Kind);

    // A notice issuing a document to its addressees, the document named between 现将 and 印发给你们, is the notice.
    [Theory]
    [InlineData("晋人社发〔2024〕23号各市人力资源社会保障局：为支持银发经济发展，现将《强化支持举措的九条措施》印发给你们，请结合实际，认真贯彻落实。某省人力资源和社会保障厅2024年10月11日（此件主动公开）", "通知")]
    public void A_notice_issuing_a_document_to_its_addressees_is_a_notice(string text, string kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    // A rule printed without its heading names what it is in its preamble: 为规范…，根据…，制定本办法。
    [Theory]
    [InlineData("为规范乡镇档案管理，根据《中华人民共和国档案法》的有关规定，结合本省实际，制定本办法。\n本办法所称乡镇档案，是指乡镇机关在各项活动中形成的文字材料。\n", "办法")]
    [InlineData("为加强城市绿化管理，依据有关法律法规，制定本规定。\n本规定适用于本市城市规划区内的绿化管理。\n", "规定")]
    public void A_rules_preamble_names_its_kind(string text, string kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Fact]
    public void A_text_telling_others_to_make_a_rule_is_not_that_rule() =>
        Assert.NotEqual("办法", Meta("各乡镇要根据本通知要求，抓紧制定本乡镇的实施办法，于5月底前报县政府。\n").Kind);
}
