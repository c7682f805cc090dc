using ReportSearch.Cli;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Search;

namespace ReportSearch.Indexer.Tests;

public sealed class WriterLockAndReaderTests
{
    [Fact]
    public async Task A_second_writer_on_the_same_index_is_refused_with_a_clear_message()
    {
        using var archive = new TempArchive().WithSeeds();
        await using var worker = await InProcessWorker.StartAsync(archive);

        using var second = InProcessWorker.Build(archive);
        var e = await Assert.ThrowsAsync<IndexLockedException>(() => second.StartAsync());
        Assert.Contains("Another indexer is already writing the index", e.Message);

        var stderr = new StringWriter();
        int code = CliApp.Run(["index", "--archive", archive.Archive, "--index", archive.IndexDir], new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.Contains("Another indexer is already writing the index", stderr.ToString());
    }

    [Fact]
    public async Task A_reader_keeps_answering_while_the_worker_indexes()
    {
        using var archive = new TempArchive().WithGeneratedReports(1500);
        var totals = new List<int>();
        Exception? readerError = null;
        using var stopReader = new CancellationTokenSource();

        // Small first batches (10 files, doubling): eight commits for the reader to see.
        await using var worker = await InProcessWorker.StartAsync(archive, "--Indexer:BatchFiles=10");
        // The worker has created the index file on start; a reader in WAL mode never waits for the writer.
        var reader = Task.Run(() =>
        {
            try
            {
                using var index = ReportIndexes.OpenForReading(archive.IndexDir);
                var search = new SearchService(index);
                while (!stopReader.IsCancellationRequested)
                {
                    // Look for a new commit before every search (readers otherwise look at most every 500 ms),
                    // so the reader sees the batches as they commit however fast the catch-up runs.
                    index.Refresh();
                    var r = search.Search(new SearchRequest { Query = "发展", Size = 5 });
                    foreach (var hit in r.Hits) Assert.NotNull(index.LoadReport(hit.Id)); // nothing is deleted in this run
                    lock (totals) totals.Add(r.Total);
                }
            }
            catch (Exception e) { readerError = e; }
        });

        worker.WaitForCatchUp(TimeSpan.FromSeconds(60));
        // The reader goes on until it has seen the last commit.
        int final = IndexSnapshot.Total(archive.IndexDir, "发展");
        Wait.Until(() => { lock (totals) return readerError is not null || totals.Count > 0 && totals[^1] == final; }, "the reader to see the last commit",
            lastSeen: () => { lock (totals) return $"reader saw {string.Join(",", totals.Distinct())}, final {final}"; });
        stopReader.Cancel();
        await reader;

        Assert.Null(readerError);
        lock (totals)
        {
            for (int i = 1; i < totals.Count; i++)
                Assert.True(totals[i] >= totals[i - 1], $"total went down from {totals[i - 1]} to {totals[i]} at query {i}");
            // The reader must really have run alongside the indexing, not only before or after it.
            Assert.True(totals.Distinct().Count() >= 3, $"reader saw only totals {string.Join(",", totals.Distinct())}");
            Assert.Equal(IndexSnapshot.Total(archive.IndexDir, "发展"), totals[^1]);
        }
    }
}
