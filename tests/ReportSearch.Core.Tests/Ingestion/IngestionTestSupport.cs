using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Seeds, temporary archives and comparison helpers shared by the ingestion tests.</summary>
internal static class IngestionTestSupport
{
    static IngestionTestSupport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // A cache of this test run only: results remembered by earlier runs must not hide changes to the parsers.
    public static readonly ReportParsers Parsers = ReportParsers.Default(options: new ParserOptions { CacheFolder = Directory.CreateTempSubdirectory("reportsearch-test-cache-").FullName });

    public static string RepoRoot => TestIndex.RepoRoot;

    public static string SeedDir => TestIndex.SeedsDir;

    public static IReadOnlyList<string> SeedNames { get; } =
        Directory.GetFiles(TestIndex.SeedsDir, "*.txt").Select(Path.GetFileName).OfType<string>().Order().ToList();

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var name in SeedNames) data.Add(name);
        return data;
    }

    public static string SeedName(string prefix) => SeedNames.Single(n => n.StartsWith(prefix, StringComparison.Ordinal));

    public static byte[] SeedBytes(string name) => File.ReadAllBytes(Path.Combine(SeedDir, name));

    public static string SeedText(string name) => Encoding.UTF8.GetString(SeedBytes(name));

    public static ParsedReport ParseSeed(string name) => Parse(Path.Combine(SeedDir, name), name, SeedBytes(name));

    /// <summary>Parses bytes as if they were the file <paramref name="relativePath"/> in an archive that does not exist on disk.</summary>
    public static ParsedReport ParseVirtual(string relativePath, byte[] content) =>
        Parse(Path.Combine(Path.GetTempPath(), "reportsearch-virtual-" + Guid.NewGuid().ToString("N"), relativePath), relativePath, content);

    /// <summary>Parses as the indexer does: with the file's sidecar, found by the one naming rule and read once.</summary>
    public static ParsedReport Parse(string fullPath, string relativePath, byte[] content) =>
        Parsers.Parse(new SourceFile(fullPath, relativePath.Replace('\\', '/'), content.LongLength, DateTime.UtcNow), content,
            SidecarMetadata.Load(SidecarMetadata.Locate(fullPath)));

    /// <summary>Section texts as the index sees them: normalized, so script and width differences vanish.</summary>
    public static List<string> NormalizedSections(ParsedReport report) =>
        report.Sections.Select(s => TextNormalizer.NormalizeToString(s.Text)).ToList();

    public static List<string?> NormalizedDistricts(ParsedReport report) => report.Sections.Select(s => s.District).ToList();

    /// <summary>The metadata values (not their origins), for comparing the same report in different formats.</summary>
    public static object Values(ReportMetadata m) => new { m.Title, m.District, m.Region, m.Year, m.Date, m.Org, m.DocNumber };

    public static void AssertSameReport(ParsedReport expected, ParsedReport actual)
    {
        Assert.Equal(NormalizedSections(expected), NormalizedSections(actual));
        Assert.Equal(NormalizedDistricts(expected), NormalizedDistricts(actual));
        Assert.Equal(Values(expected.Metadata), Values(actual.Metadata));
    }

    /// <summary>A fresh directory under the temp folder, deleted when disposed.</summary>
    public sealed class TempArchive : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("reportsearch-ingest-").FullName;

        public string Write(string relativePath, byte[] content)
        {
            var full = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
            return full;
        }

        public string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

        public ParsedReport Parse(string relativePath) => IngestionTestSupport.Parse(Path.Combine(Root, relativePath), relativePath, File.ReadAllBytes(Path.Combine(Root, relativePath)));

        public void Dispose()
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        }
    }
}
