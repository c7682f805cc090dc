using System.CommandLine;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Cli;

/// <summary>
/// The `reportsearch` command: index, search, stats. Exit codes: 0 success, 2 malformed query or usage,
/// 1 any other error; errors are one line on stderr. Parsing, help per verb, --version and typo hints come from
/// System.CommandLine (<see cref="CliCommands"/>).
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = CliCommands.Build(stdout, stderr);
            // No response files: a query such as "@人大" is a query, not a file to read arguments from.
            var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            // Exceptions reach the handlers below (and their exit codes) instead of a stack trace.
            int code = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            // The parse error action has printed the error, typo hints and the verb's help; usage errors are 2.
            return parsed.Errors.Count > 0 ? 2 : code;
        }
        catch (QuerySyntaxException e)
        {
            stderr.WriteLine($"查询有误: {e.Message}");
            return 2;
        }
        catch (InvalidRequestException e)
        {
            stderr.WriteLine($"参数有误: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IndexNotFoundException or IndexLockedException or DirectoryNotFoundException or IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
