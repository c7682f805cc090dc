using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using ReportSearch.Search;

namespace ReportSearch.Host.Api;

/// <summary>
/// API bodies in exactly the contract's JSON form: serialized with the contract's options (<see cref="SearchJson.Options"/>),
/// the same bytes as `reportsearch search --json`, written straight to the response stream.
/// </summary>
public static class ApiJson
{
    public static ContractJson<T> Ok<T>(T value) => new(value, SearchJson.Options);
}

/// <summary>
/// 200 with <typeparamref name="T"/> in the contract's JSON (the contract's options, or a copy of them with the
/// host's own types added, as for the public stats). A typed result (like <c>Ok&lt;T&gt;</c>, which would
/// use the framework's JSON options instead of the contract's): a handler returning it inside <c>Results&lt;…&gt;</c>
/// states its 200 body to OpenAPI, so the document follows the code without a separate <c>Produces&lt;T&gt;</c>.
/// </summary>
public sealed class ContractJson<T>(T value, JsonSerializerOptions options) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult
{
    public T Value { get; } = value;
    object? IValueHttpResult.Value => Value;
    public int? StatusCode => StatusCodes.Status200OK;
    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Json(Value, options).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
