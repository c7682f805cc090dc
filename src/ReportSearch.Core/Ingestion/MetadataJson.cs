using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportSearch.Ingestion;

/// <summary>
/// How a report's metadata is kept in the index: JSON bytes the engine stores and gives back without reading them,
/// enums by name (adding a value never changes what stored ones mean) and absent values left out. A new metadata
/// field is simply one more property here; an index written before it reads back without it until it is rebuilt.
/// </summary>
public static class MetadataJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Write(ReportMetadata metadata) => JsonSerializer.SerializeToUtf8Bytes(metadata, Options);

    public static ReportMetadata Read(byte[] stored) =>
        stored.Length == 0 ? new ReportMetadata() : JsonSerializer.Deserialize<ReportMetadata>(stored, Options) ?? new ReportMetadata();
}
