namespace ReportSearch.Bench;

public sealed class BenchUsageException(string message) : Exception(message);

/// <summary>VERB then --name value pairs; a --name followed by another --name (or nothing) is a flag.</summary>
public sealed class BenchArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public BenchArgs(string[] args)
    {
        Verb = args.Length > 0 ? args[0] : "";
        for (int i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new BenchUsageException($"unexpected '{args[i]}'");
            _values[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : FlagValue;
        }
    }

    private const string FlagValue = "\u0001flag";

    public string Verb { get; }

    /// <summary>True when the flag was given (as `--name` alone, or `--name true`).</summary>
    public bool Flag(string name) => _values.TryGetValue(name, out var v) && (v == FlagValue || v == "true");

    public string Required(string name) => Optional(name) ?? throw new BenchUsageException($"{Verb} needs {name} VALUE");

    public string? Optional(string name) =>
        !_values.TryGetValue(name, out var v) ? null : v != FlagValue ? v : throw new BenchUsageException($"{name} needs a value");

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var v) ? (int.TryParse(v, out int n) ? n : throw new BenchUsageException($"{name} needs a number")) : fallback;

    public double Double(string name, double fallback) =>
        _values.TryGetValue(name, out var v) ? (double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out double n) ? n : throw new BenchUsageException($"{name} needs a number")) : fallback;
}
