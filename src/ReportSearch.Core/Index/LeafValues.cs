using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using ReportSearch.Analysis;
using F = ReportSearch.Index.IndexFields;

namespace ReportSearch.Index;

/// <summary>
/// The doc values of one Lucene segment, read once into plain arrays: the collector looks at every matching
/// document, and an array read is far cheaper than a doc-values lookup. Segments are immutable, so this is
/// cached per segment core and shared by every reader that still contains it (deletions are applied by the
/// scorers, never here).
/// </summary>
internal sealed class LeafValues
{
    // Built by one caller per segment core; concurrent searches of a new segment wait for that build.
    private static readonly ConditionalWeakTable<object, Lazy<LeafValues>> Cache = new();

    /// <summary>Per document: the index of its report group in this leaf, or -1 for a source document.</summary>
    public readonly int[] Group;
    /// <summary>Per group: the document of the report's first segment (its metadata), and the report hash.</summary>
    public readonly int[] GroupStart;
    public readonly long[] GroupHash;
    public readonly int[] GroupYear;
    public readonly int[] GroupDate;
    public readonly int[] GroupKind;
    public readonly int[] GroupOrg;
    /// <summary>Region ords of document d: RegionOrds[RegionStart[d] .. RegionStart[d + 1]).</summary>
    public readonly int[] RegionStart;
    public readonly int[] RegionOrds;

    /// <summary>Per region ord: its depth (1 = widest), full path and normalized last element.</summary>
    public readonly int[] RegionDepth;
    public readonly string[] RegionPath;
    public readonly string[] RegionName;
    public readonly string[] Kinds;
    public readonly string[] Orgs;
    public readonly string[] KindsNormalized;
    public readonly string[] OrgsNormalized;

    public static LeafValues For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new Lazy<LeafValues>(() => new LeafValues(reader), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private LeafValues(AtomicReader reader)
    {
        int max = reader.MaxDoc;
        var hash = reader.GetNumericDocValues(F.ReportHash);
        var ord = reader.GetNumericDocValues(F.OrdValue);
        var year = reader.GetNumericDocValues(F.Year);
        var date = reader.GetNumericDocValues(F.Date);
        var kind = reader.GetSortedDocValues(F.Kind);
        var org = reader.GetSortedDocValues(F.Org);
        var region = reader.GetSortedSetDocValues(F.Region);
        var docsWithHash = reader.GetDocsWithField(F.ReportHash);

        Group = new int[max];
        RegionStart = new int[max + 1];
        var starts = new List<int>();
        var hashes = new List<long>();
        var years = new List<int>();
        var dates = new List<int>();
        var kinds = new List<int>();
        var orgs = new List<int>();
        var regionOrds = new List<int>();
        long lastHash = 0;
        for (int d = 0; d < max; d++)
        {
            RegionStart[d] = regionOrds.Count;
            if (docsWithHash is null || !docsWithHash.Get(d))
            {
                Group[d] = -1;
                continue;
            }
            long h = hash!.Get(d);
            // A report's segments are one block; a new block starts at ord 0 (a replaced report's deleted
            // block may sit right before its new one, with the same hash).
            if (starts.Count == 0 || h != lastHash || ord!.Get(d) == 0)
            {
                starts.Add(d);
                hashes.Add(h);
                years.Add((int)(year?.Get(d) ?? 0));
                dates.Add((int)(date?.Get(d) ?? 0));
                kinds.Add(kind?.GetOrd(d) ?? -1);
                orgs.Add(org?.GetOrd(d) ?? -1);
                lastHash = h;
            }
            Group[d] = starts.Count - 1;
            if (region is not null)
            {
                region.SetDocument(d);
                for (long o = region.NextOrd(); o != SortedSetDocValues.NO_MORE_ORDS; o = region.NextOrd()) regionOrds.Add((int)o);
            }
        }
        RegionStart[max] = regionOrds.Count;
        GroupStart = [.. starts];
        GroupHash = [.. hashes];
        GroupYear = [.. years];
        GroupDate = [.. dates];
        GroupKind = [.. kinds];
        GroupOrg = [.. orgs];
        RegionOrds = [.. regionOrds];

        int regionCount = region is null ? 0 : (int)region.ValueCount;
        RegionDepth = new int[regionCount];
        RegionPath = new string[regionCount];
        RegionName = new string[regionCount];
        var bytes = new BytesRef();
        for (int o = 0; o < regionCount; o++)
        {
            region!.LookupOrd(o, bytes);
            var path = bytes.Utf8ToString();
            var parts = path.Split(F.PathSeparator);
            RegionDepth[o] = parts.Length;
            RegionPath[o] = path;
            RegionName[o] = TextNormalizer.NormalizeToString(parts[^1]);
        }
        Kinds = Values(kind);
        Orgs = Values(org);
        KindsNormalized = Kinds.Select(TextNormalizer.NormalizeToString).ToArray();
        OrgsNormalized = Orgs.Select(TextNormalizer.NormalizeToString).ToArray();
    }

    private static string[] Values(SortedDocValues? values)
    {
        if (values is null) return [];
        var result = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (int o = 0; o < result.Length; o++)
        {
            values.LookupOrd(o, bytes);
            result[o] = bytes.Utf8ToString();
        }
        return result;
    }
}
