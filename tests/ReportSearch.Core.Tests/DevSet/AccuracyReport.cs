using System.Globalization;
using System.Text;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>A district (of a report or one of its sections) that is neither a real place nor an issuing body.</summary>
public sealed record NonPlace(string File, string District);

/// <summary>Accuracy per field over the development set, with every miss, and the non-place districts.</summary>
public sealed class AccuracyReport
{
    /// <summary>The issue's targets (share of labelled documents); fields without a target are only reported.</summary>
    public static readonly IReadOnlyDictionary<DevSetField, double> Targets = new Dictionary<DevSetField, double>
    {
        [DevSetField.Year] = 0.95,
        [DevSetField.Region] = 0.90,
        [DevSetField.Title] = 0.90,
    };

    public AccuracyReport(IReadOnlyList<DevSetLabel> labels, IReadOnlyList<FieldResult> results, IReadOnlyList<NonPlace> nonPlaces)
    {
        Labels = labels;
        Results = results;
        NonPlaces = nonPlaces;
    }

    public IReadOnlyList<DevSetLabel> Labels { get; }
    public IReadOnlyList<FieldResult> Results { get; }
    public IReadOnlyList<NonPlace> NonPlaces { get; }

    public static AccuracyReport Build(IReadOnlyList<(DevSetLabel Label, ExtractedMetadata Got)> documents, Gazetteer gazetteer)
    {
        var results = documents.SelectMany(d => MetadataComparison.Compare(d.Label, d.Got)).ToList();
        var nonPlaces = documents
            .SelectMany(d => new[] { d.Got.District }.Concat(d.Got.SectionDistricts).OfType<string>().Distinct()
                .Where(district => !gazetteer.IsPlaceOrIssuingBody(district))
                .Select(district => new NonPlace(d.Label.File, district)))
            .ToList();
        return new AccuracyReport(documents.Select(d => d.Label).ToList(), results, nonPlaces);
    }

    public (int Right, int Total) Tally(DevSetField field, string? level = null)
    {
        var rows = Results.Where(r => r.Field == field && (level is null || r.Label.Level == level)).ToList();
        return (rows.Count(r => r.Right), rows.Count);
    }

    public double Accuracy(DevSetField field)
    {
        var (right, total) = Tally(field);
        return total == 0 ? double.NaN : (double)right / total;
    }

    /// <summary>The targets this run misses, as sentences; empty when all are met.</summary>
    public IReadOnlyList<string> MissedTargets()
    {
        var missed = new List<string>();
        foreach (var (field, target) in Targets)
        {
            var accuracy = Accuracy(field);
            if (double.IsNaN(accuracy) || accuracy < target)
                missed.Add($"{field}: {Percent(accuracy)} < {Percent(target)}");
        }
        if (NonPlaces.Count > 0) missed.Add($"non-place districts: {NonPlaces.Count} > 0");
        return missed;
    }

    public string ToText()
    {
        var sb = new StringBuilder();
        var levels = DevSetLabel.Levels.Where(l => Labels.Any(x => x.Level == l)).ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Development set: {Labels.Count} documents ({string.Join(", ", levels.Select(l => $"{l} {Labels.Count(x => x.Level == l)}"))})");
        sb.AppendLine();
        sb.Append("| field | right / labelled | accuracy | target |");
        foreach (var level in levels) sb.Append(CultureInfo.InvariantCulture, $" {level} |");
        sb.AppendLine();
        sb.Append("| --- | --- | --- | --- |");
        foreach (var _ in levels) sb.Append(" --- |");
        sb.AppendLine();
        foreach (var field in Enum.GetValues<DevSetField>())
        {
            var (right, total) = Tally(field);
            if (total == 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {field} | not measured ({NotMeasuredReason(field)}) | | |");
                continue;
            }
            sb.Append(CultureInfo.InvariantCulture, $"| {field} | {right} / {total} | {Percent((double)right / total)} | {(Targets.TryGetValue(field, out var t) ? "≥ " + Percent(t) : "")} |");
            foreach (var level in levels)
            {
                var (r, n) = Tally(field, level);
                sb.Append(n == 0 ? " – |" : string.Create(CultureInfo.InvariantCulture, $" {r}/{n} |"));
            }
            sb.AppendLine();
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"| non-place districts | {NonPlaces.Count} | | 0 |");
        sb.AppendLine();

        foreach (var field in Enum.GetValues<DevSetField>())
        {
            var misses = Results.Where(r => r.Field == field && !r.Right).ToList();
            if (misses.Count == 0) continue;
            sb.AppendLine(CultureInfo.InvariantCulture, $"{field} misses ({misses.Count}):");
            foreach (var miss in misses)
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {miss.Label.File}: expected {miss.Expected} | got {miss.Got ?? "null"}");
            sb.AppendLine();
        }
        if (NonPlaces.Count > 0)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Non-place districts ({NonPlaces.Count}):");
            foreach (var np in NonPlaces) sb.AppendLine(CultureInfo.InvariantCulture, $"  {np.File}: {np.District}");
        }
        return sb.ToString();
    }

    private static string NotMeasuredReason(DevSetField field) => field switch
    {
        DevSetField.RegionPath => "ReportMetadata has no RegionPath",
        DevSetField.Kind => "ReportMetadata has no Kind",
        _ => "no labels",
    };

    private static string Percent(double share) => double.IsNaN(share) ? "n/a" : share.ToString("P1", CultureInfo.InvariantCulture);
}
