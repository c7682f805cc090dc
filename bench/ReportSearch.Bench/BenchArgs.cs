namespace ReportSearch.Bench;

public sealed class BenchUsageException(string message) : Exception(message);

/// <summary>VERB then --name value pairs.</summary>
public sealed class BenchArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public BenchArgs(string[] args)
    {
        Verb = args.Length > 0 ? args[0] : "";
        for (int i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new BenchUsageException($"unexpected '{args[i]}'");
            if (i + 1 >= args.Length) throw new BenchUsageException($"{args[i]} needs a value");
            _values[args[i]] = args[++i];
        }
    }

    public string Verb { get; }

    public string Required(string name) => _values.TryGetValue(name, out var v) ? v : throw new BenchUsageException($"{Verb} needs {name}");

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var v) ? (int.TryParse(v, out int n) ? n : throw new BenchUsageException($"{name} needs a number")) : fallback;

    public double Double(string name, double fallback) =>
        _values.TryGetValue(name, out var v) ? (double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out double n) ? n : throw new BenchUsageException($"{name} needs a number")) : fallback;
}
