using System.Text;
using System.Text.Json;
using ReportSearch.Core.Tests.DevSet;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;
using ReportSearch.Pipeline;
using Xunit.Abstractions;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// Issue 23's measure of the mechanism list on the development set's judged body (every kept document,
/// <see cref="DevSetFolder.JudgedBody"/>, indexed through the real pipeline), against our hand judgments in
/// judged-names.json (on each body they were judged on, the names listed first and a random sample of the rest):
/// precision of the top 100, the judged-not-real classes the issue bans from it, and over the whole list the share of
/// listed judged names that are real and, of the judged real names a document of the body names, the share still
/// listed (a cleaner list must not get there by dropping real mechanisms). Names not judged are reported, never counted
/// as real. Last judged on 2026-12-05 on the 806 kept documents: 99 of the top 100 real (四梁八柱, a metaphor, is not),
/// whole list 90.2 % real (439 judged names listed), real names named there still listed 95.9 % (396 of 413). Before
/// other pages' headlines were left out and the definitions that made quoted common words look defined were refused, 94
/// (一站式, 三项措施 and 空心村 quoted common words, 一路阳光 and 四梁八柱 metaphors, 节能产品惠民 a fragment).
/// </summary>
[Collection(DevSetIndexCollection.Name)]
public sealed class JudgedNamesTests(ITestOutputHelper output, DevSetIndex devSet)
{
    public const int Top = 100;
    /// <summary>Issue 23's target: the top 100 are at least 95 % real.</summary>
    public const int MinRealInTop = 95;
    /// <summary>Of the judged names still listed, at least this share is real (a bar of our own; issue 23 asks for the figure).</summary>
    public const double MinListedPrecision = 0.9;
    /// <summary>Of the judged real names that a document of the body names, at least this share is still listed.</summary>
    public const double MinRealKept = 0.95;

    /// <summary>Not-real classes that issue 23 says must not appear in the top 100.</summary>
    public static readonly string[] BannedFromTop = ["stance-in-negation", "common word", "amount/ranking", "meeting name"];

    public sealed record Judgment(int Real, string? Class);
    private sealed record JudgedNames(string Note, Dictionary<string, Judgment> Names);

    public static string JudgmentsPath => Path.Combine(TestIndex.RepoRoot, "tests", "ReportSearch.Core.Tests", "Mechanisms", "judged-names.json");

    public static Dictionary<string, Judgment> LoadJudgments() =>
        JsonSerializer.Deserialize<JudgedNames>(File.ReadAllText(JudgmentsPath), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!.Names;

    [Fact]
    public void Judgments_are_at_least_300_names_each_with_a_class_when_not_real()
    {
        var judged = LoadJudgments();
        Assert.True(judged.Count >= 300, $"only {judged.Count} names judged");
        string[] classes = [.. BannedFromTop, "fragment", "other"];
        var unclassed = judged.Where(j => j.Value.Real == 0 && !classes.Contains(j.Value.Class)).Select(j => j.Key).ToList();
        Assert.True(unclassed.Count == 0, "not-real names without a known class: " + string.Join("、", unclassed));
        Assert.All(judged.Values, j => Assert.True(j.Real is 0 or 1));
    }

    [JudgedDevSetFact]
    public void Mechanism_list_of_the_development_set_is_clean_by_the_judgments()
    {
        var judged = LoadJudgments();
        var index = devSet.Reader;
        var catalog = index.Mechanisms();
        var all = new List<MechanismSummary>();
        for (int page = 1; ; page++)
        {
            var got = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, page, MechanismQuery.MaxSize)).Mechanisms;
            all.AddRange(got);
            if (got.Count < MechanismQuery.MaxSize) break;
        }
        var top = all.Take(Top).ToList();
        var listed = all.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        int realInTop = top.Count(m => judged.TryGetValue(m.Name, out var j) && j.Real == 1);
        var unjudgedInTop = top.Where(m => !judged.ContainsKey(m.Name)).Select(m => m.Name).ToList();
        var bannedInTop = top.Where(m => judged.TryGetValue(m.Name, out var j) && BannedFromTop.Contains(j.Class)).Select(m => $"{m.Name}（{judged[m.Name].Class}）").ToList();
        var listedJudged = judged.Where(j => listed.Contains(j.Key)).ToList();
        double listedPrecision = listedJudged.Count(j => j.Value.Real == 1) / (double)Math.Max(1, listedJudged.Count);
        // Of the judged real names, those a document of the body names at all: many were judged on a larger body, and a
        // name no document at hand names cannot be listed, whatever the list's rules.
        var real = judged.Where(j => j.Value.Real == 1).ToList();
        var realNamed = real.Where(j => listed.Contains(j.Key) || devSet.Texts.Any(t => t.Contains(j.Key, StringComparison.Ordinal))).ToList();
        var realDropped = realNamed.Where(j => !listed.Contains(j.Key)).Select(j => j.Key).ToList();
        double realKept = 1 - realDropped.Count / (double)Math.Max(1, realNamed.Count);
        var notRealKept = judged.Where(j => j.Value.Real == 0 && listed.Contains(j.Key)).Select(j => $"{j.Key}（{j.Value.Class}）").ToList();

        var report = new StringBuilder();
        report.AppendLine($"{devSet.Documents} kept documents indexed; {all.Count} mechanisms listed; top {Top}: {realInTop} real, {top.Count - realInTop - unjudgedInTop.Count} judged not real, {unjudgedInTop.Count} not judged");
        report.AppendLine("top 100: " + string.Join("  ", top.Select(m => $"{(judged.TryGetValue(m.Name, out var j) ? j.Real == 1 ? "✓" : "✗" : "?")}{m.Name}")));
        report.AppendLine($"whole list: {listedJudged.Count} judged names listed, {listedPrecision:P1} real; of the {realNamed.Count} judged real names a document " +
            $"here names, {realNamed.Count - realDropped.Count} still listed ({realKept:P1}); {real.Count - realNamed.Count} judged real names no document here names (not counted)");
        report.AppendLine("not real, still listed: " + string.Join("、", notRealKept));
        report.AppendLine("real, no longer listed: " + string.Join("、", realDropped));
        report.AppendLine("not judged in the top 100: " + string.Join("、", unjudgedInTop));
        // Issue 23: first appearances rest on strong years; through the real pipeline every one names its basis.
        var firsts = top.Where(m => m.First is not null).Select(m => m.First!).ToList();
        report.AppendLine($"first appearances of the top 100: {firsts.Count(f => !f.Inferred)} on a strong year, {firsts.Count(f => f.Inferred)} inferred; by basis: "
            + string.Join("、", firsts.GroupBy(f => f.BasisLabel).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine(report.ToString());

        Assert.All(firsts, f => Assert.True(f.Basis is not null && (f.Inferred || !f.BasisLabel!.Contains("推断")), $"{f.ReportId}: {f.Basis}"));
        Assert.True(bannedInTop.Count == 0, "classes issue 23 bans are in the top 100: " + string.Join("、", bannedInTop));
        Assert.True(realInTop >= MinRealInTop, $"{realInTop} of the top {Top} are judged real (at least {MinRealInTop} wanted; judge new names in judged-names.json)");
        Assert.True(listedPrecision >= MinListedPrecision, $"{listedPrecision:P1} of the listed judged names are real (at least {MinListedPrecision:P0} wanted)");
        Assert.True(realKept >= MinRealKept, $"only {realKept:P1} of the judged real names named here are still listed (at least {MinRealKept:P0} wanted): " + string.Join("、", realDropped));
    }
}
