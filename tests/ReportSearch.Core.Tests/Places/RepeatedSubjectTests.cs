using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A body-only item (no title, no issuer, no 我县) that keeps naming one county, town or street in full, and no other
/// place nearly as often, is that unit's item; two places named about as often, a unit named only twice, and aid
/// between places stay unknown (a unit named twice with no other place: <see cref="OnlyPlaceNamedTests"/>). Snippets of my own.
/// </summary>
public class RepeatedSubjectTests
{
    private static RegionResult Of(string body) => RegionRecognizer.Recognize([(DocumentZone.Body, body)]);

    private static string Shown(RegionResult r) => $"{(r.National ? "全国" : r.Place?.Name)} {r.Evidence}";

    [Theory]
    // A county named four times, the county where the match was held once.
    [InlineData("8月10日，全省青少年围棋赛在石屏县举行。建水县选手李某在少年组中获得第一名。2022年，建水县文化馆开设围棋公益班，已培训学员200余人。建水县还把围棋纳入中小学课后服务，建水县各学校均组建了兴趣小组。", "建水县")]
    // A town named again and again, its county once: the town's profile.
    [InlineData("芙蓉镇位于永顺县南部，是一座千年古镇。芙蓉镇有石板街、吊脚楼和瀑布。近年来，芙蓉镇大力发展文化旅游，芙蓉镇的土家族民俗表演吸引了大量游客。", "芙蓉镇")]
    // A county's item citing one of its towns: the town not twice as often as the county.
    [InlineData("丰县梁寨镇的电商户在网店亮出党员身份，订单明显增加。近年来，丰县大力实施电商党建工程，梁寨镇已有电商党员30余名。丰县还在梁寨镇建设了电商产业园，梁寨镇党委负责日常管理。", "丰县")]
    // A city named in full again and again, nothing below it twice, no county's or town's own word: the city's item
    // (policy-scan: news of a city bureau's new rules).
    [InlineData("3月8日，据襄阳市行政审批局消息，近日《襄阳市二手房公积金贷款“带押过户”工作试点方案》正式印发。今年以来，襄阳市行政审批局改革创新，压缩办理时限。下一步，襄阳市将持续优化营商环境。", "襄阳市")]
    // The city's short forms count against its province too (长沙 beside 长沙市 three times, 湖南省 three times).
    [InlineData("“人才强市”是长沙实施“强省会”战略的专项行动之一。《实施细则》由长沙市住建局印发，人才落户长沙并缴纳社保后，可在长沙限购区域内购买首套商品住房。湖南省高校毕业生、湖南省外来人才和湖南省内其他城市人才均可申请。长沙市将持续优化人才服务，长沙市住建局负责解释。", "长沙市")]
    // A district named in full twice, then by its short form again and again: the short forms count for it.
    [InlineData("春天的徐州市铜山区柳泉镇，油菜花开满田野。铜山区文旅局负责同志介绍，近年来铜山大力发展乡村旅游，铜山已有多个村入选省级特色田园乡村。", "铜山区")]
    // A county-level city named in full once, nothing within it named, its short form three times more.
    [InlineData("为支持刚性住房需求，涿州市出台十条措施。在涿州购买首套住房的，给予契税补贴；涿州户籍人员可申请公积金贷款；外地人才到涿州就业的，享受同等待遇。", "涿州市")]
    public void A_unit_named_again_and_again_is_the_subject(string body, string expected)
    {
        var found = Of(body);
        Assert.True(found.IsStrong && found.Evidence == RegionEvidence.Repeated && found.Place?.Name == expected, Shown(found));
    }

    [Theory]
    // Two counties about equally: a case one county's police handled in another.
    [InlineData("平阳县公安局接到群众举报，称在苍南县钱库镇有人制售假发票。平阳县公安局随即会同苍南县公安局展开调查，在钱库镇一民房内查获假发票。平阳县公安局已将嫌疑人刑事拘留。")]
    // Named only twice, beside another county named once (alone it is the only place named: OnlyPlaceNamedTests).
    [InlineData("建水县文化馆开设围棋公益班。今年，建水县又组织了少年围棋比赛，石屏县选手也应邀参赛。")]
    // Aid between places: either side may have written it.
    [InlineData("北京市对口支援兴和县医疗卫生工作推进会在兴和县召开。会上，西城区社区卫生服务中心与兴和县乡镇卫生院签订结对帮扶协议。兴和县卫生健康局负责同志参加会议。")]
    // A province's regulation on a lake two cities share: a district named three times, the other city twice.
    [InlineData("绍兴市人民政府负责鉴湖水域的保护；杭州市萧山区行政区域内的鉴湖水域，由杭州市萧山区人民政府负责保护。省生态环境主管部门会同绍兴市人民政府和杭州市萧山区人民政府编制保护规划。")]
    // A city's rule built of articles, naming the district it gives duties to again and again.
    [InlineData("第二条 浦东新区行政区域内的房屋建筑工程，适用本规定。\n第三条 浦东新区人民政府应当统筹推进相关工作。\n第四条 浦东新区建设管理部门负责日常监督管理。")]
    // A city named three times in a county's item that names the county by its short form twice.
    [InlineData("为促进房地产市场平稳健康发展，保定市出台若干措施。涿州在保定市率先落实，涿州的购房者可享受补贴。保定市有关部门加强指导。")]
    // A province's text naming its capital three times and the province four.
    [InlineData("根据四川省住房和城乡建设厅的通知，四川各地调整公积金政策。成都市、成都市周边和成都市以外的缴存人均可申请。四川省直缴存人参照执行。")]
    // A text that speaks as a county (我县), its city named three times.
    [InlineData("按照襄阳市统一部署，我县开展住房公积金专项检查。襄阳市住房公积金中心派员指导，襄阳市有关部门参加。")]
    // A ministry's meeting held in a city.
    [InlineData("2月5日，住房城乡建设部在福建省福州市召开保障性住房建设工作现场会。与会代表参观了福州市保障性住房项目，福州市介绍了经验做法。")]
    // A town's item naming its county once in full and once by its short form, the town once: the county's short forms
    // count only where the text names no unit within it (or names the county twice in full).
    [InlineData("说起涟水县黄营镇的两个经济薄弱村，村民们都说日子越过越好。省委驻涟水工作队进驻以来，帮助村里发展养牛产业，涟水的牛羊走出了江苏。")]
    public void No_single_repeated_unit_means_no_answer(string body)
    {
        var found = Of(body);
        Assert.False(found.IsStrong, Shown(found));
    }

    [Fact]
    public void The_unnamed_guess_stays_a_mentioned_place() =>
        Assert.Contains(Of("建水县文化馆开设围棋公益班。今年，建水县又组织了少年围棋比赛，石屏县选手也应邀参赛。").Mentioned, p => p.Name == "建水县");
}
