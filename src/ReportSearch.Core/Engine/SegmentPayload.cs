using System.IO.Compression;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>
/// What a hit needs to be shown, kept in binary doc values instead of Lucene's stored fields: a segment's text
/// and sections (deflated by the platform's zlib), and on a report's first segment its metadata (as it is: deflating it saves 1 MB
/// of the 50 MB real-vocabulary archive's index, but inflating costs about 12 µs per report read, 10% of a
/// request's CPU with a page of hits).
/// Lucene.Net decompresses a whole stored-fields chunk in managed code for every document read — about 0.2 ms
/// per hit segment here, more than the search itself — while a binary doc value is one positioned read of just
/// its bytes (the index is read through NIOFSDirectory, see IndexDirectories, so this costs a read call, not a
/// decompression). The text is deflated as UTF-16: on the real-vocabulary archive (50 MB, seed 1) 62% of its
/// UTF-16 size, better than UTF-8 (+25%), GB18030 (+19%) or Brotli at levels 4–9 (no smaller below the
/// encoding time of level 9, 10× zlib's); only Brotli 11 is smaller (−8%), at 40× the encoding time.
/// </summary>
internal static class SegmentPayload
{
    /// <summary>What the payloads hold and how they are encoded; part of the stored layout (StoredLayoutTests).</summary>
    public const string Layout =
        "segdata: zlib(9) of UTF-16 id, ord, district, sections (JSON, non-ASCII unescaped), text; " +
        "repdata: UTF-8 id, segment count, main source, metadata bytes";

    // zlib's smallest setting: 0.7% smaller than its default on the text at the same encoding time (the matches
    // it searches longer for are rare in real text); decoding costs the same.
    private const CompressionLevel Level = CompressionLevel.SmallestSize;

    // Headings are mostly Chinese: escaped as \uXXXX each character took 12 bytes of UTF-16 before deflating, and
    // the sections 2% of the deflated segment (these bytes are only read back by StoredJson, never shown raw).
    private static readonly System.Text.Json.JsonSerializerOptions SectionsJson = new(StoredJson.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] EncodeSegment(string reportId, int ord, string? district, IReadOnlyList<IndexSection> sections, string text)
    {
        using var buffer = new MemoryStream(text.Length * 2 + 256);
        using (var deflate = new ZLibStream(buffer, Level, leaveOpen: true))
        using (var w = new BinaryWriter(deflate, Encoding.Unicode))
        {
            w.Write(reportId);
            w.Write(ord);
            w.Write(district ?? "");
            w.Write(System.Text.Json.JsonSerializer.Serialize(sections, SectionsJson));
            w.Write(text);
        }
        return buffer.ToArray();
    }

    // The metadata bytes are written as BinaryWriter writes a string (7-bit length, then UTF-8): the layout of
    // indexes that stored the metadata as a JSON string.
    public static byte[] EncodeReport(string reportId, byte[] metadata, int segmentCount, string mainSource)
    {
        using var buffer = new MemoryStream(512);
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(reportId);
            w.Write(segmentCount);
            w.Write(mainSource);
            w.Write7BitEncodedInt(metadata.Length);
            w.Write(metadata);
        }
        return buffer.ToArray();
    }

    public static StoredSegment ReadSegment(IndexReader reader, int doc)
    {
        var bytes = Read(reader, doc, F.SegmentData) ?? throw new InvalidOperationException($"document {doc} holds no segment");
        // Inflated in one piece, then read as BinaryWriter wrote it: a BinaryReader on the inflating stream asks
        // zlib for 128 bytes at a time, and those calls were half of a long-phrase query's time.
        var r = new PlainReader(Inflate(bytes));
        var id = r.ReadString();
        int ord = r.ReadInt32();
        var district = r.ReadString();
        var sections = StoredJson.Read<List<IndexSection>>(r.ReadString()) ?? [];
        var text = r.ReadString();
        return new StoredSegment(id, ord, district.Length == 0 ? null : district, text, sections);
    }

    // The inflated bytes stay valid until this thread inflates the next payload.
    [ThreadStatic] private static byte[]? _inflated;
    private const int InflateBufferBytes = 64 * 1024;
    /// <summary>A huge segment's buffer is not kept for good.</summary>
    private const int MaxKeptInflateBufferBytes = 4 * 1024 * 1024;

    private static ReadOnlySpan<byte> Inflate(BytesRef bytes)
    {
        var buffer = _inflated ??= new byte[InflateBufferBytes];
        using var inflate = new ZLibStream(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length), CompressionMode.Decompress);
        int length = 0;
        while (true)
        {
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            int n = inflate.Read(buffer, length, buffer.Length - length);
            if (n == 0) break;
            length += n;
        }
        _inflated = buffer.Length <= MaxKeptInflateBufferBytes ? buffer : null;
        return buffer.AsSpan(0, length);
    }

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote with UTF-16: 7-bit length-prefixed strings and little-endian ints.</summary>
    private ref struct PlainReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public int ReadInt32()
        {
            int v = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_bytes[_at..]);
            _at += 4;
            return v;
        }

        public string ReadString()
        {
            int length = 0, shift = 0;
            byte b;
            do
            {
                if (shift > 28) throw new InvalidDataException("a corrupt string length in a segment payload");
                b = _bytes[_at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            var s = Encoding.Unicode.GetString(_bytes.Slice(_at, length));
            _at += length;
            return s;
        }
    }

    /// <summary>The report a first segment heads: id, metadata, segment count and the path it was indexed from.</summary>
    public static (string Id, byte[] Metadata, int SegmentCount, string MainSource)? ReadReport(IndexReader reader, int doc)
    {
        var bytes = Read(reader, doc, F.ReportData);
        if (bytes is null) return null;
        using var r = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length), Encoding.UTF8);
        var id = r.ReadString();
        int count = r.ReadInt32();
        var main = r.ReadString();
        var meta = r.ReadBytes(r.Read7BitEncodedInt());
        return (id, meta, count, main);
    }

    /// <summary>The id of the report whose first segment is <paramref name="doc"/> of this Lucene segment; null when it is none.</summary>
    public static string? ReadReportId(AtomicReader reader, int doc)
    {
        var values = reader.GetBinaryDocValues(F.ReportData);
        var docsWith = reader.GetDocsWithField(F.ReportData);
        if (values is null || docsWith is null || !docsWith.Get(doc)) return null;
        var bytes = new BytesRef();
        values.Get(doc, bytes);
        using var r = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length), Encoding.UTF8);
        return r.ReadString();
    }

    private static BytesRef? Read(IndexReader reader, int doc, string field)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(field);
        var docsWith = leaf.AtomicReader.GetDocsWithField(field);
        int local = doc - leaf.DocBase;
        if (values is null || docsWith is null || !docsWith.Get(local)) return null;
        var bytes = new BytesRef();
        values.Get(local, bytes);
        return bytes;
    }
}
