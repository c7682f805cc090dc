using System.Net;
using System.Text.Json;

namespace ReportSearch.Host.Tests;

/// <summary>
/// The archive's first indexing, held at a known point by the indexer's gate: searches are refused with 503,
/// Retry-After and the share committed so far, never answered "nothing found"; once released, they answer.
/// </summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task Before_the_first_indexing_ends_searches_answer_503_with_the_share_indexed_then_results()
    {
        using var archive = new TestArchive();
        int files = Directory.GetFiles(archive.ArchiveDir, "*", SearchOption.AllDirectories).Length;
        await using var server = await HostServer.StartHeldAsync(archive, "--Indexer:BatchFiles=1", "--Indexer:Parallelism=1");

        // One file per batch: the held indexer stops after its first commit, one file of all.
        var problem = await PollAsync(server.Client, body => body.GetProperty("indexedPercent").GetInt32() > 0);
        Assert.Equal(100 / files, problem.GetProperty("indexedPercent").GetInt32());
        Assert.Equal("index_building", problem.GetProperty("code").GetString());
        Assert.Contains("正在建立索引", problem.GetProperty("detail").GetString());

        foreach (var path in new[] { "api/v1/search?q=" + TestArchive.CommonTerm, "api/v1/suggest?prefix=六", "api/v1/mechanisms", "api/v1/search.csv?q=工作" })
        {
            using var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(100 / files, body.GetProperty("indexedPercent").GetInt32()); // still held: no further batch
        }
        using (var stats = await server.Client.GetAsync("api/v1/stats"))
            Assert.Equal(HttpStatusCode.OK, stats.StatusCode);

        server.Gate.Release();
        await server.WaitUntilReadyAsync();
        using var after = await server.Client.GetAsync("api/v1/search?q=" + TestArchive.CommonTerm);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var total = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
        Assert.True(total >= TestArchive.Synthetic.Length, $"{total} reports found");
    }

    [Fact]
    public async Task A_later_start_over_an_indexed_archive_answers_at_once_even_while_its_scan_is_held()
    {
        using var archive = new TestArchive();
        await using (var first = await HostServer.StartAsync(archive)) { }
        archive.Write("synthetic/new.txt", "新增报告\n\n推行“六个一”机制。");

        await using var server = await HostServer.StartHeldAsync(archive, "--Indexer:BatchFiles=1");
        using var response = await server.Client.GetAsync("api/v1/search?q=" + TestArchive.CommonTerm);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        server.Gate.Release();
    }

    private static async Task<JsonElement> PollAsync(HttpClient client, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await client.GetAsync("api/v1/search?q=" + TestArchive.CommonTerm);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode); // never 200 while held
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (done(body)) return body;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the held indexer never committed its first batch");
            await Task.Delay(50);
        }
    }
}
