using System.Net;

namespace ReportSearch.Host.Tests;

public sealed class RateLimitFixture : HostFixture
{
    protected override string[] ExtraArgs => ["--RateLimiting:PermitLimit=3", "--RateLimiting:WindowSeconds=600"];
}

public sealed class RateLimitTests(RateLimitFixture host) : IClassFixture<RateLimitFixture>
{
    [Fact]
    public async Task Past_the_limit_the_api_answers_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 5; i++)
        {
            using var r = await host.Client.GetAsync("api/v1/suggest?prefix=%E5%85%AD");
            statuses.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
                Assert.Contains("请求过于频繁", await r.Content.ReadAsStringAsync());
                Assert.NotNull(r.Headers.RetryAfter);
            }
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Health checks are not rate limited: a load balancer must still see the host.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("health/live")).StatusCode);
    }
}
