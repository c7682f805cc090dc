using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportSearch.Engine;

/// <summary>
/// How structured values (metadata, sections, status) are stored as JSON in the index: enums by name, so
/// that adding a value never changes what stored numbers mean.
/// </summary>
internal static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Read<T>(string? json) => string.IsNullOrEmpty(json) ? default : JsonSerializer.Deserialize<T>(json, Options);
}
