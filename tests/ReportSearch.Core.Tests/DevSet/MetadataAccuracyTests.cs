using System.Text.Json;
using ReportSearch.Core.Tests.Ingestion;
using ReportSearch.Ingestion;
using Xunit.Abstractions;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// Metadata accuracy on the labelled development set of real public documents (issue 19). Every document goes through
/// the real ingestion. The output gives the table of both parts, the tune part with every miss and the held-out part
/// as figures only (rules are never iterated on what it misses); the tune report is also written to
/// accuracy-report.txt in the set's folder. Each part must stay at or above the committed floors
/// (accuracy-floors.json), so a change that makes metadata worse fails here wherever the documents are reachable;
/// the issue's targets are asserted with REPORTSEARCH_DEVSET_ENFORCE=1.
/// </summary>
public sealed class MetadataAccuracyTests(ITestOutputHelper output)
{
    // A few kept documents may be unreachable on a machine where a source could not be rebuilt; more means the folder
    // is not the set the labels describe. Documents read at their source only (DevSetSource.KeptCopy) are left out and
    // counted: the figures describe the documents at hand.
    private const double MaxMissingShare = 0.05;

    [DevSetFact]
    public void Metadata_accuracy_on_the_development_set()
    {
        var labels = DevSetLabel.Load(DevSetFolder.LabelsPath);
        var gazetteer = Gazetteer.LoadDivisions(Gazetteer.DivisionsPath);
        var documents = new List<(DevSetLabel, ExtractedMetadata)>();
        var missing = new List<string>();
        var unreadable = new List<string>();
        int readAtSourceOnly = 0;
        foreach (var label in labels)
        {
            if (!label.Source.KeptCopy) { readAtSourceOnly++; continue; }
            var fullPath = Path.Combine(DevSetFolder.DocsDir, label.File);
            if (!File.Exists(fullPath)) { missing.Add(label.File); continue; }
            try
            {
                var report = IngestionTestSupport.Parse(fullPath, label.File, File.ReadAllBytes(fullPath));
                documents.Add((label, ExtractedMetadata.From(report)));
            }
            catch (UnreadableFileException e)
            {
                unreadable.Add($"{label.File}: {e.Message}");
            }
        }

        var accuracy = AccuracyReport.Build(documents, gazetteer);
        var tune = accuracy.Part(DevSetLabel.Tune);
        var holdout = accuracy.Part(DevSetLabel.Holdout);
        var header = $"labels: {DevSetFolder.LabelsPath}; documents read {documents.Count}, missing {missing.Count}, unreadable {unreadable.Count}; " +
            $"left out {readAtSourceOnly} read at their source only (no copy may be kept here)\n\n";
        output.WriteLine(header + tune.ToText(misses: false) + holdout.ToText(misses: false));
        TryWrite(Path.Combine(DevSetFolder.Root, "accuracy-report.txt"), header + tune.ToText(misses: true) + holdout.ToText(misses: false));

        Assert.True(unreadable.Count == 0, "documents that could not be read:\n" + string.Join('\n', unreadable));
        int kept = labels.Count - readAtSourceOnly;
        Assert.True(missing.Count <= MaxMissingShare * kept, $"{missing.Count} of {kept} documents are missing from {DevSetFolder.DocsDir}, e.g. {string.Join(", ", missing.Take(5))}");
        Assert.NotEmpty(documents);

        var belowFloor = BelowFloors(tune).Concat(BelowFloors(holdout)).ToList();
        Assert.True(belowFloor.Count == 0, "accuracy fell below the committed floors (accuracy-floors.json):\n" + string.Join('\n', belowFloor));
        if (DevSetFolder.Enforce)
        {
            var missed = holdout.MissedTargets();
            Assert.True(missed.Count == 0, "targets missed:\n" + string.Join('\n', missed));
        }
    }

    [DevSetFact]
    public void Every_labelled_region_is_a_real_place_of_the_gazetteer()
    {
        var gazetteer = Gazetteer.LoadDivisions(Gazetteer.DivisionsPath);
        Assert.True(gazetteer.Count > 40_000, $"{Gazetteer.DivisionsPath} holds only {gazetteer.Count} places");
        var wrong = DevSetLabel.Load(DevSetFolder.LabelsPath).Where(l => !gazetteer.IsPath(l.RegionPath))
            .Select(l => $"{l.File}: {string.Join('›', l.RegionPath ?? [])}").ToList();
        Assert.True(wrong.Count == 0, "labelled regions that are not gazetteer paths:\n" + string.Join('\n', wrong));
    }

    /// <summary>Fields of a part whose accuracy (all levels) is below its committed floor.</summary>
    private static IEnumerable<string> BelowFloors(AccuracyReport part)
    {
        if (!File.Exists(DevSetFolder.FloorsPath)) yield break;
        // {"_why": "...", "tune": {"Year": 0.94, …}, "holdout": {…}}: keys starting with _ are comments.
        using var json = JsonDocument.Parse(File.ReadAllText(DevSetFolder.FloorsPath));
        var floors = json.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('_'))
            .ToDictionary(p => p.Name, p => p.Value.EnumerateObject().ToDictionary(f => Enum.Parse<DevSetField>(f.Name), f => f.Value.GetDouble()));
        if (!floors.TryGetValue(part.Name, out var partFloors)) yield break;
        foreach (var (field, floor) in partFloors)
        {
            var accuracy = part.Accuracy(field);
            if (!double.IsNaN(accuracy) && accuracy < floor)
                yield return $"{part.Name} {field}: {AccuracyReport.Percent(accuracy)} < floor {AccuracyReport.Percent(floor)}";
        }
    }

    private void TryWrite(string path, string text)
    {
        try { File.WriteAllText(path, text); }
        catch (IOException e) { output.WriteLine($"could not write {path}: {e.Message}"); }
        catch (UnauthorizedAccessException e) { output.WriteLine($"could not write {path}: {e.Message}"); }
    }
}
