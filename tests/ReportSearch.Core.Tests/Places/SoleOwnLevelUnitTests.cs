using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A text that speaks of itself as a town or a county (我镇, 本县) and names one unit of that level in full is that unit's,
/// even saying it once (paraphrased town and county notices). Two units of the level, or a short form only, decide
/// nothing; neither does a text with no such words.
/// </summary>
public class SoleOwnLevelUnitTests
{
    // The opening is the first sentence (where no place stands); the body the whole text.
    private static RegionResult Of(string body) => RegionRecognizer.Recognize([(DocumentZone.Opening, body[..(body.IndexOf('。') + 1)]), (DocumentZone.Body, body)]);

    [Fact]
    public void A_town_notice_saying_我镇_and_naming_its_office_is_the_towns()
    {
        var r = Of("为了加强我镇计划生育技术服务工作，经党委、政府研究决定公开招聘技术服务人员。应聘者须具有本县常住户口。报名地点：钱库镇计生办公室。");
        Assert.Equal(["浙江省", "温州市", "苍南县", "钱库镇"], r.Place?.Path);
        Assert.True(r.IsStrong);
    }

    [Fact]
    public void A_county_notice_saying_我县_and_naming_its_government_is_the_countys()
    {
        var r = Of("为适应我县医疗卫生事业发展需要，经研究决定提前招聘毕业生。招聘依据中共苍南县委、苍南县人民政府《关于促进高校毕业生就业的意见》精神。");
        Assert.Equal(["浙江省", "温州市", "苍南县"], r.Place?.Path);
    }

    [Fact]
    public void A_news_item_speaking_of_its_town_as_该镇_and_naming_it_in_full_is_the_towns()
    {
        var r = Of("1983年，农技专家就在江苏省句容市白兔镇推广种植草莓，由此开启了该镇草莓产业发展之路。如今该镇草莓品牌知名度不断扩大。");
        Assert.Equal(["江苏省", "镇江市", "句容市", "白兔镇"], r.Place?.Path);
        Assert.True(r.IsStrong);
    }

    // A county's work report says 全县 throughout and names its partners in Beijing about as often as itself: the
    // weight of mentions cannot tell the province, but the one county named in full is the one speaking.
    private const string CountyReport = "各位代表：现在，我代表县人民政府，向大会作工作报告。2017年，全县上下抓住京津冀协同发展机遇，易县生产总值增长8%。"
        + "北京市海淀区、丰台区与我们结对帮扶，海淀区援建学校三所。全县新增就业三千人，易县旅游收入增长两成，全县贫困人口减少一半，易县脱贫。";

    [Fact]
    public void A_county_report_saying_全县_throughout_is_the_one_county_it_names_where_the_weight_is_in_doubt()
    {
        var r = Of(CountyReport);
        Assert.Equal(["河北省", "保定市", "易县"], r.Place?.Path);
        Assert.True(r.IsStrong);
    }

    // The other party of an agreement or the example learnt from (与兰考县签订, 学习借鉴兰考县) is another county than the
    // one speaking.
    [Theory]
    [InlineData("全县新增就业三千人", "全县与河南省开封市兰考县签订劳务协作协议，全县新增就业三千人")]
    [InlineData("全县新增就业三千人", "全县学习借鉴河南省开封市兰考县经验，全县新增就业三千人")]
    public void A_county_report_naming_a_counterpart_county_is_still_the_county_it_names(string part, string replacement)
    {
        var r = Of(CountyReport.Replace(part, replacement));
        Assert.Equal(["河北省", "保定市", "易县"], r.Place?.Path);
        Assert.True(r.IsStrong);
    }

    [Theory]
    [InlineData("易县旅游收入", "易县、涞水县旅游收入")] // two counties of its level
    [InlineData("全县新增就业三千人", "全省新增就业三千人，全省新增企业，全省新增项目，全省")] // a province's words as many
    public void 全县_over_two_counties_or_beside_a_provinces_words_decides_nothing(string part, string replacement) =>
        Assert.False(Of(CountyReport.Replace(part, replacement)).IsStrong);

    // A plan assigning its tasks to its own departments names them by their level alone (县金融事务中心, never
    // 长沙县金融事务中心): the county speaking of itself, as 本县 is. Built of articles, so no rule on the one place named
    // applies; the county is named in full twice.
    private const string CountyPlan = "为推动房地产市场平稳健康发展，结合长沙县实际，制定推动长沙县房地产市场平稳健康发展若干措施如下：\n"
        + "第一条 加大金融服务力度。提高公积金贷款额度，支持异地公积金购房。（责任单位：县金融事务中心、县公积金中心）\n"
        + "第二条 优化土地供应。科学确定土地供应节奏。（责任单位：县自然资源局、县住房城乡建设局）";

    [Fact]
    public void A_county_plan_assigning_its_tasks_to_县_departments_is_the_county_it_names()
    {
        var r = Of(CountyPlan);
        Assert.Equal(["湖南省", "长沙市", "长沙县"], r.Place?.Path);
        Assert.True(r.IsStrong);
    }

