using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Ingestion;
using Xunit.Abstractions;

namespace ReportSearch.Core.Tests.Attack;

/// <summary>
/// An archive built at test time from everything a careless or hostile user could drop into it. Indexing
/// must finish, report every bad file with its reason, index the good ones, and let nothing from outside
/// the archive (or from a refused file) become searchable.
/// </summary>
public class HostileArchiveTests(ITestOutputHelper output)
{
    private const string Good = "西园街道2020年工作总结\n\n今年西园街道实行六个一工作机制，成效明显。\n";
    private const string SecretMarker = "绝密外泄标记";

    [Fact]
    public void HostileArchive_IsIndexedToTheEnd_EveryBadFileHasItsReason_AndNothingLeaks()
    {
        using var t = new TestIndex();
        var a = t.Archive;
        var outside = Path.Combine(t.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), $"{SecretMarker}\n机密文件内容。\n");

        t.Write("good.txt", Good);
        t.Write("meta/huge-title.txt", "东区街道2021年工作计划\n\n东区街道推进六个一。\n");
        File.WriteAllText(Path.Combine(a, "meta", "huge-title.txt.meta.json"), $$"""{"title":"{{new string('长', 5 * 1024 * 1024 / 3)}}"}""");
        t.Write("meta/bad-date.txt", "南区街道2022年工作总结\n\n南区街道推进六个一。\n");
        File.WriteAllText(Path.Combine(a, "meta", "bad-date.txt.meta.json"), """{"date":"2020-13-45"}""");
        t.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "深层嵌套的六个一段落。" + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>");
        t.Write("empty.txt", "");

        var random = new byte[100 * 1024];
        new Random(3).NextBytes(random);
        File.WriteAllBytes(Path.Combine(a, "random.txt"), random);
        var r = new Random(4);
        File.WriteAllBytes(Path.Combine(a, "random-utf16.txt"), [0xFF, 0xFE, .. Enumerable.Range(0, 50_000).SelectMany(_ => { int u; do u = r.Next(0x20, 0x10000); while (u is >= 0xD800 and <= 0xDFFF); return BitConverter.GetBytes((ushort)u); })]);
        using (var big = File.Create(Path.Combine(a, "sixty-megabytes.txt"))) big.SetLength(60L * 1024 * 1024);
        File.WriteAllBytes(Path.Combine(a, "bomb.docx"), HostileFiles.DocxBomb());
        Shell($"printf '{Good}' > \"{a}/bad-name-$(printf '\\377\\376').txt\"");
        File.CreateSymbolicLink(Path.Combine(a, "passwd.txt"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(a, "secret-link.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(a, "outside-dir"), outside);
        Directory.CreateDirectory(Path.Combine(a, "loop"));
        Directory.CreateSymbolicLink(Path.Combine(a, "loop", "again"), Path.Combine(a, "loop"));

        IndexRunResult run;
        using (var index = ReportIndexes.OpenForWriting(t.IndexDir))
            run = new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings { BatchFiles = 5 }).Run([a]);

        var reasons = run.Skipped.ToDictionary(s => s.Path.Contains('\uFFFD') ? "bad-name-��.txt" : s.Path, s => s.Reason);
        output.WriteLine($"indexed in {run.Elapsed.TotalSeconds:F1} s: {run.Added} added, {run.Skipped.Count} skipped");
        output.WriteLine("| file | outcome |\n| --- | --- |");
        foreach (var (path, reason) in reasons.OrderBy(p => p.Key, StringComparer.Ordinal)) output.WriteLine($"| {path} | skipped: {reason} |");

        var expected = new Dictionary<string, string>
        {
            ["empty.txt"] = "empty file",
            ["random.txt"] = "binary content",
            ["random-utf16.txt"] = "binary content",
            ["sixty-megabytes.txt"] = "file too large",
            ["bomb.docx"] = "zip bomb",
            ["bad-name-��.txt"] = "not valid UTF-8",
            ["passwd.txt"] = "outside the archive",
            ["secret-link.txt"] = "outside the archive",
            ["outside-dir"] = "outside the archive",
            ["loop/again"] = "loop",
        };
        foreach (var (path, reason) in expected)
        {
            Assert.True(reasons.TryGetValue(path, out var actual), $"{path} not reported");
            Assert.Contains(reason, actual);
        }
        Assert.Equal(expected.Count, run.Skipped.Count);
        Assert.Equal(4, run.Added); // good, huge-title, bad-date, deep
        // No time limit: that the run ends, with these outcomes, is what is tested. The costs a hostile file could
        // blow up are bounded where they arise and tested there by counted work (HtmlScalingTests for the deep
        // page; the ZIP limits stop the bomb before it is inflated in full).

        Assert.Equal(0, t.Search(SecretMarker).Total);
        Assert.Equal(0, t.Search("root").Total);
        var hits = t.Search("六个一").Hits;
        Assert.Equal(4, hits.Count);
        Assert.All(hits, h => Assert.True((h.Title?.Length ?? 0) <= MetadataLimits.MaxLength("title"), $"title of {h.Id}: {h.Title?.Length} characters"));
        Assert.Contains(hits, h => h.Title is not null && h.Title.Contains("东区街道"));
        Assert.DoesNotContain(hits, h => h.Date is not null && h.Date.Contains("2020-13"));
        foreach (var h in hits) output.WriteLine($"| {h.Source} | indexed: {h.Title} ({h.Date ?? "no date"}) |");
    }

    // A valid docx whose document part declares 300 MB of XML, compressed to well under a megabyte.
    private static void Shell(string script)
    {
        using var p = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", script]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
