using ReportSearch.Platform;
using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline;

/// <summary>A file (or folder) the scanner found but cannot offer for indexing, with the reason.</summary>
public sealed record ScanProblem(string RelativePath, string Reason);

/// <summary>What a scan found: the readable files, sorted by relative path, and everything it had to leave out.</summary>
public sealed record ScanResult(List<SourceFile> Files, List<ScanProblem> Problems)
{
    /// <summary>The roots the scan kept to; the reader checks each file it opens against the same boundary.</summary>
    public ArchiveBoundary Boundary { get; init; } = new([]);
}

/// <summary>
/// Lists the files of one or more archive folders. Paths are relative to their archive root (with '/'),
/// prefixed by the root's folder name when there are several roots, so a report's identity does not depend
/// on where the archive is mounted.
/// The roots are a boundary: a link (file or folder) whose real target lies outside every root is left out,
/// and a folder reached a second time (a link loop, or an alias of a folder already scanned) is not entered
/// again. Only regular files are offered: a FIFO, socket or device is left out on its type alone (from lstat,
/// before anything opens it), and so is a dot file ("hidden file"). A sidecar that is a link is used only when
/// its target is a regular file inside the roots. No single entry stops the scan: a file that vanishes, cannot be stat'ed, has a name that is not
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
        var boundary = ArchiveBoundary.Of(fullRoots);
        var realRoots = boundary.RealRoots;
        var visited = new HashSet<string>(StringComparer.Ordinal);

        for (int i = 0; i < fullRoots.Count; i++)
        {
            var full = fullRoots[i];
            var prefix = roots.Count > 1 ? Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)) + "/" : "";
            var scan = new RootScan(full, prefix, boundary, visited, filter, files, problems);
            scan.Run(realRoots[i]);
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        problems.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new ScanResult(files, problems) { Boundary = boundary };
    }

    /// <summary>One root, walked with an explicit stack (no recursion, so no depth limit to hit).</summary>
    private sealed class RootScan(string root, string prefix, ArchiveBoundary boundary, HashSet<string> visited, PathFilter? filter,
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
                var sidecars = new Dictionary<string, (string OpenPath, DateTime Written)>(StringComparer.Ordinal);
                foreach (var e in entries)
                    if (e is FileInfo f && SidecarMetadata.IsSidecar(f.Name) && !f.Name.StartsWith('.') && UsableSidecar(f) is { } open && TryStat(f, out _, out var t))
                        sidecars[f.FullName] = (open, t);

                foreach (var entry in entries.OrderByDescending(e => e.Name, StringComparer.Ordinal))
                {
                    // Dot files and folders are hidden on Unix: not part of the archive, but listed, so that a
                    // report named ".x.txt" is not missing without a word.
                    if (entry.Name.StartsWith('.'))
                    {
                        if (entry is DirectoryInfo) Problem(entry.FullName, "hidden folder");
                        else if (filter is null || filter.Includes(Relative(entry.FullName))) Problem(entry.FullName, "hidden file");
                        continue;
                    }
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

        private void VisitFile(FileInfo file, Dictionary<string, (string OpenPath, DateTime Written)> sidecars)
        {
            if (SidecarMetadata.IsSidecar(file.Name)) return;
            var relative = Relative(file.FullName);
            if (filter is not null && !filter.Includes(relative)) return;
            string? openPath = null;
            if (IsLink(file, out var linkProblem) || linkProblem is not null)
            {
                if (linkProblem is not null) { Problem(file.FullName, linkProblem); return; }
                var target = RealPath.Of(file.FullName);
                if (target is null) { Problem(file.FullName, "broken link"); return; }
                if (!InsideRoots(target)) { Problem(file.FullName, "link points outside the archive"); return; }
                if (!IsRegular(target)) { Problem(file.FullName, "link does not point to a regular file"); return; }
                openPath = target;
            }
            // The type, not the size: a device reports size 0 and a FIFO's open() waits for a writer for ever.
            else if (FileFacts.Supported && FileFacts.KindOf(file.FullName) is { } kind && kind != FileKind.Regular)
            {
                Problem(file.FullName, FileFacts.NotRegular(kind));
                return;
            }
            if (!TryStat(file, out var size, out var written))
            {
                Problem(file.FullName, File.Exists(file.FullName) ? "file cannot be read" : "file vanished before it could be read");
                return;
            }
            var sidecar = SidecarMetadata.Locate(file.FullName, sidecars.ContainsKey);
            files.Add(new SourceFile(file.FullName, relative, size, ChangeTime(written, sidecar is null ? null : sidecars[sidecar].Written))
            {
                SidecarPath = sidecar is null ? null : sidecars[sidecar].OpenPath,
                OpenPath = openPath ?? file.FullName,
            });
        }

        // The path to read a sidecar from, or null (with the reason listed) when it must not be read: a sidecar
        // crosses the archive's boundary as much as a report does.
        private string? UsableSidecar(FileInfo sidecar)
        {
            if (IsLink(sidecar, out var linkProblem))
            {
                var target = RealPath.Of(sidecar.FullName);
                var problem = target is null ? "broken link"
                    : !InsideRoots(target) ? "link points outside the archive"
                    : !IsRegular(target) ? "link does not point to a regular file"
                    : null;
                if (problem is null) return target;
                Problem(sidecar.FullName, "sidecar ignored: " + problem);
                return null;
            }
            if (linkProblem is not null) return null; // vanished: the report is read without it
            if (FileFacts.Supported && FileFacts.KindOf(sidecar.FullName) is { } kind && kind != FileKind.Regular)
            {
                Problem(sidecar.FullName, "sidecar ignored: " + FileFacts.NotRegular(kind));
                return null;
            }
            return sidecar.FullName;
        }

        private bool InsideRoots(string realPath) => boundary.Contains(realPath);

        private string Relative(string fullName) => prefix + Path.GetRelativePath(root, fullName).Replace(Path.DirectorySeparatorChar, '/');

        private void Problem(string fullName, string reason) => problems.Add(new ScanProblem(Relative(fullName), reason));
    }

    private static bool IsRegular(string realPath) =>
        FileFacts.Supported ? FileFacts.KindOf(realPath) == FileKind.Regular : File.Exists(realPath);

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
