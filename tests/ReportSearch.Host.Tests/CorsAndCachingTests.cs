using System.Net;
using System.Net.Http.Headers;

namespace ReportSearch.Host.Tests;

public sealed class CorsAndCachingTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string SearchUrl = "api/v1/search?q=%E5%85%AD%E4%B8%AA%E4%B8%80";

    [Fact]
    public async Task Allowed_origin_gets_the_cors_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SearchUrl);
        request.Headers.Add("Origin", HostFixture.AllowedOrigin);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HostFixture.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Other_origin_gets_no_cors_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SearchUrl);
        request.Headers.Add("Origin", "http://refused.example");
        using var response = await host.Client.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_from_the_allowed_origin_allows_get_only()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, SearchUrl);
        request.Headers.Add("Origin", HostFixture.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HostFixture.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("GET", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    [Fact]
    public async Task Responses_carry_etag_and_cache_control_and_revalidate_with_304()
    {
        using var first = await host.Client.GetAsync(SearchUrl);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.InRange(first.Headers.CacheControl.MaxAge!.Value.TotalSeconds, 1, 300);

        using var request = new HttpRequestMessage(HttpMethod.Get, SearchUrl);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, SearchUrl + "&size=3");
        other.Headers.IfNoneMatch.Add(etag);
        using var third = await host.Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Etag_changes_when_the_index_changes()
    {
        using var before = await host.Client.GetAsync("api/v1/stats");
        // A new report in the archive: the host's in-process indexer sees it (watcher, one second of quiet) and
        // commits it; readers look for new commits at most every half second, so the new ETag shows within seconds.
        host.Archive.Write("synthetic/late.txt", "晚到镇2023年工作总结\n\n【概况】\n\n迟到的报告，六个一。\n");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        System.Net.Http.Headers.EntityTagHeaderValue? etag;
        do
        {
            using var after = await host.Client.GetAsync("api/v1/stats");
            etag = after.Headers.ETag;
            if (!Equals(before.Headers.ETag, etag)) break;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        Assert.NotEqual(before.Headers.ETag, etag);
    }
}
