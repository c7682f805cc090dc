using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;
using ReportSearch.Search;
using static ReportSearch.Core.Tests.Engine.IndexTestSupport;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// The ranking specification, pinned on small hand-built corpora: each test builds reports that differ in one
/// respect only and checks their order. Filler text keeps lengths equal where length is not the point.
/// </summary>
public sealed class RankingTests : IDisposable
{
    private readonly TestIndex _index = new();
    private const string Filler = "本街道坚持以人民为中心，统筹推进各项工作，群众满意度持续提升。";

    private List<string> Order(string query, params ReportRecord[] docs)
    {
        Write(_index.IndexDir, docs);
        var response = _index.Search(query);
        Assert.Equal(docs.Length, response.Total);
        Assert.All(response.Hits, h => Assert.True(h.Score > 0, $"{h.Source} scored {h.Score}"));
        return response.Hits.Select(h => h.Source!).ToList();
    }

    [Fact]
    public void A_title_match_beats_body_matches()
    {
        var order = Order("智慧灌溉",
            Document("body.txt", "年度工作总结", Filler + "推进智慧灌溉，智慧灌溉覆盖全镇。" + Filler),
            Document("title.txt", "智慧灌溉试点总结", Filler + "推进智慧灌溉。" + Filler));
        Assert.Equal(["title.txt", "body.txt"], order);
    }

    [Fact]
    public void A_heading_match_beats_a_body_match()
    {
        Write(_index.IndexDir,
            Document("body.txt", "年度工作总结", Filler + "推进口袋公园建设。" + Filler),
            ReportRecordBuilder.Build(new ReportSearch.Ingestion.ParsedReport
            {
                Metadata = new ReportSearch.Ingestion.ReportMetadata { Title = "年度工作总结" },
                Sections = [new ReportSearch.Ingestion.ReportSection("三、口袋公园", null, "三、口袋公园\n" + Filler + "推进建设。" + Filler)],
            }, [new IndexSource("heading.txt", 1, 0)], "h"));
        Assert.Equal(["heading.txt", "body.txt"], _index.Search("口袋公园").Hits.Select(h => h.Source));
    }

    [Fact]
    public void More_occurrences_beat_fewer()
    {
        var order = Order("邻里议事",
            Document("once.txt", "年度工作总结", Filler + "开展邻里议事活动。" + Filler + Filler),
            Document("thrice.txt", "年度工作总结", Filler + "开展邻里议事活动，邻里议事形成常态，邻里议事。" + Filler));
        Assert.Equal(["thrice.txt", "once.txt"], order);
    }

    [Fact]
    public void A_short_document_gets_no_undue_bonus()
    {
        // A one-line notice that mentions the term once against a full report that keeps coming back to it.
        var report = string.Concat(Enumerable.Repeat(Filler + "推进共享菜园建设，共享菜园惠及居民。", 8));
        var order = Order("共享菜园",
            Document("notice.txt", "通知", "共享菜园开放。"),
            Document("report.txt", "年度工作总结", report));
        Assert.Equal(["report.txt", "notice.txt"], order);
    }

    [Fact]
    public void A_long_report_that_comes_back_to_the_term_beats_a_short_notice_that_names_it_once()
    {
        // Ten times the length, twice the occurrences: length normalization must not hand the notice the lead
        // (with b 0.4 the notice led, 1.57 to 1.36; the relevance set's tune split prefers the report).
        var scores = ScoresOf("共享菜园",
            Document("notice.txt", "年度工作总结", Filler + "推进共享菜园。" + Filler),
            Document("report.txt", "年度工作总结", Repeat(Filler, 9) + "推进共享菜园。" + Repeat(Filler, 9) + "共享菜园惠及居民。" + Repeat(Filler, 2)));
        Assert.True(scores["report.txt"] > scores["notice.txt"], $"report {scores["report.txt"]}, notice {scores["notice.txt"]}");
    }

