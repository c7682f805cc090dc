using System.Collections.Concurrent;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Pipeline;

/// <summary>
/// The indexer reads batches ahead of the writer (the next one while a batch is added, the one after while it is
/// committed). Whatever the overlap, batches must reach the index one commit at a time, in order, and a failure
/// or a stop must lose nothing that a later run would not find again.
/// </summary>
public class BatchPipelineTests
{
    private static TestIndex Archive(int files)
    {
        var t = new TestIndex();
        for (int seed = 0; seed < files; seed++)
        {
            var (path, text) = SyntheticCorpus.Report(seed);
            t.Write(path, text);
        }
        return t;
    }

    // Small batches that stay small, so a few dozen files make many batches.
    private static readonly IndexerSettings ManyBatches = new() { BatchFiles = 5, BulkBatchFiles = 5, Parallelism = 2 };

    [Fact]
    public void Batches_are_applied_one_at_a_time_in_order_while_reading_stays_at_most_two_batches_ahead()
    {
        using var t = Archive(60);
        var events = new ConcurrentQueue<string>();
        // Batches follow the scan's order: file i is in batch i / 5 + 1 (batch 0 is the removal batch).
        var scanOrder = ArchiveScanner.Scan([t.Archive]).Select(f => f.RelativePath).ToList();
        using var thirdBatchRead = new ManualResetEventSlim();
        var parsers = new ReportParsers([new ObservedParser(new PlainTextParser(), path =>
        {
            events.Enqueue($"parse {path}");
            if (scanOrder.IndexOf(path) / 5 + 1 == 3) thirdBatchRead.Set();
        })]);
        var batchOf = new ConcurrentDictionary<string, int>();
        // The commit of batch 1 lasts until batch 3 is being read (or a minute has passed): if the indexer reads
        // ahead, that reading begins while batch 1 commits, however fast or slow the machine.
        using (var index = new ObservedWriter(ReportIndexes.OpenForWriting(t.IndexDir), events, batchOf) { WhileCommitting = k => { if (k == 1) thirdBatchRead.Wait(TimeSpan.FromMinutes(1)); } })
        {
            var result = new ArchiveIndexer(index, parsers, ManyBatches).Run([t.Archive]);
            Assert.Equal(60, result.Added);
        }

        var log = events.ToList();
        // The removal batch comes first (number 0), then one batch per chunk read, never two at once.
        var applies = log.Where(e => e.StartsWith("apply ") || e.StartsWith("done ")).ToList();
        for (int i = 0; i < applies.Count; i += 2)
        {
            Assert.StartsWith("apply ", applies[i]);
            Assert.Equal("done " + applies[i][6..], applies[i + 1]);
        }
        var order = applies.Where(e => e.StartsWith("apply ")).Select(e => int.Parse(e[6..])).ToList();
        Assert.Equal(Enumerable.Range(0, 13), order); // the removal batch and 12 batches of 5 files

        // When the reading of each batch began: its first file parsed.
        int ReadStart(int k) => log.FindIndex(e => e.StartsWith("parse ") && batchOf.TryGetValue(e[6..], out int b) && b == k);
        // Batch k is read only after batch k − 2 was added: never more than two batches ahead of the writer.
        for (int k = 3; k <= 12; k++)
            Assert.True(log.IndexOf($"added {k - 2}") < ReadStart(k), $"batch {k} was read before batch {k - 2} was added");
        // And the read-ahead happens: batch 3 is read while batch 1 is still committing.
        Assert.True(ReadStart(3) < log.IndexOf("done 1"), "batch 3 was read only after batch 1 was committed");
    }

