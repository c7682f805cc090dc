using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ReportSearch.Engine;

/// <summary>
/// Where <see cref="PayloadView{TPart, TView}"/>s are kept: parts by segment core (<see cref="CoreCache"/>), views by snapshot. Each is built
/// by exactly one caller; concurrent callers wait for that build (<see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>)
/// instead of starting their own, because a large archive's catalogue takes seconds and hundreds of MB to build.
/// </summary>
internal static class SnapshotViews
{
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<object, Build>> BySnapshot = new();

    /// <summary>One view of one snapshot: built once, and started in the background at most once.</summary>
    private sealed class Build(Func<object> build)
    {
        public readonly Lazy<object> Value = new(build, LazyThreadSafetyMode.ExecutionAndPublication);
        private int _started;
        public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;
    }

    private static ConcurrentDictionary<object, Build> BuildsOf(IndexReader snapshot) =>
        BySnapshot.GetValue(snapshot, static _ => new ConcurrentDictionary<object, Build>());

    private static Build BuildOf<TPart, TView>(IndexReader snapshot, PayloadView<TPart, TView> view)
        where TPart : class where TView : class =>
        BuildsOf(snapshot).GetOrAdd(view, _ => new Build(() => Combine(snapshot, view)));

    /// <summary>The view of <paramref name="snapshot"/>, built now by this caller or by the one already building it.</summary>
    public static TView Get<TPart, TView>(IndexReader snapshot, PayloadView<TPart, TView> view)
        where TPart : class where TView : class
    {
        var build = BuildOf(snapshot, view);
        try { return (TView)build.Value.Value; }
        catch
        {
            // A Lazy keeps its exception: forget this build, so that a later caller of the snapshot tries again.
            BuildsOf(snapshot).TryRemove(KeyValuePair.Create((object)view, build));
            throw;
        }
    }

    public static bool IsBuilt<TPart, TView>(IndexReader snapshot, PayloadView<TPart, TView> view)
        where TPart : class where TView : class => BuildOf(snapshot, view).Value.IsValueCreated;

    /// <summary>True for the first caller only, per snapshot and view: that caller starts the build.</summary>
    public static bool TryStartBuilding<TPart, TView>(IndexReader snapshot, PayloadView<TPart, TView> view)
        where TPart : class where TView : class => BuildOf(snapshot, view).TryStart();

    private static TView Combine<TPart, TView>(IndexReader snapshot, PayloadView<TPart, TView> view)
        where TPart : class where TView : class
    {
        var parts = snapshot.Leaves.Select(leaf =>
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var part = CoreCache.Get(atomic, view, a => view.ReadPart(Payloads(a, view.Field), SegmentFile.For(a, view.Field)));
            return new PayloadPart<TPart>(part, live is null ? null : live.Get, () => Payloads(atomic, view.Field), leaf.DocBase);
        }).ToList();
        return view.Combine(parts, new SnapshotPayloads(snapshot, view.Field));
    }

    // The payloads of one Lucene segment, each with its report's id (read from the report's first segment, once
    // per report). The bytes of one are valid until the next is read: a view decodes each as it comes, so that
    // reading a segment holds one payload at a time.
    private static IEnumerable<StoredPayload> Payloads(AtomicReader atomic, string field)
    {
        var values = atomic.GetBinaryDocValues(field);
        var present = atomic.GetDocsWithField(field);
        if (values is null || present is null) yield break;
        var reports = LeafValues.For(atomic);
        int lastGroup = -1;
        string? reportId = null;
        var bytes = new BytesRef();
        for (int doc = 0; doc < atomic.MaxDoc; doc++)
        {
            if (!present.Get(doc)) continue;
            int group = reports.Group[doc];
            if (group < 0) continue; // only segment documents carry payloads
            if (group != lastGroup)
            {
                lastGroup = group;
                reportId = SegmentPayload.ReadReportId(atomic, reports.GroupStart[group]);
            }
            if (reportId is null) continue;
            values.Get(doc, bytes);
            yield return new StoredPayload(doc, reportId, bytes.Bytes, bytes.Offset, bytes.Length);
        }
    }
}
