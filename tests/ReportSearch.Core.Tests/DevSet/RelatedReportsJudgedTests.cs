using System.Text;
using System.Text.Json;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;
using ReportSearch.Search;
using Xunit.Abstractions;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// Issue 23's measure of related reports on the development set's judged body (every kept document,
/// <see cref="DevSetFolder.JudgedBody"/>), against related-judgments.json: for 20 reports
/// drawn at random, the share of the related reports shown (up to 10; the relatedness floor shows fewer, or none, when
/// fewer are alike) that are on the same topic, averaged over the reports that show any (target 8 of 10), with how many
/// are shown and how many reports show none; the same for a check set of 10 more reports drawn with another seed, and for
/// a second tuning set ("tune2") of 20 more drawn with a third seed, on which changes are studied so that the check set
/// stays unseen.
/// Related reports nobody judged count as off topic and are listed, so the judgments can be brought up to date.
/// </summary>
[Collection(DevSetIndexCollection.Name)]
public sealed class RelatedReportsJudgedTests(ITestOutputHelper output, DevSetIndex devSet)
{
    public const int Top = 10;
    /// <summary>Issue 23's target for the share on topic.</summary>
    public const double Target = 0.8;
    /// <summary>The precision of what is shown when last judged, less a little: 0.93 over the 15 of 20 reports that show
    /// any, 5.05 shown on average (2026-12-05, the 806 kept documents, reports drawn with seed 1205; on all documents on
    /// 2026-12-03, other reports: 0.99). A change that makes related reports worse fails.</summary>
    public const double Floor = 0.90;
    /// <summary>The check set's figure when judged, less a little: 0.73 over 7 of 10, 3.8 shown (2026-12-05, kept documents,
    /// seed 51205; 0.86 on all documents on 2026-12-03). Below issue 23's target: of the 38 shown, 9 are regulations on
    /// other subjects for 北京市公园条例 and 3 calls for public comment for 山东省厂务公开条例.</summary>
    public const double CheckFloor = 0.70;
    /// <summary>The second tuning set's figure when judged, less a little: 0.68 over 14 of 20, 3.55 shown (2026-12-06, kept
    /// documents, seed 71205; before the subject rules of issue 23's subject-over-genre change).</summary>
    public const double Tune2Floor = 0.65;
    /// <summary>At least this many related reports shown on average, so that a floor showing nearly nothing fails
    /// (5.05 and 3.8 when judged on 2026-12-05; 5.2 and 4.5 on all documents before).</summary>
    public const double MinShown = 3.5;

    [JudgedDevSetFact]
    public void Related_reports_of_judged_reports_are_on_their_topic()
    {
        var file = Path.Combine(TestIndex.RepoRoot, "tests", "ReportSearch.Core.Tests", "DevSet", "related-judgments.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var judged = Read(doc.RootElement.GetProperty("judged"));
        var check = Read(doc.RootElement.GetProperty("check"));
        var tune2 = Read(doc.RootElement.GetProperty("tune2"));

        var index = devSet.Reader;
        var search = new SearchService(index);

        var report = new StringBuilder();
        var (judgedShare, judgedShown) = Share("judged", judged, search, report);
        var (checkShare, checkShown) = Share("check", check, search, report);
        var (tune2Share, tune2Shown) = Share("tune2", tune2, search, report);
        output.WriteLine($"{devSet.Documents} kept documents indexed\n" + report);
        Assert.True(judgedShare >= Floor, $"{judgedShare:P0} of the related reports shown are on topic (at least {Floor:P0} wanted)");
        Assert.True(checkShare >= CheckFloor, $"check set: {checkShare:P0} of the related reports shown are on topic (at least {CheckFloor:P0} wanted)");
        Assert.True(tune2Share >= Tune2Floor, $"tune2 set: {tune2Share:P0} of the related reports shown are on topic (at least {Tune2Floor:P0} wanted)");
        Assert.True(judgedShown >= MinShown && checkShown >= MinShown && tune2Shown >= MinShown,
            $"{judgedShown:F1}, {checkShown:F1} and {tune2Shown:F1} related reports shown on average (at least {MinShown:F1} wanted)");
    }

    private static List<(string Asked, Dictionary<string, bool> OnTopic)> Read(JsonElement reports) =>
        reports.EnumerateArray().Select(e => (
            Asked: e.GetProperty("asked").GetString()!,
            OnTopic: e.GetProperty("related").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("onTopic").GetBoolean()))).ToList();

    // The share on topic of the related reports shown, per report and averaged over the reports that show any, and how
    // many are shown on average, with a line per report and the related reports not judged.
    private static (double Precision, double Shown) Share(string name, List<(string Asked, Dictionary<string, bool> OnTopic)> judged,
        SearchService search, StringBuilder report)
    {
        var precisions = new List<double>();
        int shown = 0, onTopic = 0;
        var unjudged = new List<string>();
        foreach (var (asked, labels) in judged)
        {
            var related = search.Related(ReportRecordBuilder.IdFor(asked), Top, false)?.Reports ?? [];
            int good = related.Count(r => labels.GetValueOrDefault(r.Id));
            unjudged.AddRange(related.Where(r => !labels.ContainsKey(r.Id)).Select(r => $"{asked} → {r.Id} {r.Title}"));
            if (related.Count > 0) precisions.Add(good / (double)related.Count);
            shown += related.Count;
            onTopic += good;
            report.AppendLine($"{name} {asked}: {good}/{related.Count} shown on topic");
        }
        double precision = precisions.Count == 0 ? 0 : precisions.Average();
        double meanShown = shown / (double)judged.Count;
        report.AppendLine($"{name}: precision of what is shown {precision:F3} over the {precisions.Count} of {judged.Count} reports that show any " +
            $"(target {Target:F1}); {meanShown:F1} shown on average, {onTopic / (double)judged.Count:F2} on topic per report; not judged: {unjudged.Count}");
        foreach (var u in unjudged) report.AppendLine("  not judged: " + u);
        return (precision, meanShown);
    }
}
