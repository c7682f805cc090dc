namespace ReportSearch.Indexer.Tests;

/// <summary>Settings that cannot work stop the worker at start (options validated on start), exit code 1, naming the setting.</summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("--Indexer:MaxFileBytes=0", "Indexer:MaxFileBytes")]
    [InlineData("--Indexer:Debounce=-00:00:01", "Indexer:Debounce")]
    public void Invalid_settings_stop_the_worker_with_exit_code_1(string argument, string setting)
    {
        using var archive = new TempArchive();
        using var worker = WorkerProcess.Start(archive, argument);
        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(30)), "the worker did not stop");
        Assert.Equal(1, worker.ExitCode);
        Assert.Contains($"error: {setting}", worker.Output);
        Assert.DoesNotContain("Unhandled exception", worker.Output);
    }
}
