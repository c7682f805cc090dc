using ReportSearch.Engine;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// Flipped bytes in a doc values file of the index a running worker serves: the worker's background checksum
/// verification finds them, logs the damage, rebuilds the index in a new generation folder beside the damaged one
/// and switches readers to it; the result is the index a fresh build makes, and it verifies clean.
/// </summary>
public sealed class ChecksumRebuildTests
{
    [Fact]
    public void A_flipped_byte_in_a_dvd_file_is_found_in_the_background_and_the_index_is_rebuilt_beside_it()
    {
        using var archive = new TempArchive().WithSeeds().WithGeneratedReports(60);
        using var worker = WorkerProcess.Start(archive, "--Indexer:Watch=false", "--Indexer:ScanInterval=00:00:01", "--Indexer:ChecksumInterval=00:00:01");
        IndexStatus? seen = null;
        Wait.Until(() => (seen = IndexSnapshot.Status(archive.IndexDir)) is { State: IndexStatus.Idle, LastScanFinishedUtc: not null },
            "the worker's catch-up", lastSeen: () => $"status {seen}; output: {worker.Output}");
        var damaged = IndexFolder.Current(archive.IndexDir)!;
        Assert.DoesNotContain("Index damaged", worker.Output);

        FlipBytes(new DirectoryInfo(damaged).GetFiles("*.dvd").MaxBy(f => f.Length)!.FullName);
        using (var reader = ReportIndexes.OpenForReading(archive.IndexDir))
            Assert.NotNull(reader.FindDamage());

        Wait.Until(() => IndexFolder.Current(archive.IndexDir) is { } current && current != damaged
                && IndexSnapshot.Status(archive.IndexDir) is { State: IndexStatus.Idle },
            "the rebuilt index to be served", TimeSpan.FromMinutes(5), lastSeen: () => worker.Output);
        Assert.Contains("Index damaged", worker.Output);
        Assert.False(worker.HasExited, worker.Output);

        using (var reader = ReportIndexes.OpenForReading(archive.IndexDir))
            Assert.Null(reader.FindDamage());
        Assert.Equal(IndexSnapshot.OfFreshIndex(archive.Archive, Path.Combine(archive.Root, "fresh")), IndexSnapshot.Of(archive.IndexDir));
        Wait.Until(() => !Directory.Exists(damaged), "the damaged folder to be removed once no reader uses it", lastSeen: () => worker.Output);
    }

    // 64 bytes inverted a third of the way in, where the data is (not the header or the checksum footer).
    private static void FlipBytes(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        var bytes = new byte[Math.Min(64, (int)stream.Length / 2)];
        stream.Position = stream.Length / 3;
        stream.ReadExactly(bytes);
        for (int i = 0; i < bytes.Length; i++) bytes[i] ^= 0xFF;
        stream.Position = stream.Length / 3;
        stream.Write(bytes);
    }
}
