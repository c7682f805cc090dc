using System.Diagnostics;
using ReportSearch.Engine;
using ReportSearch.Pipeline;

namespace ReportSearch.Core.Tests.Pipeline;

/// <summary>No single entry stops a scan, and no link leads out of the archive roots or round in a loop.</summary>
public class ArchiveScannerTests
{
    private const string Report = "西园街道2020年工作总结\n\n今年西园街道实行六个一工作机制，成效明显。\n";

    [Fact]
    public void NameThatIsNotUtf8_IsSkippedWithAReason_AndTheScanGoesOn()
    {
        using var t = new TestIndex();
        t.Write("good.txt", Report);
        // .NET cannot spell such a name; the shell writes the raw byte 0xFF.
        Shell($"printf 'x' > \"{t.Archive}/bad$(printf '\\377').txt\"");
        Assert.Equal(2, Directory.GetFiles(t.Archive).Length);

        var scan = ArchiveScanner.ScanAll([t.Archive]);
        Assert.Equal(["good.txt"], scan.Files.Select(f => f.RelativePath));
        var problem = Assert.Single(scan.Problems);
        Assert.Contains("UTF-8", problem.Reason);

        var run = t.Build();
        Assert.Equal(1, run.Added);
        Assert.Contains(run.Skipped, s => s.Reason.Contains("UTF-8"));
        using (var index = ReportIndexes.OpenForWriting(t.IndexDir))
            Assert.Contains(index.LoadSkipped(), s => s.Reason.Contains("UTF-8"));
        Assert.Equal(1, t.Search("六个一").Total);
    }

    [Fact]
    public void EachReportsSidecar_IsTheOneLocateFinds_AndItsTitleReachesTheIndex()
    {
        using var t = new TestIndex();
        // Every combination of the two sidecar names, including a sidecar of another report and a stray one.
        t.Write("both.txt", Report);
        t.Write("both.txt.meta.json", """{ "title": "全名侧车" }""");
        t.Write("both.meta.json", """{ "title": "短名侧车" }""");
        t.Write("full.txt", Report);
        t.Write("full.txt.meta.json", """{ "title": "只有全名" }""");
        t.Write("stem.md", Report);
        t.Write("stem.meta.json", """{ "title": "只有短名" }""");
        t.Write("none.txt", Report);
        t.Write("other.txt.meta.json", """{ "title": "无主侧车" }""");

        var files = ArchiveScanner.ScanAll([t.Archive]).Files;
        Assert.Equal(["both.txt", "full.txt", "none.txt", "stem.md"], files.Select(f => f.RelativePath));
        foreach (var f in files) Assert.Equal(ReportSearch.Ingestion.SidecarMetadata.Locate(f.FullPath), f.SidecarPath);

        t.Build();
        using var index = ReportIndexes.OpenForReading(t.IndexDir);
        var titles = index.Sources().ToDictionary(s => s.Path, s => ReportSearch.Ingestion.MetadataJson.Read(index.LoadReport(s.ReportId)!.Metadata).Title);
        Assert.Equal("全名侧车", titles["both.txt"]);
        Assert.Equal("只有全名", titles["full.txt"]);
        Assert.Equal("只有短名", titles["stem.md"]);
        Assert.DoesNotContain(titles.Values, v => v is "短名侧车" or "无主侧车");
    }

