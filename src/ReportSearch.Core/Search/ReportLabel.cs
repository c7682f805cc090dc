using System.Text.Json.Serialization;

namespace ReportSearch.Search;

/// <summary>
/// What identifies a report wherever the contract shows one, in a hit and in the report view alike: declared
/// once here, filled once from the stored metadata (SearchService.Labelled). Part of the JSON contract: the fields
/// stand first and flat in both objects (the order, not a nesting, is what <see cref="JsonPropertyOrderAttribute"/> sets).
/// </summary>
public abstract record ReportLabel
{
    [JsonPropertyOrder(-1)] public string Id { get; init; } = "";
    [JsonPropertyOrder(-1)] public string? Title { get; init; }
    /// <summary>The report's own issuing unit: the same label whatever part of a round-up matched.</summary>
    [JsonPropertyOrder(-1)] public string? District { get; init; }
    /// <summary>The place from the widest unit down (福建省 … 西园街道), or 全国; null when unknown.</summary>
    [JsonPropertyOrder(-1)] public IReadOnlyList<string>? Region { get; init; }
    [JsonPropertyOrder(-1)] public int? Year { get; init; }
    [JsonPropertyOrder(-1)] public string? Date { get; init; }
    [JsonPropertyOrder(-1)] public string? Org { get; init; }
    [JsonPropertyOrder(-1)] public string? Kind { get; init; }
}