    [Fact]
    public void A_city_plan_assigning_its_tasks_to_市_departments_is_the_city_it_names_twice()
    {
        var r = Of("为推动房地产业回稳健康发展，制定如下措施。\n第一条 支持购买新建商品住房。在达州市中心城区购房的，给予财政补贴。（牵头单位：市住房城乡建设局；配合单位：市财政局）\n"
            + "第二条 支持住房公积金贷款。在达州市缴存公积金的职工可申请贷款。（牵头单位：市住房公积金中心）");
        Assert.Equal(["四川省", "达州市"], r.Place?.Path);
        Assert.True(r.IsStrong);
    }

    [Theory]
    [InlineData("（责任单位：县自然资源局、县住房城乡建设局）", "（由自然资源部门负责）")] // assigned once: perhaps a quoted line
    [InlineData("（责任单位：县金融事务中心、县公积金中心）", "（责任单位：各县（市、区）人民政府）")] // the units below, not its own
    [InlineData("结合长沙县实际", "结合长沙县实际，参照平江县做法")] // two counties of its level
    public void Assignments_once_to_the_units_below_or_over_two_counties_decide_nothing(string part, string replacement) =>
        Assert.False(Of(CountyPlan.Replace(part, replacement)).IsStrong);

    [Theory]
    [InlineData("为了加强我镇计划生育工作，经研究决定公开招聘。报名地点：钱库镇计生办公室，或金乡镇卫生院。")] // two towns
    [InlineData("1983年，农技专家在白兔镇和天王镇推广种植草莓，由此开启了该镇草莓产业发展之路。")] // 该镇 over two towns
    [InlineData("为了加强计划生育技术服务工作，经研究决定公开招聘。报名地点：钱库镇计生办公室，或藻溪镇卫生院。")] // no self-reference: mentions only (one town alone: OnlyPlaceNamedTests)
    [InlineData("为深入学习浙江经验，3月5日，我县组织乡镇党委书记赴浙江省湖州市安吉县考察学习。通过考察，大家开阔了眼界。")] // the county it travels to
    [InlineData("3月5日，我县考察团一行前往江苏省宿迁市沭阳县学习电商发展经验。")]
    // A party visiting the author is the guest: the unnamed host is the author.
    [InlineData("近日，湖州市安吉县党政代表团莅临我县考察，县委书记陪同考察。代表团一行先后参观了县电商产业园，对我县的发展成效给予了高度评价。")]
    [InlineData("3月5日，安吉县考察团一行12人来我镇考察交流美丽乡村建设工作。镇党委书记陪同考察团参观了村级文化礼堂和农家乐示范点。")]
    [InlineData("5月8日下午，安吉县委副书记带队来我区开展对口帮扶工作调研，区领导陪同调研，双方召开了座谈会。")]
    // Coming with no place named after it, as only a guest comes (一行前来考察, 带队莅临指导).
    [InlineData("近日，甘肃省张掖市民乐县考察团一行前来考察交流，县委书记陪同考察。考察团对我县的发展成效给予了高度评价。")]
    [InlineData("5月8日，安吉县委副书记带队莅临指导，区领导陪同调研，双方召开了座谈会。")]
    // A guest named again elsewhere, and a partner, are still other units.
    [InlineData("近日，我县对口支援的新疆阿克苏地区温宿县党政代表团来我县考察交流，双方进行了座谈。温宿县代表团对我县的支援表示感谢。")]
    [InlineData("为进一步加强我县与浙江省杭州市萧山区的劳务协作，经双方协商，萧山区将为我县提供就业岗位2000个，我县负责组织劳动力转移就业。")]
    public void Two_units_of_the_level_or_no_self_reference_decide_nothing(string body) =>
        Assert.False(Of(body).IsStrong);
}

/// <summary>
/// A province's reply or notice to one of its cities or to its own departments, in the province's voice (经省政府研究,
/// 省政府同意), is the province's, as a ministry's answer to one province is national; a city saying 我市 is its own.
/// </summary>
public class ProvinceAnswerTests
{
    private static RegionResult Of(string text) =>
        RegionRecognizer.Recognize([(DocumentZone.Opening, text), (DocumentZone.Body, text)]);

    [Theory]
    [InlineData("邯郸市人民政府：\n你市《关于设立青崖寨自然保护区的请示》收悉。经省政府研究，同意设立。")]
    [InlineData("省交通厅、省财政厅：\n你们的请示收悉。鉴于涞源县修建水库，省政府同意收费站位置东移。")]
    [InlineData("邯郸市人民政府：\n你市《关于某收费站重新立项的请示》收悉。日前，省建设厅、省财政厅、省物价局会同有关部门对该收费项目进行了清理，现函复如下。")] // its departments acting together
    public void The_provinces_voice_to_a_city_or_its_departments_is_the_province(string text) =>
        Assert.Equal(["河北省"], Of(text).Place?.Path);

    [Fact]
    public void A_city_speaking_of_itself_stays_the_city()
    {
        var r = Of("邯郸市人民政府：\n经省政府同意，我市设立青崖寨自然保护区，全市各有关部门要认真落实。");
        Assert.NotEqual(["河北省"], r.Place?.Path);
    }
}
