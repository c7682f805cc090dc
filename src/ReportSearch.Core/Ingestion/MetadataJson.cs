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
        // Chinese as UTF-8, not \u-escaped: half the bytes (the metadata of the 50 MB real-vocabulary archive took
        // 1.82 MB escaped, 1.31 unescaped). Safe: these bytes are only ever read back by Read, never written into a
        // page or a response as they are (what is shown is escaped where it is shown). Quotes, backslashes and
        // control characters are escaped as JSON requires; a lone surrogate becomes U+FFFD as with the default encoder.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ReportMetadata metadata) => JsonSerializer.SerializeToUtf8Bytes(metadata, Options);

    public static ReportMetadata Read(byte[] stored) =>
        stored.Length == 0 ? new ReportMetadata() : JsonSerializer.Deserialize<ReportMetadata>(stored, Options) ?? new ReportMetadata();
}
