using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Indexer.Tests;

/// <summary>A unique temporary folder with an archive and an index folder, deleted afterwards.</summary>
public sealed partial class TempArchive : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "reportsearch-indexer-tests", Guid.NewGuid().ToString("N"));
    public string Archive => Path.Combine(Root, "archive");
    public string IndexDir => Path.Combine(Root, "index");

    public TempArchive()
    {
        Directory.CreateDirectory(Archive);
    }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportSearch.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public string PathOf(string relative) => Path.Combine(Archive, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write to a temporary name and move into place: the watcher must never see a half-written report.
        var temp = Path.Combine(Root, Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public TempArchive WithSeeds()
    {
        foreach (var f in Directory.GetFiles(Path.Combine(RepoRoot, "seeds")))
            File.Copy(f, Path.Combine(Archive, Path.GetFileName(f)));
        return this;
    }

    /// <summary>Writes <paramref name="count"/> reports of 2–5 KB made of seed sentences, deterministic per seed.</summary>
    public TempArchive WithGeneratedReports(int count, int seed = 42)
    {
        var sentences = SeedSentences();
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            int target = random.Next(2000, 5001);
            var sb = new StringBuilder($"报告{i}\n\n");
            while (Encoding.UTF8.GetByteCount(sb.ToString()) < target) sb.Append(sentences[random.Next(sentences.Count)]);
            var path = PathOf($"gen/{i / 500:D2}/r{i:D5}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        }
        return this;
    }

    private static List<string> SeedSentences()
    {
        var text = string.Concat(Directory.GetFiles(Path.Combine(RepoRoot, "seeds")).Order().Select(File.ReadAllText));
        return SentenceEnd().Split(text).Where(s => s.Trim().Length > 5).ToList();
    }

    [GeneratedRegex("(?<=[。！？])")]
    private static partial Regex SentenceEnd();

    public void Dispose()
    {
        for (int attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
                return;
            }
            catch (IOException) { Thread.Sleep(200); }
        }
    }
}
