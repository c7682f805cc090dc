using ReportSearch.Analysis;

namespace ReportSearch.Mechanisms;

/// <summary>
/// Splits the uses of one written name into senses: 六个一 of 西园街道 (2020, six named parts of a 复工复产 mechanism)
/// and 六个一 of 江西 (2026, six supports of an industrial cluster) are two mechanisms that share a name. The
/// definitions tell them apart: definitions that share few of their words are different senses, while one place
/// keeps one sense (a place does not coin the same name twice). Uses without a definition belong to the sense of their
/// place, else to none (they stay in the name's overall figures). Pure; computed on demand for one name's page, so
/// the catalogue keeps nothing more in memory.
/// </summary>
public static class MechanismSenses
{
    /// <summary>Below this share of shared character pairs (Jaccard), two definitions describe different things.</summary>
    public const double MinSharedPairs = 0.2;

    /// <summary>One use of the name: its place (a region key, "" when unknown) and its definition, if it gives one.</summary>
    public readonly record struct Use(string Region, string? Definition);

    /// <summary>The sense of each use (-1: none), and how many senses there are; a name with fewer than two senses gets
    /// none at all (it looks as it always did).</summary>
    public static (int[] SenseOf, int Count) Split(IReadOnlyList<Use> uses)
    {
        var senseOf = new int[uses.Count];
        Array.Fill(senseOf, -1);
        var representatives = new List<HashSet<string>>();
        var senseOfRegion = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < uses.Count; i++)
        {
            var (region, definition) = uses[i];
            if (definition is null) continue;
            int sense;
            if (region.Length > 0 && senseOfRegion.TryGetValue(region, out int known)) sense = known;
            else
            {
                var pairs = Pairs(definition);
                sense = representatives.FindIndex(r => Jaccard(r, pairs) >= MinSharedPairs);
                if (sense < 0)
                {
                    sense = representatives.Count;
                    representatives.Add(pairs);
                }
                if (region.Length > 0) senseOfRegion[region] = sense;
            }
            senseOf[i] = sense;
        }
        if (representatives.Count < 2) return (new int[uses.Count].Select(_ => -1).ToArray(), 0);
        for (int i = 0; i < uses.Count; i++)
            if (senseOf[i] < 0 && senseOfRegion.TryGetValue(uses[i].Region, out int sense)) senseOf[i] = sense;
        return (senseOf, representatives.Count);
    }

    // Overlapping pairs of Han characters and letters, normalized: what two definitions of the same thing share.
    private static HashSet<string> Pairs(string definition)
    {
        var text = new string(TextNormalizer.NormalizeToString(definition).Where(c => MechanismNames.IsHan(c) || char.IsLetterOrDigit(c)).ToArray());
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < text.Length; i++) pairs.Add(text.Substring(i, 2));
        return pairs;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
