using System.Net;
using System.Text.RegularExpressions;

namespace ReportSearch.Host.Tests;

public sealed partial class PageTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("", HttpStatusCode.OK)]
    [InlineData("embed", HttpStatusCode.OK)]
    [InlineData("reports/abc?q=x", HttpStatusCode.NotFound)]
    [InlineData("no/such/page", HttpStatusCode.NotFound)]
    [InlineData("missing.png", HttpStatusCode.NotFound)]
    public async Task Pages_are_chinese_html_with_a_strict_csp_and_no_inline_script(string path, HttpStatusCode status)
    {
        using var response = await host.Client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"zh-CN\"", html);
        foreach (Match script in ScriptTag().Matches(html)) Assert.Contains("src=", script.Value);
        // Nothing loaded or linked from elsewhere; examples shown as code (the embed page's origin) are text.
        var outsideCode = CodeElement().Replace(html, "");
        Assert.DoesNotContain("http://", outsideCode.Replace("http://www.w3.org", ""));
        Assert.DoesNotContain("https://", outsideCode);
    }

    [Fact]
    public async Task The_embed_pages_example_origin_is_a_valid_http_origin()
    {
        var html = await host.Client.GetStringAsync("embed");
        var paragraph = Assert.Single(html.Split("</p>"), p => p.Contains("Cors:AllowedOrigins"));
        var example = Assert.Single(CodeElement().Matches(paragraph[paragraph.IndexOf("例如", StringComparison.Ordinal)..]).Take(1)).Groups[1].Value;
        Assert.True(Uri.TryCreate(example, UriKind.Absolute, out var origin), example);
        Assert.Equal("http", origin!.Scheme);
        Assert.Equal(example, origin.GetLeftPart(UriPartial.Authority)); // an origin: no path, query or slash
    }

    [GeneratedRegex("<code>(.*?)</code>")]
    private static partial Regex CodeElement();

    [Theory]
    [InlineData("js/search.js", "text/javascript")]
    [InlineData("js/report.js", "text/javascript")]
    [InlineData("css/site.css", "text/css")]
    [InlineData("widget.js", "text/javascript")]
    public async Task Static_assets_are_served_by_the_host(string path, string mediaType)
    {
        using var response = await host.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task The_widget_is_served_composed_with_the_pages_guard_and_the_servers_limits()
    {
        var widget = await host.Client.GetStringAsync("widget.js");
        var guard = await host.Client.GetStringAsync("js/marked-html.js");
        var limits = await host.Client.GetStringAsync("js/limits.js");
        // The page's module, word for word but for "export", and the limits the API enforces.
        Assert.Contains(guard.Replace("export ", ""), widget);
        Assert.Contains($"const MAX_QUERY_CHARS = {ReportSearch.Query.QueryParser.MaxLength};", widget);
        Assert.Contains($"export const MAX_PAGE_SIZE = {ReportSearch.Search.SearchRequest.MaxSize};", limits);
        Assert.Contains($"export const MAX_FACET_SIZE = {ReportSearch.Search.SearchRequest.MaxFacetSize};", limits);
        Assert.DoesNotContain("@shared-modules", widget);
        Assert.DoesNotMatch(@"(?m)^\s*(import|export)\s", widget);
        Assert.Single(Regex.Matches(widget, @"function setMarkedHtml\("));
    }

    [Fact]
    public async Task A_known_report_page_is_200_and_an_unknown_one_is_the_chinese_404_page()
    {
        var id = (await Api.Search(host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&size=1")).Hits[0].Id;
        using var known = await host.Client.GetAsync($"reports/{Uri.EscapeDataString(id)}");
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Contains("/js/report.js", await known.Content.ReadAsStringAsync());

        using var unknown = await host.Client.GetAsync($"reports/{Uri.EscapeDataString(id)}x");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("text/html", unknown.Content.Headers.ContentType!.MediaType);
        var html = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("未找到", html);
        Assert.Contains("<h1>", html);
        Assert.True(unknown.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Unknown_api_paths_stay_problem_json()
    {
        using var response = await host.Client.GetAsync("api/v2/search");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Opensearch_description_points_at_this_host()
    {
        var xml = await host.Client.GetStringAsync("opensearch.xml");
        Assert.Contains("<OpenSearchDescription", xml);
        Assert.Contains(host.Server.BaseAddress.Authority, xml);
        Assert.Contains("{searchTerms}", xml);
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
