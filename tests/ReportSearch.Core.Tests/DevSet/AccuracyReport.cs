using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>A district (of a report or one of its sections) that is neither a real place nor an issuing body.</summary>
public sealed record NonPlace(string File, string District);

/// <summary>
/// Accuracy per field over (a part of) the development set: right / labelled per level and for county level and
/// below, confident wrong answers apart from honest unknowns, the figures for documents without a header block, titles
/// that are file-name debris, every miss (for the tune part only) and the non-place districts.
/// </summary>
public sealed partial class AccuracyReport
{
    /// <summary>Issue 19's targets for documents at county level and below (share of labelled documents).</summary>
    public static readonly IReadOnlyDictionary<DevSetField, double> LocalTargets = new Dictionary<DevSetField, double>
    {
        [DevSetField.Region] = 0.92,
        [DevSetField.Year] = 0.95,
        [DevSetField.Date] = 0.85,
        [DevSetField.Title] = 0.90,
        [DevSetField.Kind] = 0.85,
        [DevSetField.Org] = 0.80,
        [DevSetField.DocNumber] = 0.90,
    };

    /// <summary>Issue 19's ceilings for documents without a header: a wrong region, and a year wrong by two or more.</summary>
    public const double HeaderlessWrongRegionCeiling = 0.03;
    public const double HeaderlessYearOffCeiling = 0.02;

    // What a file name looks like when it is not a name: a hash, a number, a generic page name.
    [GeneratedRegex(@"^(?:[0-9a-fA-F_-]{8,}|[\d_.-]+|(?:index|default|content|article|detail|details|page|show|view|t\d+_\d+)(?:\.\w{2,5})?)$")]
    private static partial Regex NotAName();

    private AccuracyReport(string name, IReadOnlyList<(DevSetLabel Label, ExtractedMetadata Got)> documents, IReadOnlyList<FieldResult> results, IReadOnlyList<NonPlace> nonPlaces)
    {
        Name = name;
        Documents = documents;
        Results = results;
        NonPlaces = nonPlaces;
    }

    public string Name { get; }
    public IReadOnlyList<(DevSetLabel Label, ExtractedMetadata Got)> Documents { get; }
    public IReadOnlyList<DevSetLabel> Labels => Documents.Select(d => d.Label).ToList();
    public IReadOnlyList<FieldResult> Results { get; }
    public IReadOnlyList<NonPlace> NonPlaces { get; }

    public static AccuracyReport Build(IReadOnlyList<(DevSetLabel Label, ExtractedMetadata Got)> documents, Gazetteer gazetteer, string name = "all")
    {
        var results = documents.SelectMany(d => MetadataComparison.Compare(d.Label, d.Got)).ToList();
        var nonPlaces = documents
            .SelectMany(d => new[] { d.Got.District }.Concat(d.Got.SectionDistricts).OfType<string>().Distinct()
                .Where(district => !gazetteer.IsPlaceOrIssuingBody(district))
                .Select(district => new NonPlace(d.Label.File, district)))
            .ToList();
        return new AccuracyReport(name, documents, results, nonPlaces);
    }

    /// <summary>The report restricted to one split (<see cref="DevSetLabel.Tune"/> or <see cref="DevSetLabel.Holdout"/>).</summary>
    public AccuracyReport Part(string split) =>
        new(split, Documents.Where(d => d.Label.Split == split).ToList(), Results.Where(r => r.Label.Split == split).ToList(),
            NonPlaces.Where(n => Documents.Any(d => d.Label.File == n.File && d.Label.Split == split)).ToList());

    public (int Right, int Total) Tally(DevSetField field, Func<DevSetLabel, bool>? which = null)
    {
        var rows = Results.Where(r => r.Field == field && (which is null || which(r.Label))).ToList();
        return (rows.Count(r => r.Right), rows.Count);
    }

    public double Accuracy(DevSetField field, Func<DevSetLabel, bool>? which = null)
    {
        var (right, total) = Tally(field, which);
        return total == 0 ? double.NaN : (double)right / total;
    }

    /// <summary>Confident wrong answers among the labelled documents <paramref name="which"/> selects.</summary>
    public (int Wrong, int Total) WrongTally(DevSetField field, Func<DevSetLabel, bool>? which = null)
    {
        var rows = Results.Where(r => r.Field == field && (which is null || which(r.Label))).ToList();
        return (rows.Count(r => r.Wrong), rows.Count);
    }

    /// <summary>Years wrong by two or more (an off-by-one is the review/session confusion; two or more is worse).</summary>
    public (int Off, int Total) YearOffByTwo(Func<DevSetLabel, bool>? which = null)
    {
        var rows = Results.Where(r => r.Field == DevSetField.Year && (which is null || which(r.Label))).ToList();
        return (rows.Count(r => r.Got is not null && Math.Abs(int.Parse(r.Got, CultureInfo.InvariantCulture) - int.Parse(r.Expected, CultureInfo.InvariantCulture)) >= 2), rows.Count);
    }

    /// <summary>Extracted titles that are a hash, a number or a generic page name.</summary>
    public IReadOnlyList<(string File, string Title)> FileNameTitles() =>
        Documents.Where(d => d.Got.Title is { } t && NotAName().IsMatch(t.Trim())).Select(d => (d.Label.File, d.Got.Title!)).ToList();

