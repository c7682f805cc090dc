using Lucene.Net.Index;

namespace ReportSearch.Engine;

/// <summary>
/// A facet: a report field that filters the results and is counted over them, one small collector of the engine's
/// pass (<see cref="ReportCollector"/>). Facets follow the multi-select convention: each counts the reports that
/// pass every filter but its own, so the place facet still offers the other districts while one is selected. An
/// instance serves one search and holds its counts; <see cref="ForLeaf"/> starts each Lucene segment, whose part
/// adds its counts to the facet's when the segment ends. After the pass a facet is only read (it may be cached).
/// </summary>
internal abstract class ReportFacet
{
    /// <summary>Whether this search filters on the facet; when not, every report passes it.</summary>
    public abstract bool Filters { get; }

    public abstract Leaf ForLeaf(AtomicReader reader, LeafValues values);

    /// <summary>Adds the counts of the same facet of another part of the same pass (<see cref="ReportPass"/>).</summary>
    public abstract void Absorb(ReportFacet other);

    /// <summary>The facet's part for one Lucene segment.</summary>
    public abstract class Leaf
    {
        /// <summary>Whether segment document <paramref name="doc"/> of report <paramref name="report"/> passes this facet's filter.</summary>
        public abstract bool Accepts(int doc, int report);

        /// <summary>
        /// A matching segment that passes every filter but perhaps this facet's own: its report counts (once, however
        /// many of its segments come). Reports come one after another, so the last report counted is all to remember.
        /// </summary>
        public abstract void Count(int doc, int report);

        /// <summary>The segment is done: its counts go into the facet's.</summary>
        public abstract void Finish();
    }
}