    [Fact]
    public void A_failed_write_stops_the_batches_after_it_and_a_later_run_indexes_them()
    {
        using var t = Archive(40);
        var events = new ConcurrentQueue<string>();
        using (var index = new ObservedWriter(ReportIndexes.OpenForWriting(t.IndexDir), events) { FailAtBatch = 3 })
        {
            var error = Assert.Throws<IOException>(() => new ArchiveIndexer(index, ReportParsers.Default(), ManyBatches).Run([t.Archive]));
            Assert.Equal("disk full (test)", error.Message);
        }
        Assert.DoesNotContain("apply 4", events);
        using (var index = ReportIndexes.OpenForWriting(t.IndexDir))
        {
            Assert.Equal(10, index.LoadSources().Count); // batches 1 and 2, five files each
            var rerun = new ArchiveIndexer(index, ReportParsers.Default(), ManyBatches).Run([t.Archive]);
            Assert.Equal(30, rerun.Added);
            Assert.Equal(40, index.LoadSources().Count);
        }
    }

    [Fact]
    public void A_stop_lets_the_write_under_way_commit_drops_the_waiting_one_and_a_later_run_finds_the_rest()
    {
        using var t = Archive(40);
        var events = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        using (var index = new ObservedWriter(ReportIndexes.OpenForWriting(t.IndexDir), events) { OnAdded = k => { if (k == 2) stop.Cancel(); } })
        {
            Assert.ThrowsAny<OperationCanceledException>(() => new ArchiveIndexer(index, ReportParsers.Default(), ManyBatches).Run([t.Archive], cancel: stop.Token));
        }
        Assert.Contains("done 2", events);
        Assert.DoesNotContain("apply 3", events);
        using (var index = ReportIndexes.OpenForWriting(t.IndexDir))
        {
            Assert.Equal(10, index.LoadSources().Count);
            var rerun = new ArchiveIndexer(index, ReportParsers.Default(), ManyBatches).Run([t.Archive]);
            Assert.Equal(30, rerun.Added);
        }
        Assert.Equal(40, t.Search("年工作总结").Total);
    }

    private sealed class ObservedParser(IReportParser inner, Action<string> parsed) : IReportParser
    {
        public IReadOnlyCollection<string> Extensions => inner.Extensions;

        public ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar)
        {
            parsed(file.RelativePath);
            return inner.Parse(file, content, sidecar);
        }
    }

    /// <summary>The real writer, logging when each batch starts, is added and is committed.</summary>
    private sealed class ObservedWriter(IReportIndexWriter inner, ConcurrentQueue<string> events, ConcurrentDictionary<string, int>? batchOf = null) : IReportIndexWriter
    {
        private int _batches = -1;
        /// <summary>Runs after batch k is added and before it is committed: a commit that lasts until something happened.</summary>
        public Action<int>? WhileCommitting { get; init; }
        public int FailAtBatch { get; init; } = -1;
        public Action<int>? OnAdded { get; init; }

        public void Apply(IndexBatch batch, Action? documentsAdded = null)
        {
            int k = Interlocked.Increment(ref _batches);
            events.Enqueue($"apply {k}");
            foreach (var doc in batch.Upserts)
                foreach (var source in doc.Sources) batchOf?.TryAdd(source.Path, k);
            if (k == FailAtBatch) throw new IOException("disk full (test)");
            inner.Apply(batch, () =>
            {
                events.Enqueue($"added {k}");
                documentsAdded?.Invoke();
                OnAdded?.Invoke(k);
                WhileCommitting?.Invoke(k);
            });
            events.Enqueue($"done {k}");
        }

        public IReadOnlyDictionary<string, SourceState> LoadSources() => inner.LoadSources();
        public IReadOnlyList<SkippedFile> LoadSkipped() => inner.LoadSkipped();
        public IndexStatus? ReadStatus() => inner.ReadStatus();
        public void WriteStatus(IndexStatus status) => inner.WriteStatus(status);
        public void MarkCaughtUp(CancellationToken cancel = default) => inner.MarkCaughtUp(cancel);
        public string? RebuildReason => inner.RebuildReason;
        public void Dispose() => inner.Dispose();
    }
}
