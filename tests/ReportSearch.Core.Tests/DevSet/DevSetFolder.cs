namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// The labelled development set of real documents, kept outside the repository (public documents are read, never
/// committed): REPORTSEARCH_DEVSET, default /work/devset, holding docs/ and labels.json (built by tools/devset/).
/// </summary>
public static class DevSetFolder
{
    public const string FolderVariable = "REPORTSEARCH_DEVSET";
    public const string EnforceVariable = "REPORTSEARCH_DEVSET_ENFORCE";
    public const string DefaultFolder = "/work/devset";

    public static string Root => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } dir ? dir : DefaultFolder;

    public static string DocsDir => Path.Combine(Root, "docs");

    /// <summary>The folder's own labels.json (it may be newer than the committed copy), else the committed copy.</summary>
    public static string LabelsPath => File.Exists(Path.Combine(Root, "labels.json")) ? Path.Combine(Root, "labels.json") : DevSetLabel.CommittedLabelsPath;

    /// <summary>Why the set cannot be measured here, or null when it can.</summary>
    public static string? MissingReason()
    {
        if (!Directory.Exists(DocsDir)) return $"development set not found: {DocsDir} does not exist (set {FolderVariable}; see tests/ReportSearch.Core.Tests/DevSet/README.md)";
        return null;
    }

    /// <summary>Whether a labelled document's text is here to be read: a kept copy (see <see cref="DevSetSource.KeptCopy"/>) present in the folder.</summary>
    public static bool IsAtHand(DevSetLabel label) => label.Source.KeptCopy && File.Exists(Path.Combine(DocsDir, label.File));

    /// <summary>
    /// The body of documents the judged measures (mechanism names and definitions, related reports; issue 13's on the
    /// first round) are taken and judged on: every labelled document whose copy may be kept
    /// (<see cref="DevSetSource.KeptCopy"/>), of one labelling round or of all. Documents read at their source only are
    /// never in it, so a measure on it can run wherever the folder is rebuilt (tools/devset/). 806 documents (174 of
    /// v1) when the judgments were last brought up to date, on 2026-12-05.
    /// </summary>
    /// <param name="round">The labelling round (<see cref="DevSetLabel.Set"/>); null for every round.</param>
    public static IReadOnlyList<DevSetLabel> JudgedBody(string? round = null) =>
        DevSetLabel.Load(LabelsPath).Where(l => l.Source.KeptCopy && (round is null || l.Set == round)).ToList();

    /// <summary>
    /// Why a judged measure cannot be taken here, or null when every document of its <see cref="JudgedBody"/> is at
    /// hand: on a part of it the judgments would describe another corpus (names and related reports nobody judged), so
    /// the measure is skipped rather than taken on a part.
    /// </summary>
    public static string? JudgedBodyNotAtHandReason(string? round = null)
    {
        if (MissingReason() is { } reason) return reason;
        var body = JudgedBody(round);
        var absent = body.Where(l => !File.Exists(Path.Combine(DocsDir, l.File))).Select(l => l.File).ToList();
        if (absent.Count == 0) return null;
        return $"judged on the {body.Count} kept documents of the development set{(round is null ? "" : $" (round {round})")}, of which " +
            $"{absent.Count} are missing from {DocsDir} (e.g. {string.Join(", ", absent.Take(3))}); measured only when all are at hand " +
            "(tools/devset/ rebuilds them; see tests/ReportSearch.Core.Tests/DevSet/README.md)";
    }

    /// <summary>
    /// Copies the <see cref="JudgedBody"/> into <paramref name="archive"/> under the same relative paths (so report ids,
    /// derived from them, are the ones judged), and nothing else: other files in the folder (left-out pieces of a round)
    /// are not part of what was judged.
    /// </summary>
    public static int CopyJudgedBody(string archive, string? round = null)
    {
        var body = JudgedBody(round);
        foreach (var label in body)
        {
            var target = Path.Combine(archive, label.File);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(DocsDir, label.File), target);
        }
        return body.Count;
    }

    /// <summary>The accuracy floors the committed figures guarantee: a change that falls below one fails.</summary>
    public static string FloorsPath => Path.Combine(TestIndex.RepoRoot, "tests", "ReportSearch.Core.Tests", "DevSet", "accuracy-floors.json");

    public static bool Enforce => Environment.GetEnvironmentVariable(EnforceVariable) == "1";
}

/// <summary>
/// A test over the development set. Where the set is absent (CI, a fresh clone) it is reported as skipped with the
/// reason, never passed vacuously.
/// </summary>
public sealed class DevSetFactAttribute : FactAttribute
{
    public DevSetFactAttribute()
    {
        if (DevSetFolder.MissingReason() is { } reason) Skip = reason;
    }
}

/// <summary>
/// A test whose judgments were made on the <see cref="DevSetFolder.JudgedBody"/> (the kept documents of one labelling
/// round, or of all): skipped with the reason unless every one of them is at hand
/// (<see cref="DevSetFolder.JudgedBodyNotAtHandReason"/>).
/// </summary>
public sealed class JudgedDevSetFactAttribute : FactAttribute
{
    /// <param name="round">The labelling round the judgments were made on; null for every round.</param>
    public JudgedDevSetFactAttribute(string? round = null)
    {
        if (DevSetFolder.JudgedBodyNotAtHandReason(round) is { } reason) Skip = reason;
    }
}
