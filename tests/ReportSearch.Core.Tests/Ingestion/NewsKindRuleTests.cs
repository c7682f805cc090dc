using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Kind rules (issue 19, round two) for news items that name no kind: a headline where a unit does something, a
/// dateline by the day alone or after an opening sentence, a text speaking of a town in the third person (该乡), and a
/// reporter at work or a person quoted speaking.
/// Short paraphrased openings in the shapes of real county and town pages; each has a counterpart that is no news.
/// </summary>
public class NewsKindRuleTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("凤阳县黄湾乡深入开展秋季秸秆禁烧宣传工作")]
    [InlineData("界首市邴集乡加强做好暑期防溺水工作")]
    public void A_headline_where_a_unit_acts_is_news(string headline)
    {
        var m = Meta($"""
            {headline}

            为切实做好有关工作,乡党委、政府高度重视,多措并举,确保各项工作落到实处,取得了良好效果。
            """);
        Assert.Equal(headline, m.Title);
        Assert.Equal("新闻", m.Kind);
    }

    [Fact]
    public void A_unit_s_own_plan_titled_with_its_kind_stays_a_plan()
    {
        var m = Meta("""
            界首市邴集乡加强暑期防溺水工作方案

            为切实做好暑期防溺水工作,结合我乡实际,制定本方案。
            """);
        Assert.Equal("方案", m.Kind);
    }

    [Theory]
    [InlineData("23日,某某乡召开经济工作会,明确了今年的七大工作任务。")]
    [InlineData("为切实做好2021年春季征兵工作,鼓励适龄青年踊跃报名参军。1月5日,某县某镇组织召开征兵工作动员会。")]
    [InlineData("某某乡加强宣传,强化督查,扎实做好秋季秸秆禁烧工作。\n该乡通过喇叭广播、悬挂标语等多种形式,广泛宣传禁烧政策。")]
    [InlineData("2019年，某某县将紧扣低收入人口脱贫任务，进一步聚焦产业发展。\n做实产业扶贫，挖掘增收潜力。该县立足特色农业，培育壮大龙头企业。")]
    [InlineData("新春将至，某区慈善总会于2020年1月15日在区实验中学举行“爱心助学”助学金发放仪式，向85名学生发放助学金12万元。")]
    public void A_dated_or_third_person_opening_without_a_title_is_news(string opening)
    {
        var m = Meta(opening + "\n会议要求,各村要统一思想,狠抓落实,确保完成全年目标任务。");
        Assert.Equal("新闻", m.Kind);
    }

    [Theory]
    // A unit's staff on a visit on a day named inside the sentence, and a deed reported 日前 after an opening clause.
    [InlineData("我站工作人员8月3日前往某某乡东庄村、西坡村开展农村物流服务点的选址工作。\n工作人员与村民深入交流。", true)]
    [InlineData("近年来，研学旅行持续升温，日前，某县古镇景区推出了一批以古民居为主题的研学课程。\n课程包括陶艺、刺绣等。", true)]
    // A public account's post setting its opening as verse, a phrase a line.
    [InlineData("9月3日\n秋高气爽\n丹桂飘香\n来到某县社会福利院\n院里张灯结彩\n一场特别的集体生日会正在举行\n80多位老人欢聚一堂。", true)]
    // A text opening on the day it tells of.
    [InlineData("2019年7月26日，“泼水节”期间游客最为集中，是交通疏导任务最重的一天。\n执勤民警提前到岗，指挥车辆有序停放。", true)]
    [InlineData("近日，某县的生猪收购价格小幅回升，较上周每公斤上涨0.4元。\n业内人士认为价格将保持稳定。", true)]
    // A day ahead, or a meeting's result made known, is no news item.
    [InlineData("7月26日，某县将在人民广场举办农民丰收节活动，请广大群众合理安排出行。\n活动期间实行交通管制。", false)]
    [InlineData("我站工作人员定于8月3日前往某某乡东庄村开展农村物流服务点的选址工作，请各村做好准备。\n联系电话略。", false)]
    [InlineData("某区中级职称评审委员会于2019年9月6日召开评审会议，通过65人，现将通过人员名单予以公示。\n公示期为5个工作日。", false)]
    public void A_visit_or_a_deed_on_a_day_the_opening_names_is_news(string text, bool news) =>
        Assert.Equal(news, Meta(text).Kind == "新闻");

    [Fact]
    public void A_town_s_own_review_speaking_as_我镇_is_no_news()
    {
        var m = Meta("""
            2021年,我镇在县委、县政府的正确领导下,认真贯彻落实各项决策部署,较好地完成了全年各项目标任务。
            一是经济发展稳中有进。全镇完成地区生产总值12亿元,同比增长6%。
            """);
        Assert.NotEqual("新闻", m.Kind);
    }

    [Theory]
    [InlineData("在某市某镇老人桥村，记者见到了热情爽朗的村委会副主任，她于2011年参加工作。\n创业致富一直是她的心愿。")]
    [InlineData("初春时节的某镇北村，游客络绎不绝。“螃蟹养在水里的箱笼中，随吃随逮，保证鲜活供应。”村里渔家乐老板刘某说。\n北村党支部书记介绍，去年全村接待游客60万人次。")]
    // A feature opening on a spoken sentence, then its speaker (close after it, or a longer clause before 说道).
    [InlineData("“大棚建起来，合作社办起来，日子就红火起来！”说起这两年的变化，某村的村民们都竖起了大拇指。\n村里的20个蔬菜大棚每年为村集体带来租金8万元。")]
    [InlineData("“自从在网店上挂出党员户的牌子，这个月的订单多了一倍。”某镇青年党员电商张某某一边打开手机上的店铺后台数据一边兴奋地说道。\n近年来，某镇大力发展农村电商。")]
    // A reporter by another name, or unnamed after the day, who learned it from a meeting or a body.
    [InlineData("日前，笔者获悉，某工业园区一家食品企业建成全省首条海产品冻干生产线。\n该生产线年加工能力达5000吨。")]
    [InlineData("12日，从全县对口帮扶工作推进会上获悉，帮扶工作队进驻以来，30个帮扶村中已有18个村完成脱贫任务。\n今后还将加快产业项目建设。")]
    public void A_reporter_at_work_or_a_person_quoted_speaking_is_news(string text) =>
        Assert.Equal("新闻", Meta(text).Kind);

    [Theory]
    [InlineData("某区今年引导农户发展林下经济，新建中药材基地800亩，并配套建设观光步道。各街道建立标准化蔬菜基地600亩。（李明 晓光）", "新闻")]
    [InlineData("近年来，某区把海产品精深加工作为绿色产业发展的重点。\n据介绍，全区海产品加工企业年产值已超过8亿元。\n（王建新 陈某）", "新闻")]
    [InlineData("请各单位于3月10日前将报名表报送区人社局。\n（联系人 张某 李某）", null)] // the contact persons, not writers
    [InlineData("某区今年新建中药材基地800亩，并配套建设观光步道。（试行）", null)] // one word in brackets
    public void A_text_closing_on_its_writers_names_in_brackets_is_news(string text, string? kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Theory]
    [InlineData("各村、镇直各单位：\n经研究，定于2020年1月15日在镇文化站举行全镇春节联欢晚会，现将有关事项通知如下。")] // a day announced ahead
    [InlineData("各村、镇直各单位：\n镇政府将于1月15日上午在镇文化站举办农村实用技术培训班，请各村选派2名学员参加。")]
    [InlineData("某市人民政府关于某县违规占用耕地问题的通报\n各县区人民政府：\n近期，省自然资源厅督查发现某县违规占用耕地120亩。该县未按要求整改到位。")] // a superior's 通报, titled so
    public void A_ceremony_announced_ahead_is_no_news(string text) =>
        Assert.NotEqual("新闻", Meta(text).Kind);

    [Theory]
    [InlineData("为做好记者证核发工作，现将有关事项安排如下。\n一、核发范围\n各新闻单位按要求申报。")] // 记者 named, no reporter at work
    [InlineData("坚持“绿水青山就是金山银山”的发展理念，全镇今年完成造林1200亩。\n二、存在问题\n资金投入不足。")] // a slogan quoted, nobody speaking
    [InlineData("“两山”理念深入人心。全镇今年完成造林1200亩，说明生态建设成效明显。\n二、存在问题\n资金投入不足。")] // a slogan opening, nobody speaking
    [InlineData("“十四五”时期是全面建设社会主义现代化国家的开局时期。根据省委、省政府要求，现就有关工作提出如下意见。")] // a period quoted, no sentence
    [InlineData("经研究，现将从各乡镇获悉的防汛隐患排查情况通报如下。\n一、总体情况\n共排查隐患点35处。")] // 获悉 with no day or reporter before it
    [InlineData("同志们：\n今天，我们召开全镇经济工作会议，主要任务是总结去年工作，部署今年任务。")] // a speech tells of its own meeting
    [InlineData("各位领导、同志们：\n今天，我们在这里召开全县安全生产工作会议，部署下一阶段工作。")]
    public void Reporters_named_or_slogans_quoted_are_not_news(string text) =>
        Assert.NotEqual("新闻", Meta(text).Kind);

    // A day-led sentence above the formula by which a document names its own kind is the document telling what it
    // reports, not a reporter's lead: the formula decides.
    [Theory]
    [InlineData("县委、县政府：\n近日，我镇召开专题会议，研究部署秸秆禁烧工作，现将有关情况报告如下：\n一、主要做法", "报告")]
    [InlineData("各村（社区）：\n3月5日，县防汛抗旱指挥部召开会议，部署今年防汛工作。为贯彻会议精神，现将有关事项通知如下：\n一、提高认识", "通知")]
    [InlineData("3月5日，镇党委召开全体干部大会，部署全年工作。会后，各村迅速行动。现将一季度工作总结如下：\n一、主要工作", "总结")]
    [InlineData("为切实做好今年防汛工作，3月5日，镇政府召开专题会议进行部署。结合我镇实际，特制定本方案。\n一、指导思想", "方案")]
    public void A_formula_naming_the_documents_kind_beats_a_day_led_opening(string text, string kind) =>
        Assert.Equal(kind, Meta(text).Kind);

    [Theory]
    [InlineData("今年以来，灌南县加大对困难群体扶贫力度，切实加大对贫困人口的支持力度。\n年初以来累计救助困难家庭1345户。", "新闻")]
    [InlineData("近年来，连云港市灌云县突出产业扶贫，累计投入帮扶资金6.02亿元。\n全县低收入人口全部脱贫。", "新闻")]
    [InlineData("今年以来，我县加大对困难群体扶贫力度，切实加大对贫困人口的支持力度。\n年初以来累计救助困难家庭1345户。", null)] // the county's own words
    // The unit first, then the stretch of time.
    [InlineData("宿迁市沭阳县桑墟镇近年来积极探索党建引领电商发展的新路子，全镇活跃网店已达600余家。\n镇党委在电商产业园成立党支部。", "新闻")]
    [InlineData("沭阳县今年以来，加大农村公路建设力度，新改建农村公路120公里。\n全县建成“四好农村路”示范乡镇3个。", "新闻")]
    [InlineData("我镇近年来积极探索党建引领电商发展的新路子，全镇活跃网店已达600余家。\n镇党委在电商产业园成立党支部。", null)] // the town's own words
    // A season or a festival as the stretch of time.
    [InlineData("连日来，桑墟镇组织干部深入田间地头，指导农户抢收抢种。\n各村落实到位，群众反响良好。", "新闻")]
    [InlineData("春节前夕，桑墟镇党委书记带队走访慰问困难群众，送上慰问金和生活用品。\n各村落实到位，群众反响良好。", "新闻")]
    [InlineData("当前正值春耕生产关键时期，桑墟镇积极组织农技人员下乡服务。\n各村落实到位，群众反响良好。", "新闻")]
    [InlineData("春节前夕，我镇党委书记带队走访慰问困难群众，送上慰问金和生活用品。\n各村落实到位，群众反响良好。", null)] // the town's own words
    // A feature's lead walking into the place.
    [InlineData("走进沭阳县桑墟镇新华村，只见一排排大棚整齐排列，农户正忙着采摘。\n各村落实到位，群众反响良好。", "新闻")]
    [InlineData("走进新时代，我们要以更加饱满的热情投入工作。\n各村落实到位，群众反响良好。", null)] // no place walked into
    public void A_unit_named_in_the_third_person_after_a_stretch_of_time_is_news(string text, string? kind) =>
        Assert.Equal(kind, Meta(text).Kind);
}
