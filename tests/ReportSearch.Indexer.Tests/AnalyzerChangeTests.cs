using Microsoft.Data.Sqlite;
using ReportSearch.Analysis;
using ReportSearch.Index;

namespace ReportSearch.Indexer.Tests;

public sealed class AnalyzerChangeTests
{
    [Fact]
    public async Task An_index_built_by_another_analyzer_version_is_rebuilt_and_the_log_says_why()
    {
        using var archive = new TempArchive().WithSeeds();
        await using (var worker = await InProcessWorker.StartAsync(archive)) worker.WaitForCatchUp();
        // Pretend the index was written by an older analyzer.
        using (var c = new SqliteConnection($"Data Source={Path.Combine(archive.IndexDir, SqliteReportIndex.FileName)};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE meta SET value = 'old' WHERE key = 'analyzer_version'";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }

        await using (var worker = await InProcessWorker.StartAsync(archive))
        {
            worker.WaitForCatchUp();
            var status = IndexSnapshot.Status(archive.IndexDir)!;
            Assert.Equal(5, status.Added); // everything was indexed again, not found unchanged
        }
        Assert.Contains($"Rebuilding the index because the analyzer changed from vold to v{ReportAnalyzer.Version}", SkippedFileTests.ReadLogs(archive));
        Assert.Equal(IndexSnapshot.OfFreshIndex(archive.Archive, Path.Combine(archive.Root, "fresh")), IndexSnapshot.Of(archive.IndexDir));
    }
}
