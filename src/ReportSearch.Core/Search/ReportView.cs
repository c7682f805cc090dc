namespace ReportSearch.Search;

/// <summary>A whole report for the report view, with every match of the query marked.</summary>
public sealed record ReportView(
    string Id,
    string? Title,
    string? District,
    string? Region,
    int? Year,
    string? Date,
    string? Org,
    string? DocNumber,
    string? Category,
    IReadOnlyList<string> Sources,
    IReadOnlyList<ReportViewSection> Sections);

/// <param name="Html">HTML-escaped section text with &lt;mark&gt; around every match of the query.</param>
public sealed record ReportViewSection(string? Heading, string? District, string Html, string Text, int MatchCount);
