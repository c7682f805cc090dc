using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>The rules of extraction, one by one: names, variants, shapes, definitions, and what is not a name.</summary>
public sealed class MechanismExtractionTests
{
    private static List<MechanismMention> Extract(string text) => MechanismExtractor.Extract(text, [(0, "一、经济发展")]);

    [Theory]
    [InlineData("“六个一”工作机制")]
    [InlineData("六个一机制")]
    [InlineData("“六個一”工作機制")]
    [InlineData("「六個一」")]
    [InlineData("“六个一工作机制”")]
    [InlineData(" “六个一” ")]
    public void Variants_of_a_name_have_one_key(string written) => Assert.Equal("六个一", MechanismNames.Key(written));

    [Theory]
    [InlineData("“山水工程”", "山水工程")] // 山水 alone names nothing: the kind word stays
    [InlineData("“两新”工作", "两新")]
    [InlineData("“最多跑一次”改革", "最多跑一次")]
    [InlineData("“1533”", "1533")]
    [InlineData("互联网+政务服务", "互联网+政务服务")]
    public void A_kind_word_is_cut_only_when_the_rest_still_names_something(string written, string key) =>
        Assert.Equal(key, MechanismNames.Key(written));

    [Theory]
    [InlineData("“新”")]
    [InlineData("“AI”")]
    [InlineData("“五大”")]
    [InlineData("“12”")]
    [InlineData("“他说，好”")]
    public void Some_quoted_texts_are_never_names(string written) => Assert.Null(MechanismNames.Key(written));

    [Fact]
    public void A_quoted_name_with_a_parenthesised_definition_keeps_it_as_written()
    {
        var m = Assert.Single(Extract("全面推行复工复产“六个一”工作机制（即建立一套会商机制、制定一张申报导则、形成一份政策汇编），成效明显。"),
            x => x.Key == "六个一");
        Assert.Equal("“六个一”工作机制", m.Written);
        Assert.Equal("即建立一套会商机制、制定一张申报导则、形成一份政策汇编", m.Definition);
        Assert.Equal("一、经济发展", m.Section);
        Assert.True(m.Evidence.HasFlag(MechanismEvidence.Quoted | MechanismEvidence.Suffixed | MechanismEvidence.Structured | MechanismEvidence.Defined));
    }

    [Theory]
    [InlineData("推行“三清单”制度，即权力清单、责任清单和负面清单。此后", "即权力清单、责任清单和负面清单")]
    [InlineData("实行“四个一”：一个窗口受理、一套标准审批、一次办结。", "一个窗口受理、一套标准审批、一次办结")]
    [InlineData("建立“三联”机制。一是联系群众，定期走访；二是联系企业，上门服务；三是联系社会组织。其他", "一是联系群众；二是联系企业；三是联系社会组织")]
    [InlineData("深化“五篇大文章”（科技金融、绿色金融、普惠金融、养老金融、数字金融）建设", "科技金融、绿色金融、普惠金融、养老金融、数字金融")]
    public void Definitions_come_in_four_shapes(string text, string definition) =>
        Assert.Equal(definition, Extract(text).First(m => m.Definition is not null).Definition);

    [Theory]
    [InlineData("名词解释\n1.“两重”：是指国家重大战略实施和重点领域安全能力建设。\n2.", "两重", "是指国家重大战略实施和重点领域安全能力建设")]
    [InlineData("注释\n［22］三资：\n农村集体所有的资金、资产、资源。\n［23］", "三资", "农村集体所有的资金、资产、资源")]
    [InlineData("10.金融“五篇大文章”：\n指科技金融、绿色金融、普惠金融、养老金融、数字金融。", "五篇大文章", "指科技金融、绿色金融、普惠金融、养老金融、数字金融")]
    [InlineData("13.重大慢性病防治“四早”工程：重大慢性病综合防治早预防、早干预、早发现、早诊治工程。", "四早", "重大慢性病综合防治早预防、早干预、早发现、早诊治工程")]
    [InlineData("建立“三联”机制。该机制包括联系群众、联系企业、联系社会组织。其他", "三联", "包括联系群众、联系企业、联系社会组织")]
    [InlineData("落实“四早”。一是早发现，二是早报告；三是早隔离；四是早治疗。", "四早", "一是早发现；二是早报告；三是早隔离；四是早治疗")]
    [InlineData("坚持“双一流”：指世界一流大学和一流学科。", "双一流", "指世界一流大学和一流学科")]
    [InlineData("13.“双一流”：一流大学、一流学科、一流专业。 14.“双招双引”：招才引智、招商引资。 15.", "双招双引", "招才引智、招商引资")]
    public void Definitions_in_glossaries_next_sentences_and_after_counting_names(string text, string key, string definition) =>
        Assert.Equal(definition, Extract(text).Single(m => m.Key == key).Definition);

