using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ReportSearch.Engine;

namespace ReportSearch.Search;

/// <summary>
/// The one JSON form of the API contract, used by the CLI's --json and by the HTTP host: camelCase, nulls
/// written out, Chinese left readable, and &lt; &gt; &amp; ' " escaped so the JSON is safe to inline anywhere.
/// </summary>
public static class SearchJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = SearchJsonContext.Default,
        };
        options.Converters.Add(new JsonStringEnumConverter<SortOrder>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<SearchMode>(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}

[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(ReportView))]
[JsonSerializable(typeof(IndexStatistics))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<Completion>))]
[JsonSerializable(typeof(Mechanisms.MechanismListPage))]
[JsonSerializable(typeof(Mechanisms.MechanismDetail))]
[JsonSerializable(typeof(Mechanisms.MechanismRegionPage))]
[JsonSerializable(typeof(Mechanisms.MechanismRegionReports))]
[JsonSerializable(typeof(RelatedReports))]
internal sealed partial class SearchJsonContext : JsonSerializerContext;
