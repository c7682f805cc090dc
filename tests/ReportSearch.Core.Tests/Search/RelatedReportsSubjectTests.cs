using ReportSearch.Engine;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// Related reports on generated archives where a report's subject and its kind's wording pull apart: regulations
/// that share pages of legal wording (应当, 管理, 部门 …) but not their subject, reports that share the subject but
/// little wording, and copies of a report's own text filed for another place (a sidecar naming another district).
/// </summary>
public sealed class RelatedReportsSubjectTests
{
    // Words the ICU dictionary segments as words, one subject each.
    private static readonly string[][] Subjects =
    [
        ["垃圾", "分类", "回收"],
        ["养老", "照护", "护理"],
        ["河道", "水质", "污水"],
        ["消防", "火灾", "隐患"],
        ["学校", "教师", "课堂"],
        ["停车", "车位", "泊位"],
    ];

    private const int RegulationsPerSubject = 4;

    private static readonly string[] Places = ["东湖镇", "南山街道", "北岭乡", "白塘街道", "西园街道", "梅岭街道", "青石镇", "红枫街道"];

    // What every regulation says whatever its subject.
    private const string LegalWording =
        "有关部门应当按照规定履行管理职责，违反本规定的，由主管部门责令改正，依法给予处罚；单位和个人应当遵守管理规定，承担相应责任。";

    // What every work summary says, so that the legal wording is not in half of the index (which would leave it out).
    private const string SummaryWording = "认真落实上级部署，加强组织领导，推动各项工作落到实处，群众满意度不断提高。";

    private static void WriteReport(TestIndex index, string path, string title, string district, string body)
    {
        index.Write(path, body);
        index.Write(path + ".meta.json", $$"""{ "title": "{{title}}", "district": "{{district}}" }""");
    }

    private static string Regulation(string[] subject, int wordingRepeats) =>
        "第一条 为了加强管理，制定本规定。\n\n" + string.Concat(Enumerable.Repeat(LegalWording + "\n", wordingRepeats)) +
        $"第二条 本规定适用于{string.Join("、", subject)}工作。\n";

    private static void Fillers(TestIndex index, Random random)
    {
        for (int i = 0; i < 12; i++)
        {
            var place = Places[random.Next(Places.Length)];
            WriteReport(index, $"fill/{i:D2}.txt", $"{place}{2015 + i}年工作总结", place, $"{2015 + i}年，{place}{SummaryWording}\n");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_report_on_the_titled_subject_is_shown_and_none_sharing_only_the_legal_wording(int seed)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, Subjects.Length).OrderBy(_ => random.Next()).ToArray();
        var subject = Subjects[order[0]];
        var places = Places.OrderBy(_ => random.Next()).ToArray();

        using var index = new TestIndex();
        Fillers(index, random);
        // The asked regulation names its subject in its title and once in its text; most of its text is wording.
        WriteReport(index, "reg/asked.txt", $"{places[0]}{subject[0]}{subject[1]}管理条例", places[0], Regulation(subject, 6));
        // Same subject, little wording.
        WriteReport(index, "reg/same-subject.txt", $"{places[1]}{subject[0]}{subject[1]}工作办法", places[1],
            $"为做好{string.Join("、", subject)}工作，{LegalWording}\n");
        // Every other subject has regulations with the same pages of wording, as in an archive of regulations (enough
        // of them for the kind's wording to be told: SimilarReports.MinKindSegments).
        var wordingOnly = new List<string>();
        for (int i = 1; i < order.Length; i++)
            for (int copy = 0; copy < RegulationsPerSubject; copy++)
            {
                var other = Subjects[order[i]];
                var place = places[2 + (i + copy) % (places.Length - 2)];
                var path = $"reg/wording-{i}-{copy}.txt";
                WriteReport(index, path, $"{place}{other[0]}{other[1]}管理条例（{2010 + copy}年）", place, $"{2010 + copy}年修订。\n" + Regulation(other, 4 + random.Next(4)));
                wordingOnly.Add(path);
            }
        index.Build();

        var (idOf, related) = RelatedTo(index, "reg/asked.txt");

        int same = related.IndexOf(idOf["reg/same-subject.txt"]);
        Assert.True(same >= 0, $"seed {seed}: the report on {subject[0]}{subject[1]} is not related");
        // The relatedness floor: sharing pages of the kind's wording is no likeness, however many pages.
        foreach (var path in wordingOnly)
            Assert.True(!related.Contains(idOf[path]), $"seed {seed}: {path}, sharing only the legal wording, is shown as related");
    }

