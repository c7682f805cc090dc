using ReportSearch.Engine;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// `reportsearch index`, run as a real process, parses HTML in child workers under a time and a memory limit: a
/// file over either is skipped with the limit as its reason, its child is replaced, and the files after it are
/// indexed. The limits are set far from what the files need (a flood of paragraphs that takes seconds and over
/// a gigabyte, a good file that takes milliseconds and megabytes), so the outcome does not depend on the machine.
/// </summary>
public sealed class ExtractionBudgetTests
{
    [Fact]
    public void A_file_over_the_memory_limit_is_skipped_with_the_limit_and_the_file_after_it_is_indexed() =>
        AssertFloodSkipped(["--extraction-mb", "256"], "exceeded 256 MB");

    [Fact]
    public void A_file_over_the_time_limit_is_skipped_with_the_limit_and_the_file_after_it_is_indexed() =>
        AssertFloodSkipped(["--extraction-seconds", "1", "--extraction-mb", "8192"], "exceeded 1 s");

    private static void AssertFloodSkipped(string[] limits, string reason)
    {
        using var archive = new TempArchive();
        // Two million paragraphs: the parser builds an object for each (1.7 GB and many seconds, measured).
        archive.Write("a-flood.html", "<html><body>" + string.Concat(Enumerable.Repeat("<p>六</p>", 2_000_000)) + "</body></html>");
        archive.Write("b-good.html", "<html><body><h1>西园街道2020年工作总结</h1><p>西园街道推进六个一工作机制 xylophonegood。</p></body></html>");
        archive.Write("c-good.txt", "东区街道2021年工作计划\n\n东区街道推进六个一 xylophonetext。\n");

        // One core: the good HTML file after the flood needs the child that replaced the killed one.
        using (var cli = WorkerProcess.StartProgram(CliDll, archive,
            ["index", "--archive", archive.Archive, "--index", archive.IndexDir, "--parallelism", "1", .. limits]))
        {
            Assert.True(cli.WaitForExit(TimeSpan.FromMinutes(10)), cli.Output);
            Assert.True(cli.ExitCode == 0, cli.Output);
        }

        using var index = ReportIndexes.OpenForReading(archive.IndexDir);
        Assert.Equal(["b-good.html", "c-good.txt"], index.Sources().Select(s => s.Path).Order(StringComparer.Ordinal));
        var skipped = Assert.Single(index.Statistics().Skipped);
        Assert.Equal(("a-flood.html", reason), (skipped.Path, skipped.Reason));
    }

    internal static string CliDll => Path.Combine(AppContext.BaseDirectory, "reportsearch.dll");
}
