using ReportSearch.Engine;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// The worker, the host (indexing in process) and `reportsearch index` run the same indexer with the same
/// settings: given the same include/exclude globs and size limit, they build the same index of one archive.
/// </summary>
public sealed class SameIndexFromEveryProgramTests
{
    private const long SizeLimit = 30_000; // above every seed (at most about 20 KB), below large/big.txt

    private static readonly string[] Settings = ["--Indexer:Include:0=**/*.txt", "--Indexer:Exclude:0=drafts/**", $"--Indexer:MaxFileBytes={SizeLimit}"];

    [Fact]
    public async Task Worker_host_and_cli_build_the_same_index_with_the_same_settings()
    {
        using var archive = new TempArchive().WithSeeds();
        var firstSeed = Path.GetFileName(Directory.GetFiles(archive.Archive, "*.txt").Order(StringComparer.Ordinal).First());
        archive.Write(firstSeed + ".meta.json", """{ "title": "侧车标题xylophonesidecar", "year": 2019 }""");
        archive.Write("extra/ok.txt", "补充报告\n\n本报告用于测试 xylophoneok 的检索。");
        archive.Write("drafts/draft.txt", "草稿\n\n本报告不应被索引 xylophonedraft。");
        archive.Write("notes/plan.md", "计划\n\n不是 txt 文件 xylophonenotes。");
        archive.Write("large/big.txt", "大文件\n\n" + string.Concat(Enumerable.Repeat("经济发展稳中有进。", 2000)));
        archive.WriteBytes("bad/binary.txt", [0x61, 0x00, 0x62]);
        var hostIndex = Path.Combine(archive.Root, "index-host");
        var cliIndex = Path.Combine(archive.Root, "index-cli");

        // The worker, in this process with its real wiring.
        await using (var worker = await InProcessWorker.StartAsync(archive, [.. Settings, "--Indexer:Watch=false"]))
            worker.WaitForCatchUp();

        // The host, as a process of its own, indexing in process (the default).
        var hostStarted = DateTime.UtcNow;
        using (var host = WorkerProcess.StartProgram(HostDll(), archive,
            ["--archive", archive.Archive, "--index", hostIndex, "--urls", "http://127.0.0.1:0", .. Settings, "--Indexer:Watch=false"]))
        {
            IndexStatus? seen = null;
            Wait.Until(() => (seen = IndexSnapshot.Status(hostIndex)) is { State: IndexStatus.Idle, LastScanStartedUtc: { } s } && s >= hostStarted,
                "the host's in-process catch-up", lastSeen: () => $"status {seen}; output: {host.Output}");
        }

        // The CLI, with the same settings as flags.
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = ReportSearch.Cli.CliApp.Run(["index", "--archive", archive.Archive, "--index", cliIndex,
            "--include", "**/*.txt", "--exclude", "drafts/**", "--max-file-bytes", SizeLimit.ToString()], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());

        var byWorker = IndexSnapshot.Of(archive.IndexDir);
        Assert.Equal(byWorker, IndexSnapshot.Of(hostIndex));
        Assert.Equal(byWorker, IndexSnapshot.Of(cliIndex));

        // And it is the index those settings ask for: the five seeds and extra/ok.txt; the draft (excluded) and the
        // markdown file (not included) are absent; the large and the binary file are skipped with their reasons.
        using var index = ReportIndexes.OpenForReading(archive.IndexDir);
        Assert.Equal([.. Directory.GetFiles(archive.Archive, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal), "extra/ok.txt"],
            index.Sources().Select(s => s.Path).Order(StringComparer.Ordinal));
        var skipped = index.Statistics().Skipped.ToDictionary(s => s.Path, s => s.Reason);
        Assert.Equal(["bad/binary.txt", "large/big.txt"], skipped.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("file too large", skipped["large/big.txt"]);
        Assert.Equal(1, IndexSnapshot.Total(archive.IndexDir, "xylophonesidecar"));
        Assert.Equal(0, IndexSnapshot.Total(archive.IndexDir, "xylophonedraft") + IndexSnapshot.Total(archive.IndexDir, "xylophonenotes"));
    }

    // The host is built by the project reference but not copied here: it runs from its own build folder
    // (…/bin/<configuration>/<framework>/), the same configuration and framework as this test's.
    private static string HostDll()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = framework.Parent!;
        var dll = Path.Combine(TempArchive.RepoRoot, "src", "ReportSearch.Host", "bin", configuration.Name, framework.Name, "ReportSearch.Host.dll");
        Assert.True(File.Exists(dll), $"host not built at {dll}");
        return dll;
    }
}
