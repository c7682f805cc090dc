namespace ReportSearch.Indexer.Tests;

/// <summary>The running worker applies added, modified, renamed and deleted files within a bounded time.</summary>
public sealed class WorkerFollowsArchiveTests
{
    // Latin marker words: each occurs in exactly one file we write, never in the seeds.
    private const string Alpha = "xylophonealpha";
    private const string Beta = "xylophonebeta";

    [Fact]
    public async Task Added_modified_renamed_and_deleted_files_are_applied_and_the_result_equals_a_fresh_index()
    {
        using var archive = new TempArchive().WithSeeds().WithGeneratedReports(40);
        // No periodic rescan during the test: every change must be picked up by the watcher's first scan.
        await using (var worker = await InProcessWorker.StartAsync(archive, "--Indexer:ScanInterval=01:00:00"))
        {
            worker.WaitForCatchUp();
            Assert.Equal(0, IndexSnapshot.Total(archive.IndexDir, Alpha));

            archive.Write("new/added.txt", $"新增报告\n\n本报告用于测试 {Alpha} 的检索。经济发展稳中有进。");
            Wait.Until(() => IndexSnapshot.Total(archive.IndexDir, Alpha) == 1, "the added file to be searchable");

            archive.Write("new/added.txt", $"修改后的报告\n\n本报告内容已经修改 {Beta}。社区工作扎实推进。");
            Wait.Until(() => IndexSnapshot.Total(archive.IndexDir, Beta) == 1 && IndexSnapshot.Total(archive.IndexDir, Alpha) == 0,
                "the modified content to replace the old one");

            Directory.CreateDirectory(archive.PathOf("moved"));
            File.Move(archive.PathOf("new/added.txt"), archive.PathOf("moved/renamed.txt"));
            Wait.Until(() => IndexSnapshot.Sources(archive.IndexDir, Beta).SequenceEqual(["moved/renamed.txt"]),
                "the renamed file to be found under its new path only",
                lastSeen: () => string.Join(",", IndexSnapshot.Sources(archive.IndexDir, Beta)));

            File.Delete(archive.PathOf("moved/renamed.txt"));
            var seed = Directory.GetFiles(archive.Archive, "*.txt").Order().First();
            File.Delete(seed);
            Wait.Until(() => IndexSnapshot.Total(archive.IndexDir, Beta) == 0, "the deleted file to be gone");
            Wait.Until(() => !IndexSnapshot.Of(archive.IndexDir).Any(l => l.StartsWith(Path.GetFileName(seed), StringComparison.Ordinal)),
                "the deleted seed report to be gone");
        }

        Assert.Equal(IndexSnapshot.OfFreshIndex(archive.Archive, Path.Combine(archive.Root, "fresh")), IndexSnapshot.Of(archive.IndexDir));
    }

    [Fact]
    public async Task Without_the_watcher_the_periodic_rescan_picks_up_changes()
    {
        using var archive = new TempArchive().WithSeeds();
        await using var worker = await InProcessWorker.StartAsync(archive, "--Indexer:Watch=false", "--Indexer:ScanInterval=00:00:01");
        worker.WaitForCatchUp();
        archive.Write("later.txt", $"后来的报告\n\n{Alpha} 周期扫描。");
        Wait.Until(() => IndexSnapshot.Total(archive.IndexDir, Alpha) == 1, "the periodic rescan to index the new file");
    }

    [Fact]
    public async Task Include_and_exclude_globs_decide_which_files_are_indexed()
    {
        using var archive = new TempArchive();
        archive.Write("keep/a.txt", $"甲报告\n\n{Alpha} 保留。");
        archive.Write("drafts/b.txt", $"乙报告\n\n{Alpha} 草稿。");
        archive.Write("keep/c.txt", $"丙报告\n\n{Beta} 保留。");
        await using var worker = await InProcessWorker.StartAsync(archive, "--Indexer:Include:0=**/*.txt", "--Indexer:Exclude:0=drafts/**");
        worker.WaitForCatchUp();
        Assert.Equal(["keep/a.txt"], IndexSnapshot.Sources(archive.IndexDir, Alpha));
        Assert.Equal(1, IndexSnapshot.Total(archive.IndexDir, Beta));
    }
}
