namespace ReportSearch.Host;

/// <summary>
/// Maps the host's own options to configuration keys, so that command line, appsettings.json and environment
/// all reach the same setting: --archive DIR (repeatable) → Indexing:Archives:N, --index DIR → Indexing:IndexPath.
/// Every other argument (--urls, --Key=Value) is left to ASP.NET Core's command-line configuration.
/// </summary>
public static class HostCommandLine
{
    public static (Dictionary<string, string?> Settings, string[] Remaining) Map(IReadOnlyList<string> args)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        int archives = 0;
        for (int i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            string? key = name switch
            {
                "--archive" => $"Indexing:Archives:{archives++}",
                "--index" => "Indexing:IndexPath",
                _ => null,
            };
            if (key is null)
            {
                rest.Add(args[i]);
                continue;
            }
            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a folder"));
            settings[key] = value;
        }
        return (settings, rest.ToArray());
    }

    private static (string Name, string? Value) Split(string arg)
    {
        int eq = arg.IndexOf('=');
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }
}