    private static bool Headerless(DevSetLabel l) => l.HasHeader == false;

    /// <summary>The targets this part misses, as sentences; empty when all are met.</summary>
    public IReadOnlyList<string> MissedTargets()
    {
        var missed = new List<string>();
        foreach (var (field, target) in LocalTargets)
        {
            var accuracy = Accuracy(field, l => l.IsLocal);
            if (!double.IsNaN(accuracy) && accuracy < target)
                missed.Add($"{Name}, county level and below, {field}: {Percent(accuracy)} < {Percent(target)}");
        }
        var (wrongRegion, regionTotal) = WrongTally(DevSetField.Region, Headerless);
        if (regionTotal > 0 && (double)wrongRegion / regionTotal > HeaderlessWrongRegionCeiling)
            missed.Add($"{Name}, without a header: wrong region {wrongRegion}/{regionTotal} > {Percent(HeaderlessWrongRegionCeiling)}");
        var (yearOff, yearTotal) = YearOffByTwo(Headerless);
        if (yearTotal > 0 && (double)yearOff / yearTotal > HeaderlessYearOffCeiling)
            missed.Add($"{Name}, without a header: year off by 2+ {yearOff}/{yearTotal} > {Percent(HeaderlessYearOffCeiling)}");
        if (FileNameTitles().Count > 0) missed.Add($"{Name}: {FileNameTitles().Count} titles are file-name debris");
        return missed;
    }

    /// <summary>The table; with <paramref name="misses"/> also every miss (never for the held-out part).</summary>
    public string ToText(bool misses)
    {
        var sb = new StringBuilder();
        var labels = Labels;
        var levels = DevSetLabel.Levels.Where(l => labels.Any(x => x.Level == l)).ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"## {Name}: {labels.Count} documents ({string.Join(", ", levels.Select(l => $"{l} {labels.Count(x => x.Level == l)}"))}; county and below {labels.Count(l => l.IsLocal)}; without a header {labels.Count(Headerless)})");
        sb.AppendLine();
        sb.Append("| field | all | wrong | county and below | target |");
        foreach (var level in levels) sb.Append(CultureInfo.InvariantCulture, $" {level} |");
        sb.AppendLine();
        sb.Append("| --- | --- | --- | --- | --- |");
        foreach (var _ in levels) sb.Append(" --- |");
        sb.AppendLine();
        foreach (var field in Enum.GetValues<DevSetField>())
        {
            var (right, total) = Tally(field);
            if (total == 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {field} | not labelled | | | |");
                continue;
            }
            var (wrong, _) = WrongTally(field);
            var (lr, lt) = Tally(field, l => l.IsLocal);
            sb.Append(CultureInfo.InvariantCulture,
                $"| {field} | {right}/{total} {Percent((double)right / total)} | {wrong} | {(lt == 0 ? "–" : $"{lr}/{lt} {Percent((double)lr / lt)}")} | {(LocalTargets.TryGetValue(field, out var t) ? "≥ " + Percent(t) : "")} |");
            foreach (var level in levels)
            {
                var (r, n) = Tally(field, l => l.Level == level);
                sb.Append(n == 0 ? " – |" : string.Create(CultureInfo.InvariantCulture, $" {r}/{n} |"));
            }
            sb.AppendLine();
        }
        var (hw, ht) = WrongTally(DevSetField.Region, Headerless);
        var (yo, yt) = YearOffByTwo(Headerless);
        int coarser = Results.Count(r => r.Field == DevSetField.Region && Headerless(r.Label) && r.Coarser);
        sb.AppendLine(CultureInfo.InvariantCulture, $"| without a header: wrong region | {hw}/{ht} {Percent(ht == 0 ? double.NaN : (double)hw / ht)} | {coarser} of them a unit above the labelled one | | ≤ {Percent(HeaderlessWrongRegionCeiling)} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| without a header: year off by 2+ | {yo}/{yt} {Percent(yt == 0 ? double.NaN : (double)yo / yt)} | | | ≤ {Percent(HeaderlessYearOffCeiling)} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| titles that are file-name debris | {FileNameTitles().Count} | | | 0 |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| non-place districts | {NonPlaces.Count} | | | 0 |");
        sb.AppendLine();
        if (!misses) return sb.ToString();

        foreach (var field in Enum.GetValues<DevSetField>())
        {
            var missed = Results.Where(r => r.Field == field && !r.Right).ToList();
            if (missed.Count == 0) continue;
            sb.AppendLine(CultureInfo.InvariantCulture, $"{field} misses ({missed.Count}):");
            foreach (var miss in missed)
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {miss.Label.File}: expected {miss.Expected} | got {miss.Got ?? "null"}");
            sb.AppendLine();
        }
        foreach (var (file, title) in FileNameTitles()) sb.AppendLine(CultureInfo.InvariantCulture, $"  file-name title {file}: {title}");
        if (NonPlaces.Count > 0)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Non-place districts ({NonPlaces.Count}):");
            foreach (var np in NonPlaces) sb.AppendLine(CultureInfo.InvariantCulture, $"  {np.File}: {np.District}");
        }
        return sb.ToString();
    }

    public static string Percent(double share) => double.IsNaN(share) ? "n/a" : share.ToString("P1", CultureInfo.InvariantCulture);
}
