using ReportSearch.Ingestion;

namespace ReportSearch.Analysis;

/// <summary>
/// The values of 时效性 as the index, the facet, the filter and the pages know them: what ingestion states
/// (<see cref="DocumentValidity"/>), and 未知 for a report whose text says nothing, so that "unknown" is counted and
/// selectable like the others instead of silently missing from the facet.
/// </summary>
public static class ValidityText
{
    public const string InForce = DocumentValidity.InForce;
    public const string Repealed = DocumentValidity.Repealed;
    public const string Revised = DocumentValidity.Revised;
    public const string Unknown = "未知";

    /// <summary>Every value a report can have, in the order the pages offer them.</summary>
    public static readonly IReadOnlyList<string> All = [InForce, Repealed, Revised, Unknown];

    /// <summary>The value a report is filed under: its stated validity, else <see cref="Unknown"/>.</summary>
    public static string Of(string? validity) => string.IsNullOrEmpty(validity) ? Unknown : validity;

    /// <summary>The known value <paramref name="text"/> names (script and width folded), or null.</summary>
    public static string? Parse(string text)
    {
        var folded = TextNormalizer.NormalizeToString(text).Trim();
        return All.FirstOrDefault(v => TextNormalizer.NormalizeToString(v) == folded);
    }
}
