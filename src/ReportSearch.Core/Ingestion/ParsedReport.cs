namespace ReportSearch.Ingestion;

/// <summary>What a parser makes of one report file: cleaned text in sections, plus metadata.</summary>
public sealed class ParsedReport
{
    public required ReportMetadata Metadata { get; init; }

    /// <summary>The body in reading order. Each section's text starts with its heading line, if it has one.</summary>
    public required IReadOnlyList<ReportSection> Sections { get; init; }

    /// <summary>Metadata values that were refused (invalid dates, oversized values), each with its reason.</summary>
    public IReadOnlyList<string> MetadataProblems { get; init; } = [];

    /// <summary>Why only part of the file's text was kept (<see cref="ReportParsers.MaxTextChars"/>); null when all of it was.</summary>
    public string? TrimmedBecause { get; init; }

    /// <summary>This report, noting that only part of its file's text was kept.</summary>
    public ParsedReport WithTrimmedText(IReadOnlyList<ReportSection> sections, string because) =>
        new() { Metadata = Metadata, Sections = sections, MetadataProblems = MetadataProblems, TrimmedBecause = because };
}

/// <summary>
/// A part of a report under one heading. <see cref="District"/> is set where the section belongs to a
/// different issuing unit than the report (a round-up of many districts); otherwise the report's district applies.
/// <see cref="RegionPath"/> is that unit's place (福建省, 泉州市, 晋江市, 罗山街道): from the gazetteer, or, for a unit
/// the gazetteer does not know, the round-up's own place with the unit's name below it.
/// </summary>
public sealed record ReportSection(string? Heading, string? District, string Text, IReadOnlyList<string>? RegionPath = null);