    // A glossary's plain-numbered entries are heads only under its own heading (名词解释, 附：短语说明); a name glossed
    // part by part (“一区”即…；“三边”即…) is defined by all its parts, not taken for another name's gloss.
    [Theory]
    [InlineData("附：短语说明\n36.河湖长制：由各级党政负责人担任河湖长。\n37.清四乱：清理乱占、乱采、乱堆、乱建等突出问题。\n", "清四乱", "清理乱占、乱采、乱堆、乱建等突出问题")]
    [InlineData("名词解释\n5、双随机：随机抽取检查对象、随机选派执法检查人员。\n", "双随机", "随机抽取检查对象、随机选派执法检查人员")]
    [InlineData("【24】“一区三边”：“一区”即城市建成区；“三边”即铁路沿线、公路沿线和河道沿线。\n", "一区三边", "“一区”即城市建成区；“三边”即铁路沿线、公路沿线和河道沿线")]
    public void Glossary_entries_under_their_heading_and_names_glossed_part_by_part(string text, string key, string definition) =>
        Assert.Equal(definition, Extract(text).Single(m => m.Key == key).Definition);

    // A bracket listing as many parts as the name counts: too few for a list by separators alone.
    [Theory]
    [InlineData("救助低保特困“两癌”（宫颈癌和乳腺癌）患病妇女。", "两癌", "宫颈癌和乳腺癌")]
    [InlineData("实现“双碳”（碳达峰、碳中和）目标。", "双碳", "碳达峰、碳中和")]
    [InlineData("推进“三农”（农业、农村）工作。", "三农", null)] // two parts for three
    [InlineData("开展“两个一”（2024年开展）活动。", "两个一", null)] // a remark
    public void A_bracket_of_as_many_parts_as_the_name_counts_defines_it(string text, string key, string? definition) =>
        Assert.Equal(definition, Extract(text).Single(m => m.Key == key).Definition);

    // A departmental budget's 名词解释 explains its accounting terms (rpI, 普陀区's budgets, 2026-12-07): phrases of
    // ordinary words, no coined names; a work report's glossary in the same form still gives its coined names.
    [Theory]
    [InlineData("名词解释\n（六）项目支出预算：是区级预算主管部门为完成特定行政任务编制的支出预算。\n", "项目支出预算", false)]
    [InlineData("名词解释\n（一）一般公共预算：是对以税收为主体的财政收入安排的预算。\n", "一般公共预算", false)]
    [InlineData("名词解释\n37.清四乱：清理乱占、乱采、乱堆、乱建等突出问题。\n", "清四乱", true)]
    [InlineData("名词解释\n8.拿地即开工：企业取得土地后即可开工建设。\n", "拿地即开工", true)]
    public void A_glossary_entry_is_a_name_only_when_it_is_no_phrase_of_ordinary_words(string text, string key, bool isName) =>
        Assert.Equal(isName, MechanismExtractor.Extract(text, [(0, "名词解释")]).Any(m => m.Key == key));

    // A segment holding a task list and then the glossary: only the lines from the glossary's section on are entries.
    [Fact]
    public void Numbered_lines_before_the_glossary_section_of_a_segment_are_headings()
    {
        const string tasks = "1.清四乱：清理乱占、乱采、乱堆、乱建等突出问题。\n";
        var text = tasks + "2.双随机：随机抽取检查对象、随机选派执法检查人员。\n";
        var mentions = MechanismExtractor.Extract(text, [(0, "二、主要任务"), (tasks.Length, "名词解释")]);
        Assert.DoesNotContain(mentions, m => m.Key == "清四乱" && m.Definition is not null);
        Assert.Equal("随机抽取检查对象、随机选派执法检查人员", mentions.Single(m => m.Key == "双随机").Definition);
    }

    [Fact]
    public void A_numbered_line_with_a_colon_outside_a_glossary_is_a_heading() =>
        Assert.DoesNotContain(Extract("二、主要任务\n1.清四乱：清理乱占、乱采、乱堆、乱建等突出问题。\n"), m => m.Key == "清四乱" && m.Definition is not null);

