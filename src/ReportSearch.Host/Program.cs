using Microsoft.Extensions.Options;
using ReportSearch.Host;
using ReportSearch.Engine;

// `dotnet run --project src/ReportSearch.Host [--archive DIR]... [--index DIR] [--urls URL]`
// Exit codes: 0 stopped normally, 1 settings that cannot work (each named on stderr), or in-process indexing
// while another writer holds the index.
// Started with the hidden --extract-worker argument, the program is a child worker that parses files for the indexer.
if (ReportSearch.Pipeline.Extraction.ExtractionChild.RunIfRequested(args) is { } childExit) return childExit;
try
{
    // Building validates the settings (HostApp.Build), so it is inside the try.
    var app = HostApp.Build(args);
    app.Run();
    return 0;
}
catch (OptionsValidationException e)
{
    foreach (var failure in e.Failures) Console.Error.WriteLine($"error: {failure}");
    return 1;
}
catch (IndexLockedException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

/// <summary>Visible to tests (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
