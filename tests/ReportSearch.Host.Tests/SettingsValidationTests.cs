using Microsoft.Extensions.Options;

namespace ReportSearch.Host.Tests;

/// <summary>Settings that cannot work stop the real host at start, every problem named by its key.</summary>
public sealed class SettingsValidationTests
{
    [Fact]
    public async Task Bad_settings_stop_the_start_with_every_key_named()
    {
        using var archive = new TestArchive();
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => HostServer.StartAsync(archive, waitUntilReady: false,
            "--RateLimiting:WindowSeconds=-5", "--Caching:MaxAgeSeconds=-1", "--Indexer:ScanInterval=00:00:00", "--Indexer:MaxFileBytes=0",
            "--Cors:AllowedOrigins:0=javascript:alert(1)"));
        Assert.Contains(e.Failures, f => f.Contains("RateLimiting:WindowSeconds"));
        Assert.Contains(e.Failures, f => f.Contains("Caching:MaxAgeSeconds"));
        Assert.Contains(e.Failures, f => f.Contains("Indexer:ScanInterval"));
        Assert.Contains(e.Failures, f => f.Contains("Indexer:MaxFileBytes"));
        Assert.Contains(e.Failures, f => f.Contains("Cors:AllowedOrigins"));
    }

    [Theory]
    [InlineData("--Indexing:IndexPath=ix", "Indexer:Index")]
    [InlineData("--Indexing:RescanSeconds=60", "Indexer:ScanInterval")]
    [InlineData("--Indexing:Ocr=true", "Indexer:Ocr")]
    [InlineData("--Indexing:Archives:0=a", "Indexer:Archives")]
    public async Task A_key_of_the_old_indexing_section_stops_the_start_with_its_new_name(string argument, string newKey)
    {
        using var archive = new TestArchive();
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => HostServer.StartAsync(archive, waitUntilReady: false, argument));
        var failure = Assert.Single(e.Failures);
        Assert.Contains(argument.TrimStart('-').Split('=')[0].Split(':')[1], failure);
        Assert.Contains(newKey, failure);
    }

    [Fact]
    public async Task Good_settings_start_and_serve()
    {
        using var archive = new TestArchive();
        await using var server = await HostServer.StartAsync(archive, waitUntilReady: false, "--Cors:AllowedOrigins:0=https://www.example.gov.cn", "--Caching:MaxAgeSeconds=0");
        using var response = await server.Client.GetAsync("health/live");
        Assert.True(response.IsSuccessStatusCode);
    }
}
