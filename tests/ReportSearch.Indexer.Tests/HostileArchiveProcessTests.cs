using System.Text;
using ReportSearch.Core.Tests.Attack;
using ReportSearch.Engine;
using Xunit.Abstractions;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// The hostile archive of issue 22, indexed by `reportsearch index` and by the worker, each a real process with
/// its real child workers and default budgets: every file is indexed or skipped with its reason, the scan
/// finishes, both build the same readable index, and no process (parent or child) held more than 1 GB at its
/// peak as /proc counts it.
/// </summary>
public sealed class HostileArchiveProcessTests(ITestOutputHelper output)
{
    private const long OneGigabyte = 1L << 30;
    private const string Body = "西园街道实行六个一工作机制，成效明显。";

    [Fact]
    public void Cli_and_worker_finish_the_hostile_archive_within_one_gigabyte_each()
    {
        using var archive = new TempArchive();
        var (indexed, skipped) = Build(archive);

        var cliIndex = Path.Combine(archive.Root, "index-cli");
        using (var cli = WorkerProcess.StartProgram(ExtractionBudgetTests.CliDll, archive, ["index", "--archive", archive.Archive, "--index", cliIndex]))
        using (var peak = new ProcessTreePeak(cli.Id))
        {
            // A hang guard, not a threshold: a FIFO opened or a runaway parser would never end.
            Assert.True(cli.WaitForExit(TimeSpan.FromMinutes(15)), cli.Output);
            Assert.True(cli.ExitCode == 0, cli.Output);
            AssertWithinOneGigabyte("cli", peak);
        }
        AssertOutcomes(cliIndex, indexed, skipped);

        using (var worker = WorkerProcess.Start(archive, "--Indexer:Watch=false"))
        using (var peak = new ProcessTreePeak(worker.Id))
        {
            IndexStatus? seen = null;
            Wait.Until(() => (seen = IndexSnapshot.Status(archive.IndexDir)) is { State: IndexStatus.Idle, LastScanFinishedUtc: not null },
                "the worker's catch-up to finish", TimeSpan.FromMinutes(15), lastSeen: () => $"status {seen}; output: {worker.Output}");
            Assert.False(worker.HasExited, worker.Output);
            AssertWithinOneGigabyte("worker", peak);
        }
        AssertOutcomes(archive.IndexDir, indexed, skipped);
        Assert.Equal(IndexSnapshot.Of(cliIndex), IndexSnapshot.Of(archive.IndexDir));
    }

    /// <summary>The archive, with the reports that must be indexed and each skipped path with the words of its reason (one of them).</summary>
    private static (List<string> Indexed, Dictionary<string, string[]> Skipped) Build(TempArchive a)
    {
        var outside = Path.Combine(a.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "side.meta.json"), """{"title":"外部侧车标题xylophoneoutside"}""");
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "机密\n\nxylophonesecret\n");

        a.Write("good.txt", $"西园街道2020年工作总结\n\n{Body}\n");
        a.Write("good.html", $"<html><body><h1>东园街道2020年工作总结</h1><p>{Body}</p></body></html>");
        a.Write("attributes.html", HostileFiles.AttributeBomb(100_000, Body));
        a.Write("deep.html", HostileFiles.DeepNesting(20_000, Body));
        a.Write("huge-line.txt", "南园街道2021年工作计划\n\n" + string.Concat(Enumerable.Repeat(Body, 600_000))); // 11 million characters (34 MB), one line
        a.Write("links/report.txt", $"北园街道2020年工作总结\n\n{Body} xylophonelinked\n");
        File.CreateSymbolicLink(a.PathOf("links/report.txt.meta.json"), Path.Combine(outside, "side.meta.json"));
        a.Write(".hidden.txt", "隐藏报告\n\nxylophonehidden");
        a.Write("flood.html", HostileFiles.ParagraphFlood(2_000_000));
        a.WriteBytes("flate-bomb.pdf", HostileFiles.FlatePdf(1L << 30));
        a.WriteBytes("bomb.docx", HostileFiles.DocxBomb());
        var random = new byte[100 * 1024];
        new Random(3).NextBytes(random);
        a.WriteBytes("random.txt", random);
        using (var big = File.Create(a.PathOf("sixty-megabytes.txt"))) big.SetLength(60L * 1024 * 1024);
        File.CreateSymbolicLink(a.PathOf("passwd.txt"), "/etc/passwd");
        File.CreateSymbolicLink(a.PathOf("secret-link.txt"), Path.Combine(outside, "secret.txt"));
        Shell($"mkfifo '{a.PathOf("a-pipe.txt")}'");

        var skipped = new Dictionary<string, string[]>
        {
            ["a-pipe.txt"] = ["not a regular file: a FIFO"],
            [".hidden.txt"] = ["hidden file"],
            ["links/report.txt.meta.json"] = ["sidecar ignored: link points outside the archive"],
            // Whichever budget a busy machine reaches first.
            ["flood.html"] = ["exceeded 512 MB", "exceeded 60 s"],
            ["flate-bomb.pdf"] = ["PDF streams exceeded"],
            ["bomb.docx"] = ["zip bomb"],
            ["random.txt"] = ["binary content"],
            ["sixty-megabytes.txt"] = ["file too large"],
            ["passwd.txt"] = ["outside the archive"],
            ["secret-link.txt"] = ["outside the archive"],
        };
        // A device that reports size 0 and never ends: only root can make one here.
        if (Environment.IsPrivilegedProcess)
        {
            Shell($"mknod '{a.PathOf("zero.txt")}' c 1 5");
            skipped["zero.txt"] = ["not a regular file: a character device"];
        }
        return (["attributes.html", "deep.html", "good.html", "good.txt", "huge-line.txt", "links/report.txt"], skipped);
    }

    private static void AssertOutcomes(string indexDir, List<string> indexed, Dictionary<string, string[]> expected)
    {
        using (var index = ReportIndexes.OpenForReading(indexDir))
        {
            Assert.Equal(IndexStatus.Idle, index.Statistics().Status?.State);
            Assert.Equal(indexed, index.Sources().Select(s => s.Path).Order(StringComparer.Ordinal));
            var reasons = index.Statistics().Skipped.ToDictionary(s => s.Path, s => s.Reason);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), reasons.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, words) in expected)
                Assert.True(words.Any(w => reasons[path].Contains(w, StringComparison.Ordinal)), $"{path}: {reasons[path]}");
        }
        // Intact and searchable: every indexed report answers, nothing from outside or from a refused file does.
        Assert.Equal(indexed.Count, IndexSnapshot.Total(indexDir, "六个一"));
        Assert.Equal(0, IndexSnapshot.Total(indexDir, "xylophoneoutside") + IndexSnapshot.Total(indexDir, "xylophonehidden") + IndexSnapshot.Total(indexDir, "xylophonesecret"));
    }

    private void AssertWithinOneGigabyte(string program, ProcessTreePeak peak)
    {
        output.WriteLine($"{program}: peak {peak.Root / 1048576} MB; {peak.Children.Count} child workers, peaks {string.Join(", ", peak.Children.Select(c => $"{c / 1048576} MB"))}");
        Assert.InRange(peak.Root, 1, OneGigabyte);
        Assert.NotEmpty(peak.Children);
        Assert.All(peak.Children, c => Assert.InRange(c, 1, OneGigabyte));
    }

    private static void Shell(string script)
    {
        using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", script]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
