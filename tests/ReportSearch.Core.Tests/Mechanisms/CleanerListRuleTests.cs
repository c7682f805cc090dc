using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// Issue 23's rules for a cleaner list, each on short written snippets with a control that must stay listed: stances
/// in a negation, quoted ordinary words, amounts, rankings and meetings, and kind words kept where the rest is a count.
/// </summary>
public sealed class CleanerListRuleTests
{
    private static List<MechanismMention> Extract(string text) => MechanismExtractor.Extract(text, [(0, null)]);

    private static bool Listed(MechanismMention m, int reports = 1) =>
        MechanismScore.IsListed(m.Key, m.Evidence, quotedAlone: m.Evidence.HasFlag(MechanismEvidence.Quoted) && !m.Evidence.HasFlag(MechanismEvidence.ListItem),
            reports, () => false, affirmed: !m.Evidence.HasFlag(MechanismEvidence.Negated));

    [Theory]
    [InlineData("坚决反对任何制造“两个中国”、“一中一台”、“台湾独立”的企图。", "两个中国")]
    [InlineData("坚决反对任何制造“两个中国”、“一中一台”、“台湾独立”的企图。", "一中一台")]
    [InlineData("要因地制宜，不搞“一刀切”。", "一刀切")]
    [InlineData("严禁“三乱”行为。", "三乱")]
    [InlineData("保持对“三股势力”依法严打高压态势。", "三股势力")]
    public void A_name_written_only_in_a_negation_is_a_stance(string text, string key)
    {
        var m = Extract(text).Single(x => x.Key == key);
        Assert.True(m.Evidence.HasFlag(MechanismEvidence.Negated));
        Assert.False(Listed(m, reports: 10));
    }

    [Fact]
    public void A_name_also_written_outside_a_negation_is_listed()
    {
        // The same segment: one occurrence outside the negation is enough.
        var m = Extract("坚决反对“四风”。一些部门“四风”问题依然存在。").Single(x => x.Key == "四风");
        Assert.False(m.Evidence.HasFlag(MechanismEvidence.Negated));
        Assert.True(Listed(m));
        // Another report: the catalogue passes affirmed when any segment is not negated.
        var negated = Extract("坚决反对“四风”。").Single(x => x.Key == "四风");
        Assert.True(MechanismScore.IsListed("四风", negated.Evidence, true, 2, () => false, affirmed: true));
        Assert.False(MechanismScore.IsListed("四风", negated.Evidence, true, 2, () => false, affirmed: false));
        // A comma ends the clause: the stance word of the clause before does not reach the name.
        Assert.False(Extract("反对形式主义，推广“最多跑一次”改革。").Single(x => x.Key == "最多跑一次").Evidence.HasFlag(MechanismEvidence.Negated));
    }

    [Theory]
    [InlineData("清理“一刀切”限制性措施。")]
    [InlineData("实行“一站式”服务。")]
    [InlineData("实施“一揽子”政策。")]
    [InlineData("以“十年磨一剑”的定力打基础。")]
    [InlineData("发挥投资、消费、出口“三驾马车”作用。")]
    [InlineData("打通服务“最后一公里”。")]
    public void A_quoted_ordinary_word_is_held_back(string text) =>
        Assert.All(Extract(text), m => Assert.False(Listed(m, reports: 5), m.Key));

    [Theory]
    [InlineData("推行“一站式”改革。", "一站式")]                                // a kind word follows
    [InlineData("推行“一站式”（即一窗受理、一次告知、一网办理），成效明显。", "一站式")] // defined
    [InlineData("纠治“四风”问题。", "四风")]                                          // counts its parts
    [InlineData("践行“两山”理念。", "两山")]
    [InlineData("出口“新三样”增长。", "新三样")]
    [InlineData("构建“多规合一”规划体系。", "多规合一")]
    [InlineData("全面完成“十五”计划。", "十五")]
    public void A_quoted_name_with_structure_definition_or_kind_word_is_listed(string text, string key) =>
        Assert.True(Listed(Extract(text).Single(m => m.Key == key)), key);

