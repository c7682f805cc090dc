using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ReportSearch.Host.Serving;

namespace ReportSearch.Host.Http;

/// <summary>
/// ETag and Cache-Control for API GETs. An API answer depends only on the URL, the index and this build, so
/// the ETag is a hash of those three: a client or CDN revalidating with If-None-Match gets 304 without the
/// search being run again, and any change to the index changes every ETag. Errors are not cached.
/// </summary>
public sealed class ConditionalGetFilter(IndexProvider provider, IOptions<HostSettings> settings) : IEndpointFilter
{
    private static readonly string BuildId = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N");
    private readonly string _cacheControl = $"public, max-age={settings.Value.Caching.MaxAgeSeconds}";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // An operator's answer (stats with paths and errors) differs from the public one at the same URL:
        // never cached, by anyone, and never answered from a public ETag.
        if (OperatorAccess.Claims(http.Request))
        {
            http.Response.OnStarting(() => { http.Response.Headers.CacheControl = "private, no-store"; return Task.CompletedTask; });
            return await next(context);
        }
        http.Response.Headers.Append("Vary", OperatorAccess.Header);
        var etag = new EntityTagHeaderValue(Compute(provider.Version(), http.Request.Path.Value, http.Request.QueryString.Value));
        if (IsNotModified(http.Request, etag))
        {
            http.Response.Headers.ETag = etag.ToString();
            http.Response.Headers.CacheControl = _cacheControl;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                http.Response.Headers.ETag = etag.ToString();
                http.Response.Headers.CacheControl = _cacheControl;
            }
            else
            {
                http.Response.Headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return await next(context);
    }

    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0) return false;
        return EntityTagHeaderValue.TryParseList(header, out var tags) && tags.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any));
    }

    private static string Compute(string indexVersion, string? path, string? query)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{BuildId}|{indexVersion}|{path}|{query}"));
        return "\"" + Convert.ToHexString(bytes, 0, 12).ToLowerInvariant() + "\"";
    }
}
