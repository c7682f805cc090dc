using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline;

/// <summary>A file (or folder) the scanner found but cannot offer for indexing, with the reason.</summary>
public sealed record ScanProblem(string RelativePath, string Reason);

/// <summary>What a scan found: the readable files, sorted by relative path, and everything it had to leave out.</summary>
public sealed record ScanResult(List<SourceFile> Files, List<ScanProblem> Problems);

/// <summary>
/// Lists the files of one or more archive folders. Paths are relative to their archive root (with '/'),
/// prefixed by the root's folder name when there are several roots, so a report's identity does not depend
/// on where the archive is mounted.
/// The roots are a boundary: a link (file or folder) whose real target lies outside every root is left out,
/// and a folder reached a second time (a link loop, or an alias of a folder already scanned) is not entered
/// again. No single entry stops the scan: a file that vanishes, cannot be stat'ed, has a name that is not
/// valid UTF-8, or a folder that cannot be listed becomes a <see cref="ScanProblem"/> and the scan goes on.
/// </summary>
public static class ArchiveScanner
{
    /// <param name="filter">Include/exclude globs; files it rejects are treated as not in the archive.</param>
    public static List<SourceFile> Scan(IReadOnlyList<string> roots, PathFilter? filter = null) => ScanAll(roots, filter).Files;

