using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace ReportSearch.Engine;

/// <summary>
/// The text fingerprints that more than one live report of a snapshot bears: only the reports with one of them
/// go through the collector's collapsing (most reports have a text of their own and pass straight on). Computed
/// once per snapshot from the per-segment arrays the collector reads anyway, with a flag per report of each Lucene
/// segment, so that the collector asks an array for every matching report rather than a hash set.
/// </summary>
internal sealed class SharedTexts
{
    private static readonly ConditionalWeakTable<IndexReader, SharedTexts> ByReader = new();

    /// <summary>The fingerprints borne by more than one live report.</summary>
    public IReadOnlySet<long> Fingerprints { get; }

    // Per Lucene segment (by its ord in the snapshot), per report group: whether its fingerprint is shared.
    private readonly bool[][] _sharedByLeaf;

    public static SharedTexts Of(IndexReader reader) => ByReader.GetValue(reader, r => new SharedTexts(r));

    /// <summary>Per report group of the segment with this ord in the snapshot: whether its text is shared.</summary>
    public bool[] InLeaf(int leafOrd) => _sharedByLeaf[leafOrd];

    private SharedTexts(IndexReader reader)
    {
        var seen = new HashSet<long>();
        var shared = new HashSet<long>();
        var leaves = reader.Leaves;
        foreach (var leaf in leaves)
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
        Fingerprints = shared;
        _sharedByLeaf = new bool[leaves.Count][];
        foreach (var leaf in leaves)
        {
            var fingerprints = LeafValues.For(leaf.AtomicReader).GroupFingerprint;
            var flags = new bool[fingerprints.Length];
            if (shared.Count > 0)
                for (int g = 0; g < flags.Length; g++) flags[g] = fingerprints[g] != 0 && shared.Contains(fingerprints[g]);
            _sharedByLeaf[leaf.Ord] = flags;
        }
    }
}
