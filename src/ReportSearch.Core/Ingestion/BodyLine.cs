namespace ReportSearch.Ingestion;

/// <summary>
/// One line of a report body as a parser hands it to <see cref="ReportAssembler"/>: already trimmed;
/// <see cref="IsHeading"/> when the format itself marks a heading (HTML h1–h4, a Word heading style, markdown #);
/// <see cref="AboveMetadata"/> when a publication date or source line (moved out of the body) came right after it,
/// as under a news headline.
/// </summary>
public readonly record struct BodyLine(string Text, bool IsHeading = false, bool AboveMetadata = false);
