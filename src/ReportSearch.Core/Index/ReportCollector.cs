using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ReportSearch.Index;

/// <summary>
/// One pass over the matching segments that yields everything a search response needs: the exact number of
/// matching reports, the top reports in the requested order with their best segments, and the facet counts.
/// A report's segments are adjacent documents (one block), so a report is finished when the next group
/// starts. Facets follow the multi-select convention: each counts the reports that pass every filter but its
/// own, so the place facet still offers the other districts while one is selected.
/// </summary>
internal sealed class ReportCollector : ICollector
{
    private readonly EngineFilters _filters;
    private readonly int _segmentsPerHit;
    private readonly TopReports _top;
    private readonly bool _scores;

    // Facet counts by value, merged over leaves.
    public Dictionary<string, int> PlaceCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<int, int> YearCounts { get; } = [];
    public Dictionary<string, int> KindCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> OrgCounts { get; } = new(StringComparer.Ordinal);
    public int Total { get; private set; }

    // The current leaf.
    private LeafValues _leaf = null!;
    private int _docBase;
    private Scorer? _scorer;
    private bool[]? _placeAccepted;
    private bool[]? _kindAccepted;
    private bool[]? _orgAccepted;
    private int[] _placeLeafCounts = [];
    private int[] _placeStamp = [];
    private int[] _kindLeafCounts = [];
    private int[] _orgLeafCounts = [];

    // The current report (group) in this leaf.
    private int _group = -1;
    private bool _yearOk, _kindOk, _orgOk;
    private bool _passes, _yearFacet, _kindFacet, _orgFacet;
    private float _best;
    private readonly List<(float Score, int Doc)> _segments = [];

    public ReportCollector(EngineFilters filters, ReportOrder order, int keep, int segmentsPerHit, bool scores)
    {
        _filters = filters;
        _segmentsPerHit = segmentsPerHit;
        _scores = scores;
        _top = new TopReports(order, keep);
    }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FinishLeaf();
        _leaf = LeafValues.For(context.AtomicReader);
        _docBase = context.DocBase;
        _group = -1;
        _placeAccepted = _filters.Places.Count == 0 ? null : _leaf.RegionName.Select(n => _filters.Places.Contains(n)).ToArray();
        _kindAccepted = _filters.Kinds.Count == 0 ? null : _leaf.KindsNormalized.Select(k => _filters.Kinds.Contains(k)).ToArray();
        _orgAccepted = _filters.Orgs.Count == 0 ? null : _leaf.OrgsNormalized.Select(o => _filters.Orgs.Contains(o)).ToArray();
        _placeLeafCounts = new int[_leaf.RegionPath.Length];
        _placeStamp = new int[_leaf.RegionPath.Length];
        Array.Fill(_placeStamp, -1);
        _kindLeafCounts = new int[_leaf.Kinds.Length];
        _orgLeafCounts = new int[_leaf.Orgs.Length];
    }

    public void Collect(int doc)
    {
        int group = _leaf.Group[doc];
        if (group < 0) return; // a source document: never matched by a text query, but by a browse of everything
        if (group != _group)
        {
            FinishGroup();
            StartGroup(group);
        }
        bool placeOk = PlaceOk(doc);
        if (_yearOk && _kindOk && _orgOk) CountPlaces(doc);
        if (placeOk && _kindOk && _orgOk) _yearFacet = true;
        if (placeOk && _yearOk && _orgOk) _kindFacet = true;
        if (placeOk && _yearOk && _kindOk) _orgFacet = true;
        if (!(placeOk && _yearOk && _kindOk && _orgOk)) return;
        float score = _scores ? _scorer!.GetScore() : 1f;
        if (!_passes || score > _best) _best = score;
        _passes = true;
        _segments.Add((score, doc));
    }

    private void StartGroup(int group)
    {
        _group = group;
        _yearOk = _filters.YearMatches(_leaf.GroupYear[group]);
        int kind = _leaf.GroupKind[group], org = _leaf.GroupOrg[group];
        _kindOk = _kindAccepted is null || (kind >= 0 && _kindAccepted[kind]);
        _orgOk = _orgAccepted is null || (org >= 0 && _orgAccepted[org]);
        _passes = _yearFacet = _kindFacet = _orgFacet = false;
        _segments.Clear();
    }

    private bool PlaceOk(int doc)
    {
        if (_placeAccepted is null) return true;
        for (int i = _leaf.RegionStart[doc]; i < _leaf.RegionStart[doc + 1]; i++)
            if (_placeAccepted[_leaf.RegionOrds[i]]) return true;
        return false;
    }

    // Each place a report's matching segments lie in counts once for the report.
    private void CountPlaces(int doc)
    {
        for (int i = _leaf.RegionStart[doc]; i < _leaf.RegionStart[doc + 1]; i++)
        {
            int ord = _leaf.RegionOrds[i];
            if (_placeStamp[ord] == _group) continue;
            _placeStamp[ord] = _group;
            _placeLeafCounts[ord]++;
        }
    }

    private void FinishGroup()
    {
        if (_group < 0) return;
        int year = _leaf.GroupYear[_group];
        if (_yearFacet && year != 0)
        {
            ref int count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(YearCounts, year, out _);
            count++;
        }
        if (_kindFacet && _leaf.GroupKind[_group] >= 0) _kindLeafCounts[_leaf.GroupKind[_group]]++;
        if (_orgFacet && _leaf.GroupOrg[_group] >= 0) _orgLeafCounts[_leaf.GroupOrg[_group]]++;
        if (!_passes) return;
        Total++;
        var key = new TopReports.SortKey(_best, year, _leaf.GroupDate[_group], _leaf.GroupHash[_group]);
        if (_top.WouldKeep(key))
        {
            var best = _segments.OrderByDescending(s => s.Score).ThenBy(s => s.Doc).Take(_segmentsPerHit)
                .Select(s => _docBase + s.Doc).ToArray();
            _top.Add(new TopReports.Entry(key, _docBase + _leaf.GroupStart[_group], best));
        }
    }

    private void FinishLeaf()
    {
        if (_leaf is null) return;
        FinishGroup();
        _group = -1;
        for (int o = 0; o < _placeLeafCounts.Length; o++)
            if (_placeLeafCounts[o] > 0) PlaceCounts[_leaf.RegionPath[o]] = PlaceCounts.GetValueOrDefault(_leaf.RegionPath[o]) + _placeLeafCounts[o];
        for (int o = 0; o < _kindLeafCounts.Length; o++)
            if (_kindLeafCounts[o] > 0) KindCounts[_leaf.Kinds[o]] = KindCounts.GetValueOrDefault(_leaf.Kinds[o]) + _kindLeafCounts[o];
        for (int o = 0; o < _orgLeafCounts.Length; o++)
            if (_orgLeafCounts[o] > 0) OrgCounts[_leaf.Orgs[o]] = OrgCounts.GetValueOrDefault(_leaf.Orgs[o]) + _orgLeafCounts[o];
    }

    /// <summary>Ends the pass (the last leaf's last report) and returns the kept reports in order.</summary>
    public List<TopReports.Entry> Finish()
    {
        FinishLeaf();
        _leaf = null!;
        return _top.Sorted();
    }
}
