using System.Net;
using System.Text.Json;

namespace ReportSearch.Host.Tests;

public sealed class HardeningFixture : HostFixture
{
    public const string AdminKey = "test-admin-key-5b1e";
    public const string SkippedName = "broken-binary-file.txt";

    public HardeningFixture()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(Archive.ArchiveDir, SkippedName), bytes);
    }

    protected override string[] ExtraArgs => [$"--Admin:ApiKey={AdminKey}", "--ForwardedHeaders:KnownProxies:0=127.0.0.1",
        "--RateLimiting:PermitLimit=2", "--RateLimiting:WindowSeconds=600"];
}

/// <summary>What the host gives away: counts to everyone, paths and errors to operators, absolute paths to no one.</summary>
public sealed class HardeningTests(HardeningFixture host) : IClassFixture<HardeningFixture>
{
    private static int _client = 10;

    // Each request from its own forwarded address: the rate limit here is 2 per client.
    private async Task<HttpResponseMessage> Get(string url, string? adminKey = null, string? forwardedFor = null, string? hostHeader = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.Server.BaseAddress + url, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));
        request.Headers.Add("X-Forwarded-For", forwardedFor ?? $"203.0.113.{Interlocked.Increment(ref _client)}");
        if (adminKey is not null) request.Headers.Add("X-Admin-Key", adminKey);
        if (hostHeader is not null) request.Headers.Host = hostHeader;
        return await host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Public_stats_hold_counts_but_no_paths_skips_or_errors()
    {
        using var response = await Get("api/v1/stats");
        var body = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(body);
        Assert.True(doc.RootElement.GetProperty("reports").GetInt32() > 0);
        Assert.True(doc.RootElement.GetProperty("skippedFiles").GetInt32() == 1, body);
        Assert.DoesNotContain(HardeningFixture.SkippedName, body);
        Assert.DoesNotContain("synthetic/", body);
        Assert.DoesNotContain(host.Archive.Root, body);
        Assert.False(doc.RootElement.TryGetProperty("skipped", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("")]
    public async Task Without_the_right_key_stats_stay_public(string? key)
    {
        using var response = await Get("api/v1/stats", key);
        Assert.DoesNotContain(HardeningFixture.SkippedName, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_the_admin_key_stats_list_skipped_files_not_cached_and_without_absolute_paths()
    {
        using var response = await Get("api/v1/stats", HardeningFixture.AdminKey);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains(HardeningFixture.SkippedName) && body.Contains("binary content"), body);
        Assert.DoesNotContain(host.Archive.Root, body);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public void Absolute_paths_in_messages_are_redacted_to_the_file_name()
    {
        Assert.Equal("read error: …/x.txt is locked", ReportSearch.Engine.StatisticsRedaction.Paths("read error: /data/reports/2020/x.txt is locked"));
        Assert.Equal("Archive folder not found: …/", ReportSearch.Engine.StatisticsRedaction.Paths("Archive folder not found: /srv/archive/"));
        Assert.Equal("access denied …/a.txt", ReportSearch.Engine.StatisticsRedaction.Paths(@"access denied C:\data\a.txt"));
        Assert.Equal("relative a/b.txt stays", ReportSearch.Engine.StatisticsRedaction.Paths("relative a/b.txt stays"));
    }

    [Fact]
    public async Task OpenSearch_never_reflects_the_Host_header_and_is_not_cached_publicly_when_derived()
    {
        using var response = await Get("opensearch.xml", hostHeader: "evil.example");
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", xml);
        Assert.Contains(host.Server.BaseAddress.Authority, xml);
        Assert.DoesNotContain("public", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("api/v1/search?q=%00")]
    [InlineData("api/v1/reports/a%0Ab")]
    [InlineData("api/v1/search?page=x&q=a")]
    [InlineData("api/v1/nothing")]
    [InlineData("api/v1/reports/no-such-report")]
    public async Task Every_4xx_is_problem_json(string url)
    {
        using var response = await Get(url);
        int status = (int)response.StatusCode;
        if (status is >= 400 and < 500)
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(status < 500, $"{status} for {url}");
    }

    // Kestrel refuses a NUL in the path before any middleware runs (README: "Errors"): a bare 400 with an
    // empty body. This pins that the answer stays a 400 and gives nothing away.
    [Theory]
    [InlineData("api/v1/reports/a%00b")]
    [InlineData("reports/a%00b")]
    [InlineData("a%00b")]
    public async Task A_nul_in_the_path_is_refused_by_Kestrel_with_an_empty_400(string url)
    {
        using var response = await Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Rate_limit_partitions_by_the_forwarded_client_address_from_a_known_proxy()
    {
        // The test client connects from 127.0.0.1, the configured proxy: each forwarded address is its own client.
        var a = new List<HttpStatusCode>();
        for (int i = 0; i < 3; i++) { using var r = await Get("api/v1/suggest?prefix=a", forwardedFor: "198.51.100.1"); a.Add(r.StatusCode); }
        using var other = await Get("api/v1/suggest?prefix=a", forwardedFor: "198.51.100.2");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], a);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}

public sealed class UntrustedProxyFixture : HostFixture
{
    protected override string[] ExtraArgs => ["--RateLimiting:PermitLimit=2", "--RateLimiting:WindowSeconds=600", "--Host:PublicBaseUrl=https://reports.example.gov.cn/search"];
}

/// <summary>Without known proxies, X-Forwarded-For is ignored: nobody picks their own rate-limit bucket.</summary>
public sealed class UntrustedProxyTests(UntrustedProxyFixture host) : IClassFixture<UntrustedProxyFixture>
{
    [Fact]
    public async Task Forwarded_addresses_from_an_unknown_proxy_are_ignored()
    {
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/suggest?prefix=a");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var r = await host.Client.SendAsync(request);
            statuses.Add(r.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_configured_public_base_url_is_used_and_cacheable()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "opensearch.xml");
        request.Headers.Host = "evil.example";
        using var response = await host.Client.SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Contains("template=\"https://reports.example.gov.cn/search/?q={searchTerms}\"", xml);
        Assert.DoesNotContain("evil.example", xml);
        Assert.Contains("public", response.Headers.CacheControl!.ToString());
    }
}
