using ReportSearch.Engine;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// The attack that stopped all indexing: a FIFO (and, where the test may make one, a device) in the archive, beside a
/// dot file and a sidecar linked from outside. The worker, as its own process, and `reportsearch index` both
/// finish, index every ordinary report and list each of these with its reason.
/// </summary>
public sealed class SpecialFilesInArchiveTests
{
    [Fact]
    public async Task Worker_process_and_cli_finish_on_an_archive_with_a_fifo_a_device_a_dot_file_and_an_outside_sidecar()
    {
        using var archive = new TempArchive().WithSeeds();
        var seeds = Directory.GetFiles(archive.Archive, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var outside = Path.Combine(archive.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "side.meta.json"), """{"title":"外部侧车标题xylophoneoutside"}""");
        archive.Write("links/report.txt", "东园街道2020年工作总结\n\n东园街道实行六个一工作机制 xylophonelinked。\n");
        File.CreateSymbolicLink(archive.PathOf("links/report.txt.meta.json"), Path.Combine(outside, "side.meta.json"));
        archive.Write(".hidden.txt", "隐藏报告\n\nxylophonehidden");
        Shell($"mkfifo '{archive.PathOf("a-pipe.txt")}'");
        var expected = new Dictionary<string, string>
        {
            ["a-pipe.txt"] = "not a regular file: a FIFO (named pipe)",
            [".hidden.txt"] = "hidden file",
            ["links/report.txt.meta.json"] = "sidecar ignored: link points outside the archive",
        };
        // A device that reports size 0 and never ends: only root can make one here.
        if (Environment.IsPrivilegedProcess)
        {
            Shell($"mknod '{archive.PathOf("zero.txt")}' c 1 5");
            expected["zero.txt"] = "not a regular file: a character device";
        }

        using (var worker = WorkerProcess.Start(archive, "--Indexer:Watch=false"))
        {
            IndexStatus? seen = null;
            Wait.Until(() => (seen = IndexSnapshot.Status(archive.IndexDir)) is { State: IndexStatus.Idle, LastScanFinishedUtc: not null },
                "the worker's catch-up to finish", lastSeen: () => $"status {seen}; output: {worker.Output}");
            Assert.False(worker.HasExited, worker.Output);
        }
        AssertIndexed(archive.IndexDir, seeds, expected);

        var cliIndex = Path.Combine(archive.Root, "index-cli");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = Task.Run(() => ReportSearch.Cli.CliApp.Run(["index", "--archive", archive.Archive, "--index", cliIndex], stdout, stderr));
        // A hang guard, not a threshold: a CLI that opened the FIFO would wait for ever.
        int code = await cli.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(code == 0, stderr.ToString());
        AssertIndexed(cliIndex, seeds, expected);
        Assert.Equal(IndexSnapshot.Of(archive.IndexDir), IndexSnapshot.Of(cliIndex));
    }

    private static void AssertIndexed(string indexDir, List<string?> seeds, Dictionary<string, string> expectedSkips)
    {
        using var index = ReportIndexes.OpenForReading(indexDir);
        Assert.Equal([.. seeds, "links/report.txt"], index.Sources().Select(s => s.Path).Order(StringComparer.Ordinal));
        Assert.Equal(expectedSkips.OrderBy(p => p.Key, StringComparer.Ordinal),
            index.Statistics().Skipped.ToDictionary(s => s.Path, s => s.Reason).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(1, IndexSnapshot.Total(indexDir, "xylophonelinked"));
        Assert.Equal(0, IndexSnapshot.Total(indexDir, "xylophoneoutside") + IndexSnapshot.Total(indexDir, "xylophonehidden"));
    }

    private static void Shell(string script)
    {
        using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", script]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
