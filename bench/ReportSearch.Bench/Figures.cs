using System.Globalization;
using System.Text.Json;

namespace ReportSearch.Bench;

/// <summary>Figures of one run: printed as a readable table, then as one JSON line each.</summary>
public sealed class Figures
{
    private readonly List<(string Metric, string? Class, double Value, string Unit)> _rows = [];

    public void Add(string metric, double value, string unit, string? cls = null) => _rows.Add((metric, cls, value, unit));

    public void Print(TextWriter output)
    {
        int w1 = Math.Max(6, _rows.Max(r => r.Metric.Length)), w2 = Math.Max(5, _rows.Max(r => (r.Class ?? "").Length));
        output.WriteLine($"{"metric".PadRight(w1)}  {"class".PadRight(w2)}  {"value",12}  unit");
        output.WriteLine(new string('-', w1 + w2 + 24));
        foreach (var r in _rows)
            output.WriteLine($"{r.Metric.PadRight(w1)}  {(r.Class ?? "").PadRight(w2)}  {Format(r.Value),12}  {r.Unit}");
        output.WriteLine();
        foreach (var r in _rows) output.WriteLine(Json(r.Metric, r.Class, r.Value));
    }

    private static string Format(double v) => v == Math.Floor(v) && Math.Abs(v) < 1e15 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Json(string metric, string? cls, double value)
    {
        var obj = new Dictionary<string, object> { ["metric"] = metric };
        if (cls is not null) obj["class"] = cls;
        obj["value"] = Math.Round(value, 3);
        return JsonSerializer.Serialize(obj, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return double.NaN;
        int rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static double Mb(long bytes) => bytes / 1048576.0;
}
