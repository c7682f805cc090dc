using ReportSearch.Engine;
using Xunit.Abstractions;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// The worker as a real process, killed with SIGKILL during a catch-up at points chosen from what it has committed:
/// every kill leaves a consistent index, the restarts resume, and the end result equals a fresh full index.
/// </summary>
/// <remarks>
/// No kill depends on the machine's speed. A worker is killed by the thread that reads its output, the moment it
/// announces its k-th commit ("Batch indexed" is logged after the commit); it is then reading, analysing or
/// committing the next batches. Batches start at <see cref="FirstBatchFiles"/> files and double, so after commit
/// k of a run the batches still to come hold more files than all k committed ones: however fast the machine, the
/// kill lands before the catch-up ends.
/// </remarks>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int FirstBatchFiles = 10;
    // Room for the four runs below, each ending at most two batches after its k-th commit (the one being written
    // and the one read ahead), well short of the whole archive: 1 + 3 + 2 + 4 commits ≤ 70 + 150 + 70 + 310 files.
    private const int Reports = 1200;
    private static readonly string[] SmallFirstBatches = [$"--Indexer:BatchFiles={FirstBatchFiles}"];
    private static readonly int[] KillAfterCommit = [1, 3, 2, 4];

    [Fact]
    public void Killed_right_after_chosen_commits_the_worker_resumes_and_ends_with_the_same_index_as_a_fresh_run()
    {
        using var archive = new TempArchive().WithSeeds().WithGeneratedReports(Reports);
        int files = Reports + 5;

        var indexedAfterKill = new List<int>();
        foreach (int k in KillAfterCommit)
        {
            int before = CommittedSources(archive.IndexDir);
            int commits = 0;
            using var worker = WorkerProcess.StartAndKillAfter(archive, line => IsCommit(line) && ++commits == k, SmallFirstBatches);
            Wait.Until(() => worker.HasExited, $"the kill after commit {k}", lastSeen: () => worker.Output);
            Assert.True(worker.SignalledAfter is { } line && IsCommit(line), $"not killed after commit {k}: {worker.Output}");
            Assert.False(CatchUpDone(worker), worker.Output);

            IndexSnapshot.AssertIntact(archive.IndexDir);
            int indexed = CommittedSources(archive.IndexDir);
            indexedAfterKill.Add(indexed);
            output.WriteLine($"killed after \"{worker.SignalledAfter}\": {before} → {indexed} sources");
            // Every announced file is in the index (this run's files were all new), and the kill came mid-run.
            Assert.InRange(indexed, before + FilesDone(worker.SignalledAfter!), files - 1);
        }

        using (var worker = WorkerProcess.Start(archive))
        {
            IndexStatus? status = null;
            Wait.Until(() => (status = IndexSnapshot.Status(archive.IndexDir)) is { State: IndexStatus.Idle, LastScanStartedUtc: { } s } && s >= worker.StartedUtc,
                "the final catch-up", lastSeen: () => $"{status} {worker.Output}");
            Assert.Equal(files, status!.FilesScanned);

            // A second worker on the same index is refused, says why, and exits with an error code.
            using (var second = WorkerProcess.Start(archive))
            {
                Assert.True(second.WaitForExit(TimeSpan.FromSeconds(30)), "second worker did not exit");
                Assert.NotEqual(0, second.ExitCode);
                Assert.Contains("Another indexer is already writing the index", second.Output);
            }

            // SIGTERM: a clean stop within a few seconds.
            worker.Terminate();
            Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(10)), "worker did not stop within 10 s of SIGTERM");
            Assert.Equal(0, worker.ExitCode);
            Assert.Contains("Indexer stopped", worker.Output);
            output.WriteLine(worker.Output);
        }

        IndexSnapshot.AssertIntact(archive.IndexDir);
        Assert.Equal(IndexSnapshot.OfFreshIndex(archive.Archive, Path.Combine(archive.Root, "fresh")), IndexSnapshot.Of(archive.IndexDir));
    }

    [Fact]
    public void SIGTERM_during_a_catch_up_commits_the_batch_in_progress_and_exits_quickly()
    {
        // SIGTERM the moment the first batch is announced. Batches of 10 files that stay at 10: the stop, handled by
        // the worker's own threads, finds dozens of commits still to come, whatever the machine's speed.
        const int reports = 600;
        using var archive = new TempArchive().WithGeneratedReports(reports);
        using var worker = WorkerProcess.StartAndTerminateAfter(archive, IsCommit, [.. SmallFirstBatches, $"--Indexer:BulkBatchFiles={FirstBatchFiles}"]);
        Wait.Until(() => worker.SignalledAfter is not null, "the first batch", lastSeen: () => worker.Output);
        Assert.True(IsCommit(worker.SignalledAfter!), worker.SignalledAfter);
        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(10)), "worker did not stop within 10 s of SIGTERM");
        output.WriteLine(worker.Output);
        Assert.Equal(0, worker.ExitCode);
        Assert.True(worker.Output.Contains("Scan stopped (startup catch-up)", StringComparison.Ordinal), worker.Output);

        var status = IndexSnapshot.Status(archive.IndexDir);
        Assert.Equal(IndexStatus.Interrupted, status!.State);
        IndexSnapshot.AssertIntact(archive.IndexDir);
        // Every batch the worker announced was committed: "Batch indexed: N/…" is logged after its commit, and
        // stopping waits for the write under way.
        int announced = worker.Output.Split('\n').Where(IsCommit).Select(FilesDone).Max();
        using var index = ReportIndexes.OpenForReading(archive.IndexDir);
        Assert.InRange(index.Sources().Count, announced, reports - 1);
    }

    // "Batch indexed: 30/1205 files (2%), …", logged once the batch is committed.
    private static bool IsCommit(string line) => line.Contains("Batch indexed: ", StringComparison.Ordinal);

    private static int FilesDone(string commitLine) => int.Parse(commitLine.Split("Batch indexed: ")[1].Split('/')[0]);

    private static bool CatchUpDone(WorkerProcess worker) => worker.Output.Contains("Scan finished (startup catch-up)", StringComparison.Ordinal);

    private static int CommittedSources(string indexDir)
    {
        if (!ReportIndexes.Exists(indexDir)) return 0;
        try
        {
            using var index = ReportIndexes.OpenForReading(indexDir);
            return index.Sources().Count;
        }
        catch (IndexNotFoundException) { return 0; }
    }
}
