using System.Security.Cryptography;

namespace ReportSearch.Bench;

/// <summary>
/// Byte-identical files of the corpus counted as one document (the one first by name): ReportSearch indexes such
/// copies once while the stock baselines return each copy, so without this a copy graded under one name would count
/// as ungraded under the other, and a baseline could fill two places with one text.
/// </summary>
public sealed class RelevanceCopies
{
    private readonly Dictionary<string, string> _canonical;

    private RelevanceCopies(Dictionary<string, string> canonical) => _canonical = canonical;

    /// <summary>Files counted under another name (a copy of a file first by name).</summary>
    public int Folded => _canonical.Count(kv => kv.Key != kv.Value);

    public static RelevanceCopies Of(string corpus, IEnumerable<string> files)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in files.GroupBy(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(corpus, f))))))
        {
            var first = group.Min(StringComparer.Ordinal)!;
            foreach (var file in group) canonical[file] = first;
        }
        return new(canonical);
    }

    public string Canonical(string file) => _canonical.GetValueOrDefault(file, file);

    /// <summary>A ranking with each copy named as its kept file, a text counted at its first place only.</summary>
    public IReadOnlyList<string> Canonical(IReadOnlyList<string> ranked) => ranked.Select(Canonical).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Grades under the kept names; two copies graded differently keep the higher grade.</summary>
    public IReadOnlyDictionary<string, int> Canonical(IReadOnlyDictionary<string, int> grades)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (file, grade) in grades)
        {
            var name = Canonical(file);
            result[name] = Math.Max(grade, result.GetValueOrDefault(name));
        }
        return result;
    }
}
