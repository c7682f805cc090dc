using System.Text.Json;

namespace ReportSearch.Ingestion;

/// <summary>
/// Where each field of a <see cref="ReportMetadata"/> came from (its evidence: header, title line, issuing body,
/// session line, self-reference …); null where the field has no value or its source did not say.
/// </summary>
public sealed record FieldOrigins
{
    public MetadataOrigin? Title { get; init; }
    public MetadataOrigin? District { get; init; }
    public MetadataOrigin? Region { get; init; }
    public MetadataOrigin? RegionPath { get; init; }
    public MetadataOrigin? Kind { get; init; }
    public MetadataOrigin? Year { get; init; }
    public MetadataOrigin? Date { get; init; }
    public MetadataOrigin? Org { get; init; }
    public MetadataOrigin? DocNumber { get; init; }
    public MetadataOrigin? Validity { get; init; }
    public MetadataOrigin? MentionedPlaces { get; init; }
    public MetadataOrigin? MentionedYears { get; init; }
    public MetadataOrigin? Category { get; init; }
    public MetadataOrigin? TextSource { get; init; }

    /// <summary>
    /// The known origins under the fields' JSON names (title, regionPath, docNumber …), as the API and the report
    /// view show them.
    /// </summary>
    public IReadOnlyDictionary<string, MetadataOrigin> ByFieldName()
    {
        (string, MetadataOrigin?)[] all =
        [
            (nameof(Title), Title), (nameof(District), District), (nameof(Region), Region), (nameof(RegionPath), RegionPath),
            (nameof(Kind), Kind), (nameof(Year), Year), (nameof(Date), Date), (nameof(Org), Org), (nameof(DocNumber), DocNumber),
            (nameof(Validity), Validity), (nameof(MentionedPlaces), MentionedPlaces), (nameof(MentionedYears), MentionedYears),
            (nameof(Category), Category), (nameof(TextSource), TextSource),
        ];
        return all.Where(f => f.Item2 is not null).ToDictionary(f => JsonNamingPolicy.CamelCase.ConvertName(f.Item1), f => f.Item2!.Value);
    }
}
