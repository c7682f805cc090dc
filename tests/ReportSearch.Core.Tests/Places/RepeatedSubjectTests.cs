using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A body-only item (no title, no issuer, no 我县) that keeps naming one county, town or street in full, and no other
/// place nearly as often, is that unit's item; two places named about as often, a unit named only twice, and aid
/// between places stay unknown. Snippets of my own.
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
    public void A_unit_named_again_and_again_is_the_subject(string body, string expected)
    {
        var found = Of(body);
        Assert.True(found.IsStrong && found.Evidence == RegionEvidence.Repeated && found.Place?.Name == expected, Shown(found));
    }

    [Theory]
    // Two counties about equally: a case one county's police handled in another.
    [InlineData("平阳县公安局接到群众举报，称在苍南县钱库镇有人制售假发票。平阳县公安局随即会同苍南县公安局展开调查，在钱库镇一民房内查获假发票。平阳县公安局已将嫌疑人刑事拘留。")]
    // Named only twice.
    [InlineData("建水县文化馆开设围棋公益班。今年，建水县又组织了少年围棋比赛，参赛选手达百余人。")]
    // Aid between places: either side may have written it.
    [InlineData("北京市对口支援兴和县医疗卫生工作推进会在兴和县召开。会上，西城区社区卫生服务中心与兴和县乡镇卫生院签订结对帮扶协议。兴和县卫生健康局负责同志参加会议。")]
    // A province's regulation on a lake two cities share: a district named three times, the other city twice.
    [InlineData("绍兴市人民政府负责鉴湖水域的保护；杭州市萧山区行政区域内的鉴湖水域，由杭州市萧山区人民政府负责保护。省生态环境主管部门会同绍兴市人民政府和杭州市萧山区人民政府编制保护规划。")]
    // A city's rule built of articles, naming the district it gives duties to again and again.
    [InlineData("第二条 浦东新区行政区域内的房屋建筑工程，适用本规定。\n第三条 浦东新区人民政府应当统筹推进相关工作。\n第四条 浦东新区建设管理部门负责日常监督管理。")]
    public void No_single_repeated_unit_means_no_answer(string body)
    {
        var found = Of(body);
        Assert.False(found.IsStrong, Shown(found));
    }

    [Fact]
    public void The_unnamed_guess_stays_a_mentioned_place() =>
        Assert.Contains(Of("建水县文化馆开设围棋公益班。今年，建水县又组织了少年围棋比赛。").Mentioned, p => p.Name == "建水县");
}
