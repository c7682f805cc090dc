using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ReportSearch.Engine;

/// <summary>
/// The engine's one pass over the matching segments, yielding everything a search response needs: the exact number
/// of matching reports, the top reports in the requested order with their best segments (<see cref="TopReports"/>),
/// and each facet's counts (<see cref="ReportFacets"/>). Like Tantivy's tuple of collectors, each part has a
/// per-segment side that the pass feeds and that merges into it when the segment ends. A report's segments are
/// adjacent documents (one block), so a report is finished when the next one starts.
/// </summary>
internal sealed class ReportCollector(ReportFacets facets, TopReports top, int segmentsPerHit) : ICollector
{
    /// <summary>Matching reports that pass every filter.</summary>
    public int Total { get; private set; }

    // The current Lucene segment: its report structure, and each facet's part (the filtering ones also by index).
    private LeafValues _leaf = null!;
    private int _docBase;
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
        Total++;
        var key = new TopReports.SortKey(_best, _leaf.GroupYear[_report], _leaf.GroupDate[_report], _leaf.GroupHash[_report]);
        if (top.WouldKeep(key))
        {
            var best = _segments.OrderByDescending(s => s.Score).ThenBy(s => s.Doc).Take(segmentsPerHit)
                .Select(s => _docBase + s.Doc).ToArray();
            top.Add(new TopReports.Entry(key, _docBase + _leaf.GroupStart[_report], best));
        }
        _segments.Clear();
    }

    private void FinishLeaf()
    {
        FinishReport();
        _report = -1;
        foreach (var facet in _facets) facet.Finish();
        _facets = [];
    }

    /// <summary>Ends the pass (the last segment's last report) and returns the kept reports in order.</summary>
    public List<TopReports.Entry> Finish()
    {
        FinishLeaf();
        return top.Sorted();
    }
}