    [Fact]
    public void LinksOutOfTheArchive_AreSkipped_LinksInsideAreFollowed()
    {
        using var t = new TestIndex();
        var outside = Path.Combine(t.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "机密口令 root:x:0:0 外泄检测\n");
        t.Write("inside/real.txt", Report);
        File.CreateSymbolicLink(Path.Combine(t.Archive, "passwd.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(t.Archive, "outdir"), outside);
        // A relative link whose path climbs out through ".." is outside too.
        File.CreateSymbolicLink(Path.Combine(t.Archive, "inside", "climb.txt"), "../../outside/secret.txt");
        File.CreateSymbolicLink(Path.Combine(t.Archive, "alias.txt"), Path.Combine(t.Archive, "inside", "real.txt"));
        File.CreateSymbolicLink(Path.Combine(t.Archive, "broken.txt"), Path.Combine(t.Root, "nothing-here.txt"));

        var scan = ArchiveScanner.ScanAll([t.Archive]);
        Assert.Equal(["alias.txt", "inside/real.txt"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal("link points outside the archive", scan.Problems.Single(p => p.RelativePath == "passwd.txt").Reason);
        Assert.Equal("link points outside the archive", scan.Problems.Single(p => p.RelativePath == "outdir").Reason);
        Assert.Equal("link points outside the archive", scan.Problems.Single(p => p.RelativePath == "inside/climb.txt").Reason);
        Assert.Equal("broken link", scan.Problems.Single(p => p.RelativePath == "broken.txt").Reason);

        t.Build();
        Assert.Equal(0, t.Search("外泄检测").Total);
        Assert.Equal(1, t.Search("六个一").Total);
    }

    [Fact]
    public void FolderLoops_AreDetected_AndEveryRealFolderIsScannedOnce()
    {
        using var t = new TestIndex();
        t.Write("a/b/report.txt", Report);
        Directory.CreateSymbolicLink(Path.Combine(t.Archive, "a", "b", "up"), Path.Combine(t.Archive, "a"));
        Directory.CreateSymbolicLink(Path.Combine(t.Archive, "self"), t.Archive);

        var scan = ArchiveScanner.ScanAll([t.Archive]);
        // Each real folder once: a scan that went round a loop would list the report again under a/b/up/b/…
        // (until the system refuses the path), and each loop is reported where it closes.
        Assert.Equal(["a/b/report.txt"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal(["a/b/up", "self"], scan.Problems.Select(p => p.RelativePath).Order(StringComparer.Ordinal));
        Assert.All(scan.Problems, p => Assert.Contains("loop", p.Reason));
    }

    [Fact]
    public void FileVanishedBeforeStat_IsReported_NotThrown()
    {
        // A link whose target is deleted after listing behaves like a file deleted between listing and stat.
        using var t = new TestIndex();
        t.Write("keep.txt", Report);
        t.Write("gone/report.txt", Report);
        File.CreateSymbolicLink(Path.Combine(t.Archive, "late.txt"), Path.Combine(t.Archive, "gone", "report.txt"));
        Directory.Delete(Path.Combine(t.Archive, "gone"), recursive: true);
        var scan = ArchiveScanner.ScanAll([t.Archive]);
        Assert.Equal(["keep.txt"], scan.Files.Select(f => f.RelativePath));
        Assert.Single(scan.Problems, p => p.RelativePath == "late.txt");
    }

    private static void Shell(string script)
    {
        using var p = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", script]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}

/// <summary>The indexer's configured size limit is the one applied, also above the parsers' default.</summary>
public class MaxFileBytesTests
{
    [Fact]
    public void ConfiguredLimit_AboveTheParsersDefault_IsHonoured()
    {
        using var t = new TestIndex();
        t.Write("big.txt", "西园街道工作总结\n\n" + string.Concat(Enumerable.Repeat("今年实行六个一工作机制，成效明显。\n", 200)));
        t.Write("huge.txt", "西园街道工作总结\n\n" + string.Concat(Enumerable.Repeat("今年实行六个一工作机制，成效明显。\n", 2000)));
        using var index = ReportIndexes.OpenForWriting(t.IndexDir);
        var parsersWithSmallDefault = ReportSearch.Ingestion.ReportParsers.Default(maxBytes: 1_000);
        var run = new ArchiveIndexer(index, parsersWithSmallDefault, new IndexerSettings { MaxFileBytes = 20_000 }).Run([t.Archive]);
        Assert.Equal(1, run.Added);
        var skip = Assert.Single(run.Skipped);
        Assert.Equal("huge.txt", skip.Path);
        Assert.Contains("20000", skip.Reason);
    }
}
