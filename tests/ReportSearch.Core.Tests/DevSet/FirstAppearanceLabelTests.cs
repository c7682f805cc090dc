using System.Text;
using ReportSearch.Mechanisms;
using ReportSearch.Pipeline;
using Xunit.Abstractions;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// Issue 23's target "no first appearance from a year known to be wrong", measured on the development set's judged body
/// (every kept document): for every listed mechanism whose first appearance is given as fact (its report's year from a
/// strong source, not marked inferred), the year must be the one a reader labelled for that report, where one is
/// labelled. A first appearance on an inferred year is shown as such (推断), so it is counted apart, not failed.
/// </summary>
[Collection(DevSetIndexCollection.Name)]
public sealed class FirstAppearanceLabelTests(ITestOutputHelper output, DevSetIndex devSet)
{
    [JudgedDevSetFact]
    public void First_appearances_given_as_fact_are_in_the_labelled_year()
    {
        var labelled = DevSetFolder.JudgedBody().Where(l => l.Year is not null).ToDictionary(l => ReportRecordBuilder.IdFor(l.File));
        var catalog = devSet.Reader.Mechanisms();
        var listed = new List<MechanismSummary>();
        for (int page = 1; page <= MechanismQuery.MaxPage; page++)
        {
            var got = catalog.List(new MechanismQuery(null, null, null, MechanismSort.Count, page, MechanismQuery.MaxSize)).Mechanisms;
            listed.AddRange(got);
            if (got.Count < MechanismQuery.MaxSize) break;
        }

        int asFact = 0, inferred = 0, checkedAgainstLabel = 0;
        var reports = new HashSet<string>(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var m in listed)
        {
            if (m.First is not { } first) continue;
            if (first.Inferred) { inferred++; continue; }
            asFact++;
            if (!labelled.TryGetValue(first.ReportId, out var label)) continue;
            checkedAgainstLabel++;
            reports.Add(first.ReportId);
            if (label.Year != first.Year)
                wrong.Add($"{m.Name}: 首见 {first.Year} ({first.Basis}) in {label.File}, labelled {label.Year}");
        }
        var report = new StringBuilder($"{devSet.Documents} kept documents indexed; {listed.Count} mechanisms listed; first appearances given as fact {asFact} " +
            $"(checked against a labelled year {checkedAgainstLabel}, in {reports.Count} reports; other than the label {wrong.Count}), marked inferred {inferred}\n");
        foreach (var w in wrong) report.AppendLine("  " + w);
        output.WriteLine(report.ToString());

        Assert.True(checkedAgainstLabel > 0, "no first appearance's report has a labelled year: the measure measured nothing");
        Assert.True(wrong.Count == 0, "first appearances given as fact in a year other than the labelled one:\n" + string.Join('\n', wrong));
    }
}
