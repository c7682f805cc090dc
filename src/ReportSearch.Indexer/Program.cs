using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReportSearch.Indexer;
using ReportSearch.Engine;

// Exit codes: 0 stopped normally, 1 could not start (index locked by another writer, bad settings, …).
// Started with the hidden --extract-worker argument, the program is a child worker that parses files for the indexer.
if (ReportSearch.Pipeline.Extraction.ExtractionChild.RunIfRequested(args) is { } childExit) return childExit;
try
{
    using var host = IndexerHost.CreateBuilder(args).Build();
    await host.RunAsync();
    return 0;
}
catch (IndexLockedException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
catch (OptionsValidationException e)
{
    foreach (var failure in e.Failures) Console.Error.WriteLine($"error: {failure}");
    return 1;
}
catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
