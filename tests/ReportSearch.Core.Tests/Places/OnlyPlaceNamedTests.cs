using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A body-only text (no title, no issuer, no 我县) that names one unit, with the units above it, and no other place is
/// that unit's; a second branch, a province alone, a name that may be a phrase, a text speaking at another level, a unit
/// above named more often, and a central body opening the text stay unknown. Snippets of my own.
/// </summary>
public class OnlyPlaceNamedTests
{
    private static RegionResult Of(string body) => RegionRecognizer.Recognize([(DocumentZone.Body, body)]);

    private static string Shown(RegionResult r) => $"{(r.National ? "全国" : r.Place?.Name)} {r.Evidence}";

    [Theory]
    // A town's news item: its province and city chained before it, once each.
    [InlineData("九月正是葡萄成熟的季节，位于江苏省镇江市吕城镇的一家种植合作社里，社员们正忙着采摘装箱。合作社负责人介绍，今年亩产比去年提高了两成。", "吕城镇")]
    // 本区域 is no district speaking.
    [InlineData("九月，江苏省镇江市吕城镇的葡萄园迎来采摘季，本区域内的种植户正忙着装箱发货。", "吕城镇")]
    // A county named twice and nothing else.
    [InlineData("建水县文化馆开设围棋公益班。今年，建水县又组织了少年围棋比赛，参赛选手达百余人。", "建水县")]
    // A reply to a city leader's mailbox about a case in the city.
    [InlineData("雅安市委书记信箱来信：某小区旁工地夜间施工，噪音扰民。办理情况：经核查，施工单位已停止夜间作业，城管部门将加强巡查。", "雅安市")]
    // A town named once, in full, as where a centre's staff went.
    [InlineData("中心工作人员7月5日前往会川镇王家咀村、河里庄村开展电子商务服务点选点工作，与意向合伙人深入交流。", "会川镇")]
    // A town's recruitment notice naming its office.
    [InlineData("为了加强计划生育技术服务工作，经研究决定公开招聘。报名地点：钱库镇计生办公室。", "钱库镇")]
    public void The_one_place_named_is_the_subject(string body, string expected)
    {
        var found = Of(body);
        Assert.True(found.IsStrong && found.Evidence == RegionEvidence.OnlyPlace && found.Place?.Name == expected, Shown(found));
    }

    [Theory]
    // Two branches: a case one county's police handled in another.
    [InlineData("今年1月，平阳县公安局接到群众举报，称在苍南县钱库镇有人制售假发票，随即展开调查并捣毁窝点。")]
    // A province alone: a city's or a ministry's notice cites its province's rules as often.
    [InlineData("根据《山东省住房公积金管理条例》，现将本年度住房公积金缴存基数调整事项通知如下。")]
    // A county's text naming its city: it speaks as a county.
    [InlineData("按照宜宾市统一部署，我县开展住房公积金专项检查，检查结果将向社会公布。")]
    // A province's text naming its capital: 省直 is the province's own word.
    [InlineData("省直单位缴存职工在成都市购买首套住房的，可申请住房公积金贷款。")]
    // The province named more often than the one city: the province's text.
    [InlineData("河南省出台措施支持刚需购房。河南省各地可结合实际执行，郑州市率先落地。河南省将加强督导。")]
    // A district's name that is a phrase: 老城区, the old town.
    [InlineData("各地要稳步推进老城区老旧小区改造，完善配套设施，提升居住品质。")]
    // Another unit's example, or where a text that speaks of itself goes.
    [InlineData("关于学习借鉴青田县侨乡发展经验的报告")]
    [InlineData("3月5日，我县考察团一行前往江苏省宿迁市沭阳县学习电商发展经验。")]
    // Its own officials by their level alone: a county's leaders visiting a town, a district's unit named after its city.
    [InlineData("12月2日，县领导一行到鉴江镇调研指导工作，详细了解了项目建设情况。")]
    [InlineData("2025年，西安市西大街发展服务中心在区委、区政府的领导下，全面贯彻落实《条例》要求。")]
    // A whole above the unit: the city's text naming one of its counties.
    [InlineData("记者日前从市农业农村局获悉，今年全市推广测土配方施肥，其中梨树县面积最大。")]
    // A central body opening the text, meeting in a city.
    [InlineData("住房城乡建设部在福州市召开保障性住房建设工作现场会，与会代表参观了项目。")]
    public void Otherwise_no_answer(string body)
    {
        var found = Of(body);
        Assert.False(found.IsStrong, Shown(found));
    }

    // A central reply whose heading broke over three lines, its title read as the last piece (found with its signature
    // dropped): the central body opens the next part.
    [Fact]
    public void A_central_body_opening_any_part_leaves_no_answer()
    {
        var found = RegionRecognizer.Recognize([
            (DocumentZone.Title, "大学生冬季运动会的复函"),
            (DocumentZone.Opening, "国务院办公厅关于同意以哈尔滨市名义\n申办2009年第二十四届世界\n大学生冬季运动会的复函\n黑龙江省人民政府，教育部：\n同意以哈尔滨市名义申办运动会，经费由黑龙江省人民政府承担。"),
        ]);
        Assert.False(found.IsStrong && found.Place is not null, Shown(found));
    }
}
