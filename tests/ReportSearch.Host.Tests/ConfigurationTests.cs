using System.Net;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Ingestion;

namespace ReportSearch.Host.Tests;

/// <summary>Settings that change the host's behaviour, each on a host of its own.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task Without_in_process_indexing_the_host_is_not_ready_until_another_writer_builds_the_index()
    {
        using var archive = new TestArchive();
        await using var server = await HostServer.StartAsync(archive, waitUntilReady: false, "--Indexing:InProcess=false");

        using (var ready = await server.Client.GetAsync("health/ready"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using (var live = await server.Client.GetAsync("health/live"))
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using (var search = await server.Client.GetAsync("api/v1/search?q=%E5%85%AD"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
            Assert.Equal("application/problem+json", search.Content.Headers.ContentType!.MediaType);
            Assert.Contains("索引", await search.Content.ReadAsStringAsync());
        }
        Assert.False(ReportIndexes.Exists(archive.IndexDir), "the host must not write the index");

        // A separate worker (here: the indexer run directly) builds the index; the host picks it up.
        using (var index = ReportIndexes.OpenForWriting(archive.IndexDir))
            new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings()).Run([archive.ArchiveDir]);
        await server.WaitUntilReadyAsync();
        var response = await Api.Search(server.Client, "q=" + Api.Q(TestArchive.CommonTerm));
        Assert.True(response.Total > 0);
    }

    [Fact]
    public async Task A_deleted_index_folder_is_noticed_and_a_rebuilt_one_is_served_again()
    {
        using var archive = new TestArchive();
        using (var index = ReportIndexes.OpenForWriting(archive.IndexDir))
            new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings()).Run([archive.ArchiveDir]);
        await using var server = await HostServer.StartAsync(archive, waitUntilReady: true, "--Indexing:InProcess=false");
        Assert.True((await Api.Search(server.Client, "q=" + Api.Q(TestArchive.CommonTerm))).Total > 0);

        // An operator deletes the index folder: the host must not go on serving the deleted files.
        Directory.Delete(archive.IndexDir, recursive: true);
        await Until(async () => (await server.Client.GetAsync("health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable);
        using (var search = await server.Client.GetAsync("api/v1/search?q=" + Api.Q(TestArchive.CommonTerm)))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);

        // A worker builds it again at the same path: served without a restart.
        using (var index = ReportIndexes.OpenForWriting(archive.IndexDir))
            new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings()).Run([archive.ArchiveDir]);
        await server.WaitUntilReadyAsync();
        Assert.True((await Api.Search(server.Client, "q=" + Api.Q(TestArchive.CommonTerm))).Total > 0);
    }

    private static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 15 s");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Allow_any_origin_opens_the_api_to_every_site()
    {
        using var archive = new TestArchive();
        await using var server = await HostServer.StartAsync(archive, "--Cors:AllowAnyOrigin=true");
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/suggest?prefix=%E5%85%AD");
        request.Headers.Add("Origin", "http://any.example");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public void Command_line_archive_and_index_map_to_the_indexers_configuration_keys()
    {
        var (remaining, settings) = ReportSearch.Hosting.IndexerCommandLine.Split(["--archive", "a", "--urls", "http://x", "--archive=b", "--index", "ix"]);
        Assert.Equal("a", settings["Indexer:Archives:0"]);
        Assert.Equal("b", settings["Indexer:Archives:1"]);
        Assert.Equal("ix", settings["Indexer:Index"]);
        Assert.Equal(["--urls", "http://x"], remaining);
    }

    [Theory]
    [InlineData("--Host:PublicBaseUrl=reports.example.gov.cn")]
    [InlineData("--Host:PublicBaseUrl=javascript:alert(1)")]
    [InlineData("--Host:PublicBaseUrl=https://x.example/?a=1")]
    [InlineData("--ForwardedHeaders:KnownProxies:0=not-an-ip")]
    [InlineData("--ForwardedHeaders:KnownNetworks:0=10.0.0.0/99")]
    [InlineData("--ForwardedHeaders:ForwardLimit=0")]
    public void Malformed_security_settings_stop_the_host_at_start(string argument)
    {
        using var archive = new TestArchive();
        var e = Assert.ThrowsAny<Exception>(() => HostApp.Build(["--archive", archive.ArchiveDir, "--index", archive.IndexDir, "--urls", "http://127.0.0.1:0", argument]));
        Assert.Contains(argument.Split('=')[0].TrimStart('-').Split(':')[0], e.ToString());
    }
}
