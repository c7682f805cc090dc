using ReportSearch.Search;

namespace ReportSearch.Host.Api;

/// <summary>
/// API bodies in exactly the contract's JSON form: serialized with the contract's options (<see cref="SearchJson.Options"/>),
/// the same bytes as `reportsearch search --json`, written straight to the response stream.
/// </summary>
public static class ApiJson
{
    public static IResult Ok<T>(T value) => TypedResults.Json(value, SearchJson.Options);
}
