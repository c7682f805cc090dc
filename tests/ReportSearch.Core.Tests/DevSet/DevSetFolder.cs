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
    /// Why a measure judged on a fixed body of documents (the labels selected by <paramref name="judgedOn"/>) cannot be
    /// taken here, or null when every one of them is at hand: on fewer documents its judgments would describe another
    /// corpus (names and related reports nobody judged), so it is skipped rather than measured on a part.
    /// </summary>
    public static string? NotWholeReason(Func<DevSetLabel, bool> judgedOn)
    {
        if (MissingReason() is { } reason) return reason;
        var judged = DevSetLabel.Load(LabelsPath).Where(judgedOn).ToList();
        int notKept = judged.Count(l => !l.Source.KeptCopy);
        int absent = judged.Count(l => l.Source.KeptCopy && !File.Exists(Path.Combine(DocsDir, l.File)));
        if (notKept + absent == 0) return null;
        return $"judged on {judged.Count} development-set documents, of which {notKept} are read at their source only (their text may not be kept " +
            $"here: search tool pages, repositories with no snapshot) and {absent} are missing from {DocsDir}; measured only on the whole body";
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
/// A test whose judgments were made on a fixed body of development-set documents (one labelling round, or all of
/// them): skipped with the reason unless every one of them is at hand (<see cref="DevSetFolder.NotWholeReason"/>).
/// </summary>
public sealed class JudgedDevSetFactAttribute : FactAttribute
{
    /// <param name="set">The labelling round the judgments were made on; null for the whole set.</param>
    public JudgedDevSetFactAttribute(string? set = null)
    {
        if (DevSetFolder.NotWholeReason(l => set is null || l.Set == set) is { } reason) Skip = reason;
    }
}
