using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security;
using System.Text;
using ReportSearch.Host.Http;
using ReportSearch.Host.Serving;
using Microsoft.AspNetCore.Routing;
using ReportSearch.Engine;
using ReportSearch.Mechanisms;

namespace ReportSearch.Host.Pages;

/// <summary>
/// The HTML pages: static shells whose scripts read the state from the URL and call the API. /reports/{id}
/// serves the report shell for a known id and the Chinese 404 page (status 404) for an unknown one; any other
/// unknown page is that 404 page too, while unknown API paths stay problem+json.
/// </summary>
public static class PageEndpoints
{
    private static readonly ConcurrentDictionary<string, (byte[] Body, string ETag)> Cache = new();

    public static IEndpointRouteBuilder MapReportSearchPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Page(http, "index.html")).ExcludeFromDescription();
        app.MapGet("/reports/{id}", ReportPage).ExcludeFromDescription();
        app.MapGet("/embed", (HttpContext http) => Page(http, "embed.html")).ExcludeFromDescription();
        app.MapGet("/mechanisms", (HttpContext http) => Page(http, "mechanisms.html")).ExcludeFromDescription();
        app.MapGet("/mechanisms/{name}", MechanismPage).ExcludeFromDescription();
        app.MapGet("/opensearch.xml", OpenSearch).ExcludeFromDescription();
        // Composed now, at start: a widget source that cannot be composed stops the host instead of a visitor's page.
        Compose("widget.js", WidgetScript.Compose);
        Compose("js/limits.js", WidgetScript.LimitsModule);
        app.MapMethods("/widget.js", ["GET", "HEAD"], (HttpContext http) => Cached(http, "widget.js", ScriptType)).ExcludeFromDescription();
        app.MapMethods("/js/limits.js", ["GET", "HEAD"], (HttpContext http) => Cached(http, "js/limits.js", ScriptType)).ExcludeFromDescription();
        app.MapFallback("{**path}", NotFound).WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).ExcludeFromDescription();
        return app;
    }

    private static IResult ReportPage(HttpContext http, IndexProvider provider, string id)
    {
        try
        {
            if (id.Length > RequestLimits.MaxReportIdChars || provider.Index.LoadReport(id) is null) return NotFoundPage(http);
        }
        catch (IndexNotFoundException)
        {
            // No index yet: serve the shell, whose script shows the API's "not ready" message and can be reloaded.
        }
        return Page(http, "report.html");
    }

    // Like a report: the page shell for a mechanism the catalogue lists, the Chinese 404 page for any other name.
    private static IResult MechanismPage(HttpContext http, IndexProvider provider, string name)
    {
        try
        {
            if (name.Length > RequestLimits.MaxMechanismNameChars || provider.Index.Mechanisms().Find(name) is null) return NotFoundPage(http);
        }
        catch (IndexNotFoundException)
        {
            // No index yet: the shell's script shows the API's "not ready" message.
        }
        return Page(http, "mechanism.html");
    }

    private static IResult NotFound(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") ? ApiProblems.NotFound() : NotFoundPage(http);

    private static IResult NotFoundPage(HttpContext http)
    {
        var (body, _) = Cache.GetOrAdd("404.html", Load);
        http.Response.Headers.CacheControl = "no-store";
        return new StatusPage(Results.Bytes(body, "text/html; charset=utf-8"));
    }

    /// <summary>An HTML body with status 404 (Results.Bytes alone would answer 200).</summary>
    private sealed class StatusPage(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return inner.ExecuteAsync(http);
        }
    }

    private static IResult Page(HttpContext http, string file) => Cached(http, file, "text/html; charset=utf-8");

    private const string ScriptType = "text/javascript; charset=utf-8";

    // Scripts the host composes: written once per process, then served like the pages.
    private static void Compose(string name, Func<string> compose) => Cache[name] = WithETag(Encoding.UTF8.GetBytes(compose()));

    private static IResult Cached(HttpContext http, string name, string contentType)
    {
        var (body, etag) = Cache.GetOrAdd(name, Load);
        http.Response.Headers.CacheControl = "public, max-age=300";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v == etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body, contentType);
    }

    private static (byte[], string) Load(string file)
    {
        using var stream = StaticAssets.Files.GetFileInfo(file).CreateReadStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return WithETag(copy.ToArray());
    }

    private static (byte[], string) WithETag(byte[] body) =>
        (body, "\"" + Convert.ToHexString(SHA256.HashData(body), 0, 12).ToLowerInvariant() + "\"");

    // OpenSearch needs absolute URLs: from the configured public base URL (never the Host header), escaped for XML.
    private static IResult OpenSearch(HttpContext http, PublicUrls urls)
    {
        var origin = SecurityElement.Escape(urls.BaseUrl);
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
        http.Response.Headers.CacheControl = urls.CacheControl(3600);
        return Results.Text(xml, "application/opensearchdescription+xml; charset=utf-8");
    }
}
