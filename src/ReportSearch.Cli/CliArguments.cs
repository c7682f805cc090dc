namespace ReportSearch.Cli;

/// <summary>Options and positional words of one command line; options may repeat.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public string? Verb { get; private init; }
    public List<string> Positional { get; } = [];

    private static readonly HashSet<string> FlagNames = ["--json", "--help", "--ocr"];

    public static CliArguments Parse(string[] args)
    {
        var result = new CliArguments { Verb = args.Length > 0 ? args[0] : null };
        for (int i = 1; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                result.Positional.AddRange(args[(i + 1)..]);
                break;
            }
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                if (FlagNames.Contains(a)) { result._flags.Add(a); continue; }
                if (i + 1 >= args.Length) throw new CliUsageException($"option {a} needs a value");
                if (!result._options.TryGetValue(a, out var values)) result._options[a] = values = [];
                values.Add(args[++i]);
                continue;
            }
            result.Positional.Add(a);
        }
        return result;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public IReadOnlyList<string> All(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public string? One(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public int? Int(string name)
    {
        var s = One(name);
        if (s is null) return null;
        return int.TryParse(s, out int v) ? v : throw new CliUsageException($"option {name} needs a whole number, not '{s}'");
    }
}

public sealed class CliUsageException(string message) : Exception(message);
