using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ReportSearch.Engine;

/// <summary>
/// The engine's one pass over the matching segments, yielding everything a search response needs: the exact number
/// of matching reports, the top reports in the requested order with their best segments (<see cref="TopReports"/>),
/// and each facet's counts (<see cref="ReportFacets"/>). Like Tantivy's tuple of collectors, each part has a
/// per-segment side that the pass feeds and that merges into it when the segment ends. A report's segments are
/// adjacent documents (one block), so a report is finished when the next one starts. Reports that hold the same
/// text (one of the <paramref name="sharedTexts"/>' fingerprints) are listed once, by the copy that comes first in the
/// requested order, with the others under it; facets count every matching report.
/// </summary>
internal sealed class ReportCollector(ReportFacets facets, TopReports top, int segmentsPerHit, SharedTexts sharedTexts) : ICollector
{
    /// <summary>Results: matching reports that pass every filter, a text held by several of them counted once.</summary>
    public int Total { get; private set; }

    /// <summary>Matching reports listed under another copy of their text (not in <see cref="Total"/>).</summary>
    public int SameTextCopies { get; private set; }

    /// <summary>The facets this pass counts into.</summary>
    public ReportFacets Facets => facets;

    private TopReports Top => top;

    // Reports of a shared text seen so far, by fingerprint: the one listed and the others.
    private readonly Dictionary<long, (TopReports.Entry Listed, List<int> Others)> _sameText = [];

    // The current Lucene segment: its report structure, and each facet's part (the filtering ones also by index).
    private LeafValues _leaf = null!;
    private int _docBase;
    private bool[] _sharedText = [];
    private Scorer _scorer = null!;
    private ReportFacet.Leaf[] _facets = [];
    private int[] _filtering = [];

    // The current report: its index in the segment, and its segments that pass every filter, with the best score.
    private int _report = -1;
    private float _best;
    private readonly List<(float Score, int Doc)> _segments = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FinishLeaf();
        _leaf = LeafValues.For(context.AtomicReader);
        _docBase = context.DocBase;
        _sharedText = sharedTexts.InLeaf(context.Ord);
        _facets = facets.All.Select(f => f.ForLeaf(context.AtomicReader, _leaf)).ToArray();
        _filtering = Enumerable.Range(0, _facets.Length).Where(i => facets.All[i].Filters).ToArray();
    }

    public void Collect(int doc)
    {
        int report = _leaf.Group[doc];
        if (report < 0) return; // a source document: never matched by a text query, but by a browse of everything
        if (report != _report)
        {
            FinishReport();
            _report = report;
        }
        // One bit per facet whose filter the segment fails. It counts for every facet when it fails none, for the
        // one facet when it fails only that one's filter (multi-select), and for none when it fails two.
        int failed = 0;
        foreach (int i in _filtering)
            if (!_facets[i].Accepts(doc, report)) failed |= 1 << i;
        if (failed == 0)
        {
            foreach (var facet in _facets) facet.Count(doc, report);
            float score = _scorer.GetScore();
            if (_segments.Count == 0 || score > _best) _best = score;
            _segments.Add((score, doc));
        }
        else if ((failed & (failed - 1)) == 0)
        {
            _facets[BitOperations.TrailingZeroCount(failed)].Count(doc, report);
        }
    }

    // A report with a segment that passes every filter is a hit: counted, and kept when it ranks high enough.
    private void FinishReport()
    {
        if (_segments.Count == 0) return;
        var key = new TopReports.SortKey(_best, _leaf.GroupYear[_report], _leaf.GroupDate[_report], _leaf.GroupHash[_report]);
        if (_sharedText[_report]) SameText(_leaf.GroupFingerprint[_report], new TopReports.Entry(key, _docBase + _leaf.GroupStart[_report], BestSegments()));
        else
        {
            Total++;
            if (top.WouldKeep(key)) top.Add(new TopReports.Entry(key, _docBase + _leaf.GroupStart[_report], BestSegments()));
        }
        _segments.Clear();
    }

    private int[] BestSegments() =>
        _segments.OrderByDescending(s => s.Score).ThenBy(s => s.Doc).Take(segmentsPerHit).Select(s => _docBase + s.Doc).ToArray();

    // A copy of a shared text: it replaces the listed one when it comes first in the requested order.
    private void SameText(long fingerprint, TopReports.Entry entry)
    {
        if (!_sameText.TryGetValue(fingerprint, out var group)) _sameText[fingerprint] = (entry, []);
        else if (top.Precedes(entry.Key, group.Listed.Key))
        {
            group.Others.Add(group.Listed.FirstDoc);
            _sameText[fingerprint] = (entry, group.Others);
        }
        else group.Others.Add(entry.FirstDoc);
    }

    private void FinishLeaf()
    {
        FinishReport();
        _report = -1;
        foreach (var facet in _facets) facet.Finish();
        _facets = [];
    }

    /// <summary>
    /// Adds another collector's part of the same search (<see cref="ReportPass"/>: parts cut between reports) to this
    /// one: its results, its kept reports, its copies of shared texts (the one first in the requested order stays
    /// listed) and its facet counts. Neither may collect afterwards; this one is then finished as usual.
    /// </summary>
    public void Absorb(ReportCollector other)
    {
        FinishLeaf();
        other.FinishLeaf();
        Total += other.Total;
        top.AddAll(other.Top);
        foreach (var (fingerprint, (listed, others)) in other._sameText)
        {
            if (!_sameText.TryGetValue(fingerprint, out var mine)) _sameText[fingerprint] = (listed, others);
            else if (top.Precedes(listed.Key, mine.Listed.Key)) _sameText[fingerprint] = (listed, [.. others, mine.Listed.FirstDoc, .. mine.Others]);
            else mine.Others.AddRange([listed.FirstDoc, .. others]);
        }
        other._sameText.Clear();
        facets.Absorb(other.Facets);
    }

    /// <summary>Ends the pass (the last segment's last report) and returns the kept reports in order.</summary>
    public List<TopReports.Entry> Finish()
    {
        FinishLeaf();
        foreach (var (listed, others) in _sameText.Values)
        {
            Total++;
            SameTextCopies += others.Count;
            if (top.WouldKeep(listed.Key)) top.Add(listed with { SameText = [.. others.Order()] });
        }
        _sameText.Clear();
        return top.Sorted();
    }
}
