using ReportSearch.Engine;
using Xunit.Abstractions;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// The worker as a real process, killed with SIGKILL at random moments during a large catch-up: every kill
/// leaves a consistent index, the restarts resume, and the end result equals a fresh full index.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    // Enough that the kills land while the catch-up still runs: 2,000 were sometimes all indexed within the
    // random delay before a kill.
    private const int Reports = 5000;

    [Fact]
    public void Killed_at_random_moments_the_worker_resumes_and_ends_with_the_same_index_as_a_fresh_run()
    {
        using var archive = new TempArchive().WithSeeds().WithGeneratedReports(Reports);
        // A fixed seed: the same kill moments every run, so a failure can be repeated.
        const int seed = 20261123;
        var random = new Random(seed);
        output.WriteLine($"random seed {seed}");

        var indexedAfterKill = new List<int>();
        for (int kill = 0; kill < 4; kill++)
        {
            using var worker = WorkerProcess.Start(archive);
            // Wait until this run has committed a batch of its own (the index itself is asked), then kill at a
            // random moment: while reading, analyzing or committing.
            int before = indexedAfterKill.Count == 0 ? 0 : indexedAfterKill[^1];
            Wait.Until(() => worker.HasExited || CommittedSources(archive.IndexDir) > before || CatchUpDone(worker), "a committed batch", TimeSpan.FromSeconds(60), () => worker.Output);
            Assert.False(worker.HasExited, worker.Output);
            // An earlier run may have got through the whole catch-up before its kill: nothing is left to interrupt.
            if (CatchUpDone(worker)) break;
            Thread.Sleep(random.Next(0, 1500));
            worker.KillHard();
            IndexSnapshot.AssertIntact(archive.IndexDir);
            using var index = ReportIndexes.OpenForReading(archive.IndexDir);
            indexedAfterKill.Add(index.Sources().Count);
        }
        output.WriteLine($"sources indexed after each kill: {string.Join(", ", indexedAfterKill)}");
        // Each restart resumed rather than starting over, and the kills did land mid-run.
        Assert.True(indexedAfterKill.Zip(indexedAfterKill.Skip(1)).All(p => p.Second >= p.First), string.Join(",", indexedAfterKill));
        Assert.Contains(indexedAfterKill, n => n > 0 && n < Reports + 5);

        using (var worker = WorkerProcess.Start(archive))
        {
            IndexStatus? status = null;
            Wait.Until(() => (status = IndexSnapshot.Status(archive.IndexDir)) is { State: IndexStatus.Idle, LastScanStartedUtc: { } s } && s >= worker.StartedUtc,
                "the final catch-up", TimeSpan.FromSeconds(60), () => $"{status} {worker.Output}");
            Assert.Equal(Reports + 5, status!.FilesScanned);

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
        // Large enough that the catch-up is still running when the stop comes: the first batch is logged once it
        // is committed, by which time the next two are already read (1,500 reports were sometimes all done).
        const int reports = 6000;
        using var archive = new TempArchive().WithGeneratedReports(reports);
        using var worker = WorkerProcess.Start(archive);
        Wait.Until(() => worker.Output.Contains("Batch indexed", StringComparison.Ordinal), "the first batch", lastSeen: () => worker.Output);
        worker.Terminate();
        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(10)), "worker did not stop within 10 s of SIGTERM");
        Assert.Equal(0, worker.ExitCode);
        Assert.Contains("Scan stopped (startup catch-up)", worker.Output);

        var status = IndexSnapshot.Status(archive.IndexDir);
        Assert.Equal(IndexStatus.Interrupted, status!.State);
        IndexSnapshot.AssertIntact(archive.IndexDir);
        // Every batch the worker announced was committed: "Batch indexed: N/…" is logged after its commit, and
        // stopping waits for the write under way.
        int announced = worker.Output.Split('\n').Where(l => l.Contains("Batch indexed: ", StringComparison.Ordinal))
            .Select(l => int.Parse(l.Split("Batch indexed: ")[1].Split('/')[0])).Max();
        using var index = ReportIndexes.OpenForReading(archive.IndexDir);
        Assert.True(index.Sources().Count >= announced, $"{index.Sources().Count} indexed, {announced} announced");
        Assert.True(index.Sources().Count < reports, "the stop came after the catch-up had finished");
    }

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