    [Fact]
    public void The_terms_words_in_a_strong_title_lift_a_report_a_weak_title_does_not()
    {
        // The precondition, stated: SmartCn reads the term as two words, and the titles hold both but not the term.
        const string term = "人才引进";
        Assert.Equal(["人才", "引进"], TitleWordEvidence.Words(term));
        var strong = new ReportMetadata { Origins = new FieldOrigins { Title = MetadataOrigin.Title } };
        var weak = new ReportMetadata { Origins = new FieldOrigins { Title = MetadataOrigin.Path } };
        string Body(string mark) => Filler + "做好" + term + "工作。" + Filler + mark;
        // Other reports, so that two titles in a hundred are not 'common' words (Ranking.TitleWordMaxShare).
        var others = Enumerable.Range(0, 100).Select(i => Document($"other{i}.txt", $"第{i}号工作总结", Filler + i, strong));
        var scores = ScoresOf(term, [
            Document("words.txt", "高层次人才柔性引进办法", Body("甲"), strong),
            Document("weak.txt", "高层次人才柔性引进办法", Body("乙"), weak),
            Document("plain.txt", "年度工作总结", Body("丙"), strong), .. others]);
        Assert.True(scores["words.txt"] > scores["plain.txt"] * 1.2, $"words {scores["words.txt"]}, plain {scores["plain.txt"]}");
        Assert.InRange(scores["weak.txt"] / scores["plain.txt"], 1 / 1.05, 1.05);
    }

    [Fact]
    public void Word_segmentation_does_not_rank_a_whole_word_match_above_one_inside_a_longer_word()
    {
        // The precondition, stated: ICU's dictionary segments one text so that the term is a word of its own there,
        // and the other so that it is not. The ICU whole-word factor earned nothing on the relevance set's tune split
        // (Ranking): the two reports, alike but for that, score the same.
        const string term = "中国";
        const string asWord = "中国经济稳定增长。";
        const string inside = "同发展中国家合作。"; // 发展|中|国家: 中国 straddles two words
        Assert.Contains(term, AnalyzedToken.Of(IcuWordAnalyzer.Instance, asWord).Select(t => t.Text));
        Assert.DoesNotContain(term, AnalyzedToken.Of(IcuWordAnalyzer.Instance, inside).Select(t => t.Text));
        var scores = ScoresOf(term,
            Document("inside.txt", "年度工作总结", Filler + inside + Filler),
            Document("word.txt", "年度工作总结", Filler + asWord + Filler));
        Assert.Equal(scores["inside.txt"], scores["word.txt"], 4);
    }

    [Fact]
    public void No_matching_report_scores_zero_however_common_the_term()
    {
        var docs = Enumerable.Range(0, 30).Select(i => Document($"r{i}.txt", $"第{i}号报告", Filler + (i % 3 == 0 ? "人工智能应用。" : ""))).ToArray();
        Write(_index.IndexDir, docs);
        foreach (var q in new[] { "街道", "人工智能", "人", "中" })
        {
            var r = _index.Search(q, size: 50);
            Assert.True(r.Total > 0, q);
            Assert.All(r.Hits, h => Assert.True(h.Score > 0, $"{q}: {h.Source} scored {h.Score}"));
        }
    }

    // A report of sections (heading, text), the heading standing on its own line at the top of its section.
    private static ReportRecord Sectioned(string path, string title, params (string? Heading, string Text)[] sections) =>
        ReportRecordBuilder.Build(new ParsedReport
        {
            Metadata = new ReportMetadata { Title = title },
            Sections = sections.Select(s => new ReportSection(s.Heading, null, s.Heading is null ? s.Text : s.Heading + "\n" + s.Text)).ToList(),
        }, [new IndexSource(path, 1, 0)], path);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private Dictionary<string, double> ScoresOf(string query, params ReportRecord[] docs)
    {
        Write(_index.IndexDir, docs);
        return Scores(query);
    }

    private Dictionary<string, double> Scores(string query)
    {
        var response = _index.Search(query);
        return response.Hits.ToDictionary(h => h.Source!, h => h.Score);
    }

    [Fact]
    public void Many_occurrences_beat_a_few_with_the_term_in_a_heading()
    {
        // The issue's 大数据 case: a report that mentions the term three times, once in a heading, against reports
        // about it, twice as long, that mention it 27 to 37 times.
        const string term = "数字乡村";
        var docs = new List<ReportRecord>
        {
            Sectioned("heading.txt", "年度工作总结", (null, Repeat(Filler, 6)), ("三、" + term + "建设", Repeat(Filler, 4) + term + "试点推进，" + term + "。" + Repeat(Filler, 2))),
        };
        foreach (int n in new[] { 27, 31, 37 })
            docs.Add(Document($"about{n}.txt", "年度工作总结", Repeat(Filler, 24 - n / 3) + Repeat($"推进{term}，", n)));
        var order = Order(term, [.. docs]);
        Assert.Equal("heading.txt", order[^1]);
    }

