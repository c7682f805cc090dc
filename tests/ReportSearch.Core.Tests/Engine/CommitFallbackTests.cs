using Lucene.Net.Index;
using ReportSearch.Engine;
using ReportSearch.Search;
using static ReportSearch.Core.Tests.Engine.IndexTestSupport;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// The commit before the newest is kept, so a truncated newest <c>segments_N</c> costs one batch, not the index:
/// readers serve the previous commit and say what is damaged, and a writer (the worker at start) opens from it,
/// commits again and the index is whole after the next scan.
/// </summary>
public sealed class CommitFallbackTests : IDisposable
{
    private readonly TestIndex _index = new();

    private static int Total(IReportIndexReader reader, string q) => new SearchService(reader).Search(new SearchRequest { Query = q }).Total;

    [Fact]
    public void A_truncated_newest_commit_is_served_around_reported_and_written_over()
    {
        using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
        {
            foreach (var (path, word) in new[] { ("a.txt", "青砚山"), ("b.txt", "雁鸣滩"), ("c.txt", "白鹭洲") })
            {
                var batch = new IndexBatch();
                batch.Upserts.Add(Document(path, "报告" + word, "报告里有" + word + "。"));
                writer.Apply(batch);
            }
        }
        var generation = IndexFolder.Current(_index.IndexDir)!;
        var segments = Directory.GetFiles(generation, "segments_*").OrderBy(f => SegmentInfos.GenerationFromSegmentsFileName(Path.GetFileName(f))).ToList();
        Assert.Equal(KeepRecentCommitsPolicy.Count, segments.Count);
        using (var stream = new FileStream(segments[^1], FileMode.Open, FileAccess.ReadWrite)) stream.SetLength(stream.Length / 2);

        using (var reader = ReportIndexes.OpenForReading(_index.IndexDir))
        {
            // The commit before the last batch: the first two reports.
            Assert.Equal(1, Total(reader, "青砚山"));
            Assert.Equal(1, Total(reader, "雁鸣滩"));
            Assert.Equal(0, Total(reader, "白鹭洲"));
            Assert.Contains("cannot be read", reader.FindDamage());
        }

        // The writer starts from the kept commit and its next commit supersedes the damaged one.
        using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
        {
            Assert.DoesNotContain("c.txt", writer.LoadSources().Keys);
            var batch = new IndexBatch();
            batch.Upserts.Add(Document("c.txt", "报告白鹭洲", "报告里有白鹭洲。"));
            writer.Apply(batch);
        }
        using (var reader = ReportIndexes.OpenForReading(_index.IndexDir))
        {
            Assert.Equal(1, Total(reader, "白鹭洲"));
            Assert.Equal(1, Total(reader, "青砚山"));
            Assert.Null(reader.FindDamage());
        }
    }

    [Fact]
    public void With_every_commit_damaged_the_writer_rebuilds_instead_of_failing()
    {
        using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
        {
            var batch = new IndexBatch();
            batch.Upserts.Add(Document("a.txt", "报告青砚山", "报告里有青砚山。"));
            writer.Apply(batch);
        }
        var generation = IndexFolder.Current(_index.IndexDir)!;
        foreach (var file in Directory.GetFiles(generation, "segments_*"))
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite)) stream.SetLength(stream.Length / 2);
        Assert.ThrowsAny<IOException>(() => ReportIndexes.OpenForReading(_index.IndexDir).Dispose());

        using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
        {
            Assert.StartsWith("no commit of the index could be read", writer.RebuildReason);
            Assert.Empty(writer.LoadSources()); // everything is read again by the next scan
            var batch = new IndexBatch();
            batch.Upserts.Add(Document("a.txt", "报告青砚山", "报告里有青砚山。"));
            writer.Apply(batch);
        }
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        Assert.Equal(1, Total(reader, "青砚山"));
        Assert.Single(Directory.GetDirectories(_index.IndexDir, "damaged-*"));
    }

    [Fact]
    public void Flipped_bytes_in_a_segment_file_are_found_by_their_checksum()
    {
        using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
        {
            var batch = new IndexBatch();
            for (int i = 0; i < 20; i++) batch.Upserts.Add(Document($"r{i}.txt", $"报告{i}", $"第{i}份报告里有青砚山和雁鸣滩。"));
            writer.Apply(batch);
        }
        using (var reader = ReportIndexes.OpenForReading(_index.IndexDir)) Assert.Null(reader.FindDamage());
        var dvd = new DirectoryInfo(IndexFolder.Current(_index.IndexDir)!).GetFiles("*.dvd").MaxBy(f => f.Length)!;
        using (var stream = dvd.Open(FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = stream.Length / 2;
            int b = stream.ReadByte();
            stream.Position = stream.Length / 2;
            stream.WriteByte((byte)(b ^ 0x5A));
        }
        using var fresh = ReportIndexes.OpenForReading(_index.IndexDir);
        Assert.Contains("is damaged", fresh.FindDamage());
    }

    public void Dispose() => _index.Dispose();
}
