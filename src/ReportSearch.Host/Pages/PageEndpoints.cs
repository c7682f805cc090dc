using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security;

namespace ReportSearch.Host.Pages;

/// <summary>
/// The HTML pages: static shells whose scripts read the state from the URL and call the API. /reports/{id}
/// serves the same report shell for every id; the script shows "not found" when the API says 404.
/// </summary>
public static class PageEndpoints
{
    private static readonly ConcurrentDictionary<string, (byte[] Body, string ETag)> Cache = new();

    public static IEndpointRouteBuilder MapReportSearchPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Page(http, "index.html")).ExcludeFromDescription();
        app.MapGet("/reports/{id}", (HttpContext http) => Page(http, "report.html")).ExcludeFromDescription();
        app.MapGet("/opensearch.xml", OpenSearch).ExcludeFromDescription();
        return app;
    }

    private static IResult Page(HttpContext http, string file)
    {
        var (body, etag) = Cache.GetOrAdd(file, Load);
        http.Response.Headers.CacheControl = "public, max-age=300";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v == etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body, "text/html; charset=utf-8");
    }

    private static (byte[], string) Load(string file)
    {
        using var stream = StaticAssets.Files.GetFileInfo(file).CreateReadStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var body = copy.ToArray();
        return (body, "\"" + Convert.ToHexString(SHA256.HashData(body), 0, 12).ToLowerInvariant() + "\"");
    }

    // OpenSearch needs absolute URLs: built from the request's own scheme and host, escaped for XML.
    private static IResult OpenSearch(HttpContext http)
    {
        var origin = SecurityElement.Escape($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}");
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
              <ShortName>政府报告检索</ShortName>
              <Description>检索政府工作报告、工作总结与计划</Description>
              <InputEncoding>UTF-8</InputEncoding>
              <Language>zh-CN</Language>
              <Url type="text/html" method="get" template="{origin}/?q={"{searchTerms}"}"/>
              <Url type="application/json" method="get" template="{origin}/api/v1/search?q={"{searchTerms}"}"/>
            </OpenSearchDescription>
            """;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(xml, "application/opensearchdescription+xml; charset=utf-8");
    }
}
