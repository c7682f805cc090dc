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
/// drawn at random, how many of the top 10 related reports are on the same topic (target 8 of 10). Related reports
/// nobody judged count as off topic and are listed, so the judgments can be brought up to date.
/// </summary>
public sealed class RelatedReportsJudgedTests(ITestOutputHelper output)
{
    public const int Top = 10;
    /// <summary>Issue 23's target, not yet reached (see the figures printed).</summary>
    public const double Target = 0.8;
    /// <summary>The figure when judged (5.95 of 10), less a little: a change that makes related reports worse fails.</summary>
    public const double Floor = 0.55;

    [DevSetFact]
    public void Related_reports_of_judged_reports_are_on_their_topic()
    {
        var file = Path.Combine(TestIndex.RepoRoot, "tests", "ReportSearch.Core.Tests", "DevSet", "related-judgments.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var judged = doc.RootElement.GetProperty("judged").EnumerateArray().Select(e => (
            Asked: e.GetProperty("asked").GetString()!,
            OnTopic: e.GetProperty("related").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("onTopic").GetBoolean()))).ToList();

        using var scratch = new TestIndex();
        using (var writer = ReportIndexes.OpenForWriting(scratch.IndexDir))
            new ArchiveIndexer(writer, ReportParsers.Default(), new IndexerSettings()).Run([DevSetFolder.DocsDir]);
        using var index = ReportIndexes.OpenForReading(scratch.IndexDir);
        var search = new SearchService(index);

        int onTopic = 0, shown = 0;
        var report = new StringBuilder();
        var unjudged = new List<string>();
        foreach (var (asked, labels) in judged)
        {
            var related = search.Related(ReportRecordBuilder.IdFor(asked), Top, false)?.Reports ?? [];
            int good = related.Count(r => labels.GetValueOrDefault(r.Id));
            unjudged.AddRange(related.Where(r => !labels.ContainsKey(r.Id)).Select(r => $"{asked} → {r.Id} {r.Title}"));
            onTopic += good;
            shown += Top;
            report.AppendLine($"{asked}: {good}/{Top} on topic");
        }
        double share = onTopic / (double)shown;
        report.AppendLine($"on topic: {onTopic}/{shown} ({share * Top:F1} of {Top}; target {Target * Top:F0}); not judged: {unjudged.Count}");
        foreach (var u in unjudged) report.AppendLine("  not judged: " + u);
        output.WriteLine(report.ToString());
        Assert.True(share >= Floor, $"{share * Top:F1} of {Top} related reports are on topic (at least {Floor * Top:F1} wanted)");
    }
}
