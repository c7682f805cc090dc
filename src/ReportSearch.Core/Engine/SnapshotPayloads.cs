using Lucene.Net.Index;
using Lucene.Net.Util;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>
/// <see cref="IStoredPayloads"/> of one Lucene snapshot. It holds the reader without keeping it open: each read
/// takes a reference for its own duration (<see cref="IndexReader.TryIncRef"/>), so a snapshot that the index has
/// replaced and closed answers false instead of reading files that may be gone.
/// </summary>
internal sealed class SnapshotPayloads(IndexReader snapshot, string field) : IStoredPayloads
{
    /// <summary>What one read opens of a Lucene segment, once for all the documents it reads there.</summary>
    private sealed class Leaf(AtomicReader reader, string field)
    {
        public readonly BinaryDocValues? Values = reader.GetBinaryDocValues(field);
        public readonly IBits? Present = reader.GetDocsWithField(field);
        public readonly LeafValues Reports = LeafValues.For(reader);
        public readonly BinaryDocValues? ReportData = reader.GetBinaryDocValues(F.ReportData);
        public readonly IBits? WithReportData = reader.GetDocsWithField(F.ReportData);
        // The last report whose id was read: a report's documents are adjacent, and are usually read one after another.
        public int Group = -1;
        public string? ReportId;
    }

    public bool TryRead(IReadOnlyList<int> docs, Action<StoredPayload> each)
    {
        if (!snapshot.TryIncRef()) return false;
        try
        {
            var leaves = snapshot.Leaves;
            var opened = new Leaf?[leaves.Count];
            var bytes = new BytesRef();
            var idBytes = new BytesRef();
            foreach (int doc in docs)
            {
                int l = ReaderUtil.SubIndex(doc, leaves);
                var leaf = opened[l] ??= new Leaf(leaves[l].AtomicReader, field);
                int local = doc - leaves[l].DocBase;
                if (leaf.Values is null || leaf.Present is null || !leaf.Present.Get(local)) continue;
                // The report's id is on its first segment document (see SnapshotViews' payloads).
                int group = leaf.Reports.Group[local];
                if (group < 0 || leaf.ReportData is null || leaf.WithReportData is null) continue;
                if (group != leaf.Group)
                {
                    leaf.Group = group;
                    leaf.ReportId = SegmentPayload.ReadReportId(leaf.ReportData, leaf.WithReportData, leaf.Reports.GroupStart[group], idBytes);
                }
                if (leaf.ReportId is null) continue;
                leaf.Values.Get(local, bytes);
                each(new StoredPayload(doc, leaf.ReportId, bytes.Bytes, bytes.Offset, bytes.Length));
            }
            return true;
        }
        finally { snapshot.DecRef(); }
    }
}
