using ReportSearch.Engine;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// Views of stored payloads (the mechanism catalogue is one) are built once per snapshot, whoever asks and however
/// many at once: the second caller waits for the first one's build instead of building its own. The builds are
/// counted through the view itself, and the race is staged with events, not with sleeps.
/// </summary>
public sealed class PayloadViewTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    /// <summary>Counts its builds; the first build waits at <see cref="Gate"/> until the test lets it go on.</summary>
    private sealed class CountingView : PayloadView<List<int>, object>
    {
        public int Parts;
        public int Builds;
        public readonly ManualResetEventSlim Entered = new();
        public readonly ManualResetEventSlim Gate = new();

        public override string Field => "segdata"; // every segment document has one

        public override List<int> ReadPart(IEnumerable<StoredPayload> payloads)
        {
            Interlocked.Increment(ref Parts);
            return payloads.Select(p => p.Doc).ToList();
        }

        public override object Combine(IReadOnlyList<(List<int> Part, Func<int, bool>? IsLive)> parts)
        {
            Interlocked.Increment(ref Builds);
            Entered.Set();
            Gate.Wait();
            return new { Docs = parts.Sum(p => p.Part.Count) };
        }
    }

    [Fact]
    public void Two_concurrent_callers_get_the_same_view_from_one_build()
    {
        IndexTestSupport.Write(_index.IndexDir,
            IndexTestSupport.Document("a.txt", "甲", "最多跑一次改革"),
            IndexTestSupport.Document("b.txt", "乙", "一网通办"));
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        var view = new CountingView();
        object? first = null, second = null;
        var one = new Thread(() => first = reader.View(view));
        one.Start();
        view.Entered.Wait();
        var two = new Thread(() => second = reader.View(view));
        two.Start();
        // The second caller is blocked: on the first one's build (right), or in a build of its own (wrong, counted).
        var spin = new SpinWait();
        while ((two.ThreadState & ThreadState.WaitSleepJoin) == 0 && Volatile.Read(ref view.Builds) < 2) spin.SpinOnce();
        view.Gate.Set();
        one.Join();
        two.Join();

        Assert.Equal(1, view.Builds);
        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Same(first, reader.View(view));
        Assert.Equal(1, view.Builds);
    }

    [Fact]
    public void A_new_snapshot_gets_a_new_view_and_reads_only_its_new_segments()
    {
        IndexTestSupport.Write(_index.IndexDir, IndexTestSupport.Document("a.txt", "甲", "最多跑一次改革"));
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        var view = new CountingView();
        view.Gate.Set();
        var before = reader.View(view);
        int partsBefore = view.Parts;

        IndexTestSupport.Write(_index.IndexDir, IndexTestSupport.Document("b.txt", "乙", "一网通办"));
        reader.Refresh();
        var after = reader.View(view);

        Assert.NotSame(before, after);
        Assert.Equal(2, view.Builds);
        // The first commit's segment is read once and kept; only the second commit's segment is read now.
        Assert.Equal(partsBefore + 1, view.Parts);
        Assert.Equal("{ Docs = 2 }", after.ToString());
    }

    /// <summary>Fails its first build.</summary>
    private sealed class FailingOnceView : PayloadView<List<int>, object>
    {
        public int Builds;
        public override string Field => "segdata";
        public override List<int> ReadPart(IEnumerable<StoredPayload> payloads) => payloads.Select(p => p.Doc).ToList();
        public override object Combine(IReadOnlyList<(List<int> Part, Func<int, bool>? IsLive)> parts) =>
            ++Builds == 1 ? throw new IOException("a file went away") : new object();
    }

    [Fact]
    public void A_failed_build_is_not_kept_the_next_caller_builds_again()
    {
        IndexTestSupport.Write(_index.IndexDir, IndexTestSupport.Document("a.txt", "甲", "最多跑一次改革"));
        using var reader = ReportIndexes.OpenForReading(_index.IndexDir);
        var view = new FailingOnceView();
        Assert.Throws<IOException>(() => reader.View(view));
        var built = reader.View(view);
        Assert.Same(built, reader.View(view));
        Assert.Equal(2, view.Builds);
    }
}
