using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using ReportSearch.Mechanisms;
using F = ReportSearch.Index.IndexFields;

namespace ReportSearch.Index;

/// <summary>
/// The mechanisms a segment names, in a binary doc value, and the catalogue of a snapshot built from them. The
/// value is compact (length-prefixed UTF-8, a name or spelling left out when it repeats the key, deflated at the
/// fastest level): reports name dozens of candidates each, most of which never become listed mechanisms, and as
/// JSON they made the index half as big again. A Lucene segment never changes, so its mentions are read once (cached by its core) and reused by
/// every later snapshot; only deletions are applied anew, from the snapshot's live docs.
/// </summary>
internal static class MechanismPayload
{
    private static readonly ConditionalWeakTable<object, MentionTable> ByCore = new();
    private static readonly ConditionalWeakTable<IndexReader, MechanismCatalog> BySnapshot = new();
    private static readonly ConditionalWeakTable<IndexReader, object> Building = new();

    public static MechanismCatalog CatalogOf(IndexReader snapshot) => BySnapshot.GetValue(snapshot, Build);

    /// <summary>Mentions decoded in one go beyond which the garbage of decoding is handed back to the system.</summary>
    private const int LargeDecode = 200_000;

    private static MechanismCatalog Build(IndexReader reader)
    {
        int decoded = 0;
        var tables = reader.Leaves.Select(leaf =>
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var table = ByCore.GetValue(atomic.CoreCacheKey, _ =>
            {
                var t = Read(atomic);
                decoded += t.MentionCount;
                return t;
            });
            return (table, live is null ? null : (Func<int, bool>)live.Get);
        }).ToList();
        var catalog = MechanismCatalog.Build(tables);
        // Decoding a large index's mentions (at start, after a big merge) leaves hundreds of MB of short strings;
        // the GC would keep that memory for the process. One compacting collection gives it back: the host's
        // working set stays near what the catalogue holds (90 MB at 1 GB of text) instead of its peak.
        if (decoded > LargeDecode) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return catalog;
    }

    public static bool IsBuilt(IndexReader snapshot) => BySnapshot.TryGetValue(snapshot, out _);

    /// <summary>True for the first caller only, per snapshot: that caller builds it.</summary>
    public static bool TryStartBuilding(IndexReader snapshot) => Building.TryAdd(snapshot, new object());

    private static MentionTable Read(AtomicReader atomic)
    {
        var table = new MentionTable.Builder();
        var values = atomic.GetBinaryDocValues(F.Mechanisms);
        var present = atomic.GetDocsWithField(F.Mechanisms);
        if (values is null || present is null) return table.Build();
        var bytes = new BytesRef();
        for (int doc = 0; doc < atomic.MaxDoc; doc++)
        {
            if (!present.Get(doc)) continue;
            values.Get(doc, bytes);
            // A value that cannot be read (written by another format version, damaged) leaves out that segment's
            // mentions: the catalogue is a view of the index, and the rest of it stays useful.
            try
            {
                if (Decode(bytes.Bytes, bytes.Offset, bytes.Length) is { } segment) table.Add(doc, segment);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException) { }
        }
        return table.Build();
    }

    private const byte FormatVersion = 1;

    public static byte[] Encode(MechanismSegment segment)
    {
        using var buffer = new MemoryStream(256);
        buffer.WriteByte(FormatVersion);
        using (var deflate = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(deflate, Encoding.UTF8))
        {
            w.Write(segment.ReportId);
            w.Write(segment.Title ?? "");
            w.Write7BitEncodedInt(segment.Year ?? 0);
            w.Write(segment.Date ?? "");
            w.Write7BitEncodedInt(segment.RegionPath.Count);
            foreach (var unit in segment.RegionPath) w.Write(unit);
            w.Write7BitEncodedInt(segment.Mentions.Count);
            foreach (var m in segment.Mentions)
            {
                w.Write(m.Key);
                w.Write(m.Name == m.Key ? "" : m.Name);
                w.Write(m.Written == m.Name ? "" : m.Written == $"“{m.Name}”" ? "\u0001" : m.Written);
                w.Write((byte)m.Evidence);
                w.Write7BitEncodedInt(m.Occurrences);
                w.Write(m.Definition ?? "");
                w.Write(m.Definition is null ? "" : m.Section ?? "");
            }
        }
        return buffer.ToArray();
    }

    public static MechanismSegment? Decode(byte[] bytes, int offset, int length)
    {
        if (length < 1 || bytes[offset] != FormatVersion) return null;
        using var inflate = new ZLibStream(new MemoryStream(bytes, offset + 1, length - 1), CompressionMode.Decompress);
        using var r = new BinaryReader(inflate, Encoding.UTF8);
        var id = r.ReadString();
        var title = r.ReadString();
        int year = r.Read7BitEncodedInt();
        var date = r.ReadString();
        var region = new string[r.Read7BitEncodedInt()];
        for (int i = 0; i < region.Length; i++) region[i] = r.ReadString();
        var mentions = new MechanismMention[r.Read7BitEncodedInt()];
        for (int i = 0; i < mentions.Length; i++)
        {
            var key = r.ReadString();
            var name = r.ReadString() is { Length: > 0 } n ? n : key;
            var written = r.ReadString() switch { "" => name, "\u0001" => $"“{name}”", var w => w };
            var evidence = (MechanismEvidence)r.ReadByte();
            int occurrences = r.Read7BitEncodedInt();
            var definition = r.ReadString();
            var section = r.ReadString();
            mentions[i] = new MechanismMention(key, name, written, evidence, occurrences,
                definition.Length == 0 ? null : definition, section.Length == 0 ? null : section);
        }
        return new MechanismSegment(id, title.Length == 0 ? null : title, year == 0 ? null : year, date.Length == 0 ? null : date, region, mentions);
    }
}