    [Theory]
    [InlineData("千万", NotMechanismShapes.Kind.Amount)]
    [InlineData("百亿", NotMechanismShapes.Kind.Amount)]
    [InlineData("五千", NotMechanismShapes.Kind.Amount)]
    [InlineData("两个千", NotMechanismShapes.Kind.Amount)]
    [InlineData("十强", NotMechanismShapes.Kind.Ranking)]
    [InlineData("百强", NotMechanismShapes.Kind.Ranking)]
    [InlineData("十佳", NotMechanismShapes.Kind.Ranking)]
    [InlineData("三星业委会", NotMechanismShapes.Kind.Ranking)]
    [InlineData("五连冠", NotMechanismShapes.Kind.Ranking)]
    [InlineData("二十二连丰", NotMechanismShapes.Kind.Ranking)]
    [InlineData("两会", NotMechanismShapes.Kind.Meeting)]
    [InlineData("两院", NotMechanismShapes.Kind.Meeting)]
    [InlineData("新春第一会", NotMechanismShapes.Kind.Meeting)]
    [InlineData("全省经济工作会议", NotMechanismShapes.Kind.Meeting)]
    [InlineData("三亚市第八届人民", NotMechanismShapes.Kind.Meeting)]
    [InlineData("清零", NotMechanismShapes.Kind.Amount)]  // “清零”行动: a count brought to zero (2026-12-07, the grown body)
    [InlineData("归零", NotMechanismShapes.Kind.Amount)]
    public void Amounts_rankings_and_meetings_are_not_mechanisms(string key, NotMechanismShapes.Kind kind)
    {
        Assert.Equal(kind, NotMechanismShapes.Of(key));
        Assert.False(MechanismScore.IsListed(key, MechanismEvidence.Quoted | MechanismEvidence.Suffixed | MechanismEvidence.Defined, true, 50, () => false));
    }

    [Theory]
    [InlineData("十百千万")]
    [InlineData("双百")]
    [InlineData("两优")]
    [InlineData("六个一")]
    [InlineData("十五")]
    [InlineData("三会一课")]
    [InlineData("两院一中心")]
    [InlineData("千万工程")]
    [InlineData("动态清零")]  // what is zeroed or how names the programme
    [InlineData("双清零")]
    public void Names_of_the_same_shapes_that_name_programmes_stay(string key) => Assert.Null(NotMechanismShapes.Of(key));

    [Theory]
    [InlineData("推广“千万”工程经验。", "千万工程")]
    [InlineData("推广“千万工程”经验。", "千万工程")]
    [InlineData("狠抓招商引资“一号”工程。", "一号工程")]
    [InlineData("实施“碳达峰十大”行动。", "碳达峰十大行动")]
    [InlineData("开展“七个专项”行动。", "七个专项行动")]
    [InlineData("抓好“两新”工作。", "两新")]
    [InlineData("推行“六个一”工作机制。", "六个一")]
    public void A_kind_word_stays_when_the_rest_is_an_amount_or_a_count(string text, string key) =>
        Assert.Contains(Extract(text), m => m.Key == key);

    [Theory]
    [InlineData("劳动合同一式两份，当事人各执一份。")]
    [InlineData("事不避难，干一件成一件。")]
    [InlineData("攻坚克难，一步一个脚印把蓝图变为现实。")]
    public void Set_phrases_of_the_numbered_shape_are_not_names(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("各村的玉米一茬一茬接续种植。", "一茬一茬")]   // one count said twice: one by one
    [InlineData("我们苦干实干，一步一个脚印推进各项工作。", "一步一个")] // the start of a set phrase written in full
    public void Reduplications_and_pieces_of_set_phrases_are_not_names(string text, string key) =>
        Assert.DoesNotContain(Extract(text), m => m.Key == key);

    [Fact]
    public void A_quoted_reduplication_counts_no_parts() => Assert.False(MechanismScore.CountsItsParts("一批一批"));

    // One count paired with itself (一对一, quoted in many reports before 帮扶 or 服务): how it is done, no parts named.
    [Theory]
    [InlineData("深入开展一对一结对帮扶活动，对全县贫困户进行精准帮扶。", "一对一")]
    [InlineData("组织专家点对点指导企业复工复产。", "点对点")]
    public void A_count_paired_with_itself_is_not_a_name(string text, string key)
    {
        Assert.DoesNotContain(Extract(text), m => m.Key == key);
        Assert.False(MechanismScore.CountsItsParts(key));
        // Quoted in many reports before a kind word, it is still no name; defined, it may be one.
        var quotedBeforeKind = MechanismEvidence.Quoted | MechanismEvidence.Suffixed;
        Assert.False(MechanismScore.IsListed(key, quotedBeforeKind, quotedAlone: true, reports: 12, () => false));
        Assert.True(MechanismScore.IsListed(key, quotedBeforeKind | MechanismEvidence.Defined, quotedAlone: true, reports: 12, () => false));
    }

    [Fact]
    public void A_numbered_name_in_running_text_is_still_found() =>
        Assert.Contains(Extract("扎实开展两学一做学习教育。"), m => m.Key == "两学一做");
}
