using ReportSearch.Index;
using ReportSearch.Indexing;
using ReportSearch.Query;

namespace ReportSearch.Cli;

/// <summary>
/// The `reportsearch` command: index, search, stats. Exit codes: 0 success, 2 malformed query or usage,
/// 1 any other error; errors are one line on stderr.
/// </summary>
public static class CliApp
{
    public const string DefaultIndex = "index";
    public const string DefaultArchive = "seeds";

    public const string Usage = """
        usage:
          reportsearch index  --archive DIR [--archive DIR]... --index DIR [--ocr]
          reportsearch search --index DIR [--district D]... [--year Y]... [--from Y1 --to Y2]
                              [--sort relevance|newest|oldest] [--page N] [--size N] [--json] QUERY
          reportsearch stats  --index DIR [--json]
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var parsed = CliArguments.Parse(args);
            return parsed.Verb switch
            {
                "index" => IndexCommand.Run(parsed, stdout, stderr),
                "search" => SearchCommand.Run(parsed, stdout),
                "stats" => StatsCommand.Run(parsed, stdout),
                "--help" or "-h" or "help" => Help(stdout),
                _ => throw new CliUsageException(parsed.Verb is null ? "missing command" : $"unknown command '{parsed.Verb}'"),
            };
        }
        catch (QuerySyntaxException e)
        {
            stderr.WriteLine($"查询有误: {e.Message}");
            return 2;
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (Exception e) when (e is IndexNotFoundException or IndexLockedException or DirectoryNotFoundException or IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return 0;
    }
}
