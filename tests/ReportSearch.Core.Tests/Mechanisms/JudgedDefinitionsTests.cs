using System.Text;
using System.Text.Json;
using ReportSearch.Core.Tests.DevSet;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;
using ReportSearch.Mechanisms;
using Xunit.Abstractions;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// Issue 23's measure of definitions on the development set's judged body (every kept document,
/// <see cref="DevSetFolder.JudgedBody"/>), against judged-definitions.json: of the top 50 listed names (by reports)
/// whose reports contain a defining passage (judged by reading), the share whose list entry shows a definition (target
/// ≥ 60 %), and of those shown the share that are the right passage (target ≥ 90 %). A shown definition nobody judged
/// fails the test, so the judgments stay current. Last judged on 2026-12-05 on the 806 kept documents: shown 45 of 50
/// (90 %), right 45 of 45 (40 of 40 before plain-numbered entries under a glossary's heading, names glossed part by
/// part and brackets of as many parts as a name counts were read); before glossary entries past a segment's limit of names were kept and read in more forms,
/// 27 of 50 (54 %: 一带一路, 两个维护, 四个意识, 放管服 … are defined in their reports' 名词解释), right 25 of 27.
/// </summary>
[Collection(DevSetIndexCollection.Name)]
public sealed class JudgedDefinitionsTests(ITestOutputHelper output, DevSetIndex devSet)
{
    public const double MinShown = 0.6;
    public const double MinRight = 0.9;

    private sealed record Judged(string StartsWith, bool Right, string? Why);
    private sealed record Entry(string Name, List<Judged> Judged);
    private sealed record File_(string Note, List<Entry> Definitions);

    private static string JudgmentsPath => Path.Combine(TestIndex.RepoRoot, "tests", "ReportSearch.Core.Tests", "Mechanisms", "judged-definitions.json");

    [JudgedDevSetFact]
    public void Names_that_reports_define_show_the_right_definition()
    {
        var judged = JsonSerializer.Deserialize<File_>(File.ReadAllText(JudgmentsPath), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!.Definitions;
        var index = devSet.Reader;
        var catalog = index.Mechanisms();

        int shown = 0, right = 0;
        var unjudged = new List<string>();
        var report = new StringBuilder("| name | definition shown | right |\n|---|---|---|\n");
        foreach (var entry in judged)
        {
            var definition = catalog.Find(entry.Name)?.Definition;
            string verdict = "—";
            if (definition is not null)
            {
                shown++;
                var j = entry.Judged.FirstOrDefault(x => definition.StartsWith(x.StartsWith, StringComparison.Ordinal));
                if (j is null) unjudged.Add($"{entry.Name}: {definition}");
                else if (j.Right) right++;
                verdict = j is null ? "not judged" : j.Right ? "yes" : "no: " + j.Why;
            }
            report.Append($"| {entry.Name} | {Cut(definition)} | {verdict} |\n");
        }
        double shownShare = shown / (double)judged.Count, rightShare = right / (double)Math.Max(1, shown);
        report.Append($"\n{devSet.Documents} kept documents indexed; shown {shown}/{judged.Count} ({shownShare:P0}); right {right}/{shown} ({rightShare:P0})\n");
        output.WriteLine(report.ToString());

        Assert.True(unjudged.Count == 0, "judge these definitions in judged-definitions.json:\n" + string.Join('\n', unjudged));
        Assert.True(shownShare >= MinShown, $"only {shownShare:P0} of the defined names show a definition (at least {MinShown:P0} wanted)");
        Assert.True(rightShare >= MinRight, $"only {rightShare:P0} of the shown definitions are right (at least {MinRight:P0} wanted)");
    }

    private static string Cut(string? s) => s is null ? "—" : s.Length <= 30 ? s : s[..30] + "…";
}
