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
    /// <summary>文号 in its standard form (国发〔2017〕35号); null when the report states none. Never the 索引号.</summary>
    [JsonPropertyOrder(-1)] public string? DocNumber { get; init; }
    /// <summary>时效性: 现行有效, 已废止, 已修订, or 未知 when the text says nothing (see Analysis.ValidityText).</summary>
    [JsonPropertyOrder(-1)] public string Validity { get; init; } = Analysis.ValidityText.Unknown;
    /// <summary>
    /// For a report without a title: its opening line (the stored text's first line, trimmed, at most
    /// <see cref="OpeningLine.MaxLength"/> characters), shown after 无标题. Null when the report has a title.
    /// </summary>
    [JsonPropertyOrder(-1)] public string? Opening { get; init; }

    /// <summary>The title as text outputs show it (feeds, CSV, the CLI): the title, else （无标题） and the opening line.
    /// The pages say the same in js/common.js (shownTitle).</summary>
    public string ShownTitle() => Title is { Length: > 0 } title ? title : Untitled + (Opening ?? "");

    public const string Untitled = "（无标题）";
}
