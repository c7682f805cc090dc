using Lucene.Net.Index;
using ReportSearch.Analysis;

namespace ReportSearch.Engine;

/// <summary>
/// The place facet: a segment's places are every level of its region path (福建省, 福建省›泉州市, …), and a filtered
/// place keeps the segments that lie anywhere under it. Places are per segment, not per report: a round-up counts
/// for each unit whose part matched, once per report.
/// </summary>
internal sealed class PlaceFacet(IReadOnlySet<string> filteredPlaces) : ReportFacet
{
    private readonly IReadOnlySet<string> _filtered = filteredPlaces;
    private readonly Dictionary<string, int> _countsByPath = new(StringComparer.Ordinal);

    public override bool Filters => _filtered.Count > 0;

    // A reference, so that requests sharing a cached pass read it whole while one of them sets it.
    private Tuple<List<FacetValue>, int>? _values;

    /// <summary>The values at the level <see cref="Choose"/> picks, and that level; chosen once (see <see cref="KeywordFacet.Values"/>).</summary>
    public (IReadOnlyList<FacetValue> Values, int Level) Values()
    {
        var chosen = _values ??= Choose(_countsByPath, _filtered).ToTuple();
        return (chosen.Item1, chosen.Item2);
    }

    public override Leaf ForLeaf(AtomicReader reader, LeafValues values) => new PlaceLeaf(this, values);

    public override void Absorb(ReportFacet other)
    {
        foreach (var (path, count) in ((PlaceFacet)other)._countsByPath) _countsByPath[path] = _countsByPath.GetValueOrDefault(path) + count;
    }

    private sealed class PlaceLeaf : Leaf
    {
        private readonly PlaceFacet _facet;
        private readonly LeafValues _values;
        private readonly bool[]? _accepted;
        private readonly int[] _counts;
        private readonly int[] _countedFor; // per region ord: the last report counted there

        public PlaceLeaf(PlaceFacet facet, LeafValues values)
        {
            _facet = facet;
            _values = values;
            _accepted = facet.Filters ? values.RegionName.Select(facet._filtered.Contains).ToArray() : null;
            _counts = new int[values.RegionPath.Length];
            _countedFor = new int[values.RegionPath.Length];
            Array.Fill(_countedFor, -1);
        }

        public override bool Accepts(int doc, int report)
        {
            if (_accepted is null) return true;
            for (int i = _values.RegionStart[doc]; i < _values.RegionStart[doc + 1]; i++)
                if (_accepted[_values.RegionOrds[i]]) return true;
            return false;
        }

        public override void Count(int doc, int report)
        {
            for (int i = _values.RegionStart[doc]; i < _values.RegionStart[doc + 1]; i++)
            {
                int ord = _values.RegionOrds[i];
                if (_countedFor[ord] == report) continue;
                _countedFor[ord] = report;
                _counts[ord]++;
            }
        }

        public override void Finish()
        {
            for (int o = 0; o < _counts.Length; o++)
                if (_counts[o] > 0) _facet._countsByPath[_values.RegionPath[o]] = _facet._countsByPath.GetValueOrDefault(_values.RegionPath[o]) + _counts[o];
        }
    }

    /// <summary>
    /// Chooses the level of the region hierarchy the place facet shows (省 → 市 → 区县 → 街镇): below the places
    /// filtered on (drill-down), else the widest level that tells the results apart — a result set all in one
    /// province shows its cities. A filtered place without places below it (a street) shows its level, siblings
    /// included, so that another one can be added to the selection (multi-select).
    /// </summary>
    public static (List<FacetValue> Values, int Level) Choose(Dictionary<string, int> countsByPath, IReadOnlySet<string> filteredPlaces)
    {
        if (countsByPath.Count == 0) return ([], 1);
        var byDepth = countsByPath.GroupBy(kv => Depth(kv.Key)).ToDictionary(g => g.Key, g => g.ToList());
        int level = 1;
        if (filteredPlaces.Count > 0)
        {
            var selected = countsByPath.Keys.Where(p => filteredPlaces.Contains(TextNormalizer.NormalizeToString(Last(p)))).ToList();
            if (selected.Count > 0)
            {
                level = selected.Max(Depth);
                var parents = selected.Where(p => Depth(p) == level).ToHashSet(StringComparer.Ordinal);
                if (byDepth.TryGetValue(level + 1, out var below) && below.Any(kv => parents.Contains(Parent(kv.Key))))
                    return (Listed(below.Where(kv => parents.Contains(Parent(kv.Key))), filteredPlaces), level + 1);
                return (Listed(byDepth[level], filteredPlaces), level);
            }
        }
        while (byDepth.TryGetValue(level, out var here) && here.Count == 1 && byDepth.ContainsKey(level + 1)) level++;
        return (Listed(byDepth.GetValueOrDefault(level) ?? [], filteredPlaces), level);
    }

    // Places of the same name under different parents (西园街道 in several cities) show as one value: the
    // filter by name selects all of them, and marks it selected (normalized, as the leaves match it).
    private static List<FacetValue> Listed(IEnumerable<KeyValuePair<string, int>> counts, IReadOnlySet<string> filteredPlaces) =>
        counts.GroupBy(kv => Last(kv.Key))
            .Select(g => new FacetValue(g.Key, g.Sum(kv => kv.Value)) { Selected = filteredPlaces.Count > 0 && filteredPlaces.Contains(TextNormalizer.NormalizeToString(g.Key)) })
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();

    private static int Depth(string path) => path.Count(c => c == IndexFields.PathSeparator) + 1;

    private static string Last(string path) => path[(path.LastIndexOf(IndexFields.PathSeparator) + 1)..];

    private static string Parent(string path)
    {
        int cut = path.LastIndexOf(IndexFields.PathSeparator);
        return cut < 0 ? "" : path[..cut];
    }
}
