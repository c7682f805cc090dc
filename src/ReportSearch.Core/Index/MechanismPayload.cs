using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using ReportSearch.Mechanisms;
using F = ReportSearch.Index.IndexFields;

namespace ReportSearch.Index;

/// <summary>
/// The mechanisms a segment names, as UTF-8 JSON in a binary doc value, and the catalogue of a snapshot built
/// from them. A Lucene segment never changes, so its mentions are read once (cached by its core) and reused by
/// every later snapshot; only deletions are applied anew, from the snapshot's live docs.
/// </summary>
internal static class MechanismPayload
{
    private static readonly ConditionalWeakTable<object, List<(int Doc, MechanismSegment Segment)>> ByCore = new();
    private static readonly ConditionalWeakTable<IndexReader, MechanismCatalog> BySnapshot = new();

    public static byte[] Encode(MechanismSegment segment) => Encoding.UTF8.GetBytes(StoredJson.Write(segment));

    public static MechanismCatalog CatalogOf(IndexReader snapshot) =>
        BySnapshot.GetValue(snapshot, reader => MechanismCatalog.Build(LiveSegments(reader)));

    private static IEnumerable<MechanismSegment> LiveSegments(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            foreach (var (doc, segment) in ByCore.GetValue(atomic.CoreCacheKey, _ => Read(atomic)))
                if (live is null || live.Get(doc)) yield return segment;
        }
    }

    private static List<(int, MechanismSegment)> Read(AtomicReader atomic)
    {
        var segments = new List<(int, MechanismSegment)>();
        var values = atomic.GetBinaryDocValues(F.Mechanisms);
        var present = atomic.GetDocsWithField(F.Mechanisms);
        if (values is null || present is null) return segments;
        var bytes = new BytesRef();
        for (int doc = 0; doc < atomic.MaxDoc; doc++)
        {
            if (!present.Get(doc)) continue;
            values.Get(doc, bytes);
            if (StoredJson.Read<MechanismSegment>(Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length)) is { } segment)
                segments.Add((doc, segment));
        }
        return segments;
    }
}
