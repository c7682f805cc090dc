namespace ReportSearch.Search;

/// <summary>A whole report for the report view: its <see cref="ReportLabel"/> fields, the rest of its metadata,
/// and its text with every match of the query marked.</summary>
/// <param name="TextSource">How the text was obtained when not read directly ("ocr"); null otherwise.</param>
/// <param name="Origins">Metadata field → where its value came from (sidecar, header, title, body, path, gazetteer…).</param>
/// <param name="MentionedPlaces">Places the text names without evidence that they are the report's own (region paths):
/// shown as mentioned, never the report's region.</param>
/// <param name="MentionedYears">Years the text names that are not the report's own year.</param>
public sealed record ReportView(
    IReadOnlyList<string> MentionedPlaces,
    IReadOnlyList<int> MentionedYears,
    string? Category,
    string? TextSource,
    IReadOnlyDictionary<string, string> Origins,
    IReadOnlyList<string> Sources,
    IReadOnlyList<ReportViewSection> Sections) : ReportLabel;

/// <param name="Html">HTML-escaped section text with &lt;mark&gt; around every match of the query.</param>
public sealed record ReportViewSection(string? Heading, string? District, string Html, string Text, int MatchCount);
