using ReportSearch.Engine;

namespace ReportSearch.Indexer.Tests;

/// <summary>A file that cannot be read is recorded as skipped, with its reason, and the worker carries on.</summary>
public sealed class SkippedFileTests
{
    [Fact]
    public async Task Unreadable_files_are_recorded_as_skipped_and_the_worker_carries_on()
    {
        using var archive = new TempArchive().WithSeeds();
        archive.WriteBytes("bad/invalid-utf8.txt", [0x61, 0x62, 0xFF, 0xFE, 0x63]);
        archive.WriteBytes("bad/binary.txt", [0x61, 0x00, 0x62]);
        var binaryReason = ParserReason(archive, "bad/binary.txt");
        // A file listed by the scan whose content is gone: a link to a deleted file (the scanner names it).
        File.CreateSymbolicLink(archive.PathOf("bad/vanished.txt"), Path.Combine(archive.Root, "deleted-target.txt"));

        await using (var worker = await InProcessWorker.StartAsync(archive))
        {
            worker.WaitForCatchUp();
            using (var index = ReportIndexes.OpenForReading(archive.IndexDir))
            {
                var stats = index.Statistics();
                var reasons = stats.Skipped.ToDictionary(s => s.Path, s => s.Reason);
                // The worker records the parser's own reason for each file.
                Assert.Equal(ParserReason(archive, "bad/invalid-utf8.txt"), reasons["bad/invalid-utf8.txt"]);
                Assert.Equal(ParserReason(archive, "bad/binary.txt"), reasons["bad/binary.txt"]);
                Assert.NotEqual(reasons["bad/invalid-utf8.txt"], reasons["bad/binary.txt"]);
                Assert.Equal("broken link", reasons["bad/vanished.txt"]);
                Assert.Equal(5, stats.Reports);
                Assert.Equal(3, stats.Status!.Skipped);
            }

            // Still working: a good file added now is indexed, and a fixed file leaves the skipped list.
            archive.Write("good.txt", "好的报告\n\nxylophonegamma 正常。");
            archive.Write("bad/invalid-utf8.txt", "修好的报告\n\nxylophonedelta 正常。");
            Wait.Until(() => IndexSnapshot.Total(archive.IndexDir, "xylophonegamma") == 1 && IndexSnapshot.Total(archive.IndexDir, "xylophonedelta") == 1,
                "new and repaired files to be indexed");
            using (var index = ReportIndexes.OpenForReading(archive.IndexDir))
                Assert.Equal(["bad/binary.txt", "bad/vanished.txt"], index.Statistics().Skipped.Select(s => s.Path).Order());
        }

        var log = ReadLogs(archive);
        Assert.Contains($"Skipped bad/binary.txt: {binaryReason}", log);
        Assert.Contains("Skipped bad/vanished.txt: broken link", log);
    }

    internal static string ReadLogs(TempArchive archive)
    {
        var dir = Path.Combine(archive.Root, "logs");
        return string.Concat(Directory.GetFiles(dir, "indexer-*.log").Order().Select(f =>
        {
            using var s = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(s).ReadToEnd();
        }));
    }

    private static string ParserReason(TempArchive archive, string relativePath)
    {
        var path = archive.PathOf(relativePath);
        var bytes = File.ReadAllBytes(path);
        var file = new ReportSearch.Ingestion.SourceFile(path, relativePath, bytes.Length, File.GetLastWriteTimeUtc(path));
        return Assert.Throws<ReportSearch.Ingestion.UnreadableFileException>(() => ReportSearch.Ingestion.ReportParsers.Default().Parse(file, bytes)).Message;
    }
}