    public static ScanResult ScanAll(IReadOnlyList<string> roots, PathFilter? filter = null)
    {
        var files = new List<SourceFile>();
        var problems = new List<ScanProblem>();
        var fullRoots = roots.Select(r => Path.GetFullPath(r)).ToList();
        foreach (var full in fullRoots)
            if (!Directory.Exists(full)) throw new DirectoryNotFoundException($"Archive folder not found: {full}");
        var realRoots = fullRoots.Select(r => RealPath.Of(r) ?? r).ToList();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        for (int i = 0; i < fullRoots.Count; i++)
        {
            var full = fullRoots[i];
            var prefix = roots.Count > 1 ? Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)) + "/" : "";
            var scan = new RootScan(full, prefix, realRoots, visited, filter, files, problems);
            scan.Run(realRoots[i]);
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        problems.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new ScanResult(files, problems);
    }

    /// <summary>One root, walked with an explicit stack (no recursion, so no depth limit to hit).</summary>
    private sealed class RootScan(string root, string prefix, List<string> realRoots, HashSet<string> visited, PathFilter? filter,
        List<SourceFile> files, List<ScanProblem> problems)
    {
        public void Run(string realRoot)
        {
            if (!visited.Add(realRoot)) return; // the same folder given twice (or nested roots): scanned once
            var pending = new Stack<DirectoryInfo>();
            pending.Push(new DirectoryInfo(root));
            while (pending.Count > 0)
            {
                var dir = pending.Pop();
                List<FileSystemInfo> entries;
                try { entries = [.. dir.EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0 })]; }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    Problem(dir.FullName, e is UnauthorizedAccessException ? "folder cannot be listed: access denied" : "folder cannot be listed: " + Describe(e));
                    continue;
                }
                var sidecars = new Dictionary<string, DateTime>(StringComparer.Ordinal);
                foreach (var e in entries)
                    if (e is FileInfo f && SidecarMetadata.IsSidecar(f.Name) && TryStat(f, out _, out var t)) sidecars[f.FullName] = t;

                foreach (var entry in entries.OrderByDescending(e => e.Name, StringComparer.Ordinal))
                {
                    // Dot files and folders are hidden on Unix; they were never part of the archive.
                    if (entry.Name.StartsWith('.')) continue;
                    if (entry.Name.Contains('\uFFFD') && !Path.Exists(entry.FullName))
                    {
                        Problem(entry.FullName, "file name is not valid UTF-8");
                        continue;
                    }
                    if (entry is DirectoryInfo sub) VisitFolder(sub, pending);
                    else if (entry is FileInfo file) VisitFile(file, sidecars);
                }
            }
        }

        private void VisitFolder(DirectoryInfo dir, Stack<DirectoryInfo> pending)
        {
            if (!IsLink(dir, out var linkProblem))
            {
                if (linkProblem is not null) { Problem(dir.FullName, linkProblem); return; }
                // A plain folder inside a scanned folder: its real path follows from its parent's.
                var real = RealPath.Of(dir.FullName);
                if (real is not null && !visited.Add(real)) { Problem(dir.FullName, "folder already scanned through another path (link loop)"); return; }
                pending.Push(dir);
                return;
            }
            var target = RealPath.Of(dir.FullName);
            if (target is null) { Problem(dir.FullName, "broken link"); return; }
            if (!InsideRoots(target)) { Problem(dir.FullName, "link points outside the archive"); return; }
            if (!visited.Add(target)) { Problem(dir.FullName, "folder already scanned through another path (link loop)"); return; }
            pending.Push(dir);
        }

        private void VisitFile(FileInfo file, Dictionary<string, DateTime> sidecars)
        {
            if (SidecarMetadata.IsSidecar(file.Name)) return;
            var relative = Relative(file.FullName);
            if (filter is not null && !filter.Includes(relative)) return;
            if (IsLink(file, out var linkProblem) || linkProblem is not null)
            {
                if (linkProblem is not null) { Problem(file.FullName, linkProblem); return; }
                var target = RealPath.Of(file.FullName);
                if (target is null) { Problem(file.FullName, "broken link"); return; }
                if (!InsideRoots(target)) { Problem(file.FullName, "link points outside the archive"); return; }
                if (!File.Exists(target)) { Problem(file.FullName, "link does not point to a regular file"); return; }
            }
            if (!TryStat(file, out var size, out var written))
            {
                Problem(file.FullName, File.Exists(file.FullName) ? "file cannot be read" : "file vanished before it could be read");
                return;
            }
            var sidecar = SidecarMetadata.Locate(file.FullName, sidecars.ContainsKey);
            files.Add(new SourceFile(file.FullName, relative, size, ChangeTime(written, sidecar is null ? null : sidecars[sidecar])) { SidecarPath = sidecar });
        }

        private bool InsideRoots(string realPath) => realRoots.Any(r =>
            realPath == r || realPath.StartsWith(r.EndsWith(Path.DirectorySeparatorChar) ? r : r + Path.DirectorySeparatorChar, StringComparison.Ordinal));

        private string Relative(string fullName) => prefix + Path.GetRelativePath(root, fullName).Replace(Path.DirectorySeparatorChar, '/');

        private void Problem(string fullName, string reason) => problems.Add(new ScanProblem(Relative(fullName), reason));
    }

    // Reading LinkTarget stats the entry; it fails (and is reported) when the entry vanished meanwhile.
    private static bool IsLink(FileSystemInfo entry, out string? problem)
    {
        problem = null;
        try { return entry.LinkTarget is not null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e is FileNotFoundException or DirectoryNotFoundException ? "file vanished before it could be read" : "cannot inspect: " + Describe(e);
            return false;
        }
    }

    private static bool TryStat(FileInfo file, out long size, out DateTime writtenUtc)
    {
        try
        {
            file.Refresh();
            size = file.Length;
            writtenUtc = file.LastWriteTimeUtc;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            size = 0;
            writtenUtc = default;
            return false;
        }
    }

    // Reasons end up in the public-facing status: never an absolute server path, only the exception's kind.
    private static string Describe(Exception e) => e switch
    {
        DirectoryNotFoundException or FileNotFoundException => "it vanished",
        PathTooLongException => "path too long",
        _ => e.GetType().Name,
    };

    // A report changes when its sidecar does: its change time is the later of the two, so editing, adding or
    // removing NAME.meta.json re-indexes the report without reading any unchanged file.
    private static DateTime ChangeTime(DateTime written, DateTime? sidecarWritten) =>
        sidecarWritten is not { } sidecarTime ? written : sidecarTime > written ? sidecarTime : written.AddTicks(1);
}
