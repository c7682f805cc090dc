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
            foreach (var info in new DirectoryInfo(full).EnumerateFiles("*", options))
            {
                if (IsSidecar(info.Name)) continue;
                var relative = prefix + Path.GetRelativePath(full, info.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (filter is not null && !filter.Includes(relative)) continue;
                files.Add(new SourceFile(info.FullName, relative, info.Length, info.LastWriteTimeUtc));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    /// <summary>Metadata sidecars (NAME.meta.json) describe a report; they are not reports themselves.</summary>
    public static bool IsSidecar(string fileName) => fileName.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase);
}
