using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ReportSearch.Host.Tests;

/// <summary>/metrics over real HTTP: for operators only, in Prometheus text format, with requests and the index.</summary>
public sealed class MetricsTests(HardeningFixture host) : IClassFixture<HardeningFixture>
{
    private static int _client = 100;

    private async Task<HttpResponseMessage> Get(string url, string? adminKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.Server.BaseAddress, url));
        // Each request from its own forwarded address: the fixture's rate limit is 2 per client.
        request.Headers.Add("X-Forwarded-For", $"198.51.100.{Interlocked.Increment(ref _client) % 250}");
        if (adminKey is not null) request.Headers.Add("X-Admin-Key", adminKey);
        return await host.Client.SendAsync(request);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Without_the_admin_key_metrics_are_refused(string? key)
    {
        using var response = await Get("metrics", key);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("reportsearch_", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Operators_see_requests_by_status_and_the_index_state()
    {
        using (var search = await Get("api/v1/search?q=" + Uri.EscapeDataString("六个一"))) Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        using (var missing = await Get("api/v1/reports/no-such-report")) Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // A request is counted once its response is complete, which may be just after the client has it.
        var text = await ScrapeUntil(t => Sum(t, "http_requests_received_total", "code=\"404\"") >= 1);
        double before = Value(text, "http_requests_received_total", "code=\"404\"");

        using (var missing = await Get("api/v1/reports/no-such-report-either")) Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        text = await ScrapeUntil(t => Sum(t, "http_requests_received_total", "code=\"404\"") > before);

        // Requests: counted by status, with their latency.
        Assert.Equal(before + 1, Value(text, "http_requests_received_total", "code=\"404\""));
        Assert.True(Value(text, "http_requests_received_total", "code=\"200\"") >= 1, text);
        Assert.Contains("http_request_duration_seconds_bucket", text);
        // The index: what stats say, healthy, one file skipped as binary, a commit a moment ago.
        using (var index = ReportSearch.Engine.ReportIndexes.OpenForReading(host.Archive.IndexDir))
        {
            var stats = index.Statistics();
            Assert.Equal(stats.Reports, Value(text, "reportsearch_index_reports"));
            Assert.Equal(stats.Sources, Value(text, "reportsearch_index_files_indexed"));
            Assert.Equal(stats.CommitGeneration, Value(text, "reportsearch_index_commit_generation"));
            Assert.True(stats.CommitGeneration > 0);
        }
        Assert.Equal(1, Value(text, "reportsearch_index_healthy"));
        Assert.Equal(1, Value(text, "reportsearch_index_files_skipped", "reason=\"binary content\""));
        Assert.InRange(Value(text, "reportsearch_index_last_commit_age_seconds"), 0, 24 * 3600);
    }

    private async Task<string> ScrapeUntil(Func<string, bool> seen)
    {
        string text = "";
        for (int attempt = 0; attempt < 100; attempt++)
        {
            text = await Scrape();
            if (seen(text)) return text;
            await Task.Delay(50);
        }
        return text;
    }

    private async Task<string> Scrape()
    {
        using var response = await Get("metrics", HardeningFixture.AdminKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a metric's samples whose labels include <paramref name="label"/> (all samples when null).</summary>
    internal static double Value(string text, string metric, string? label = null)
    {
        var values = Values(text, metric, label).ToList();
        Assert.True(values.Count > 0, $"no {metric} {label} in:\n{text}");
        return values.Sum();
    }

    private static double Sum(string text, string metric, string? label = null) => Values(text, metric, label).Sum();

    private static IEnumerable<double> Values(string text, string metric, string? label = null) =>
        Regex.Matches(text, $@"^{metric}(\{{.*\}})? (\S+)$", RegexOptions.Multiline)
            .Where(m => label is null || m.Groups[1].Value.Contains(label))
            .Select(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
}
