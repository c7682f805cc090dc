using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ReportSearch.Indexer.Tests;

/// <summary>Bad worker settings stop the real host at start, each named with its key, before any index is opened.</summary>
public sealed class SettingsValidationTests
{
    [Fact]
    public async Task Every_bad_setting_is_reported_at_start_and_nothing_is_written()
    {
        using var archive = new TempArchive();
        using var host = InProcessWorker.Build(archive, "--Indexer:ScanInterval=00:00:00", "--Indexer:MaxFileBytes=-1", "--Indexer:BatchFiles=0",
            "--Indexer:ExtractionTimeLimit=00:00:00", "--Indexer:ExtractionMemoryMegabytes=100", "--Indexer:ChecksumInterval=-00:01:00");
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(e.Failures, f => f.Contains("Indexer:ScanInterval"));
        Assert.Contains(e.Failures, f => f.Contains("Indexer:MaxFileBytes"));
        Assert.Contains(e.Failures, f => f.Contains("Indexer:BatchFiles"));
        Assert.Contains(e.Failures, f => f.Contains("Indexer:ExtractionTimeLimit"));
        Assert.Contains(e.Failures, f => f.Contains("Indexer:ExtractionMemoryMegabytes must be at least 256, not 100"));
        Assert.Contains(e.Failures, f => f.Contains("Indexer:ChecksumInterval"));
        Assert.False(Directory.Exists(archive.IndexDir) && Directory.EnumerateFileSystemEntries(archive.IndexDir).Any());
    }

    [Fact]
    public async Task Good_settings_start()
    {
        using var archive = new TempArchive();
        using var host = InProcessWorker.Build(archive, "--Indexer:BatchFiles=5");
        await host.StartAsync();
        await host.StopAsync();
    }
}
