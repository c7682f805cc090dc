namespace ReportSearch.Mechanisms;

/// <summary>
/// The mechanisms one segment of a report names, with what the catalogue needs of the report: stored with the
/// segment in the index, read back when the catalogue of a snapshot is built.
/// </summary>
/// <param name="RegionPath">The segment's place (a round-up part has its own unit's); empty when unknown.</param>
public sealed record MechanismSegment(
    string ReportId,
    string? Title,
    int? Year,
    string? Date,
    IReadOnlyList<string> RegionPath,
    IReadOnlyList<MechanismMention> Mentions);
