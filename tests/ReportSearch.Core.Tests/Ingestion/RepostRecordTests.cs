using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// County notices and news as a news corpus keeps their portal re-posts (issue 19, round rpO's tune part: a RAG
/// benchmark's corpus of 2023 news, most of them a portal's re-posts of government accounts): one line, opening on the
/// crawler's stamp and content key and the re-post's label of the original headline (2023-08-17 18:20，正文：原标题：),
/// the heading run into the text, the signature run into the last sentence and followed by the portal's credits and
/// its own closing (来源：… 返回搜狐，查看更多责任编辑：). Snippets keep the shapes, reworded.
/// </summary>
public class RepostRecordTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/record.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private const string Notice = "2023-08-17 18:20，正文：原标题：商洛市公安局商州分局关于征集跨境违法犯罪线索的通告为全力维护社会治安秩序，依法打击跨境违法犯罪活动，现将有关事项通告如下： 第一条公民发现跨境违法犯罪线索的，可以向公安机关举报。 第二条举报人应如实反映线索。 特此通告 商洛市公安局商州分局 2023年8月15日返回搜狐，查看更多责任编辑：";

    [Fact]
    public void The_heading_after_the_crawlers_stamp_and_the_original_headline_label_is_the_title() =>
        Assert.Equal("商洛市公安局商州分局关于征集跨境违法犯罪线索的通告", Meta(Notice).Title);

    [Fact]
    public void The_signature_before_the_portals_closing_dates_and_signs_the_notice()
    {
        var m = Meta(Notice);
        Assert.Equal("2023-08-15", m.Date);
        Assert.Equal("商洛市公安局商州分局", m.Org);
    }

    // Without a signature the crawler's stamp is the posting date, the date a reader has.
    [Fact]
    public void The_crawlers_stamp_dates_a_record_without_a_signature() =>
        Assert.Equal("2023-08-04", Meta("2023-08-04 09:12，正文：原标题：入户宣传签协议 近日，某镇组织干部入户宣传防汛知识，与群众签订安全协议，发放宣传资料三百余份。").Date);

    // A record's last words lie past its flattened head (TitleFinder's reach), as in a whole notice.
    private const string FurtherParagraph = "三、强化值班值守。各单位要严格落实领导带班和24小时值班制度，保持通信畅通，遇有突发情况及时处置并按规定报告，不得迟报、漏报、瞒报。四、加强督导检查。县有关部门要组成督导组，深入各乡镇开展督导检查，对工作不力、措施不实的单位予以通报批评，确保暑期各项安全工作落到实处。五、做好应急准备。各乡镇、各部门要修订完善应急预案，储备必要的应急物资，加强应急队伍建设，组织开展应急演练，提升应对突发事件的能力，一旦发生险情，要迅速启动预案，全力组织救援，最大限度减少人员伤亡和财产损失。";

    // Where the flattening kept no space, the signature follows the last date or number of the text, or its closing
    // formula; the credits after the date (来源：, 转自丨) are the portal's, as is the note of the photos a police notice
    // attaches (附嫌疑人照片).
    [Theory]
    [InlineData("三、申报时间：2023年7月31日－2023年8月23日文水县乡村振兴中心2023年7月31日来源：文水县人民政府网站返回搜狐，查看更多责任编辑：", "文水县乡村振兴中心", "2023-07-31")]
    [InlineData("联系人：谢警官 18870789607钟警官 18870789628王警官 18870789655兴国县打击治理电信网络新型违法犯罪工作联席会议办公室2023年8月11日转自丨兴国公安来源： 中国警察网返回搜狐，查看更多责任编辑：", "兴国县打击治理电信网络新型违法犯罪工作联席会议办公室", "2023-08-11")]
    [InlineData("请遵守交通法规，安全文明出行。特此通告威宁县公安局交通警察大队2023年8月2日返回搜狐，查看更多责任编辑：", "威宁县公安局交通警察大队", "2023-08-02")]
    // An office signing by its short name, and the note of the photos attached after the date.
    [InlineData("联系人：汪警官 16605628185 某某县公安局扫黑办 2023年8月12日 附相关犯罪嫌疑人照片返回搜狐，查看更多责任编辑：", "某某县公安局扫黑办", "2023-08-12")]
    [InlineData("联系人：赵警官 13629116980张警官 18291189691某市公安局某某分局2023年7月24日附嫌疑人照片来源丨某市公安局某某分局（版权归原作者所有，如有侵权请联系删除）返回搜狐，查看更多责任编辑：", "某市公安局某某分局", "2023-07-24")]
    public void A_signature_run_into_the_text_without_spaces_is_read(string ending, string org, string date)
    {
        var m = Meta("2023-08-03 20:19，正文：关于做好暑期安全工作的通知为做好暑期安全工作，保障群众生命财产安全，现将有关事项通知如下：一、加强宣传教育。二、落实安全责任。各单位要高度重视暑期安全工作，明确责任分工，细化工作措施，加强隐患排查整治，确保各项措施落到实处，切实保障人民群众生命财产安全和社会大局稳定，欢迎社会各界监督。" + FurtherParagraph + ending);
        Assert.Equal(org, m.Org);
        Assert.Equal(date, m.Date);
    }

    // An event's organisers (主办, 承办) over the date are no office signing.
    [Fact]
    public void The_organisers_verb_over_a_date_signs_nothing() =>
        Assert.DoesNotContain("主办", Meta("关于举办暑期读书活动的通知\n各乡镇、各学校：\n为丰富青少年暑期生活，现将有关事项通知如下。\n一、活动时间：8月1日至8月31日。\n二、活动地点：县图书馆。\n某县文化馆主办\n2023年8月12日\n").Org ?? "");

    // A news item's original headline has no kind word to end on: the lead's first words end it (为进一步…, 8月13日，),
    // also where it was printed in two parts across a space; a 为 that says whom the headline's deed served does not.
    [Theory]
    [InlineData("2023-08-04 21:53，正文：原标题：入户宣传签协议 举手之劳暖人心为进一步提高某街道商业街生活垃圾分类质量，实现商业街生活垃圾分类标准化、精细化、常态化管理，某街道开展生活垃圾“定时定点”创建活动。今年我街道创建任务数为16条商业街。", "入户宣传签协议举手之劳暖人心")]
    [InlineData("2023-08-15 10:28，正文：原标题：某区学生资助管理中心开展2023年学生资助政策宣传活动8月13日，某区学生资助管理中心利用赶场天，到某镇开展2023年学生资助政策宣传活动，为大学新生和家长解读政策，助力家庭经济困难学生顺利进入高校。", "某区学生资助管理中心开展2023年学生资助政策宣传活动")]
    [InlineData("，正文：原标题：某县为百名老人送上防暑药品 近日，某县民政局组织工作人员走进各乡镇敬老院，为百名老人送上防暑药品和慰问品，叮嘱老人注意防暑降温，合理安排作息，并检查了敬老院的消防和食品安全，要求各敬老院落实值班制度。", "某县为百名老人送上防暑药品")]
    public void An_original_headline_without_a_kind_word_ends_where_the_lead_begins(string record, string title) =>
        Assert.Equal(title, Meta(record).Title);

    // A news item's headline may open on its unit and a colon, exclaim, be printed twice, and end before a quoted remark
    // that opens the lead where it is in two parts (round rpP's tune part, reworded).
    [Theory]
    [InlineData("2023-08-18 10:09，正文：原标题：某区：通过“转方式”提高投诉调解“满意率”今年5月，12315平台接到市民举报称：其在外卖平台购买了某区某餐饮店的外卖，发现里面有好评返现5元的小卡片，区市场监管局随即开展调查。", "某区：通过“转方式”提高投诉调解“满意率”")]
    [InlineData("2023-08-07 16:19，正文：原标题：涉案140万余元！某地警方抓获11人近日，某县公安局在州公安局和省公安厅反诈中心的大力支持下，辗转多个省份，成功打掉一个电信网络诈骗团伙，抓获犯罪嫌疑人11名。", "涉案140万余元！某地警方抓获11人")]
    [InlineData("2023-07-28 14:34，正文：原标题：某街道：聚焦普惠小微 服务创新发展某街道：聚焦普惠小微 服务创新发展 为充分发挥金融帮扶作用，助力辖区企业纾困解难。7月26日上午，由区委统战部、某街道主办，某银行承办的活动举行。", "某街道：聚焦普惠小微服务创新发展")]
    [InlineData("2023-08-10 11:38，正文：原标题：某县某镇：垃圾分类扮靓乡村 绿色环保擦亮“文明底色”“垃圾分类、你我同行……”眼下，走进某镇某村，广场上、路口处、路灯旁、墙体上，垃圾分类的宣传标语随处可见。", "某县某镇：垃圾分类扮靓乡村绿色环保擦亮“文明底色”")]
    public void A_news_headline_with_its_unit_an_exclamation_or_a_quoted_lead_is_read_whole(string record, string title) =>
        Assert.Equal(title, Meta(record).Title);

    // A re-posting account's credit (本文转自【…】；) ends the original headline, even one with a clause; where the text
    // after it opens with its own heading ending in a kind word before its lead, that heading is the document's title.
    [Theory]
    [InlineData("2023-08-17 20:38，正文：原标题：男子往车上贴小卡片，刚摸到“门路”就被发现本文转自【某某公安】；8月7日上午，某县公安局某派出所接到小区居民报警，称其停放在楼下的汽车被人贴上了小卡片，民警随即调取监控开展调查。", "男子往车上贴小卡片，刚摸到“门路”就被发现")]
    [InlineData("2023-08-15 14:48，正文：原标题：逞强耍横、随意殴打他人，警方征集某某违法犯罪线索本文转自【某某警方】；关于征集违法犯罪线索的通告近日，某县公安局在深入推进夏季治安打击整治行动中，成功侦破一起寻衅滋事案件，现向社会公开征集线索。", "关于征集违法犯罪线索的通告")]
    public void A_reposting_accounts_credit_ends_the_original_headline(string record, string title) =>
        Assert.Equal(title, Meta(record).Title);

    // A headline in two parts across a comma, ended by the lead's time or a quoted remark; one across a bar before a
    // remark; a lead opening on 自…以来 or 为牢固…; not a headline that also exclaims after its comma, whose end is no
    // longer plain (round rpV's tune part, reworded).
    [Theory]
    [InlineData("2023-07-31 19:18，正文：原标题：盗窃惯犯“重操旧业”，被某地公安再次抓获6月25日，某派出所接到辖区居民报警，称家里有翻动痕迹，金首饰和部分现金被盗。民警第一时间赶到现场，调取周边监控开展调查。", "盗窃惯犯“重操旧业”，被某地公安再次抓获")]
    [InlineData("2023-08-12 02:35，正文：原标题：共同富裕新征程｜某村共享食堂吃出“幸福味”“中午有清炒莴笋、炖猪蹄等菜，真的是太丰盛了……”近日，笔者在某街道某村共享食堂看到，老人们正围坐在一起吃午饭。", "共同富裕新征程｜某村共享食堂吃出“幸福味”")]
    [InlineData("2023-08-14 16:52，正文：原标题：某市：加大执法和查处力度 严厉打击涉水违法行为自“六水共治”工作开展以来，某市综合行政执法局通过加强执法人员业务培训、下沉执法力量，严厉打击涉水违法行为。", "某市：加大执法和查处力度严厉打击涉水违法行为")]
    [InlineData("2023-08-16 10:17，正文：原标题：某县某镇：倡导绿色生活 共创绿色家庭为牢固树立绿色发展理念，培育绿色文明新风尚，近年来，某镇以创建“绿色家庭”作为弘扬生态文明的主抓手，积极发动全镇巾帼志愿者。", "某县某镇：倡导绿色生活共创绿色家庭")]
    [InlineData("2023-07-25 17:07，正文：原标题：某省发生一起重大刑案，嫌疑人在逃！警方万元征集线索7月24日，某县公安局发布一则协查通报，以下为详情：各市（区）县公安局、分局：2023年7月24日，某县发生一起重大刑事案件，现嫌疑人在逃。", null)]
    public void A_headline_in_two_parts_across_a_comma_or_a_bar_ends_where_the_lead_begins(string record, string? title) =>
        Assert.Equal(title, Meta(record).Title);

    // A re-post's original headline run into the page's own: the same heading twice in a row.
    [Fact]
    public void A_heading_printed_twice_in_a_row_is_the_title_once() =>
        Assert.Equal("滑县举行文物和文化遗产保护宣讲活动",
            Meta("2023-07-27 11:54，正文：原标题：滑县举行文物和文化遗产保护宣讲活动滑县举行文物和文化遗产保护宣讲活动 为传承弘扬中华优秀传统文化，推动文化繁荣。7月25日，滑县举行文物和文化遗产保护宣讲活动。此次宣讲活动将从7月份持续至12月份，由文物工作者走进学校、社区和乡村，讲述文物背后的故事。活动现场，宣讲人员结合图片和实物，讲解了县域内的文物遗存和保护要求。").Title);

    // 通报 and 公示 end a heading run into its addressees as 通知 does.
    [Fact]
    public void A_bulletins_heading_run_into_its_addressees_is_the_title() =>
        Assert.Equal("关于2023年第二季度全区住宅小区物业红黑榜的通报",
            Meta("，正文：关于2023年第二季度全区住宅小区物业红黑榜的通报各街道、镇，各物业服务企业：为进一步加强物业行业管理，规范物业市场秩序，现将有关情况通报如下：一、红榜项目。二、黑榜项目。").Title);

    // A reporter's lead naming the notice the item carries whole (某市融媒体中心发布《关于…的通知》：各乡镇…): the notice has
    // no heading of its own, so its name is its title; bare, the name printed again after 具体内容如下 is its heading.
    [Theory]
    [InlineData("，正文：8月3日，某市融媒体中心发布《关于做好防御强降雨工作的通知》：各乡镇、各部门、各单位：受台风影响，我市将迎来强降雨天气，为有效保障人民群众生命财产安全，现就有关事项通知如下：一、全市中小学停课一天。二、各单位落实值班制度。", "关于做好防御强降雨工作的通知")]
    [InlineData("2023-08-16 16:37，正文：8月16日，某新区（某市）生态环境局发布《关于某河水质排查情况的通告》。近日，某河部分区段出现死鱼等异常情况，某新区生态环境局联合相关部门第一时间启动应急预案，经排查溯源初步查明，主要因汛期降雨增多所致。特此通告。", "关于某河水质排查情况的通告")]
    [InlineData("，正文：司机们注意了这些路段要启用抓拍设备图片来自网络8月7日某县交警发布关于启用违停抓拍设备的通告具体内容如下关于启用违停抓拍设备的通告 为进一步规范全县道路交通秩序，保障广大交通参与者的合法路权，某县公安局交通管理大队决定启用违停抓拍设备。特此通告。", "关于启用违停抓拍设备的通告")]
    public void A_notice_named_by_the_reporters_lead_is_titled_by_that_name(string record, string title) =>
        Assert.Equal(title, Meta(record).Title);

    // A name in title marks further on in the text, or after a headline of the item's own, is a notice the item speaks
    // of, not the item.
    [Theory]
    [InlineData("，正文：某镇开展防汛演练 8月3日，某镇应急办发布《关于做好防御强降雨工作的通知》：各村要落实值班制度。演练中，各村防汛队伍迅速集结，转移群众二十余人，检验了应急预案的可行性。")]
    [InlineData("，正文：为进一步做好防汛工作，8月3日，某镇召开防汛工作会议，会上某镇应急办发布《关于做好防御强降雨工作的通知》：各村要落实值班制度，各单位要加强巡查，确保安全度汛。")]
    public void A_notice_named_further_on_is_not_the_title(string record) =>
        Assert.NotEqual("关于做好防御强降雨工作的通知", Meta(record).Title);

    // A headline keeping its unit unnamed under its province (某省这地公安发布…, 某省一地…) is about a unit within it: the
    // province is not the region where the text names the unit itself.
    [Theory]
    [InlineData("2023-08-02 10:00，正文：原标题：甘肃这地公安发布关于收缴假币的通告投稿微信：abcdef 合作微信：12345 某某联盟成员临泽县公安局关于收缴假币的通告全县广大人民群众：2023年7月，我省查处一起使用假币案件，该案件中涉及的假币已在我县范围内被使用，现向全县范围内发出通告：若手中持有该冠字号假币，请及时上交。特此通告。")]
    [InlineData("2023-08-02 10:00，正文：原标题：甘肃一地公安发布紧急预警！投稿微信：abcdef 合作微信：12345 某某联盟成员临泽县公安局紧急预警临泽县广大个体商户及群众请注意：如果有自称军人的人找你购买大批量的物资，千万要当心！真实案例：近期临泽县公安局刑警大队接到某商户报案。")]
    public void A_province_a_headline_names_as_the_container_of_an_unnamed_place_is_not_the_region(string record) =>
        Assert.Equal("甘肃省 › 张掖市 › 临泽县", Meta(record).Region);
}
