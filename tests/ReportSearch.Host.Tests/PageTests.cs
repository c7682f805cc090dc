using System.Net;
using System.Text.RegularExpressions;

namespace ReportSearch.Host.Tests;

public sealed partial class PageTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("")]
    [InlineData("reports/abc?q=x")]
    public async Task Pages_are_chinese_html_with_a_strict_csp_and_no_inline_script(string path)
    {
        using var response = await host.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"zh-CN\"", html);
        foreach (Match script in ScriptTag().Matches(html)) Assert.Contains("src=", script.Value);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
        Assert.DoesNotContain("https://", html);
    }

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