    // Procedure every regulation may name, each in about half of them: in the word query (neither this report's
    // alone nor most of its kind's), so a report sharing several is found, but none names a subject.
    private static readonly string[] Procedures = ["登记", "备案", "许可", "审批", "申请", "检查", "监督", "罚款", "公告", "听证", "复议", "诉讼"];

    private const int ProceduresPerRegulation = 6;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Exactly_the_other_places_regulations_whose_title_names_the_subject_are_shown_however_much_procedure_the_rest_share(int seed)
    {
        var random = new Random(seed);
        using var index = new TestIndex();
        Fillers(index, random);
        var written = new List<(string Path, int Subject, string Place)>();
        for (int s = 0; s < Subjects.Length; s++)
        {
            var subject = Subjects[s];
            foreach (var place in Places.OrderBy(_ => random.Next()).Take(3))
            {
                var procedure = Procedures.OrderBy(_ => random.Next()).Take(ProceduresPerRegulation).Select(p => $"依法办理{p}");
                var path = $"reg/{s}-{written.Count}.txt";
                WriteReport(index, path, $"{place}{subject[0]}{subject[1]}管理条例", place,
                    $"第一条 本条例适用于{string.Join("、", subject)}工作。\n\n第二条 {string.Join("；", procedure)}。\n");
                written.Add((path, s, place));
            }
        }
        index.Build();

        using var reader = ReportIndexes.OpenForReading(index.IndexDir);
        var service = new SearchService(reader);
        var idOf = reader.Sources().ToDictionary(s => s.Path, s => s.ReportId);
        var byId = written.ToDictionary(w => idOf[w.Path]);
        foreach (var asked in written)
        {
            var shown = service.Related(idOf[asked.Path], RelatedReportFinder.MaxSize)!.Reports.Select(r => byId[r.Id]).ToList();
            // Oracle: the regulations on the same subject from the other places.
            var expected = written.Where(w => w.Subject == asked.Subject && w.Place != asked.Place).Select(w => w.Path).Order().ToList();
            Assert.True(expected.SequenceEqual(shown.Select(w => w.Path).Order()),
                $"seed {seed}, {asked.Path} (subject {asked.Subject}, {asked.Place}): expected {string.Join(",", expected)}; shown " +
                string.Join(", ", shown.Select(w => $"{w.Path} (subject {w.Subject}, {w.Place})")));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_report_is_never_related_to_itself_nor_to_a_copy_of_its_text_filed_for_another_place(int seed)
    {
        var random = new Random(seed);
        using var index = new TestIndex();
        Fillers(index, random);
        var originals = new List<string>();
        for (int i = 0; i < Subjects.Length; i++)
        {
            var subject = Subjects[i];
            var (place, copyPlace) = (Places[random.Next(Places.Length)], Places[random.Next(Places.Length)]);
            if (copyPlace == place) copyPlace = Places[(Array.IndexOf(Places, place) + 1) % Places.Length];
            var text = Regulation(subject, 1 + random.Next(3));
            // The copy differs only in a site's posting line, which is no part of the report's text.
            WriteReport(index, $"reg/{i}.txt", $"{place}{subject[0]}{subject[1]}管理条例", place, "发布时间：2020-01-01\n" + text);
            WriteReport(index, $"copy/{i}.txt", $"{place}{subject[0]}{subject[1]}管理条例", copyPlace, "发布时间：2021-06-30\n" + text);
            originals.Add($"reg/{i}.txt");
        }
        index.Build();

        using var reader = ReportIndexes.OpenForReading(index.IndexDir);
        var service = new SearchService(reader);
        var idOf = reader.Sources().ToDictionary(s => s.Path, s => s.ReportId);
        foreach (var path in originals.Concat(originals.Select(p => p.Replace("reg/", "copy/"))))
        {
            var twin = path.StartsWith("reg/") ? path.Replace("reg/", "copy/") : path.Replace("copy/", "reg/");
            Assert.NotEqual(idOf[path], idOf[twin]);
            var related = service.Related(idOf[path], RelatedReportFinder.MaxSize)!.Reports.Select(r => r.Id).ToList();
            Assert.DoesNotContain(idOf[path], related);
            Assert.DoesNotContain(idOf[twin], related);
        }
    }
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_title_word_no_other_title_has_must_be_named_in_a_related_reports_text(int seed)
    {
        var random = new Random(seed);
        using var index = new TestIndex();
        Fillers(index, random);
        for (int i = 0; i < 12; i++)
            WriteReport(index, $"fill/more-{i:D2}.txt", $"{Places[i % Places.Length]}{2000 + i}年工作总结", Places[i % Places.Length], $"{2000 + i}年，{SummaryWording}\n");
        // Regulations on other subjects, all with the same procedure as the asked one: too few for the kind's wording to
        // be told (as in a small archive), so their likeness to it is mostly that wording.
        var procedure = string.Join("；", Procedures.Select(p => $"依法办理{p}"));
        var otherSubjects = new List<string>();
        for (int s = 0; s < Subjects.Length; s++)
            foreach (var place in Places.OrderBy(_ => random.Next()).Take(2))
            {
                var path = $"reg/{s}-{otherSubjects.Count}.txt";
                WriteReport(index, path, $"{place}{Subjects[s][0]}{Subjects[s][1]}管理条例", place,
                    $"第一条 本条例适用于{string.Join("、", Subjects[s])}工作。\n\n第二条 {procedure}。\n");
                otherSubjects.Add(path);
            }
        var places = Places.OrderBy(_ => random.Next()).ToArray();
        // 公园 is in no other title: the title alone cannot tell which report shares the subject.
        WriteReport(index, "reg/asked.txt", $"{places[0]}公园条例", places[0],
            $"第一条 本条例适用于公园、游客、绿地的管理。\n\n第二条 {procedure}。\n");
        // A regulation on urban greening names parks in its text, not in its title.
        WriteReport(index, "reg/greening.txt", $"{places[1]}城市绿化条例", places[1],
            $"第一条 本条例适用于城市绿地、公园的建设和游客服务。\n\n第二条 {string.Join("；", Procedures.Take(4).Select(p => $"依法办理{p}"))}。\n");
        index.Build();

        var (idOf, related) = RelatedTo(index, "reg/asked.txt");

        Assert.Contains(idOf["reg/greening.txt"], related);
        foreach (var path in otherSubjects)
            Assert.True(!related.Contains(idOf[path]), $"seed {seed}: {path}, a regulation on another subject never naming parks, is shown as related");
    }

    [Fact]
    public void An_untitled_report_is_related_to_reports_whose_title_names_what_its_first_level_headings_repeat()
    {
        using var index = new TestIndex();
        Fillers(index, new Random(1));
        // An annual report on government information disclosure whose title was lost: its salutation opens it.
        index.Write("ann/asked.md", "省政府办公厅：\n\n现将本年度报告如下。\n\n## 一、政府信息公开情况概述\n\n加强组织领导，公开制度完善，依申请办理及时。\n\n" +
            "## 二、主动公开政府信息情况\n\n主动公开文件，公开目录更新。\n\n## 三、依申请公开政府信息情况\n\n受理申请，按期答复。\n\n## 四、存在的问题\n\n公开平台建设仍需加强。\n");
        WriteReport(index, "ann/other.txt", "南山街道2017年政府信息公开工作年度报告", "南山街道",
            "主动公开政府信息，依申请公开政府信息，加强组织领导，公开平台建设。\n");
        // Web pages whose navigation lists the disclosure columns, on other subjects.
        var pages = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            var subject = Subjects[i];
            var place = Places[2 + i];
            WriteReport(index, $"page/{i}.txt", $"{place}{subject[0]}{subject[1]}工作推进会召开", place,
                $"政府信息公开 依申请公开 主动公开 公开目录 公开平台\n{place}召开{string.Join("、", subject)}工作推进会，加强组织领导。\n");
            pages.Add($"page/{i}.txt");
        }
        index.Build();

        var (idOf, related) = RelatedTo(index, "ann/asked.md");

        Assert.Contains(idOf["ann/other.txt"], related);
        foreach (var path in pages)
            Assert.True(!related.Contains(idOf[path]), $"{path}, whose title names another subject, is shown as related");
    }

    [Fact]
    public void The_kinds_wording_with_one_character_more_names_no_subject()
    {
        using var index = new TestIndex();
        Fillers(index, new Random(1));
        // Enough titles with 政府 and with 报告 for both to be the kind's wording (TitleSubject.MinWordingTitles).
        for (int i = 0; i < 10; i++)
        {
            var place = Places[i % Places.Length];
            WriteReport(index, $"notice/{i:D2}.txt", $"{place}人民政府关于{Subjects[i % Subjects.Length][0]}检查情况的报告", place,
                $"{place}开展{string.Join("、", Subjects[i % Subjects.Length])}检查。\n");
        }
        // The segmenter reads 重庆市政府工作报告 as 重庆、市政府、工作、报告: 市政府 is in few titles, yet names no subject.
        string[] cities = ["重庆市", "北京市", "天津市", "上海市"];
        const string Review = "过去一年经济运行稳中有进，城乡居民收入持续增长，重大项目加快建设，民生保障不断加强。\n";
        foreach (var city in cities)
            WriteReport(index, $"report/{city}.txt", $"2026年{city}政府工作报告", city, "各位代表：\n" + Review);
        WriteReport(index, "news/purchase.txt", "我市政府采购管理制度实现重大突破", "济宁市",
            "我市政府采购管理制度改革，重大项目加快建设，民生保障不断加强，城乡居民收入持续增长。\n");
        index.Build();

        var (idOf, related) = RelatedTo(index, "report/重庆市.txt");

        foreach (var city in cities.Skip(1)) Assert.Contains(idOf[$"report/{city}.txt"], related);
        Assert.DoesNotContain(idOf["news/purchase.txt"], related);
    }

    /// <summary>Two regulations of every subject: enough for 条例 and 管理 to be the kind's wording (TitleSubject.MinWordingTitles).</summary>
    private static void WordingRegulations(TestIndex index)
    {
        for (int s = 0; s < Subjects.Length; s++)
            for (int copy = 0; copy < 2; copy++)
            {
                var place = Places[(s + copy) % Places.Length];
                WriteReport(index, $"reg/{s}-{copy}.txt", $"{place}{Subjects[s][0]}{Subjects[s][1]}管理条例", place, Regulation(Subjects[s], 1 + copy));
            }
    }

    [Fact]
    public void A_title_sharing_one_of_two_subject_words_is_shown_only_when_its_text_is_close()
    {
        var random = new Random(1);
        using var index = new TestIndex();
        Fillers(index, random);
        WordingRegulations(index); // 条例 and 管理 are the kind's wording
        const string Contracts = "用人单位与劳动者订立劳动合同，约定劳动报酬、劳动合同期限和试用期；劳动合同解除或者终止的，用人单位应当支付经济补偿。\n";
        WriteReport(index, "labour/asked.txt", "东湖镇劳动合同条例", "东湖镇", "第一条 为了规范劳动合同的订立和解除，制定本条例。\n" + Contracts + Contracts);
        WriteReport(index, "labour/same.txt", "南山街道劳动合同管理办法", "南山街道", "为规范劳动合同管理，" + Contracts);
        WriteReport(index, "trade/contract.txt", "西园街道经济合同示范文本发布", "西园街道", "西园街道发布买卖、租赁等经济合同示范文本。\n");
        // 劳动 is as rare in titles as 合同, so that sharing it alone weighs half the subject: here a wider one (劳动模范).
        WriteReport(index, "labour/talk.txt", "北岭乡劳动模范座谈会召开", "北岭乡", "北岭乡召开劳动模范座谈会，表彰先进，弘扬劳模精神和工匠精神。\n");
        index.Build();

        var (idOf, related) = RelatedTo(index, "labour/asked.txt");

        Assert.Contains(idOf["labour/same.txt"], related);
        Assert.DoesNotContain(idOf["labour/talk.txt"], related);
    }

    [Fact]
    public void A_word_no_other_title_has_must_recur_in_a_related_reports_text_not_be_named_in_passing()
    {
        var random = new Random(1);
        using var index = new TestIndex();
        Fillers(index, random);
        var procedure = string.Join("；", Procedures.Select(p => $"依法办理{p}"));
        for (int s = 0; s < Subjects.Length; s++)
            foreach (var place in Places.OrderBy(_ => random.Next()).Take(2))
                WriteReport(index, $"reg/{s}-{place}.txt", $"{place}{Subjects[s][0]}{Subjects[s][1]}管理条例", place,
                    $"第一条 本条例适用于{string.Join("、", Subjects[s])}工作。\n\n第二条 {procedure}。\n");
        WriteReport(index, "reg/asked.txt", "东湖镇公园条例", "东湖镇",
            $"第一条 本条例适用于公园、游客、绿地的管理。\n\n第二条 {procedure}。\n第三条 公园应当向游客开放，公园绿地不得侵占。\n");
        WriteReport(index, "reg/greening.txt", "南山街道城市绿化条例", "南山街道",
            $"第一条 本条例适用于城市绿地、公园的建设和游客服务。\n\n第二条 {procedure}。\n第三条 公园绿地不得侵占。\n");
        // A fireworks ban names parks once, where fireworks are banned, in a text about fireworks.
        var fireworks = string.Concat(Enumerable.Repeat("燃放烟花爆竹应当遵守安全规定，销售烟花爆竹的单位应当取得许可，运输烟花爆竹应当按照规定路线。\n", 30));
        WriteReport(index, "reg/fireworks.txt", "北岭乡禁止燃放烟花爆竹条例", "北岭乡",
            $"第一条 本条例适用于游客和居民燃放烟花爆竹。\n\n第二条 {procedure}。\n第三条 禁止在公园燃放烟花爆竹。\n" + fireworks);
        index.Build();

        var (idOf, related) = RelatedTo(index, "reg/asked.txt");

        Assert.Contains(idOf["reg/greening.txt"], related);
        Assert.DoesNotContain(idOf["reg/fireworks.txt"], related);
    }

    [Fact]
    public void Characters_the_segmenter_leaves_single_are_part_of_a_titles_subject()
    {
        var random = new Random(1);
        using var index = new TestIndex();
        Fillers(index, random);
        WordingRegulations(index);
        const string Openness = "企业应当向职工公开重大决策和涉及职工切身利益的事项，听取职工意见，接受职工监督。\n";
        // The segmenter has no word 厂务: it reads 厂、务 as single characters, which the word signal drops, leaving 公开.
        WriteReport(index, "reg/asked.txt", "山东省厂务公开条例", "山东省", "第一条 为了推行厂务公开，制定本条例。\n" + Openness + Openness);
        WriteReport(index, "reg/same.txt", "南山街道厂务公开实施办法", "南山街道", "推行厂务公开，" + Openness);
        // Calls for public comment have 公开 in their titles and ask for opinions, on other subjects.
        var calls = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            var place = Places[2 + i];
            WriteReport(index, $"call/{i}.txt", $"关于公开征求《{place}{Subjects[i][0]}{Subjects[i][1]}办法》意见的公告", place,
                $"现将{string.Join("、", Subjects[i])}办法公开征求意见，单位和职工可以提出意见，公开听取意见。\n");
            calls.Add($"call/{i}.txt");
        }
        index.Build();

        var (idOf, related) = RelatedTo(index, "reg/asked.txt");

        Assert.Contains(idOf["reg/same.txt"], related);
        foreach (var path in calls)
            Assert.True(!related.Contains(idOf[path]), $"{path}, a call for comment on another subject, is shown as related");
    }

