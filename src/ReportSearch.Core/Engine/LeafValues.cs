using Lucene.Net.Index;
using Lucene.Net.Util;
using ReportSearch.Analysis;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>
/// The report structure of one Lucene segment, read once into plain arrays: which documents form a report, and
/// what orders and filters reports (year, date, places). The collector looks at every matching document, and an
/// array read is far cheaper than a doc-values lookup. Kept per segment core (<see cref="CoreCache"/>).
/// </summary>
internal sealed class LeafValues
{
    /// <summary>Per document: the index of its report group in this leaf, or -1 for a source document.</summary>
    public readonly int[] Group;
    /// <summary>One past the last report document: after a bulk merge the source documents all follow the reports
    /// (<see cref="LuceneIndexWriter"/>), and only report documents cost a text query anything.</summary>
    public readonly int ReportDocsEnd;
    /// <summary>Per group: the document of the report's first segment (its metadata), and the report hash.</summary>
    public readonly int[] GroupStart;
    public readonly long[] GroupHash;
    public readonly int[] GroupYear;
    public readonly int[] GroupDate;
    /// <summary>Per group: the report's text fingerprint (0: none), by which copies of one text are listed once.</summary>
    public readonly long[] GroupFingerprint;
    /// <summary>Region ords of document d: RegionOrds[RegionStart[d] .. RegionStart[d + 1]).</summary>
    public readonly int[] RegionStart;
    public readonly int[] RegionOrds;

    /// <summary>Per region ord: its depth (1 = widest), full path and normalized last element.</summary>
    public readonly int[] RegionDepth;
    public readonly string[] RegionPath;
    public readonly string[] RegionName;

    public static LeafValues For(AtomicReader reader) => CoreCache.Get(reader, typeof(LeafValues), r => new LeafValues(r));

    private LeafValues(AtomicReader reader)
    {
        int max = reader.MaxDoc;
        var hash = reader.GetNumericDocValues(F.ReportHash);
        var ord = reader.GetNumericDocValues(F.OrdValue);
        var year = reader.GetNumericDocValues(F.Year);
        var date = reader.GetNumericDocValues(F.Date);
        var fingerprint = reader.GetNumericDocValues(F.TextFingerprint);
        var region = reader.GetSortedSetDocValues(F.Region);
        var docsWithHash = reader.GetDocsWithField(F.ReportHash);

        Group = new int[max];
        RegionStart = new int[max + 1];
        var starts = new List<int>();
        var hashes = new List<long>();
        var years = new List<int>();
        var dates = new List<int>();
        var fingerprints = new List<long>();
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
                fingerprints.Add(fingerprint?.Get(d) ?? 0);
                lastHash = h;
            }
            Group[d] = starts.Count - 1;
            ReportDocsEnd = d + 1;
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
        GroupFingerprint = [.. fingerprints];
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
    }
}
