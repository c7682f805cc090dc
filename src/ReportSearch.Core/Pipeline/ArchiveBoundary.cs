namespace ReportSearch.Pipeline;

/// <summary>
/// The archive's roots as real paths (every link resolved): the boundary no report or sidecar may cross. The
/// scanner checks entries against it before offering them; the reader checks the file it actually opened.
/// </summary>
public sealed class ArchiveBoundary
{
    private readonly List<string> _realRoots;

    public ArchiveBoundary(IEnumerable<string> realRoots) => _realRoots = [.. realRoots];

    public IReadOnlyList<string> RealRoots => _realRoots;

    /// <summary>The boundary of <paramref name="roots"/> as given on the command line or in settings.</summary>
    public static ArchiveBoundary Of(IEnumerable<string> roots) =>
        new(roots.Select(r => Path.GetFullPath(r)).Select(r => RealPath.Of(r) ?? r));

    public bool Contains(string realPath) => _realRoots.Any(r =>
        realPath == r || realPath.StartsWith(r.EndsWith(Path.DirectorySeparatorChar) ? r : r + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