    [Fact]
    public void The_congress_session_a_report_was_delivered_at_names_no_subject()
    {
        using var index = new TestIndex();
        Fillers(index, new Random(1));
        const string Review = "过去一年经济运行稳中有进，城乡居民收入持续增长，重大项目加快建设，民生保障不断加强。\n";
        // Enough work reports for 政府、工作、报告 to be the kind's wording (TitleSubject.MinWordingTitles).
        for (int i = 0; i < 10; i++)
        {
            var place = Places[1 + i % (Places.Length - 1)];
            WriteReport(index, $"report/{i:D2}.txt", $"{place}{2015 + i}年政府工作报告", place, "各位代表：\n" + Review);
        }
        WriteReport(index, "report/asked.txt", "在东湖镇第十届人民代表大会第三次会议上的政府工作报告", "东湖镇", "各位代表：\n" + Review);
        index.Build();

        var (idOf, related) = RelatedTo(index, "report/asked.txt");

        Assert.True(Enumerable.Range(0, 10).Count(i => related.Contains(idOf[$"report/{i:D2}.txt"])) >= 5,
            $"{related.Count} related reports shown for a work report titled by its session");
    }

    // The ids of the reports shown as related to the one at askedPath (as many as a request may ask), and every report's id by path.
    private static (Dictionary<string, string> IdOf, List<string> Related) RelatedTo(TestIndex index, string askedPath)
    {
        using var reader = ReportIndexes.OpenForReading(index.IndexDir);
        var idOf = reader.Sources().ToDictionary(s => s.Path, s => s.ReportId);
        return (idOf, new SearchService(reader).Related(idOf[askedPath], RelatedReportFinder.MaxSize)!.Reports.Select(r => r.Id).ToList());
    }
}
