using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ReportSearch.Engine;

/// <summary>
/// <see cref="IStoredPayloads"/> of one Lucene snapshot. It holds the reader without keeping it open: each read
/// takes a reference for its own duration (<see cref="IndexReader.TryIncRef"/>), so a snapshot that the index has
/// replaced and closed answers false instead of reading files that may be gone.
/// </summary>
internal sealed class SnapshotPayloads(IndexReader snapshot, string field) : IStoredPayloads
{
    public bool TryRead(IReadOnlyList<int> docs, Action<StoredPayload> each)
    {
        if (!snapshot.TryIncRef()) return false;
        try
        {
            var leaves = snapshot.Leaves;
            var values = new BinaryDocValues?[leaves.Count];
            var present = new IBits?[leaves.Count];
            var bytes = new BytesRef();
            foreach (int doc in docs)
            {
                int l = ReaderUtil.SubIndex(doc, leaves);
                var leaf = leaves[l];
                var atomic = leaf.AtomicReader;
                values[l] ??= atomic.GetBinaryDocValues(field);
                present[l] ??= atomic.GetDocsWithField(field);
                int local = doc - leaf.DocBase;
                if (values[l] is null || present[l] is null || !present[l]!.Get(local)) continue;
                // The report's id is on its first segment document (see SnapshotViews' payloads).
                var reports = LeafValues.For(atomic);
                int group = reports.Group[local];
                if (group < 0 || SegmentPayload.ReadReportId(atomic, reports.GroupStart[group]) is not { } reportId) continue;
                values[l]!.Get(local, bytes);
                each(new StoredPayload(doc, reportId, bytes.Bytes, bytes.Offset, bytes.Length));
            }
            return true;
        }
        finally { snapshot.DecRef(); }
    }
}
