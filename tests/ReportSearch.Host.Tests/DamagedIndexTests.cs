using System.Net;
using System.Text.Json;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;

namespace ReportSearch.Host.Tests;

/// <summary>
/// A host (not indexing) over an index damaged on disk: a truncated <c>segments_N</c> or flipped bytes in a doc
/// values file. No request is ever answered 500: an engine error is 503 problem+json with a Chinese detail, the
/// previous commit is served where one is kept, and <c>/health/ready</c> reports the damage.
/// </summary>
public sealed class DamagedIndexTests
{
    [Fact]
    public async Task A_truncated_newest_segments_file_falls_back_to_the_previous_commit_and_ready_reports_it()
    {
        using var archive = new TestArchive();
        var generation = Build(archive);
        var segments = SegmentsFiles(generation);
        Assert.True(segments.Count >= 2, "the previous commit is kept beside the newest");
        Truncate(segments[^1]);

        await using var host = await HostServer.StartAsync(archive, waitUntilReady: false, "--Indexing:InProcess=false");
        var statuses = await Probe(host.Client);
        Assert.All(statuses, s => Assert.True(s.Status == HttpStatusCode.OK, $"{s.Url}: {(int)s.Status}"));
        Assert.Equal(TestArchive.Synthetic.Length + 1, (await Api.Search(host.Client, "q=" + Api.Q(TestArchive.CommonTerm) + "&size=50")).Total);
        using var ready = await host.Client.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task Every_segments_file_truncated_is_503_problem_json_with_a_chinese_detail_never_500()
    {
        using var archive = new TestArchive();
        var generation = Build(archive);
        foreach (var file in SegmentsFiles(generation)) Truncate(file);

        await using var host = await HostServer.StartAsync(archive, waitUntilReady: false, "--Indexing:InProcess=false");
        foreach (var (url, status) in await Probe(host.Client))
            Assert.True(status == HttpStatusCode.ServiceUnavailable, $"{url}: {(int)status}");
        using var search = await host.Client.GetAsync("api/v1/search?q=" + Api.Q(TestArchive.CommonTerm));
        await AssertUnavailableProblem(search);
        using var stats = await host.Client.GetAsync("api/v1/stats");
        await AssertUnavailableProblem(stats);
        using var ready = await host.Client.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task Flipped_bytes_in_a_doc_values_file_are_detected_by_ready_and_never_answer_500()
    {
        using var archive = new TestArchive();
        var generation = Build(archive);
        var dvd = new DirectoryInfo(generation).GetFiles("*.dvd").MaxBy(f => f.Length)!;
        using (var stream = dvd.Open(FileMode.Open, FileAccess.ReadWrite))
        {
            var bytes = new byte[Math.Min(64, (int)stream.Length / 2)];
            stream.Position = stream.Length / 3;
            stream.ReadExactly(bytes);
            for (int i = 0; i < bytes.Length; i++) bytes[i] ^= 0xFF;
            stream.Position = stream.Length / 3;
            stream.Write(bytes);
        }

        await using var host = await HostServer.StartAsync(archive, waitUntilReady: false, "--Indexing:InProcess=false");
        var statuses = await Probe(host.Client);
        Assert.All(statuses, s => Assert.True(s.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{s.Url}: {(int)s.Status}"));
        using var ready = await host.Client.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    // Builds the index in several commits (small batches), as a worker does, and returns its generation folder.
    private static string Build(TestArchive archive)
    {
        using (var index = ReportIndexes.OpenForWriting(archive.IndexDir))
            new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings { BatchFiles = 4 }).Run([archive.ArchiveDir]);
        return IndexFolder.Current(archive.IndexDir)!;
    }

    private static List<string> SegmentsFiles(string generation) =>
        [.. Directory.GetFiles(generation, "segments_*").OrderBy(f => Lucene.Net.Index.SegmentInfos.GenerationFromSegmentsFileName(Path.GetFileName(f)))];

    private static void Truncate(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.SetLength(stream.Length / 2);
    }

    // Searches over every term, filter and facet the archive has, the stats and a report page.
    private static async Task<List<(string Url, HttpStatusCode Status)>> Probe(HttpClient client)
    {
        var urls = new List<string> { "api/v1/stats", "api/v1/mechanisms", "api/v1/suggest?prefix=" + Api.Q("六") };
        foreach (var (district, year) in TestArchive.Synthetic.Distinct())
        {
            urls.Add($"api/v1/search?q={Api.Q(TestArchive.CommonTerm)}&district={Api.Q(district)}&year={year}");
            urls.Add($"api/v1/search?q={Api.Q(district)}");
        }
        urls.Add($"api/v1/search?q={Api.Q(TestArchive.CommonTerm)}&size=50");
        urls.Add($"api/v1/search.csv?q={Api.Q(TestArchive.CommonTerm)}");
        var results = new List<(string, HttpStatusCode)>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            results.Add((url, response.StatusCode));
        }
        return results;
    }

    private static async Task AssertUnavailableProblem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", doc.RootElement.GetProperty("detail").GetString()!);
    }
}
