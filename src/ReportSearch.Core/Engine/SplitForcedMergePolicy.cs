using Lucene.Net.Index;

namespace ReportSearch.Engine;

/// <summary>
/// Tiered merging, except that a forced merge down to k segments is done as k merges of about equal size that
/// run at the same time. A Lucene merge runs on one thread; merging a bulk build into one segment left one core
/// idle for a sixth of the build. Tiered merging would instead merge all but the largest segment into one, which
/// is nearly as slow as merging everything.
/// </summary>
internal sealed class SplitForcedMergePolicy : TieredMergePolicy
{
    public override MergeSpecification? FindForcedMerges(SegmentInfos infos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        if (maxSegmentCount < 2) return base.FindForcedMerges(infos, maxSegmentCount, segmentsToMerge);
        // Called again as each part's merge finishes: while one is still running, or once all are done, there is
        // nothing to add. (The caller waits for other merges before it forces one.)
        var merging = m_writer.Get().MergingSegments;
        if (merging.Any(segmentsToMerge.ContainsKey)) return null;
        var eligible = infos.Segments.Where(segmentsToMerge.ContainsKey).ToList();
        if (eligible.Count <= maxSegmentCount) return null;

        // Largest first, each to the part that is smallest so far: parts within one segment's size of each other.
        var parts = Enumerable.Range(0, maxSegmentCount).Select(_ => (Size: 0L, Segments: new List<SegmentCommitInfo>())).ToArray();
        foreach (var segment in eligible.OrderByDescending(s => s.GetSizeInBytes()))
        {
            int smallest = 0;
            for (int p = 1; p < parts.Length; p++)
                if (parts[p].Size < parts[smallest].Size) smallest = p;
            parts[smallest].Segments.Add(segment);
            parts[smallest].Size += segment.GetSizeInBytes();
        }
        var spec = new MergeSpecification();
        foreach (var part in parts)
            if (part.Segments.Count > 1)
                spec.Add(new OneMerge(part.Segments.OrderBy(eligible.IndexOf).ToList()));
        return spec.Merges.Count > 0 ? spec : null;
    }
}
