namespace ReportSearch.Query;

public enum TermField
{
    /// <summary>Anywhere in the report: title, headings or body.</summary>
    Any,
    Title,
}

/// <summary>One search term as typed, and its normalized form that must occur contiguously.</summary>
public sealed record QueryTerm(string Raw, string Normalized, TermField Field)
{
    /// <summary>Written in quotes ("…" or a “…” standing alone): always searched exactly, never read as a question.</summary>
    public bool Quoted { get; init; }
}

/// <summary>
/// A query after parsing: every group must match (AND); a group matches when any of its terms does (OR);
/// no excluded term may match. Filters written in the query (district:, year:, kind:, org:, validity:, docNumber:) are lifted out.
/// No groups at all: every report the filters select.
/// </summary>
public sealed record ParsedQuery(
    IReadOnlyList<IReadOnlyList<QueryTerm>> Groups,
    IReadOnlyList<QueryTerm> Excluded,
    IReadOnlyList<string> Districts,
    IReadOnlyList<int> Years,
    int? FromYear,
    int? ToYear)
{
    /// <summary>Document kinds (kind:), normalized.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
    /// <summary>Issuing bodies (org:), normalized.</summary>
    public IReadOnlyList<string> Orgs { get; init; } = [];
    /// <summary>时效性 values (validity:), as <see cref="Analysis.ValidityText"/> spells them.</summary>
    public IReadOnlyList<string> Validities { get; init; } = [];
    /// <summary>Document number keys (docNumber:), folded by <see cref="Analysis.DocNumberText.Key"/>.</summary>
    public IReadOnlyList<string> DocNumbers { get; init; } = [];

    /// <summary>Terms whose matches are highlighted: every term that is not excluded.</summary>
    public IEnumerable<QueryTerm> PositiveTerms => Groups.SelectMany(g => g);
}
