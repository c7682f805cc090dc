using System.Text.RegularExpressions;

namespace ReportSearch.Engine;

/// <summary>
/// The layout of an index folder: Lucene indexes in generation folders named by their schema and analyzer
/// version (<c>v2-5</c>), and a small file <c>current</c> naming the one readers use. A rebuild for a new
/// version is written into its own generation folder while the current one keeps serving, then the pointer is
/// replaced atomically (write and rename). Deterministic names make a second writer of the same version meet
/// the first one's write.lock instead of building a rival index.
/// </summary>
public static partial class IndexFolder
{
    public const string PointerFile = "current";

    /// <summary>Bumped when the Lucene fields or their meaning change.</summary>
    public const string SchemaVersion = "1";

    public static string GenerationName(string analyzerVersion) => $"v{SchemaVersion}-{Sanitize().Replace(analyzerVersion, "_")}";

    /// <summary>
    /// A folder for rebuilding a damaged generation of the same version beside it (<c>v1-8-r20261203121500</c>): the
    /// damaged one keeps serving until the rebuild has caught up.
    /// </summary>
    public static string RebuildName(string analyzerVersion) => $"{GenerationName(analyzerVersion)}-r{DateTime.UtcNow:yyyyMMddHHmmss}";

    /// <summary>True when <paramref name="folder"/> is the generation named <paramref name="generationName"/> or a rebuild of it.</summary>
    public static bool IsGeneration(string folder, string generationName)
    {
        var name = Path.GetFileName(folder);
        return name == generationName || (name.StartsWith(generationName + "-r", StringComparison.Ordinal) && name[(generationName.Length + 2)..].All(char.IsAsciiDigit));
    }

    /// <summary>The generation folder readers should use, or null when there is none (yet).</summary>
    public static string? Current(string root)
    {
        try
        {
            var name = File.ReadAllText(Path.Combine(root, PointerFile)).Trim();
            if (name.Length == 0 || name.Contains('/') || name.Contains('\\') || name.Contains("..")) return null;
            var path = Path.Combine(root, name);
            return Directory.Exists(path) ? path : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>Points readers at <paramref name="generation"/>: a rename, so a reader sees the old name or the new one.</summary>
    public static void Publish(string root, string generation)
    {
        var tmp = Path.Combine(root, PointerFile + ".tmp");
        File.WriteAllText(tmp, Path.GetFileName(generation));
        File.Move(tmp, Path.Combine(root, PointerFile), overwrite: true);
    }

    /// <summary>
    /// Removes what no reader can use any more: other generations, and the files of the former SQLite engine.
    /// Best effort: a reader of another process may still hold files open; the next publish tries again.
    /// </summary>
    public static void RemoveStale(string root, string keep)
    {
        foreach (var dir in Directory.EnumerateDirectories(root, "v*"))
        {
            if (Path.GetFileName(dir) == Path.GetFileName(keep) || !Generation().IsMatch(Path.GetFileName(dir))) continue;
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        foreach (var legacy in new[] { "reports.db", "reports.db-wal", "reports.db-shm" })
        {
            try { File.Delete(Path.Combine(root, legacy)); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [GeneratedRegex("[^A-Za-z0-9_.]")]
    private static partial Regex Sanitize();

    [GeneratedRegex(@"^v\d+-[A-Za-z0-9_.]+(-r\d+)?$")]
    private static partial Regex Generation();
}