    [Theory]
    [InlineData("全力做强经济“增量”。一是经济运行稳步向好；二是招商引资提质增效。")]
    [InlineData("我们推进“放管服”改革，成效明显：审批时限压缩一半。")] // a colon in the middle of a sentence: no entry head
    [InlineData("建立“三联”机制。该区经济增长包括工业、农业、服务业。")] // the next sentence speaks of something else
    [InlineData("今年的工作成效显著。推行“三联”：联系群众。")] // after a sentence, a head needs its entry number // a bare word: the list is the paragraph's
    [InlineData("加快融入“人文圈”，推动中心城区首位度跃升。一是全力推进；二是全力打造。")] // a clause of its own in between
    [InlineData("实施“一张图”管理（2025年初，自然资源部将四川确定为试点、优化规则、优化布局）")] // a remark, not parts
    [InlineData("推进“放管服”改革（以下简称改革、办事、服务）")]
    [InlineData("“自审自发”：2024年12月22日，国务院办公厅印发意见，提出开展试点、完善机制。")] // its history, not its parts
    public void What_merely_follows_a_name_is_not_its_definition(string text) =>
        Assert.All(Extract(text), m => Assert.Null(m.Definition));

    [Theory]
    // The entry's name heads it with the noun it qualifies.
    [InlineData("注释\n【4】“两补”资金：种粮农民补贴和农机购置补贴两项资金。\n【5】", "两补", "种粮农民补贴和农机购置补贴两项资金")]
    // The meaning written as quoted names joined by 和 is the meaning, not another name's entry.
    [InlineData("［6］“双园”：“科创园”和“物流园”。\n［7］", "双园", "“科创园”和“物流园”")]
    // A meaning quoted whole.
    [InlineData("8.“三个一”工作法：“一张清单、一个专班、一抓到底”推进项目的工作方法。\n9.", "三个一", "“一张清单、一个专班、一抓到底”推进项目的工作方法")]
    public void Glossary_entries_headed_by_the_name_and_a_noun_or_explained_in_quotes(string text, string key, string definition) =>
        Assert.Equal(definition, Extract(text).Single(m => m.Key == key).Definition);

    [Theory]
    [InlineData("开展“两强化两提升”活动，即强化学习教育，提升履职能力；强化作风建设，提升服务质量。其他",
        "即强化学习教育，提升履职能力；强化作风建设，提升服务质量")]
    [InlineData("［3］“三抓三促”：抓好学习，促进提升；抓好执行，促进落实；抓好效能，促进发展。",
        "抓好学习，促进提升；抓好执行，促进落实；抓好效能，促进发展")]
    public void A_definition_of_parallel_parts_is_not_cut_at_its_first_semicolon(string text, string definition) =>
        Assert.Equal(definition, Extract(text).First(m => m.Definition is not null).Definition);

    [Fact]
    public void A_definition_ends_at_a_semicolon_before_what_is_not_one_of_its_parts() =>
        Assert.Equal("即区县、部门和企业", Extract("推行“三级联动”机制，即区县、部门和企业；此外还要加强考核。").Single(m => m.Key == "三级联动").Definition);

    [Theory]
    // A list of tasks (一要…二要…) says what is to be done, not what the name is.
    [InlineData("推行“三联”机制。一要联系群众，定期走访；二要联系企业，上门服务；三要联系社会组织。", "三联")]
    // 即 opening a word (即时, 即将) is not "that is".
    [InlineData("推行“一窗式”即时受理，群众办事更方便。", "一窗式")]
    // After a colon, a sentence of long clauses explains; only a list of parts defines.
    [InlineData("［9］“空壳社”：由于登记门槛较低等原因，一些合作社长期没有实际经营活动，只在登记机关留有名称、地址。", "空壳社")]
    public void Tasks_words_and_explanatory_sentences_are_not_lists_of_parts(string text, string key) =>
        Assert.False(Extract(text).Single(m => m.Key == key).Evidence.HasFlag(MechanismEvidence.Defined));

    [Theory]
    [InlineData("实行“六稳”，即稳就业、稳金融、稳外贸。", "即稳就业、稳金融、稳外贸")]
    [InlineData("实行“三个一”：一张表格，一个窗口，一次办结。", "一张表格，一个窗口，一次办结")]
    public void That_is_and_short_lists_after_a_colon_still_define(string text, string definition)
    {
        var m = Extract(text).First(x => x.Definition is not null);
        Assert.Equal(definition, m.Definition);
        Assert.True(m.Evidence.HasFlag(MechanismEvidence.Defined));
    }

    [Fact]
    public void Past_the_limit_of_names_a_segment_keeps_those_it_defines()
    {
        // More quoted names than a segment keeps, then a glossary that defines the last one and the first.
        var names = Enumerable.Range(0, MechanismExtractor.MaxPerSegment + 6).Select(i => $"“示范{ChineseCount(i)}号”").ToList();
        var text = "今年推进" + string.Join("、", names.Select(n => n + "建设")) + "。\n名词解释\n"
            + $"1.{names[^1]}：全区第一批示范点、第二批示范点、第三批示范点。\n2.{names[0]}：城东片区、城西片区、城北片区。\n3.";
        var found = Extract(text);
        Assert.Contains(found, m => m.Key == Key(names[^1]) && m.Definition!.StartsWith("全区第一批示范点"));
        Assert.Contains(found, m => m.Key == Key(names[0]) && m.Definition is not null);
        // A name past the limit that the segment does not define stays out.
        Assert.DoesNotContain(found, m => m.Key == Key(names[^2]));
    }

