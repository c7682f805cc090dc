using Lucene.Net.Index;
using Lucene.Net.Util;
using ReportSearch.Analysis;

namespace ReportSearch.Engine;

/// <summary>
/// A facet on one keyword of the report (its kind, its issuing organization), stored as a sorted doc value on each
/// of its segments. The filter holds normalized values; the counts are by the value as written, most reports first.
/// </summary>
internal sealed class KeywordFacet(string field, IReadOnlySet<string> filter) : ReportFacet
{
    private readonly IReadOnlySet<string> _filter = filter;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _selected = new(StringComparer.Ordinal); // counted values, as written, that pass the filter

    public override bool Filters => _filter.Count > 0;

    private IReadOnlyList<FacetValue>? _values;

    /// <summary>
    /// The counts, most reports first, sorted once: a facet is only read after its pass, and a cached pass
    /// (<see cref="CollectedResultCache"/>) serves every request for its query, where sorting thousands of issuing
    /// bodies again was most of a repeated common-word search's time.
    /// </summary>
    public IReadOnlyList<FacetValue> Values() =>
        _values ??= _counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Value) { Selected = _selected.Contains(kv.Key) }).ToList();

    public override Leaf ForLeaf(AtomicReader reader, LeafValues values) =>
        new KeywordLeaf(this, CoreCache.Get(reader, field, r => new Ords(r, field)));

    public override void Absorb(ReportFacet other)
    {
        var part = (KeywordFacet)other;
        foreach (var (value, count) in part._counts) _counts[value] = _counts.GetValueOrDefault(value) + count;
        _selected.UnionWith(part._selected);
    }

    /// <summary>One Lucene segment's values: each document's ord (-1: none), and each ord's value and normalized form.</summary>
    private sealed class Ords
    {
        public readonly int[] ByDoc;
        public readonly string[] Values;
        public readonly string[] Normalized;

        public Ords(AtomicReader reader, string field)
        {
            var values = reader.GetSortedDocValues(field);
            ByDoc = new int[reader.MaxDoc];
            for (int d = 0; d < ByDoc.Length; d++) ByDoc[d] = values?.GetOrd(d) ?? -1;
            Values = new string[values?.ValueCount ?? 0];
            var bytes = new BytesRef();
            for (int o = 0; o < Values.Length; o++)
            {
                values!.LookupOrd(o, bytes);
                Values[o] = bytes.Utf8ToString();
            }
            Normalized = Values.Select(TextNormalizer.NormalizeToString).ToArray();
        }
    }

    private sealed class KeywordLeaf(KeywordFacet facet, Ords ords) : Leaf
    {
        private readonly bool[]? _accepted = facet.Filters ? ords.Normalized.Select(facet._filter.Contains).ToArray() : null;
        private readonly int[] _counts = new int[ords.Values.Length];
        private int _counted = -1;

        public override bool Accepts(int doc, int report)
        {
            int ord = ords.ByDoc[doc];
            return _accepted is null || (ord >= 0 && _accepted[ord]);
        }

        public override void Count(int doc, int report)
        {
            if (report == _counted) return;
            _counted = report;
            int ord = ords.ByDoc[doc];
            if (ord >= 0) _counts[ord]++;
        }

        public override void Finish()
        {
            for (int o = 0; o < _counts.Length; o++)
            {
                if (_counts[o] == 0) continue;
                facet._counts[ords.Values[o]] = facet._counts.GetValueOrDefault(ords.Values[o]) + _counts[o];
                if (_accepted is not null && _accepted[o]) facet._selected.Add(ords.Values[o]);
            }
        }
    }
}
