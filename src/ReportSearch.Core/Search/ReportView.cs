namespace ReportSearch.Search;

/// <summary>A whole report for the report view, with every match of the query marked.</summary>
/// <param name="Region">The place from the widest unit down, or null.</param>
/// <param name="TextSource">How the text was obtained when not read directly ("ocr"); null otherwise.</param>
/// <param name="Origins">Metadata field → where its value came from (sidecar, header, title, body, path, gazetteer…).</param>
public sealed record ReportView(
    string Id,
    string? Title,
    string? District,
    IReadOnlyList<string>? Region,
    int? Year,
    string? Date,
    string? Org,
    string? DocNumber,
    string? Kind,
    string? Category,
    string? TextSource,
    IReadOnlyDictionary<string, string> Origins,
    IReadOnlyList<string> Sources,
    IReadOnlyList<ReportViewSection> Sections);

/// <param name="Html">HTML-escaped section text with &lt;mark&gt; around every match of the query.</param>
public sealed record ReportViewSection(string? Heading, string? District, string Html, string Text, int MatchCount);