    private static string Key(string quoted) => quoted.Trim('“', '”');

    // Distinct Han names without numerals of the numbered shape: 甲, 乙… combined.
    private static string ChineseCount(int i) => "甲乙丙丁戊己庚辛壬癸"[i % 10] + "子丑寅卯辰巳午未申酉"[i / 10 % 10].ToString();

    [Fact]
    public void A_colon_before_another_names_gloss_defines_that_name_only()
    {
        var found = Extract("践行“五大发展理念”:“四个全面”,即全面建成小康社会、全面深化改革、全面依法治国。");
        Assert.Null(found.Single(m => m.Key == "五大发展理念").Definition);
        Assert.StartsWith("即全面建成小康社会", found.Single(m => m.Key == "四个全面").Definition);
    }

    [Fact]
    public void A_term_a_law_defines_is_shown_with_its_definition_but_that_is_no_evidence()
    {
        var m = Assert.Single(Extract("（一）“股票”，是指股份有限公司发行的、表示其股东按其持有的股份享受权益的书面凭证；"));
        Assert.StartsWith("是指", m.Definition);
        Assert.False(m.Evidence.HasFlag(MechanismEvidence.Defined));
    }

    [Theory]
    [InlineData("认真落实两学一做，推动三会一课制度化", new[] { "两学一做", "三会一课" })]
    [InlineData("深化三去一降一补，推进一村一品、一户一策。", new[] { "三去一降一补", "一村一品", "一户一策" })]
    [InlineData("以数据赋能，互联网+政务服务等做法全面铺开", new[] { "互联网+政务服务" })]
    [InlineData("推广“互联网+AI监管”模式", new[] { "互联网+ai监管" })]
    public void Numbered_names_are_found_in_running_text(string text, string[] keys) =>
        Assert.Equal(keys.Order(StringComparer.Ordinal), Extract(text).Select(m => m.Key).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("2021年一月一日起施行，一年一次。")]
    [InlineData("一是加强排查，二是加强管理。")]
    [InlineData("全市人民万众一心、众志成城。")]
    [InlineData("千方百计扩大就业，推动长三角一体化发展。")]
    [InlineData("开启第二个百年奋斗目标新征程")]
    [InlineData("依著作权法第五条第一项规定")]
    [InlineData("推广互联网+政务服务等做法")] // where X starts is a guess after a verb
    public void Dates_enumerations_idioms_and_ordinals_are_not_numbered_names(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Words_quoted_only_inside_a_list_are_marked_as_list_items_until_quoted_alone()
    {
        var inList = Extract("围绕“双碳”、“新基建”、“专精特新”等重点");
        Assert.All(inList, m => Assert.True(m.Evidence.HasFlag(MechanismEvidence.ListItem)));
        var alone = Extract("围绕“双碳”、“新基建”等重点。推进“双碳”工作。").Single(m => m.Key == "双碳");
        Assert.False(alone.Evidence.HasFlag(MechanismEvidence.ListItem));
        Assert.Equal(2, alone.Occurrences);
    }

    [Fact]
    public void The_score_lists_coined_names_and_not_emphasis()
    {
        Assert.True(MechanismScore.IsListed("六个一", MechanismEvidence.Structured, quotedAlone: false, reports: 1, () => false));
        Assert.True(MechanismScore.IsListed("放管服", MechanismEvidence.Quoted | MechanismEvidence.Suffixed, quotedAlone: true, reports: 1, () => false));
        Assert.True(MechanismScore.IsListed("两新", MechanismEvidence.Quoted, quotedAlone: true, reports: 1, () => false));
        // A metaphor quoted by many reports is still a metaphor; a list item is not a name.
        Assert.False(MechanismScore.IsListed("压舱石", MechanismEvidence.Quoted, quotedAlone: true, reports: 50, () => false));
        Assert.False(MechanismScore.IsListed("双碳", MechanismEvidence.Quoted | MechanismEvidence.ListItem, quotedAlone: false, reports: 1, () => false));
        // A dictionary word with a kind word after it needs more than that.
        Assert.False(MechanismScore.IsListed("白名单", MechanismEvidence.Quoted | MechanismEvidence.Suffixed, quotedAlone: false, reports: 1, () => true));
    }
}
