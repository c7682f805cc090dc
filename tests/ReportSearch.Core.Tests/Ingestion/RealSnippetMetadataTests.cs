using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Metadata rules on short openings of real public pages, one per layout issue 19 lists (header blocks as tables,
/// key: value lines, bullet lists and two fields on a line; date lines; titles with a 文号 or a date on them; 文号 in
/// every bracket form; 时效性; summary-and-plan titles; national addressee lines). Each snippet is a few lines of the
/// page, trimmed; its address is noted above it. Expected values are what a careful reader of the snippet concludes.
/// </summary>
public class RealSnippetMetadataTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    // https://wsjkw.zj.gov.cn/art/2023/4/25/art_1229123468_5105599.html
    private const string ZhejiangHealthNotice = """
        计划总结
        索 引 号: 002482365/2023-00095 公开日期: 2023-04-22
        发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号

        浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知

        发布日期: 2023-04-25 17:10 信息来源: 省卫生健康委 浏览次数:

        各市、县(市、区)卫生健康委(局),省级医疗卫生单位:
        现将2023年浙江省卫生健康工作要点印发给你们,请各地各单位认真组织实施。
        浙江省卫生健康委
        2023年4月22日
        """;

    [Fact]
    public void Two_fields_on_a_line_with_spaced_labels_are_split_and_the_column_label_is_not_the_title()
    {
        var m = Meta(ZhejiangHealthNotice);
        Assert.Equal("浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知", m.Title);
        Assert.Equal("浙江省卫生健康委", m.Org); // the 发布机构 field alone, not "省卫生健康委 文 号: …", qualified by its province
        Assert.Equal("浙卫发〔2023〕10号", m.DocNumber);
        Assert.Equal("2023-04-22", m.Date); // the signature date, not the posting date
        Assert.Equal(2023, m.Year);
        Assert.Equal("通知", m.Kind);
        Assert.Equal(["浙江省"], m.RegionPath);
    }

    // http://wxjkq.wuxi.gov.cn/doc/2023/01/17/3867005.shtml
    private const string HuazhuangSummary = """
        当前位置:首页 > 华庄街道 > 政府信息公开 > 政府信息公开目录 > 重点工作
        华庄街道2022年工作总结
        发布时间:2023-01-17 15:00     发布部门:华庄街道     阅读次数:
        索引号 MB1670946/2023-00023 生成日期 2023-01-17 公开日期 2023-01-17
        文件编号 发布机构 华庄街道办事处 效力状况 有效
        内容概述 华庄街道2022年工作总结
          2022年是党的二十大召开之年,是“十四五”规划的关键之年,也是华庄街道抢抓新机遇、应对新挑战、实现新发展的奋进之年。
        """;

    [Fact]
    public void A_table_flattened_to_text_without_colons_is_a_header_and_an_empty_field_stays_empty()
    {
        var report = ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(HuazhuangSummary));
        var m = report.Metadata;
        Assert.Equal("华庄街道2022年工作总结", m.Title);
        Assert.Equal("2023-01-17", m.Date); // 生成日期
        Assert.Null(m.DocNumber); // 文件编号 is printed empty; the 索引号 is never the 文号
        Assert.Equal(DocumentValidity.InForce, m.Validity); // 效力状况 有效
        Assert.Equal(2022, m.Year);
        Assert.Equal("总结", m.Kind);
        Assert.Equal("华庄街道", m.District);
        var body = string.Join("\n", report.Sections.Select(s => s.Text));
        Assert.DoesNotContain("MB1670946", body);
        Assert.DoesNotContain("效力状况", body);
    }

    // http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml
    private const string ZhenbaRules = """
        镇巴县人民政府工作规则
          • 索引号:
            6107280000/2024-001005
          • 主题分类:
          • 来源:
          • 发文机构:
            县政府网站
          • 发文字号:
            镇政发〔2024〕7号
          • 发文日期:
            2024年04月06日 16:40
          • 有效性:
          • 发布日期:
            2024年04月06日 16:34
          • 内容概述:
        镇巴县人民政府工作规则
        第一章总则
        一、根据《中华人民共和国宪法》,参照《陕西省人民政府工作规则》《汉中市人民政府工作规则》的有关规定,结合本县实际,制定本规则。
        """;

    [Fact]
    public void A_bullet_list_with_values_on_the_next_line_is_a_header()
    {
        var m = Meta(ZhenbaRules);
        Assert.Equal("镇巴县人民政府工作规则", m.Title);
        Assert.Equal("镇政发〔2024〕7号", m.DocNumber);
        Assert.Equal("2024-04-06", m.Date);
        Assert.Equal(2024, m.Year);
        Assert.Equal("规则", m.Kind);
        Assert.Null(m.Validity); // 有效性 printed empty
        Assert.Equal("镇巴县", m.District);
    }

    // A catalogue block that calls its validity field 状态 (key: value lines, as policy libraries print them).
    [Theory]
    [InlineData("有效", DocumentValidity.InForce)]
    [InlineData("失效", DocumentValidity.Repealed)]
    [InlineData("已发布", null)]
    public void A_status_field_gives_the_validity_only_when_it_speaks_of_validity(string status, string? validity)
    {
        var m = Meta($"标题: 七宝镇限额以下小型建设工程管理的实施意见\n文号: 闵七府〔2020〕21号\n发布单位: 上海市闵行区七宝镇人民政府\n发布日期: 2020-09-27\n状态: {status}\n各村委会、居委会:\n为加强小型建设工程管理,现提出如下意见。");
        Assert.Equal(validity, m.Validity);
        Assert.Equal("闵七府〔2020〕21号", m.DocNumber);
        Assert.Equal("上海市闵行区七宝镇人民政府", m.Org);
    }

    // https://www.anji.gov.cn/hzgov/front/s587/zwgk/zfgzbg/20230224/i3513966.html
    private const string ChangshuoSummaryAndPlan = """
        昌硕街道2022年工作总结和2023年工作计划
        - 时间:2023-02-24
        一、2022年工作回顾
        2022年以来,在县委县政府、街道党工委的坚强领导下,在街道人大工委的监督支持下,街道办事处深度驱动经济社会发展。
        """;

    // http://www.qiantang.gov.cn/art/2023/1/12/art_1229609183_4133255.html
    private const string BaiyangSummaryAndIdeas = """
        白杨街道2022年工作总结及2023年工作思路
        发布日期:2023-01-12 17:22 信息来源:白杨街道
        今年以来,白杨街道在区委、区政府的坚强领导下,团结依靠广大党员群众,扎实推进各项工作。
        一、2022年工作成效
        """;

    [Theory]
    [InlineData(ChangshuoSummaryAndPlan, "昌硕街道2022年工作总结和2023年工作计划", "2023-02-24")]
    [InlineData(BaiyangSummaryAndIdeas, "白杨街道2022年工作总结及2023年工作思路", "2023-01-12")]
    public void A_summary_and_plan_title_is_a_summary_of_the_year_reviewed_dated_by_its_date_line(string text, string title, string date)
    {
        var m = Meta(text);
        Assert.Equal(title, m.Title);
        Assert.Equal("总结", m.Kind);
        Assert.Equal(2022, m.Year);
        Assert.Equal(date, m.Date);
    }

    // https://0798ci.com/law/8240.html — re-posted in 2016; the 文号 under the title gives the year. (Blank lines as on
    // the page: without them the plain-text reader re-joins these lines as hard-wrapped text.)
    private const string ShandongBudgetOpinion = """
        鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》

        浏览量:          时间:2016-01-17 23:45:19

        山东省人民政府关于深化预算管理制度改革的实施意见

        鲁政发〔2014〕20号

        各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校:
        现代预算制度是现代财政制度的基础。
        """;

    [Fact]
    public void A_doc_number_glued_to_the_title_is_split_off_and_a_reposting_date_does_not_make_the_year()
    {
        var m = Meta(ShandongBudgetOpinion);
        Assert.Equal("山东省人民政府关于深化预算管理制度改革的实施意见", m.Title);
        Assert.Equal("鲁政发〔2014〕20号", m.DocNumber);
        Assert.Equal("意见", m.Kind);
        Assert.Equal(2014, m.Year);
        Assert.Equal("山东省人民政府", m.Org);
        Assert.Equal(["山东省"], m.RegionPath);
    }

    // http://www.hcv8jop0ns9r.cn/jsfw/jsbz/content_3638 — traditional script with pinyin readings, national addressees.
    private const string NationalVaccinationNotice = """
        國(guó)家疾控局綜合司 國(guó)家衛(wèi)生健康委辦公廳關(guān)于印發(fā)預(yù)防接種工作規(guī)范(2023年版)的通知
        國(guó)疾控綜衛(wèi)免發(fā)〔2023〕17號(hào)
        各省、自治區(qū)、直轄市及新疆生產(chǎn)建設(shè)兵團(tuán)疾控局、衛(wèi)生健康委,中國(guó)疾控中心、中華預(yù)防醫(yī)學(xué)會(huì):
        現(xiàn)印發(fā)給你們,請(qǐng)遵照?qǐng)?zhí)行。
        國(guó)家疾控局綜合司
        國(guó)家衛(wèi)生健康委辦公廳
        2023年11月30日
        """;

    [Fact]
    public void A_central_notice_in_traditional_script_with_pinyin_is_national_with_its_doc_number()
    {
        var m = Meta(NationalVaccinationNotice);
        Assert.Equal(["全国"], m.RegionPath);
        Assert.Equal("国疾控综卫免发〔2023〕17号", m.DocNumber);
        Assert.Equal("2023-11-30", m.Date);
        Assert.Equal(2023, m.Year);
        Assert.Equal("通知", m.Kind);
    }

    // https://bdocx.com/doc/5043956.html — the 文号 in parentheses under the title, the date in Chinese numerals.
    private const string AlxaNotice = """
        阿拉善盟行政公署办公室关于印发阿拉善盟行政公署办公室公文处理实施细则及文种式样的通知
        (阿署办发〔2007〕22号)
        各旗人民政府,行署各委、办、局,阿拉善开发区,各大企业:
        根据工作需要,对《阿拉善盟行政公署办公室公文处理实施细则》进行了修改和完善,现印发给你们,望认真贯彻执行。
        二○○七年六月五日
        """;

    [Fact]
    public void A_doc_number_in_brackets_under_the_title_is_the_documents()
    {
        var m = Meta(AlxaNotice);
        Assert.Equal("阿署办发〔2007〕22号", m.DocNumber);
        Assert.Equal("2007-06-05", m.Date);
        Assert.Equal(2007, m.Year);
    }

    // http://www.dongyang.gov.cn/art/2023/3/21/art_1229692327_59603057.html — cites other 文号 in the body.
    private const string DongyangNotice = """
        东阳市人民政府办公室 关于印发《东阳市促进残疾人就业行动实施方案(2023—2025年)》的通知
        发布日期:2023-03-21访问次数: 信息来源:东阳市人民政府办公室
        各镇、乡人民政府,各街道办事处,市政府各部门:
        《东阳市促进残疾人就业行动实施方案(2023—2025年)》已经市政府同意,现印发你们,请结合实际认真贯彻落实。
        东阳市人民政府办公室
        2023年3月13日
        (此件公开发布)
        为贯彻落实《浙江省人民政府办公厅关于印发〈浙江省促进残疾人就业行动方案(2022—2025年)〉的通知》(浙政办发〔2022〕59号)精神,制定本实施方案。
        """;

    [Fact]
    public void A_cited_doc_number_is_not_the_documents_and_the_signature_date_beats_the_posting_date()
    {
        var m = Meta(DongyangNotice);
        Assert.Null(m.DocNumber);
        Assert.Equal("2023-03-13", m.Date);
        Assert.Equal(2023, m.Year);
        Assert.Equal("通知", m.Kind);
        Assert.Equal("东阳市", m.District);
    }

    // http://www.yimiaomei.com/bg/gz/434.html — a district work report without a year in its opening: year unknown.
    [Fact]
    public void A_work_report_without_a_session_line_or_year_has_no_year()
    {
        var m = Meta("""
            区长在代表会上工作汇报
            各位代表:
            现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。
            一、五年政府工作回顾
            五年来,区十六届人大一次会议确定的各项任务全面完成,“十一五”规划目标提前实现,“十二五”规划开局良好。
            """);
        Assert.Equal("报告", m.Kind);
        Assert.Null(m.Year);
        Assert.Null(m.RegionPath);
    }

    [Theory]
    [InlineData("国发〔2017〕35号")]
    [InlineData("国发[2017]35号")]
    [InlineData("国发（2017）35号")]
    [InlineData("国发(2017)35号")]
    [InlineData("国发【2017】35号")]
    [InlineData("国发 〔2017〕 35 号")]
    [InlineData("國發〔2017〕35號")]
    [InlineData("国发［２０１７］３５号")]
    public void Every_bracket_form_of_a_doc_number_has_one_key(string written)
    {
        Assert.Equal("国发〔2017〕35号", DocNumberText.Canonical(written));
        Assert.Equal(DocNumberText.Key("国发〔2017〕35号"), DocNumberText.Key(written));
        Assert.NotEqual(DocNumberText.Key("国发〔2017〕36号"), DocNumberText.Key(written));
    }

    [Theory]
    // An index number (索引号) has no 〔year〕serial号 shape and is never a 文号.
    [InlineData("002482365/2023-00095")]
    [InlineData("MB1670946/2023-00023")]
    [InlineData("")]
    public void An_index_number_is_not_a_doc_number(string text) => Assert.Null(DocNumberText.Canonical(text));

    // The date forms issue 19 quotes from real pages, glued time included.
    [Theory]
    [InlineData("时间:2020-01-15", "2020-01-15")]
    [InlineData("发布时间 | 2021-02-10", "2021-02-10")]
    [InlineData("发文日期 2017年06月28日", "2017-06-28")]
    [InlineData("2021-03-2918:26", "2021-03-29")]
    public void Date_lines_in_every_form_give_the_date(string line, string date)
    {
        var m = Meta($"某县人民政府关于做好防汛工作的通知\n{line}\n各乡镇人民政府:\n请认真做好防汛工作。");
        Assert.Equal(date, m.Date);
    }

    [Fact]
    public void The_issuing_line_at_the_end_gives_date_and_org()
    {
        var m = Meta("关于进一步加强安全生产工作的意见\n各市人民政府:\n请认真贯彻执行。\n一、总体要求\n压实责任。\n山东省人民政府办公厅2020年12月10日印发");
        Assert.Equal("2020-12-10", m.Date);
        Assert.Equal(2020, m.Year);
        Assert.Equal("山东省人民政府办公厅", m.Org);
        Assert.Equal(MetadataOrigin.IssuedLine, m.Origins.Date);
    }

    [Fact]
    public void A_year_cited_as_an_origin_does_not_beat_the_documents_own()
    {
        var m = Meta("关于印发某县突发事件总体应急预案的通知\n各乡镇:\n原2007年印发的预案同时废止。\n2019年5月6日");
        Assert.Equal(2019, m.Year);
    }

    // A progress report names its plan's period (2014-2018年) before the year it reports on.
    [Theory]
    [InlineData("2014-2018年")]
    [InlineData("2014—2018年")]
    [InlineData("2014年-2018年")]
    public void The_end_of_a_period_is_not_the_reports_year(string period)
    {
        var m = Meta($"某市教育局\n关于薄弱学校改造工作进展情况的汇报\n现将有关情况汇报如下：\n一、规划需求情况\n{period}，我市共需资金31.98亿元。\n二、本年进展情况\n2014年全市共投入资金6.49亿元。");
        Assert.Equal(2014, m.Year);
    }

    // A year inside a cited title, or of an event in something's history, is not the document's; a day ahead in the
    // document's own year does not make it the year before.
    [Theory]
    [InlineData("各村（社区）：\n根据《2018年度考核办法》，现将2022年度考核结果通报如下：\n一、先进单位", 2022)]
    [InlineData("某镇历史沿革\n1958年成立人民公社，1983年改为乡，2000年撤乡建镇。\n全镇面积98平方公里。", null)]
    [InlineData("近日，某镇1998年建成的老桥完成加固改造。\n改造后通行能力大幅提升。", null)]
    // The year an event began, 以来 after it, even opening the text; a summary's own 2022年以来， still is its year.
    [InlineData("2020年新冠肺炎疫情发生以来，某镇党委第一时间成立疫情防控指挥部。3月14日，镇党委书记带队检查复工复产情况。", null)]
    [InlineData("近日，某镇召开专题会议。2018年脱贫攻坚战打响以来，某镇累计投入资金3000万元。", null)]
    [InlineData("2022年以来，在县委、县政府的正确领导下，某镇紧紧围绕年初确定的目标任务扎实推进各项工作。", 2022)]
    // Planning days ahead in the year is not looking ahead to the year's work (部署2024年各项工作 is).
    [InlineData("3月5日，某镇召开会议，部署2023年4月1日至6月30日开展的安全生产大检查工作。\n会议要求，各村要切实抓好落实。", 2023)]
    public void A_cited_titles_year_a_historys_year_or_a_day_ahead_is_not_misread(string text, int? year) =>
        Assert.Equal(year, Meta(text).Year);

    [Fact]
    public void A_header_field_never_becomes_the_title_and_a_name_field_is_the_title()
    {
        var m = Meta("文件编号: 发文日期: 2021-12-07\n名称: 关于开展冬季安全检查的通知\n废止时间:\n\n各村(社区):\n请认真开展检查。");
        Assert.Equal("关于开展冬季安全检查的通知", m.Title);
        Assert.Equal("2021-12-07", m.Date);
        Assert.Null(m.DocNumber);
    }
}
