using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace ReportSearch.Engine;

/// <summary>
/// The text fingerprints that more than one live report of a snapshot bears: only the reports with one of them
/// go through the collector's collapsing (most reports have a text of their own and pass straight on). Computed
/// once per snapshot from the per-segment arrays the collector reads anyway.
/// </summary>
internal static class SharedTexts
{
    private static readonly ConditionalWeakTable<IndexReader, HashSet<long>> ByReader = new();

    public static IReadOnlySet<long> Of(IndexReader reader) => ByReader.GetValue(reader, Compute);

    private static HashSet<long> Compute(IndexReader reader)
    {
        var seen = new HashSet<long>();
        var shared = new HashSet<long>();
        foreach (var leaf in reader.Leaves)
        {
            var values = LeafValues.For(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            for (int g = 0; g < values.GroupStart.Length; g++)
            {
                long fingerprint = values.GroupFingerprint[g];
                if (fingerprint == 0 || (live is not null && !live.Get(values.GroupStart[g]))) continue;
                if (!seen.Add(fingerprint)) shared.Add(fingerprint);
            }
        }
        return shared;
    }
}
