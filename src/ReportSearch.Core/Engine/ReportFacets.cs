namespace ReportSearch.Engine;

/// <summary>
/// The facets of one search, each its own collector (a file per facet): the pass runs them all, and
/// <see cref="LuceneIndexReader"/> reads each one's values into the result. A new facet is a <see cref="ReportFacet"/>
/// listed here, with its filter in <see cref="EngineFilters"/> and its values in <see cref="EngineResult"/>.
/// </summary>
internal sealed class ReportFacets
{
    public PlaceFacet Places { get; }
    public YearFacet Years { get; }
    public KeywordFacet Kinds { get; }
    public KeywordFacet Orgs { get; }
    public KeywordFacet Validities { get; }
    /// <summary>
    /// A filter only: its counts are never read, so it joins the pass only when a 文号 is asked for (otherwise every
    /// search would read the segment's 文号 values and count them for nothing).
    /// </summary>
    public KeywordFacet? DocNumbers { get; }

    /// <summary>All of them, for the pass (at most 32: the pass keeps one bit per facet).</summary>
    public IReadOnlyList<ReportFacet> All { get; }

    public ReportFacets(EngineFilters filters)
    {
        Places = new PlaceFacet(filters.Places);
        Years = new YearFacet(filters);
        Kinds = new KeywordFacet(IndexFields.Kind, filters.Kinds);
        Orgs = new KeywordFacet(IndexFields.Org, filters.Orgs);
        Validities = new KeywordFacet(IndexFields.Validity, filters.Validities);
        DocNumbers = filters.DocNumbers.Count > 0 ? new KeywordFacet(IndexFields.DocNumber, filters.DocNumbers) : null;
        All = DocNumbers is null ? [Places, Years, Kinds, Orgs, Validities] : [Places, Years, Kinds, Orgs, Validities, DocNumbers];
    }

    /// <summary>Adds the counts of another part of the same pass, facet by facet (both were made for the same filters).</summary>
    public void Absorb(ReportFacets other)
    {
        for (int i = 0; i < All.Count; i++) All[i].Absorb(other.All[i]);
    }
}
