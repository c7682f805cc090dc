using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ReportSearch.Engine;

/// <summary>
/// Tiered merging, except that a forced merge down to k segments is done as k merges of about equal size that
/// run at the same time. A Lucene merge runs on one thread; merging a bulk build into one segment left one core
/// idle for a sixth of the build. Tiered merging would instead merge all but the largest segment into one, which
/// is nearly as slow as merging everything.
/// Segments that hold no segment documents (the source documents LuceneIndexWriter gathers before a bulk merge) are
/// merged last into the smallest part: a report segment's postings then never step over a run of source documents.
/// Lucene packs a term's document gaps 128 at a time at the width of the largest, so one such step widens a whole
/// block; interleaved runs of source documents cost 1.8 MB of the 50 MB real-vocabulary archive's 14 MB of postings.
/// </summary>
internal sealed class SplitForcedMergePolicy : TieredMergePolicy
{
    private volatile bool _holdNaturalMerges;

    /// <summary>
    /// While set, the merges tiered merging would start on its own (after a flush) are not started: during a bulk
    /// merge, the flushed segment of gathered source documents must reach <see cref="FindForcedMerges"/> on its own,
    /// not merged in the meantime into report segments (a source document would then stand before other reports).
    /// </summary>
    public bool HoldNaturalMerges { get => _holdNaturalMerges; set => _holdNaturalMerges = value; }

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos infos) =>
        _holdNaturalMerges ? null : base.FindMerges(mergeTrigger, infos);

    public override MergeSpecification? FindForcedMerges(SegmentInfos infos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        if (maxSegmentCount < 2) return base.FindForcedMerges(infos, maxSegmentCount, segmentsToMerge);
        // Called again as each part's merge finishes: while one is still running, or once all are done, there is
        // nothing to add. (The caller waits for other merges before it forces one.)
        var writer = m_writer.Get();
        var merging = writer.MergingSegments;
        if (merging.Any(segmentsToMerge.ContainsKey)) return null;
        var eligible = infos.Segments.Where(segmentsToMerge.ContainsKey).ToList();
        var sourcesOnly = eligible.Where(HoldsNoSegments).ToList();
        var reports = eligible.Except(sourcesOnly).ToList();
        // Done at k segments or fewer, unless some still hold deleted documents (the gathered sources' old places)
        // or source documents stand in a segment of their own, to be merged behind reports.
        // (Deletions count as the writer sees them: those not yet committed are not in the segment's info.)
        bool HasDeletions(SegmentCommitInfo s) => writer.NumDeletedDocs(s) > 0;
        if (eligible.Count <= maxSegmentCount && !eligible.Any(HasDeletions) && sourcesOnly.Count == 0) return null;

        // Largest first, each to the part that is smallest so far: parts within one segment's size of each other.
        var parts = Enumerable.Range(0, maxSegmentCount).Select(_ => (Size: 0L, Segments: new List<SegmentCommitInfo>())).ToArray();
        foreach (var segment in reports.OrderByDescending(s => s.GetSizeInBytes())) Add(parts, segment, parts);
        // Behind the reports of the smallest part that has any.
        foreach (var segment in sourcesOnly) Add(parts, segment, parts.Where(p => p.Segments.Count > 0).DefaultIfEmpty(parts[0]).ToArray());
        var spec = new MergeSpecification();
        foreach (var part in parts)
            // A part of one segment is merged too when it has deletions (the source documents gathered away from it).
            if (part.Segments.Count > 1 || part.Segments.Count == 1 && HasDeletions(part.Segments[0]))
                spec.Add(new OneMerge(part.Segments.OrderBy(s => sourcesOnly.Contains(s)).ThenBy(eligible.IndexOf).ToList()));
        return spec.Merges.Count > 0 ? spec : null;
    }

    private static void Add((long Size, List<SegmentCommitInfo> Segments)[] parts, SegmentCommitInfo segment, (long Size, List<SegmentCommitInfo> Segments)[] candidates)
    {
        int smallest = 0;
        for (int p = 1; p < candidates.Length; p++)
            if (candidates[p].Size < candidates[smallest].Size) smallest = p;
        int at = Array.FindIndex(parts, p => ReferenceEquals(p.Segments, candidates[smallest].Segments));
        parts[at].Segments.Add(segment);
        parts[at].Size += segment.GetSizeInBytes();
    }

    // Every segment document has a report hash; a Lucene segment without the field holds only source documents.
    private static bool HoldsNoSegments(SegmentCommitInfo segment)
    {
        var info = segment.Info;
        var fields = info.Codec.FieldInfosFormat.FieldInfosReader.Read(info.Dir, info.Name, "", IOContext.READ_ONCE);
        return fields.FieldInfo(IndexFields.ReportHash) is null;
    }
}
