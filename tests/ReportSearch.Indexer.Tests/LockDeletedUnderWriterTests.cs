using ReportSearch.Cli;
using ReportSearch.Engine;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// Operators clear "stale" lock files. Deleting them under a running worker must not let a second writer in: the
/// exclusion is a lock held on the index folder, which a deleted file name does not release. The worker goes on,
/// the index stays readable and ends equal to a fresh build.
/// </summary>
public sealed class LockDeletedUnderWriterTests
{
    [Fact]
    public void Lock_files_deleted_under_a_writing_worker_do_not_let_a_second_writer_in()
    {
        using var archive = new TempArchive().WithSeeds().WithGeneratedReports(1500);
        using (var worker = WorkerProcess.Start(archive))
        {
            // While the worker writes: once its first batch is committed, the catch-up is still running.
            Wait.Until(() => worker.HasExited || CommittedSources(archive.IndexDir) > 0, "a committed batch", lastSeen: () => worker.Output);
            Assert.False(worker.HasExited, worker.Output);
            var locks = Directory.GetFiles(archive.IndexDir, "*.lock", SearchOption.AllDirectories);
            Assert.Contains(locks, f => Path.GetFileName(f) == IndexWriterLock.FileName);
            foreach (var file in locks) File.Delete(file);

            // A second writer, as the CLI and as a worker process: both refused.
            var stderr = new StringWriter();
            Assert.Equal(1, CliApp.Run(["index", "--archive", archive.Archive, "--index", archive.IndexDir], new StringWriter(), stderr));
            Assert.Contains("Another indexer is already writing the index", stderr.ToString());
            using (var second = WorkerProcess.Start(archive))
            {
                Assert.True(second.WaitForExit(TimeSpan.FromSeconds(60)), "second worker did not exit");
                Assert.NotEqual(0, second.ExitCode);
                Assert.Contains("Another indexer is already writing the index", second.Output);
            }

            IndexStatus? status = null;
            Wait.Until(() => (status = IndexSnapshot.Status(archive.IndexDir)) is { State: IndexStatus.Idle, LastScanFinishedUtc: not null },
                "the worker's catch-up", TimeSpan.FromMinutes(5), () => $"{status} {worker.Output}");
            Assert.False(worker.HasExited, worker.Output);
            IndexSnapshot.AssertIntact(archive.IndexDir);
        }
        Assert.Equal(IndexSnapshot.OfFreshIndex(archive.Archive, Path.Combine(archive.Root, "fresh")), IndexSnapshot.Of(archive.IndexDir));
    }

    [Fact]
    public void A_writer_whose_index_folder_was_replaced_refuses_to_commit()
    {
        using var archive = new TempArchive();
        using var writer = ReportIndexes.OpenForWriting(archive.IndexDir);
        var moved = archive.IndexDir + ".moved";
        Directory.Move(archive.IndexDir, moved);
        Directory.CreateDirectory(archive.IndexDir);

        // Another writer may now take the new folder; this one must not commit into a path it no longer owns.
        Assert.Throws<IndexLockLostException>(() => writer.WriteStatus(new IndexStatus { State = IndexStatus.Idle }));
    }

    private static int CommittedSources(string indexDir)
    {
        try
        {
            if (!ReportIndexes.Exists(indexDir)) return 0;
            using var index = ReportIndexes.OpenForReading(indexDir);
            return index.Sources().Count;
        }
        catch (IOException) { return 0; }
    }
}
