using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Region, year and date by evidence class (issue 19, round m7): what a careful reader uses to place and date a town
/// or street page without a header, on short paraphrased snippets in the shapes of real pages (places and names
/// changed where they do not matter). Each class was kept only where it added right answers over every tune document
/// of the development set and no wrong one.
/// </summary>
public class LeadAndSourceClassTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("来源: 醴陵市人民政府 更新日期:2014-05-26")]
    [InlineData("更新时间:2014-05-26 09:12 来源:本站")]
    [InlineData("发稿时间：2014-05-26")] // the day it was filed
    [InlineData("录入时间：2014-5-26 09:12:31")] // the day it was entered
    // A byline of a date and fields alone is page clutter that leaves the text; its date still dates the page.
    [InlineData("2014-05-26 来源：某某镇")]
    [InlineData("2014/5/26 来源：本站")]
    [InlineData("2014.05.26  作者：某某")]
    public void A_news_pages_update_date_is_its_posting_date(string byline)
    {
        var m = Meta($"当前位置:首页 > 政务要闻 > 乡镇动态\n某某镇安排部署防汛工作\n{byline}\n为切实做好汛期应急准备工作,某某镇制定了机关干部24小时防汛值班制度。\n");
        Assert.Equal(2014, m.Year);
        Assert.Equal("2014-05-26", m.Date);
    }

    [Theory]
    // Following a central document, named inside 《》 or after 贯彻落实.
    [InlineData("为深入贯彻落实《中共中央办公厅、国务院办公厅印发〈关于全面推行河长制的意见〉的通知》精神,结合我镇实际,制定本方案。")]
    [InlineData("为贯彻落实中共中央、国务院关于巩固拓展脱贫攻坚成果的决策部署,结合我镇实际,制定本方案。")]
    // Reporting a mention on the congress's website, or a deputy.
    [InlineData("2024年,街道较好地完成了年度各项目标任务。街道议事厅大讨论等信息被全国人大网站刊登。")]
    [InlineData("2024年,街道较好地完成了年度各项目标任务。全国人大代表、街道党工委书记某某出席会议。")]
    public void A_central_body_the_text_only_cites_does_not_make_a_street_or_town_page_national(string opening)
    {
        var m = Meta($"{opening}\n一、主要工作\n新江湾城街道坚持党建引领,全街道上下共同努力。\n");
        Assert.NotEqual(["全国"], m.RegionPath);
    }

    [Fact]
    public void A_national_congress_session_the_text_is_delivered_at_is_still_national()
    {
        var m = Meta("各位代表:\n在第十四届全国人民代表大会第二次会议上,现在,我代表国务院,向大会报告政府工作,请予审议。\n");
        Assert.Equal(["全国"], m.RegionPath);
    }

    [Fact]
    public void A_news_lead_glued_to_a_forums_frame_names_its_unit()
    {
        var m = Meta("""
            马上注册,结交更多好友,享用更多功能,让你轻松玩转本地论坛
            您需要 登录 才可以下载或查看,没有账号?会员注册
            x
            本帖最后由 某网友 于 2015-4-13 00:37 编辑 <br /><br />12月2日,鉴江镇第十七届人民代表大会第一次会议胜利召开,来自全镇各条战线的49名镇人大代表出席了会议。县领导到会指导。
            """);
        Assert.Equal(["福建省", "福州市", "罗源县", "鉴江镇"], m.RegionPath);
    }

    [Fact]
    public void A_news_lead_under_a_long_frame_of_slogans_names_its_unit()
    {
        var m = Meta("""
            请稍候...
              • 网络安全为人民 网络安全靠人民
              • 保守国家秘密是每个公民的法定义务
              • 崇廉尚洁知荣明耻弘扬正气
              • 坚持一切为了人民 一切依靠人民
              • 草原儿女心向党
            践行守望相助理念铸牢中华民族共同体意识
            学习贯彻中央人大工作会议精神
            当前位置:代表之家 → 代表活动 → 活动动态
            奋进新征程,凝心促发展——苏木人代会胜利召开
            3月5日至6日,道老杜苏木召开第十七届人民代表大会第三次会议,会议应到52人,实到47人,符合法定人数。
            大会在雄壮的国歌中拉开序幕。
            """);
        Assert.Equal(["内蒙古自治区", "通辽市", "扎鲁特旗", "道老杜苏木"], m.RegionPath);
    }

    [Fact]
    public void A_news_lead_after_the_items_purpose_names_the_unit_in_brackets_after_its_zone()
    {
        var m = Meta("为进一步分析研判当前安全生产形势,扎实推进街道第四季度安全生产工作,11月4日下午,空港经开区(硕放街道)召开安全生产和消防安全工作会议。\n会议通报了街道近期安全生产工作开展情况。\n");
        Assert.Equal(["江苏省", "无锡市", "新吴区", "硕放街道"], m.RegionPath);
    }

    [Fact]
    public void A_unit_a_news_lead_names_only_as_a_destination_is_not_its_subject()
    {
        var m = Meta("""
            马上注册,结交更多好友,享用更多功能,让你轻松玩转本地论坛
            您需要 登录 才可以下载或查看,没有账号?会员注册
            x
            本帖最后由 某网友 于 2015-4-13 00:37 编辑 <br /><br />12月2日,县领导一行到鉴江镇调研指导工作,详细了解了项目建设情况。
            """);
        Assert.Null(m.RegionPath);
    }

    [Fact]
    public void A_first_sentence_naming_the_district_before_its_street_is_about_the_street()
    {
        var m = Meta("本报讯(记者 某某 通讯员 某某)记者从鄞州区相关部门获悉,白鹤街道金钟地块征收工作已正式启动。本次征收涉及被征收户340余户。\n该项目采用入户调查登记与征收意愿征询同步开展的模式。\n");
        Assert.Equal(["浙江省", "宁波市", "鄞州区", "白鹤街道"], m.RegionPath);
    }

    [Fact]
    public void A_first_sentence_naming_another_unit_before_the_clause_has_no_subject()
    {
        var m = Meta("本报讯(记者 某某)记者从江北区相关部门获悉,白鹤街道金钟地块征收工作已正式启动。本次征收涉及被征收户340余户。\n该项目采用入户调查登记与征收意愿征询同步开展的模式。\n");
        Assert.NotEqual(["浙江省", "宁波市", "鄞州区", "白鹤街道"], m.RegionPath);
    }

    // A site's frame above the document: menus, greetings, a bulleted banner of slogans, the breadcrumb.
    private const string Frame = """
        请稍候...
          • 网络安全为人民 网络安全靠人民
          • 保守国家秘密是每个公民的法定义务
          • 崇廉尚洁知荣明耻弘扬正气
          • 坚持一切为了人民 一切依靠人民
          • 绿水青山就是金山银山
          • 办好人民满意的教育
        首页 | 政务公开 | 政务服务 | 互动交流 | 走进本地
        无障碍 | 长者模式 | 登录 | 注册
        欢迎访问本站!
        当前位置:首页 > 新闻中心 > 乡镇动态

        """;

    [Fact]
    public void A_towns_news_item_under_a_sites_frame_is_placed_by_its_first_sentence()
    {
        var m = Meta(Frame + """
            秸秆禁烧宣传进村入户
            为切实打好秋季秸秆禁烧硬仗,甘霖镇积极展开秸秆禁烧工作,全体干部深入村组农户,做好禁烧宣传引导。
            截至目前,全镇已发放告农户通知书2500余份,签订责任书2500余份。
            该镇还出动宣传车不间断宣传巡逻。
            """);
        Assert.Equal(["浙江省", "绍兴市", "嵊州市", "甘霖镇"], m.RegionPath);
    }

    [Fact]
    public void A_work_report_under_a_sites_frame_is_of_its_session_year()
    {
        var m = Meta(Frame + """
            各位代表:
            现在,我代表镇人民政府向大会报告工作,请予审议。
            一、2019年工作回顾
            2019年,甘霖镇在市委、市政府的坚强领导下,全镇上下凝心聚力,较好完成了各项目标任务。
            """);
        Assert.Equal(2020, m.Year);
    }

    [Fact]
    public void A_byline_with_its_date_above_the_heading_is_no_frame()
    {
        var m = Meta("发布时间:2021-03-24 | 来源:本站 | 浏览次数:\n甘霖镇召开安全生产工作会议\n会议强调,全镇要切实做好安全生产各项工作。\n");
        Assert.Equal("2021-03-24", m.Date);
    }

    [Fact]
    public void A_communitys_news_titled_under_its_city_is_of_the_street_its_lead_names()
    {
        var m = Meta("""
            昆明市董家湾南段社区开展新春游园会活动
            2024-01-26 16:40:22
            来源:某某网
            张灯结彩、喜气洋洋,1月26日上午,昆明市官渡区吴井街道董家湾南段社区在街道党工委、办事处的指导下,开展新春游园会活动。
            此次游园会旨在丰富辖区居民文化生活。
            """);
        Assert.Equal(["云南省", "昆明市", "官渡区", "吴井街道"], m.RegionPath);
    }

    [Fact]
    public void A_communitys_news_naming_a_street_the_gazetteer_lacks_is_of_the_district()
    {
        var m = Meta("“戴口罩,少聚集……”近一段时间,石家庄市新华区合作街道电大街社区志愿服务队的志愿者化身流动“小喇叭”,巡回提醒着广大居民。\n电大街社区属于典型的老旧小区。\n");
        Assert.Equal(["河北省", "石家庄市", "新华区"], m.RegionPath);
    }

    [Fact]
    public void A_community_in_a_list_of_villages_is_not_the_pages_subject()
    {
        var m = Meta("根据有关规定,因公共利益需要,拟对冶山镇晏公村窑塘二组,秦栏镇庆祝村袁庄组,永丰镇民生社区沈庄组农民集体所有土地实施征收。现将有关情况公告如下:\n一、征收范围\n本次拟征收土地为天长市人民政府组织实施的成片开发建设需要。\n");
        Assert.NotEqual(["安徽省", "滁州市", "天长市", "永丰镇"], m.RegionPath);
    }

    [Fact]
    public void A_headline_naming_the_city_in_passing_yields_to_the_street_its_lead_opens_with()
    {
        var m = Meta("""
            搭建交流和分享平台唱响沈阳的邻里情
            2022-01-27
            春节临近,沈阳市和平区北市场街道结合辖区内多民族特色,积极探索工作新举措,组织12个社区的居民们开展了唱响邻里情活动。
            本次活动通过录制视频的形式报送,评委由各社区居民组成。
            """);
        Assert.Equal(["辽宁省", "沈阳市", "和平区", "北市场街道"], m.RegionPath);
    }

    [Fact]
    public void Under_a_first_line_of_prose_the_second_paragraphs_units_are_no_subject()
    {
        var m = Meta("9月6日,记者从太原市万柏林区了解到,万柏林区各部门广泛开展文明单位与社区结对共建活动。\n万柏林区发改局与小井峪街道光华社区结对共建,开展了志愿服务活动。\n");
        Assert.NotEqual(["山西省", "太原市", "万柏林区", "小井峪街道"], m.RegionPath);
    }
}
