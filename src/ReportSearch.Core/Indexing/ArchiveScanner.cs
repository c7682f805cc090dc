using ReportSearch.Ingestion;

namespace ReportSearch.Indexing;

/// <summary>
/// Lists the files of one or more archive folders. Paths are relative to their archive root (with '/'),
/// prefixed by the root's folder name when there are several roots, so a report's identity does not depend
/// on where the archive is mounted.
/// </summary>
public static class ArchiveScanner
{
    /// <param name="filter">Include/exclude globs; files it rejects are treated as not in the archive.</param>
    public static List<SourceFile> Scan(IReadOnlyList<string> roots, PathFilter? filter = null)
    {
        var files = new List<SourceFile>();
        foreach (var root in roots)
        {
            var full = Path.GetFullPath(root);
            if (!Directory.Exists(full)) throw new DirectoryNotFoundException($"Archive folder not found: {full}");
            var prefix = roots.Count > 1 ? Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)) + "/" : "";
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            var all = new DirectoryInfo(full).EnumerateFiles("*", options).ToList();
            var sidecars = all.Where(f => SidecarMetadata.IsSidecar(f.Name)).ToDictionary(f => f.FullName, f => f.LastWriteTimeUtc, StringComparer.Ordinal);
            foreach (var info in all)
            {
                if (SidecarMetadata.IsSidecar(info.Name)) continue;
                var relative = prefix + Path.GetRelativePath(full, info.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (filter is not null && !filter.Includes(relative)) continue;
                files.Add(new SourceFile(info.FullName, relative, info.Length, ChangeTime(info, sidecars)));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    // A report changes when its sidecar does: its change time is the later of the two, so editing, adding or
    // removing NAME.meta.json re-indexes the report without reading any unchanged file.
    // (The sidecar names follow SidecarMetadata.Locate: NAME.ext.meta.json, else NAME.meta.json.)
    private static DateTime ChangeTime(FileInfo report, Dictionary<string, DateTime> sidecars)
    {
        if (!sidecars.TryGetValue(report.FullName + SidecarMetadata.Suffix, out var sidecarTime) &&
            !sidecars.TryGetValue(Path.Combine(report.DirectoryName ?? "", Path.GetFileNameWithoutExtension(report.Name) + SidecarMetadata.Suffix), out sidecarTime))
            return report.LastWriteTimeUtc;
        return sidecarTime > report.LastWriteTimeUtc ? sidecarTime : report.LastWriteTimeUtc.AddTicks(1);
    }
}