    [Fact]
    public void Headings_on_their_own_lines_or_inline_score_nearly_the_same()
    {
        (string Heading, string Text)[] parts =
        [
            ("一、口袋公园建设", Filler + "新建口袋公园三处。" + Filler),
            ("二、口袋公园管护", Filler + "口袋公园管护纳入网格。" + Filler),
            ("三、下步打算", Filler + Filler),
        ];
        // Each text ends with its own mark, so that the two are not one text listed once.
        Write(_index.IndexDir,
            Sectioned("lines.txt", "年度工作总结", [.. parts.Select(p => ((string?)p.Heading, p.Text)), (null, "甲")]),
            Sectioned("inline.txt", "年度工作总结", ((string?)null, string.Join("", parts.Select(p => p.Heading + p.Text)) + "\n乙")));
        var scores = Scores("口袋公园");
        double ratio = scores["lines.txt"] / scores["inline.txt"];
        // The headings may lift the report by their bounded factor (and the line breaks change its length a little), no more.
        Assert.InRange(ratio, 1 / 1.05, Ranking.HeadingFactor * 1.05);
    }

    [Fact]
    public void Only_a_title_of_strong_provenance_earns_the_title_factor()
    {
        const string term = "智慧灌溉";
        var body = Filler + "推进" + term + "。" + Filler;
        var weak = new ReportMetadata { Origins = new FieldOrigins { Title = MetadataOrigin.Path } };
        var strong = new ReportMetadata { Origins = new FieldOrigins { Title = MetadataOrigin.Title } };
        Write(_index.IndexDir,
            Document("strong.txt", term + "试点总结", body, strong),
            Document("weak.txt", term + "试点总结", body, weak),
            Document("none.txt", "试点工作总结", term + "。" + body));
        var scores = Scores(term);
        Assert.True(scores["strong.txt"] > scores["weak.txt"] * (1 + (Ranking.TitleFactor - 1) / 2), $"strong {scores["strong.txt"]}, weak {scores["weak.txt"]}");
        // A weak title counts as one more occurrence of the text, like the same words at the top of the body.
        Assert.InRange(scores["weak.txt"] / scores["none.txt"], 1 / 1.05, 1.05);
    }

    [Theory]
    [InlineData("智慧", "养老")]
    [InlineData("新能源汽车", "充电")]
    [InlineData("大数据", "交通")]
    public void Terms_near_each_other_beat_terms_far_apart(string first, string second)
    {
        // The same words, the same length: only the distance between the two terms differs.
        string Text(int gap) => Filler + first + Repeat("的", gap) + second + Repeat("的", 400 - gap) + Filler;
        int window = Ranking.ProximityWindowChars;
        var gaps = new[] { 0, 1, window / 2, window - 2, window + 10, 2 * window, 300 };
        Write(_index.IndexDir, gaps.Select(g => Document($"gap{g}.txt", "年度工作总结", Text(g))).ToArray());
        var scores = Scores(first + " " + second);
        Assert.Equal(gaps.Length, scores.Count);
        foreach (int near in gaps.Where(g => g + second.Length < window))
            foreach (int far in gaps.Where(g => g > window))
                Assert.True(scores[$"gap{near}.txt"] > scores[$"gap{far}.txt"] * 1.2, $"gap {near}: {scores[$"gap{near}.txt"]}, gap {far}: {scores[$"gap{far}.txt"]}");
    }

    [Fact]
    public void A_match_inside_a_department_name_ranks_below_a_topic_match()
    {
        // Three mentions of the department against one of the topic, in reports of the same length.
        var order = Order("社会保障",
            Document("department.txt", "年度工作总结", Filler + "会同人力资源社会保障部门，人力资源和社会保障局牵头，市人力资源社会保障局负责。" + Filler),
            Document("topic.txt", "年度工作总结", Filler + "完善城乡居民社会保障体系，扩大覆盖面，提高待遇水平，服务群众。" + Filler));
        Assert.Equal(["topic.txt", "department.txt"], order);
    }

    [Fact]
    public void A_report_that_names_the_department_and_is_about_the_topic_keeps_its_topic_evidence()
    {
        // The discount is of the occurrences inside names, not of the report: topic mentions still count in full.
        var order = Order("社会保障",
            Document("both.txt", "年度工作总结", Filler + "人力资源社会保障部门完善社会保障体系，社会保障覆盖全民。" + Filler),
            Document("department.txt", "年度工作总结", Filler + "人力资源社会保障部门、人力资源社会保障部门、人力资源社会保障部门。" + Filler));
        Assert.Equal(["both.txt", "department.txt"], order);
    }

    public void Dispose() => _index.Dispose();
}
