using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.FormatEquivalence;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>.doc and .wps through LibreOffice: the .doc fixtures (regenerate.py) read like their UTF-8 seeds.</summary>
public sealed class LegacyWordParserTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("reportsearch-lo-cache-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_cache, recursive: true); } catch (IOException) { }
    }

    private ReportParsers Parsers(out LegacyWordParser legacy, string? soffice = null, TimeSpan? timeout = null)
    {
        var options = new ParserOptions { CacheFolder = _cache, LibreOfficePath = soffice, ConversionTimeout = timeout ?? ParserOptions.Default.ConversionTimeout };
        legacy = new LegacyWordParser(options);
        return new ReportParsers([new PlainTextParser(), legacy], ReportParsers.DefaultMaxBytes);
    }

    private static ParsedReport Parse(ReportParsers parsers, string relativePath, byte[] bytes) =>
        parsers.Parse(new SourceFile(Path.Combine(Path.GetTempPath(), "reportsearch-virtual", relativePath), relativePath, bytes.Length, DateTime.UtcNow), bytes);

    private static IEnumerable<string> DocFixtures() => Directory.GetFiles(FixturePath(""), "*.doc").Order();

    [ExternalToolFact("soffice")]
    public void SeedDocAndWps_ParseLikeTheOriginal()
    {
        ExternalTools.Require("soffice");
        var parsers = Parsers(out _);
        Assert.NotEmpty(DocFixtures());
        foreach (var path in DocFixtures())
        {
            var original = ParseSeed(SeedName(Path.GetFileName(path)[..4]));
            foreach (var extension in new[] { ".doc", ".wps" })
            {
                var report = Parse(parsers, "archive/" + Path.ChangeExtension(Path.GetFileName(path), extension), File.ReadAllBytes(path));
                AssertSameText(original, report);
                Assert.Equal(Values(original.Metadata), Values(report.Metadata));
                Assert.Equal(LegacyWordParser.TextSourceName, report.Metadata.TextSource);
            }
        }
    }

    /// <summary>Files parsed at the same time share one soffice run; a rescan (even by a new parser) converts nothing.</summary>
    [ExternalToolFact("soffice")]
    public void ConcurrentFiles_ShareOneRun_AndTheCacheServesRescans()
    {
        ExternalTools.Require("soffice");
        // Distinct contents (trailing bytes after the compound file do not change the document), so none is a cache hit.
        var original = File.ReadAllBytes(DocFixtures().First());
        var files = Enumerable.Range(0, 6).Select(i => (Name: $"doc{i}.doc", Bytes: (byte[])[.. original, .. new byte[512 * (i + 1)]])).ToList();
        var parsers = Parsers(out var legacy);
        var reports = new ParsedReport[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = files.Count }, i => reports[i] = Parse(parsers, files[i].Name, files[i].Bytes));
        Assert.InRange(legacy.ConverterRuns, 1, files.Count - 2);
        Assert.All(reports, r => Assert.Equal(NormalizedSections(reports[0]), NormalizedSections(r)));

        var rescan = Parsers(out var fresh);
        foreach (var (name, bytes) in files) AssertSameText(reports[0], Parse(rescan, name, bytes));
        Assert.Equal(0, fresh.ConverterRuns);
    }

    /// <summary>A conversion that fails (here: times out) is remembered, so rescans do not run LibreOffice on the file again.</summary>
    [ExternalToolFact("soffice")]
    public void FailedConversion_IsRemembered()
    {
        ExternalTools.Require("soffice");
        var bytes = File.ReadAllBytes(DocFixtures().First());
        var hurried = Parsers(out _, timeout: TimeSpan.FromMilliseconds(1));
        var first = Assert.Throws<UnreadableFileException>(() => Parse(hurried, "slow.doc", bytes));
        Assert.Equal("LibreOffice timed out converting the file", first.Message);
        var rescan = Parsers(out var fresh);
        var again = Assert.Throws<UnreadableFileException>(() => Parse(rescan, "slow.doc", bytes));
        Assert.StartsWith("LibreOffice timed out converting the file (remembered", again.Message);
        Assert.Equal(0, fresh.ConverterRuns);
    }

    /// <summary>A damaged .doc (a compound-file header, then noise) is refused, not indexed as the noise LibreOffice makes of it.</summary>
    [ExternalToolFact("soffice")]
    public void DamagedDoc_IsRefused()
    {
        ExternalTools.Require("soffice");
        var random = new Random(1);
        var noise = new byte[4000];
        random.NextBytes(noise);
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. noise];
        var e = Assert.Throws<UnreadableFileException>(() => Parse(Parsers(out _), "damaged.doc", bytes));
        Assert.Contains(".doc", e.Message);
    }

    [Fact]
    public void WithoutLibreOffice_DocIsSkippedWithAClearReason()
    {
        var parsers = Parsers(out _, soffice: Path.Combine(_cache, "no-such-soffice"));
        var bytes = File.ReadAllBytes(DocFixtures().First());
        var e = Assert.Throws<UnreadableFileException>(() => Parse(parsers, "a.doc", bytes));
        Assert.Equal("LibreOffice not installed: .doc needs libreoffice-writer-nogui (apt-get install libreoffice-writer-nogui)", e.Message);
        e = Assert.Throws<UnreadableFileException>(() => Parse(parsers, "a.wps", bytes));
        Assert.StartsWith("LibreOffice not installed: .wps needs libreoffice-writer-nogui", e.Message);
    }
}
