using System.Runtime.InteropServices;
using Lucene.Net.Index;

namespace ReportSearch.Engine;

/// <summary>A facet on the report's year (reports without one are not counted), newest year first.</summary>
internal sealed class YearFacet(EngineFilters filters) : ReportFacet
{
    private readonly EngineFilters _filters = filters;
    private readonly Dictionary<int, int> _counts = [];

    public override bool Filters => _filters.FiltersYears;

    private IReadOnlyList<FacetValue>? _values;

    /// <summary>The counts, newest year first, made once (see <see cref="KeywordFacet.Values"/>).</summary>
    public IReadOnlyList<FacetValue> Values() =>
        _values ??= _counts.OrderByDescending(kv => kv.Key).Select(kv => new FacetValue(kv.Key.ToString(), kv.Value)).ToList();

    public override Leaf ForLeaf(AtomicReader reader, LeafValues values) => new YearLeaf(this, values);

    private sealed class YearLeaf(YearFacet facet, LeafValues values) : Leaf
    {
        private int _counted = -1;

        public override bool Accepts(int doc, int report) => facet._filters.YearMatches(values.GroupYear[report]);

        public override void Count(int doc, int report)
        {
            if (report == _counted) return;
            _counted = report;
            int year = values.GroupYear[report];
            if (year != 0) CollectionsMarshal.GetValueRefOrAddDefault(facet._counts, year, out _)++;
        }

        public override void Finish() { } // counted straight into the facet: a few distinct years
    }
}
