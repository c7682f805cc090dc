using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Ingestion;

namespace ReportSearch.Indexer.Tests;

public sealed class AnalyzerChangeTests
{
    [Fact]
    public async Task An_index_built_by_another_analyzer_version_is_rebuilt_and_the_log_says_why()
    {
        using var archive = new TempArchive().WithSeeds();
        // An index written by an older analyzer.
        using (var old = ReportIndexes.OpenForWriting(archive.IndexDir, "old"))
            new ArchiveIndexer(old, ReportParsers.Default(), new IndexerSettings()).Run([archive.Archive]);
        var oldGeneration = IndexFolder.Current(archive.IndexDir);

        // No periodic rescan within the test: on a busy machine one could finish (adding nothing) before the status
        // of the catch-up, which rebuilt the index, is read.
        await using (var worker = await InProcessWorker.StartAsync(archive, "--Indexer:ScanInterval=00:10:00"))
        {
            worker.WaitForCatchUp();
            var status = IndexSnapshot.Status(archive.IndexDir)!;
            Assert.Equal(5, status.Added); // everything was indexed again, not found unchanged
        }
        Assert.Contains($"Rebuilding the index because the analyzer changed from vold to v{ReportIndexes.AnalyzerVersion}", SkippedFileTests.ReadLogs(archive));
        Assert.NotEqual(oldGeneration, IndexFolder.Current(archive.IndexDir));
        Assert.False(Directory.Exists(oldGeneration), "the replaced generation is removed");
        Assert.Equal(IndexSnapshot.OfFreshIndex(archive.Archive, Path.Combine(archive.Root, "fresh")), IndexSnapshot.Of(archive.IndexDir));
    }
}
