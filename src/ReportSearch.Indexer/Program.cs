using Microsoft.Extensions.Hosting;
using ReportSearch.Indexer;
using ReportSearch.Index;
using ReportSearch.Indexing;

// Exit codes: 0 stopped normally, 1 could not start (index locked by another writer, bad settings, …).
try
{
    using var host = IndexerHost.CreateBuilder(args).Build();
    await host.RunAsync();
    return 0;
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    Console.Error.WriteLine($"error: {string.Join(" ", e.Failures)}");
    return 1;
}
catch (IndexLockedException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
