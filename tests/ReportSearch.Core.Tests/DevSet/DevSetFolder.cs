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
