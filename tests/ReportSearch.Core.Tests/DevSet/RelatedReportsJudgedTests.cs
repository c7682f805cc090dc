using System.Text;
using System.Text.Json;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;
using ReportSearch.Search;
using Xunit.Abstractions;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// Issue 23's measure of related reports on the whole development set, against related-judgments.json: for 20 reports
/// drawn at random, how many of the top 10 related reports are on the same topic (target 8 of 10), and the same for
/// a check set of 10 more reports drawn with another seed, which the finder was never tuned on. Related reports
/// nobody judged count as off topic and are listed, so the judgments can be brought up to date.
/// </summary>
public sealed class RelatedReportsJudgedTests(ITestOutputHelper output)
{
    public const int Top = 10;
    /// <summary>Issue 23's target, not yet reached (see the figures printed).</summary>
    public const double Target = 0.8;
    /// <summary>The figure when last judged (6.40 of 10; 5.95 before the title and the kind's wording were used), less
    /// a little: a change that makes related reports worse fails.</summary>
    public const double Floor = 0.60;
    /// <summary>The check set's figure when judged (5.50 of 10), less a little.</summary>
    public const double CheckFloor = 0.50;

    [DevSetFact]
    public void Related_reports_of_judged_reports_are_on_their_topic()
    {
        var file = Path.Combine(TestIndex.RepoRoot, "tests", "ReportSearch.Core.Tests", "DevSet", "related-judgments.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var judged = Read(doc.RootElement.GetProperty("judged"));
        var check = Read(doc.RootElement.GetProperty("check"));

        using var scratch = new TestIndex();
        using (var writer = ReportIndexes.OpenForWriting(scratch.IndexDir))
            new ArchiveIndexer(writer, ReportParsers.Default(), new IndexerSettings()).Run([DevSetFolder.DocsDir]);
        using var index = ReportIndexes.OpenForReading(scratch.IndexDir);
        var search = new SearchService(index);

        var report = new StringBuilder();
        double judgedShare = Share("judged", judged, search, report);
        double checkShare = Share("check", check, search, report);
        output.WriteLine(report.ToString());
        Assert.True(judgedShare >= Floor, $"{judgedShare * Top:F1} of {Top} related reports are on topic (at least {Floor * Top:F1} wanted)");
        Assert.True(checkShare >= CheckFloor, $"check set: {checkShare * Top:F1} of {Top} related reports are on topic (at least {CheckFloor * Top:F1} wanted)");
    }

    private static List<(string Asked, Dictionary<string, bool> OnTopic)> Read(JsonElement reports) =>
        reports.EnumerateArray().Select(e => (
            Asked: e.GetProperty("asked").GetString()!,
            OnTopic: e.GetProperty("related").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("onTopic").GetBoolean()))).ToList();

    // The share of the top 10 on topic over these reports, with a line per report and the related reports not judged.
    private static double Share(string name, List<(string Asked, Dictionary<string, bool> OnTopic)> judged, SearchService search, StringBuilder report)
    {
        int onTopic = 0, shown = 0;
        var unjudged = new List<string>();
        foreach (var (asked, labels) in judged)
        {
            var related = search.Related(ReportRecordBuilder.IdFor(asked), Top, false)?.Reports ?? [];
            int good = related.Count(r => labels.GetValueOrDefault(r.Id));
            unjudged.AddRange(related.Where(r => !labels.ContainsKey(r.Id)).Select(r => $"{asked} → {r.Id} {r.Title}"));
            onTopic += good;
            shown += Top;
            report.AppendLine($"{name} {asked}: {good}/{Top} on topic");
        }
        double share = onTopic / (double)shown;
        report.AppendLine($"{name}: on topic {onTopic}/{shown} ({share * Top:F1} of {Top}; target {Target * Top:F0}); not judged: {unjudged.Count}");
        foreach (var u in unjudged) report.AppendLine("  not judged: " + u);
        return share;
    }
}
