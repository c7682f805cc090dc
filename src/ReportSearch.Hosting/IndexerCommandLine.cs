using ReportSearch.Pipeline;

namespace ReportSearch.Hosting;

/// <summary>
/// Gives the worker and the host the same --archive/--index options as `reportsearch`: they become configuration
/// keys (Indexer:Archives:0, :1, …; Indexer:Index) that override appsettings.json and the environment. Every
/// other argument is left for the standard command-line provider (e.g. --Indexer:ScanInterval=00:01:00, --urls).
/// </summary>
public static class IndexerCommandLine
{
    public static (string[] Remaining, Dictionary<string, string?> Settings) Split(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        int archives = 0;
        for (int i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = NameAndValue(args[i]);
            if (name is "--archive" or "--index")
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"option {name} needs a folder"));
                if (name == "--archive") settings[$"{IndexerSettings.Section}:Archives:{archives++}"] = value;
                else settings[$"{IndexerSettings.Section}:Index"] = value;
            }
            else rest.Add(args[i]);
        }
        return (rest.ToArray(), settings);
    }

    private static (string Name, string? Value) NameAndValue(string arg)
    {
        int eq = arg.IndexOf('=');
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }
}
