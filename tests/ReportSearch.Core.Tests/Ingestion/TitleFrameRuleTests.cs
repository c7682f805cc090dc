using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Title rules (issue 19, round two) for what a reader never takes for a title: a site's frame (greeting, address,
/// menu, table-row cells, loading note), a speaker's byline or a photo caption, a heading cut short by a list, a
/// signature's date in Chinese numerals, a catalogue field's broken label, and an attachment's heading after the
/// signature. Short paraphrased openings in the shapes of real county, town and street pages.
/// </summary>
public class TitleFrameRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    // A page saved as text opens on its title bar: the title, then the site's name after _, | or a dash.
    [Theory]
    [InlineData("某镇召开安全生产工作会议_某县人民政府\n某镇召开安全生产工作会议\n3月15日，某镇召开安全生产工作会议。")]
    [InlineData("某镇召开安全生产工作会议 - 某县人民政府门户网站\n3月15日，某镇召开安全生产工作会议。")]
    [InlineData("某镇召开安全生产工作会议｜某县融媒体中心\n3月15日，某镇召开安全生产工作会议。")]
    public void A_site_name_after_a_title_bar_is_not_the_title(string text) => Assert.Equal("某镇召开安全生产工作会议", Meta(text).Title);

    // A page saved as text with its heading over the site's menu (网站首页 / 领导活动 / 政府机构: words of four characters),
    // perhaps with the title bar repeating the heading between: the heading is the title, not a post's verse lead
    // (altered-forms' headers probe: a 石棉县 news item under a news page's byline lost its title).
    [Theory]
    [InlineData("四川农业大学来棉调研就业创业工作\n网站首页\n领导活动\n政府机构\n政务公开\n1月11日，四川农业大学党委副书记一行来我县调研座谈。")]
    [InlineData("四川农业大学来棉调研就业创业工作\n四川农业大学来棉调研就业创业工作 - 石棉县人民政府\n网站首页\n领导活动\n政府机构\n1月11日，四川农业大学党委副书记一行来我县调研座谈。")]
    public void A_heading_over_the_sites_menu_is_the_title(string text) => Assert.Equal("四川农业大学来棉调研就业创业工作", Meta(text).Title);

    // A posting stamp with its time glued after the heading, as a crawler joins the page's title and its time: the heading
    // is the title and the stamp the date (altered-forms' headers probe, the glued layout: 22 of 44 news titles had gone
    // to a keywords line below).
    [Theory]
    [InlineData("四川农业大学来棉调研就业创业工作2019-01-14 10:23\n1月11日，四川农业大学党委副书记一行来我县调研座谈。", "四川农业大学来棉调研就业创业工作")]
    [InlineData("关于做好春节期间安全生产工作的通知2019-01-14 10:23\n各村、各部门：\n春节将至，现就有关事项通知如下。", "关于做好春节期间安全生产工作的通知")]
    public void A_heading_with_a_posting_stamp_glued_after_it_is_the_title(string text, string title)
    {
        var m = Meta(text);
        Assert.Equal(title, m.Title);
        Assert.Equal("2019-01-14", m.Date);
    }

    // A heading printed twice, the page's over the article's, is one heading, not a paragraph wrapped at one width (the
    // two lines' commas and 、 made them read as one): altered-forms' headers probe, a 萧山 news item.
    [Fact]
    public void A_heading_printed_twice_with_a_list_mark_is_the_title()
    {
        const string heading = "全国供销合作总社党组成员、理事会副主任王伟一行调研我社为农服务工作";
        Assert.Equal(heading, Meta($"当前位置：首页 > 政务公开 > 工作动态\n{heading}\n\n{heading}\n{heading}\n11月22日，中华全国供销合作总社党组成员、理事会副主任王伟一行来我区调研，区领导陪同。").Title);
    }

    // A crawler's 标题 field is often the page's title bar, and a bar whose title line was a picture holds only its
    // column (altered-forms' titlebar form: a header's 标题：某县2019年政府工作报告_政务公开_某某网 kept the bar, a post
    // opening on a picture got the title "_政务公开").
    [Fact]
    public void A_title_bar_in_a_title_field_or_without_a_title_is_no_title()
    {
        var field = Meta("标题：某县2019年政府工作报告_政务公开_某县人民政府\n发文单位：某县人民政府\n发文时间：2019-01-17\n各位代表：\n现在，我代表县人民政府，向大会报告政府工作，请予审议。");
        Assert.Equal("某县2019年政府工作报告", field.Title);
        var picture = Meta("_政务公开_某某网\n8月10日，正值七夕传统佳节，某镇开展文明新风宣传活动。\n活动现场，志愿者向群众发放倡议书。");
        Assert.Null(picture.Title);
        // Nor a bar over fewer characters than a title has: a caption, a counter or a bare word the page's first line held
        // (附件_政务公开, +1_政务公开, 通知_政务公开; altered-forms' titlebar form on policy-scan's tune part, titles 6 → 2).
        foreach (var word in new[] { "附件", "+1", "通知", "邹澜:" })
            Assert.Null(Meta($"{word}_政务公开_某某网\n8月10日，正值七夕传统佳节，某镇开展文明新风宣传活动。\n活动现场，志愿者向群众发放倡议书。").Title);
    }

    // A page's toolbar run together with its title where a crawler joined the lines (altered-forms' flat form: 22
    // provincial work reports titled 下载打印全屏收藏 【字号： 加大还原减小 】 2026年某省政府工作报告).
    [Theory]
    [InlineData("下载 打印 全屏 收藏 【字号： 加大 还原 减小 】 ")]
    [InlineData("【字体：大 中 小】 打印本页 关闭窗口 ")]
    public void A_toolbar_run_into_the_title_is_not_part_of_it(string toolbar)
    {
        var m = Meta(toolbar + "2026年某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第四次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作，请予审议。");
        Assert.Equal("2026年某省政府工作报告", m.Title);
    }

    // A heading's second line saying the document is a draft or on trial belongs to the title, and the day it takes
    // effect printed after it does not (policy-scan: 关于调整2025年住房公积金缴存额的通知 / (征求意见稿) had lost its second
    // line; 长沙市关于调整住房公积金业务政策的通知(2025年6月23日起施行) kept its note).
    [Theory]
    [InlineData("关于调整住房公积金缴存额的通知\n(征求意见稿)\n", "关于调整住房公积金缴存额的通知(征求意见稿)")]
    [InlineData("某市促进房地产市场平稳健康发展若干措施\n（试行）\n", "某市促进房地产市场平稳健康发展若干措施（试行）")]
    [InlineData("关于调整住房公积金业务政策的通知(2025年6月23日起施行)\n", "关于调整住房公积金业务政策的通知")]
    public void A_drafts_status_line_belongs_to_the_title_and_an_in_force_note_does_not(string head, string title)
    {
        var m = Meta(head + "各缴存单位及缴存职工:\n为更好满足缴存职工住房需求,现将有关事项通知如下:\n一、提高住房公积金贷款额度。");
        Assert.Equal(title, m.Title);
        Assert.Null(m.Date);
    }

    // A column's name before the heading on its line, and the page's 时间 field after it (found with the flat form:
    // 工作报告 清苑区2025年政府工作报告 时间：2025-02-22 作者：… was titled 工作报告清苑区2025年政府工作报告时间：).
    [Theory]
    [InlineData("工作报告 某区2025年政府工作报告")]
    [InlineData("工作报告 某区2025年政府工作报告 时间：2025-02-22 作者：中国县域 来源：某区政府网")]
    [InlineData("某区2025年政府工作报告 日期：2025-02-22")]
    public void A_column_name_before_a_heading_and_a_time_field_after_it_are_not_the_title(string line) =>
        Assert.Equal("某区2025年政府工作报告", Meta(line + "\n各位代表：现在，我代表区政府向大会作工作报告，请予审议。\n").Title);

    // A site's date bar, its menu and a heading repeated under it, ending in a kind the kind rules know (公报, 纪要, 通报):
    // found by the dropped-lines re-run, where a county's 统计公报 had the date bar for its title once its page's <title>
    // was gone.
    [Theory]
    [InlineData("某县2015年国民经济和社会发展统计公报")]
    [InlineData("某县第一次全国污染源普查领导小组会议纪要")]
    [InlineData("关于2023年第一季度安全生产检查情况的通报")]
    public void A_heading_under_a_date_bar_and_a_menu_is_the_title(string heading) =>
        Assert.Equal(heading, Meta($"| 2023年10月11日 星期三\n网站首页\n新闻中心\n县政府\n政务公开\n{heading}\n{heading}\n2015年，全县人民在县委、县政府的正确领导下，国民经济保持平稳增长。").Title);

    // The site's owner alone, a column's label or a date widget above the headline are the page's frame.
    [Theory]
    [InlineData("某某镇人民政府")]
    [InlineData("政务公开")]
    [InlineData("今天是：2023年3月15日 星期三")]
    [InlineData("| 2023年10月11日 星期三")]
    // The publisher and its posting date, each on its line, above the headline.
    [InlineData("天荒坪镇人民政府\n2023-03-15")]
    public void A_sites_owner_a_column_label_or_a_date_widget_above_the_headline_is_frame(string frame) =>
        Assert.Equal("某镇召开安全生产工作会议", Meta($"{frame}\n某镇召开安全生产工作会议\n3月14日，某镇召开安全生产工作会议，镇长主持会议，各村党支部书记参加会议。").Title);

    // The page's posting fields on the title's line (spaced or glued) and a column's name before it are not the title's.
    [Theory]
    [InlineData("某镇召开安全生产工作会议 发布时间：2023-03-15 来源：某镇 浏览次数：120")]
    [InlineData("某镇召开安全生产工作会议来源：某镇人民政府发布时间：2023-03-15")]
    [InlineData("乡镇动态 某镇召开安全生产工作会议")]
    public void Posting_fields_and_a_column_name_on_the_title_line_are_not_the_title(string line) =>
        Assert.Equal("某镇召开安全生产工作会议", Meta($"{line}\n3月14日，某镇召开安全生产工作会议，镇长主持会议，各村党支部书记参加会议。").Title);

    // Picture and video tags, a list's decorations and a page's counter around a headline are not part of it.
    [Theory]
    [InlineData("某镇召开安全生产工作会议（图）")]
    [InlineData("某镇召开安全生产工作会议(组图)")]
    [InlineData("[组图]某镇召开安全生产工作会议")]
    [InlineData("★ 某镇召开安全生产工作会议")]
    [InlineData("某镇召开安全生产工作会议(点击数:120)")]
    [InlineData("原标题：某镇召开安全生产工作会议")] // a re-post's label of the original headline
    public void Tags_around_a_headline_are_furniture(string line) =>
        Assert.Equal("某镇召开安全生产工作会议", Meta($"{line}\n发布时间：2023-03-15\n3月14日，某镇召开安全生产工作会议，镇长主持会议。").Title);

    // A banner's slogan above the headline is the site's frame; a headline written as two spaced phrases is still the title.
    [Theory]
    [InlineData("不忘初心 牢记使命\n某镇召开党史学习教育动员大会\n4月2日上午，某镇召开党史学习教育动员大会，全体机关干部参加会议。", "某镇召开党史学习教育动员大会")]
    [InlineData("凝心聚力谋发展 踔厉奋发谱新篇\n某镇召开党史学习教育动员大会\n4月2日上午，某镇召开党史学习教育动员大会。", "某镇召开党史学习教育动员大会")]
    [InlineData("强化安全意识 筑牢安全防线\n发布时间：2023-03-15 来源：某镇\n3月14日，某镇组织开展安全生产宣传活动。", "强化安全意识筑牢安全防线")]
    [InlineData("强化安全意识 筑牢安全防线\n——某镇开展安全生产月活动\n3月14日，某镇组织开展安全生产宣传活动。", "强化安全意识筑牢安全防线")]
    [InlineData("强化安全意识 筑牢安全防线\n某镇\n3月14日，某镇组织开展安全生产宣传活动。", "强化安全意识筑牢安全防线")]
    public void A_slogan_over_a_headline_is_a_banner(string text, string title) => Assert.Equal(title, Meta(text).Title);

    // A body signing above its date at the end, a notice with no heading: no title.
    [Theory]
    [InlineData("某镇森林防火指挥部")]
    [InlineData("某镇人居环境整治工作领导小组")]
    [InlineData("某镇便民服务中心")]
    public void A_signing_body_over_the_date_is_no_title(string body) =>
        Assert.Null(Meta($"各村（社区）、镇直各单位：\n为做好今年春季森林防火工作，现将有关事项通知如下：一、提高认识。二、落实责任。\n{body}\n2023年3月15日\n（联系人：张某，电话：12345678）").Title);

    private const string NewsBody = "3月2日上午,街道召开专题会议,对近期重点工作进行部署,街道班子成员及各社区负责人参加会议。";

    [Theory]
    [InlineData("欢迎访问某某大学东园街道办事处!")]
    [InlineData("某某旗人民政府欢迎您!")]
    [InlineData("某某旗人民政府办公室.政务 | www.example.gov.cn |")]
    [InlineData("投稿邮箱返回首页加入收藏关于我们")]
    [InlineData("公开目录 | 法定主动公开内容 | 发布日期 |")]
    [InlineData("请稍候...")]
    [InlineData("本文来源: 某某新闻网")]
    [InlineData("网站首页 / 信息公开 / 重点工作 / 工作动态")]
    [InlineData("马上注册,结交更多好友,享用更多功能,让你轻松玩转某某之窗")]
    [InlineData("您需要 登录 才可以下载或查看,没有账号?会员注册")]
    public void A_site_s_frame_above_the_headline_is_no_title(string frame)
    {
        var m = Meta($"""
            {frame}

            东园街道召开第三次迎检工作调度会

            {NewsBody}
            """);
        Assert.Equal("东园街道召开第三次迎检工作调度会", m.Title);
    }

    [Fact]
    public void A_photo_caption_naming_a_speaker_is_no_title_though_it_ends_in_讲话()
    {
        var m = Meta($"""
            【团结一心谋发展 奋发有为开新局】北塘街道召开议政代表会第五次会议

            {NewsBody}

            街道党工委书记王某某讲话

            会议强调,要把牢方向,提振干事创业的精气神。
            """);
        Assert.Equal("【团结一心谋发展奋发有为开新局】北塘街道召开议政代表会第五次会议", m.Title);
    }

    [Fact]
    public void A_byline_above_and_below_a_feature_s_headline_is_no_title()
    {
        var m = Meta("""
            ■某某区东港街道办事处书记李某
            抓住发展机遇推动街道高质量发展
            ■某某区东港街道办事处书记李某

            今年是规划的起始之年,也是街道实现全面发展的攻坚之年。街道的总体思路是紧紧围绕发展大局。
            """);
        Assert.Equal("抓住发展机遇推动街道高质量发展", m.Title);
    }

    [Fact]
    public void A_heading_cut_short_by_a_list_yields_to_the_full_heading()
    {
        var m = Meta("""
            中共某镇委员会 某镇人民政府关于认真做好2011年村级组...

            2021-06-03 收藏

            中共某镇委员会 某镇人民政府
            关于认真做好2011年村级组织换届选举工作的
            实施意见
            各村党支部、村委会:
            为做好今年村级组织换届选举工作,现提出如下意见。
            """);
        Assert.Equal("中共某镇委员会某镇人民政府关于认真做好2011年村级组织换届选举工作的实施意见", m.Title?.Replace(" ", ""));
        Assert.Equal("意见", m.Kind);
    }

    [Fact]
    public void A_title_in_book_title_marks_ends_in_its_kind_and_a_signature_date_in_Chinese_numerals_is_none()
    {
        var m = Meta("""
            文章播报
            某市某乡人民政府文件
            某政〔2009〕3号
            关于转发《某指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》
            各行政村:
            春节即将到来,现将上级通知转发给你们,请认真贯彻执行。
            某乡人民政府
            二OO九年一月九日
            """);
        Assert.Equal("关于转发《某指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》", m.Title);
    }

    [Fact]
    public void The_tail_of_a_broken_catalogue_label_is_no_title()
    {
        var m = Meta("""
            主题分类: 其他
            发文机构: 区应急管理局 号:
            称: 区政府办公室关于印发《某区森林火灾应急预案》的通知

            区政府办公室关于印发《某区森林火灾应急预案》的通知

            各乡镇人民政府,区直有关单位:
            经区政府同意,现将修订后的预案印发给你们,请认真实施。
            """);
        Assert.Equal("区政府办公室关于印发《某区森林火灾应急预案》的通知", m.Title);
    }

    [Fact]
    public void A_lone_file_number_over_a_work_report_is_no_part_of_its_title()
    {
        var m = Meta("""
            区十三届人大三次会议
            文 件 之 二
            某市某区人民政府工作报告
            ——2023年1月8日在某市某区第十三届人民代表大会第三次会议上
            各位代表:
            现在,我代表区人民政府,向大会报告政府工作,请予审议。
            """);
        Assert.Equal("某市某区人民政府工作报告", m.Title);
    }

    [Fact]
    public void Bulleted_slogans_above_the_page_are_no_title()
    {
        var m = Meta($"""
            • 网络安全为人民 网络安全靠人民
            • 保守国家秘密是每个公民的法定义务
            • 崇廉尚洁知荣明耻弘扬正气
            奋进新征程,凝心促发展——某苏木胜利召开第十七届人民代表大会第三次会议
            发布时间:2023-03-07

            {NewsBody}
            """);
        Assert.Equal("奋进新征程,凝心促发展——某苏木胜利召开第十七届人民代表大会第三次会议", m.Title);
    }

    [Fact]
    public void A_catalogue_cell_over_a_date_is_no_headline_and_a_heading_printed_twice_is_one()
    {
        var m = Meta("""
            014190183/2020-00313
            其他其他
            某市某湖
            2020-02-01
            政府工作报告(2020年1月16日在某镇第十九届人民代表大会第七次会议上)

            政府工作报告(2020年1月16日在某镇第十九届人民代表大会第七次会议上)

            ——2020年1月16日在某镇第十九届人民代表大会第七次会议上

            各位代表:
            现在,我代表镇人民政府向大会报告工作,请予审议。
            """);
        Assert.True(m.Title?.StartsWith("政府工作报告", StringComparison.Ordinal), m.Title);
        Assert.DoesNotContain("某湖", m.Title);
        Assert.Equal(1, CountOf(m.Title!, "政府工作报告"));
        Assert.Equal("报告", m.Kind);
    }

    [Fact]
    public void An_attachment_s_heading_after_the_signature_is_not_the_cover_note_s_title()
    {
        var m = Meta("""
            各村(居)、企事业单位:
            现将《某镇基层防汛防台体系建设具体实施方案》印发给你们,请认真贯彻实施。
            某镇人民政府
            二○○九年十二月十八日
            某镇党委政府办公室
            某镇基层防汛防台体系建设具体实施方案
            一、总体要求和目标
            """);
        Assert.NotEqual("某镇基层防汛防台体系建设具体实施方案", m.Title);
        Assert.NotEqual("方案", m.Kind);
    }

    [Fact]
    public void A_report_printed_in_full_under_its_cover_note_keeps_its_heading()
    {
        var m = Meta("""
            各乡镇人民政府,县政府各部门:
            《政府工作报告》已经县人民代表大会审议通过,现印发给你们,请结合实际认真贯彻落实。
            某县人民政府
            2026年2月9日
            政 府 工 作 报 告
            ——2026年1月14日在某县第十八届人民代表大会第五次会议上
            各位代表:
            现在,我代表县人民政府向大会报告工作,请予审议。
            """);
        Assert.Equal("政府工作报告", m.Title);
        Assert.Equal("报告", m.Kind);
    }

    [Fact]
    public void A_notice_title_broken_after_the_document_s_name_is_joined_with_its_issuer_line()
    {
        var m = Meta("""
            某府办发〔2021〕12号
            重庆市某区人民政府办公室
            关于印发2021年区政府工作报告
            目标任务分解方案的通知
            各乡镇人民政府、街道办事处,区级各部门:
            《分解方案》已经区政府同意,现印发给你们,请认真贯彻执行。
            """);
        Assert.Equal("重庆市某区人民政府办公室关于印发2021年区政府工作报告目标任务分解方案的通知", m.Title);
        Assert.Equal("通知", m.Kind);
    }

    [Theory]
    [InlineData("营山县人民政府办公室关于印发营山县", "城乡居民基本医疗保险实施办法的通知")] // broken inside the document's name
    [InlineData("某县农业农村局关于进一步做好", "秋冬季农业生产和耕地保护工作的意见")] // broken after the verb
    public void A_title_opening_with_its_issuer_and_broken_before_its_kind_is_joined(string first, string second)
    {
        var m = Meta($"{first}\n{second}\n各乡镇人民政府、街道办事处，县级各部门：\n现将有关事项通知如下，请认真贯彻执行。\n");
        Assert.Equal(first + second, m.Title);
    }

    [Fact]
    public void A_关于_title_broken_after_its_verb_is_joined_and_a_文件_masthead_is_not()
    {
        var m = Meta("""
            某县某镇人民政府文件
            某政[2009]21号
            关于组织开展
            2009年全国“安全生产月”活动的通知
            各村委会、镇属企事业单位:
            根据县安委会通知精神,现就我镇开展安全生产月活动通知如下。
            """);
        Assert.Equal("关于组织开展2009年全国“安全生产月”活动的通知", m.Title);
    }

    [Fact]
    public void The_issuer_s_line_above_a_关于_title_opens_it()
    {
        var m = Meta("""
            某市某区人民政府
            关于下达2010年度环境保护目标任务的通知
            各乡镇人民政府,各街道办事处:
            根据市政府与区政府签订的目标责任书,现将目标任务下达给你们。
            """);
        Assert.Equal("某市某区人民政府关于下达2010年度环境保护目标任务的通知", m.Title);
    }

    [Fact]
    public void A_province_tag_before_a_heading_naming_its_place_and_a_date_after_a_plan_s_heading_are_split_off()
    {
        var report = Meta("""
            导航菜单
            (山东省)济南市某区人民政府工作报告(2024年1月17日)
            过去的一年,我们久久为功塑环境、促转型,生态环境持续优化。
            """);
        Assert.Equal("济南市某区人民政府工作报告", report.Title);
        var plan = Meta("""
            安康和美·活力某某行动计划(2021-2023年) 2021-08-31
            总目录
            一、行动计划(2021-2023).. 2
            安康和美·活力某某行动计划
            (2021-2023年)
            前 言
            “十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。
            """);
        Assert.Equal("安康和美·活力某某行动计划(2021-2023年)", plan.Title);
    }

    [Fact]
    public void A_paper_s_headline_over_its_lead_is_the_title_past_the_page_bar_and_the_column_name()
    {
        var page = Meta("""
            第A2版:要闻 上一版3  4下一版
            标题导航
            dlrb
            2017年08月07日 星期一
            3 上一篇  下一篇 4 放大 缩小 默认

            东鹤街道金钟地块征收启动

            涉及居民340余户、建筑面积约7万平方米

            本报讯(记者王某 通讯员项某)记者从区相关部门获悉,东鹤街道金钟地块征收工作正式启动。
            """);
        Assert.Equal("东鹤街道金钟地块征收启动", page.Title);
        var column = Meta("""
            2020年10月15日
            第04版:

            吴村镇

            集中精力美环境

            本报曲阜讯(通讯员 甄某)吴村镇聚焦重点环节,启动实施农村人居环境村庄梯次创建。
            """);
        Assert.Equal("集中精力美环境", column.Title);
    }

    [Fact]
    public void A_round_up_s_opening_heading_stays_its_title_though_an_item_below_has_a_lead()
    {
        var m = Meta("""
            某市:奋力打造中国式现代化县域示范

            近日召开的中共某市代表大会会议,盘点回顾了一年来的经济社会发展情况,并部署今年各项工作。

            某市委宣传部 某某晚报编辑部

            巡察助力社区道路“白改黑”

            本报讯 近日,某社区道路改造工程完工,居民出行更加便利。
            """);
        Assert.Equal("某市:奋力打造中国式现代化县域示范", m.Title);
    }

    [Fact]
    public void Photo_captions_are_no_title()
    {
        var m = Meta("""
            2月16日,某区第六届人民代表大会第二次会议在雄壮的国歌声中开幕。陈某某 摄
            区长李某作政府工作报告。陈某某 摄
            市人大常委会副主任黄某到会指导,并提出意见建议。韦某 摄
            大会现场
            本网某区讯 2月16日,某区第六届人民代表大会第二次会议在国歌声中隆重开幕。
            """);
        Assert.Null(m.Title);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    // A speech headed by its slogan, its kind in the subtitle line.
    [Fact]
    public void A_speech_s_subtitle_line_names_its_kind()
    {
        var m = Meta("凝心聚力 砥砺前行 奋力谱写现代化建设新篇章\n——在全县经济工作会议上的讲话\n县委书记  张某\n（2023年12月28日）\n同志们：\n这次全县经济工作会议的主要任务是总结今年工作，部署明年任务。");
        Assert.Equal("讲话", m.Kind);
        Assert.Equal("2023-12-28", m.Date);
    }

    // A heading set in two lines (a place named in full, then the rest and the kind) is joined under a page's menu as
    // at the text's top.
    [Theory]
    [InlineData("")]
    [InlineData("首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流\n")]
    public void A_two_line_heading_under_a_menu_is_one_title(string menu) =>
        Assert.Equal("承德市全面改善贫困地区义务教育薄弱学校基本办学条件工作汇报",
            Meta(menu + "承德市全面改善贫困地区义务教育薄弱学校\n基本办学条件工作汇报\n按照本次会议要求，现将我市工作进展情况汇报如下：\n一、进展情况").Title);

    // A page's title bar names the column before the site (…的通知_通知公告_某县人民政府): neither is the title's.
    [Theory]
    [InlineData("某县人民政府关于做好春季森林防火工作的通知_通知公告_某县人民政府门户网站")]
    [InlineData("某县人民政府关于做好春季森林防火工作的通知_政务公开_某某网")]
    [InlineData("某县人民政府关于做好春季森林防火工作的通知_某县人民政府")]
    public void A_title_bar_s_column_and_site_are_not_the_title(string bar)
    {
        var m = Meta(bar + "\n各乡镇人民政府，县直各单位：\n当前正值春季森林防火关键期，现就有关事项通知如下。\n一、加强巡查。");
        Assert.Equal("某县人民政府关于做好春季森林防火工作的通知", m.Title);
        Assert.Equal("通知", m.Kind);
    }

    // A speech's title bar over its speaker's byline and session line: the title bar is the heading, without its column
    // and site, and the byline (国务院总理 李克强) is neither the title nor part of it (found by the altered-forms tool's
    // titlebar form on national work reports).
    [Theory]
    [InlineData("政府工作报告")]
    [InlineData("在某某县第十七届人民代表大会第三次会议上的政府工作报告")]
    public void A_speech_s_title_bar_over_its_byline_is_the_title(string heading)
    {
        var m = Meta($"{heading}_政务公开_某某网\n国务院总理 李克强\n——2019年3月5日在第十三届全国人民代表大会第二次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。");
        Assert.Equal(heading, m.Title);
        Assert.Equal(2019, m.Year);
    }

    // A hall (网上大厅, 政务服务大厅) closing a site's menu is no issuer over a 关于-title; a province's department (厅) is.
    [Theory]
    [InlineData("资料下载\n网上大厅", "关于调整住房公积金贷款首付比例的通知", null)]
    [InlineData("政务服务大厅", "关于调整住房公积金贷款首付比例的通知", null)]
    [InlineData("河北省教育厅", "河北省教育厅关于调整住房公积金贷款首付比例的通知", "河北省教育厅")]
    public void A_hall_over_a_title_is_no_issuer(string above, string title, string? org)
    {
        var m = Meta(above + "\n关于调整住房公积金贷款首付比例的通知\n为促进全市房地产市场平稳健康发展，现将有关事项通知如下。\n一、购买首套住房的，贷款额度调整。");
        Assert.Equal(title, m.Title);
        Assert.Equal(org, m.Org);
    }
    // A page's links to other governments' sites (中央人民政府 | 某省人民政府 | 某市人民政府) over the heading: no issuer
    // joined to the heading, nor a title of its own, nor a national issuer (altered-forms' mention probe: a 西宁 notice
    // under such a bar was titled 中央人民政府 and filed under 全国).
    [Theory]
    [InlineData("中央人民政府 | 青海省人民政府 | 西宁市人民政府\n关于印发《西宁市关于支持刚性住房需求的若干措施》的通知\n为深入贯彻落实党中央国务院决策部署，提出如下工作措施：\n一、优化国有土地供应。")]
    [InlineData("中国政府网｜河南省人民政府｜郑州市人民政府\n关于印发《郑州市关于支持刚性住房需求的若干措施》的通知\n为深入贯彻落实党中央国务院决策部署，提出如下工作措施：\n一、优化国有土地供应。")]
    public void A_bar_of_other_governments_sites_is_neither_issuer_nor_title(string text)
    {
        var m = Meta(text);
        Assert.StartsWith("关于印发", m.Title);
        Assert.NotEqual("全国", m.RegionPath?[0]);
    }

    [Theory]
    [InlineData("中央人民政府 | 青海省人民政府 | 西宁市人民政府")]
    [InlineData("国务院｜某省人民政府｜某市人民政府")]
    public void A_bar_of_bodies_names_holds_no_title(string bar) => Assert.Equal("", ReportSearch.Ingestion.TitleLine.WithoutSiteName(bar));
}
