using ReportSearch.Analysis;
using ReportSearch.Engine;
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
    public void A_whole_word_match_beats_a_match_inside_a_longer_word()
    {
        // The precondition, stated: ICU's dictionary segments the whole-word text so that the term is a word
        // of its own there, and the other text so that it is not. The order rests on that signal alone.
        const string term = "中国";
        const string asWord = "中国经济稳定增长。";
        const string inside = "同发展中国家合作。"; // 发展|中|国家: 中国 straddles two words
        Assert.Contains(term, AnalyzedToken.Of(IcuWordAnalyzer.Instance, asWord).Select(t => t.Text));
        Assert.DoesNotContain(term, AnalyzedToken.Of(IcuWordAnalyzer.Instance, inside).Select(t => t.Text));
        var order = Order(term,
            Document("inside.txt", "年度工作总结", Filler + inside + Filler),
            Document("word.txt", "年度工作总结", Filler + asWord + Filler));
        Assert.Equal(["word.txt", "inside.txt"], order);
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

    public void Dispose() => _index.Dispose();
}
