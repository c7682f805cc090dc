using System.Buffers;
using System.IO.Compression;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>
/// What a hit needs to be shown, kept in binary doc values instead of Lucene's stored fields: a segment's text
/// and sections (coded by <see cref="CharacterCode"/>, then deflated by the platform's zlib), and on a report's first
/// segment its metadata (as it is: deflating it saves 1 MB of the 50 MB real-vocabulary archive's index, but inflating
/// costs about 12 µs per report read, 10% of a request's CPU with a page of hits).
/// Lucene.Net decompresses a whole stored-fields chunk in managed code for every document read — about 0.2 ms
/// per hit segment here, more than the search itself — while a binary doc value is one positioned read of just
/// its bytes (the index is read through NIOFSDirectory, see IndexDirectories, so this costs a read call, not a
/// decompression). Deflated UTF-16 was 62% of the text's UTF-16 size on the real-vocabulary archive (50 MB, seed 1),
/// better than UTF-8 (+25%), GB18030 (+19%) or Brotli at levels 4–9 (no smaller below the encoding time of level 9,
/// 10× zlib's); the character code takes it to 50% (Brotli 11 on the coded text is no smaller than zlib).
/// </summary>
internal static class SegmentPayload
{
    /// <summary>What the payloads hold and how they are encoded; part of the stored layout (StoredLayoutTests).</summary>
    public static readonly string Layout =
        $"segdata: zlib(9) of id, ord, district?, section count, (start, heading?, district?) per section, text; numbers " +
        $"7-bit, strings as their length in characters (plus one when nullable, 0 = null) and their character code " +
        $"(table {CharacterCode.TableFingerprint}); " +
        "repdata: UTF-8 id, segment count, main source, metadata bytes";

    // zlib's smallest setting: 0.7% smaller than its default on the text at the same encoding time (the matches
    // it searches longer for are rare in real text); decoding costs the same.
    private const CompressionLevel Level = CompressionLevel.SmallestSize;

    public static byte[] EncodeSegment(string reportId, int ord, string? district, IReadOnlyList<IndexSection> sections, string text)
    {
        var codes = new ArrayBufferWriter<byte>(text.Length * 2 + 256);
        WriteString(codes, reportId);
        WriteNumber(codes, ord);
        WriteNullableString(codes, district);
        WriteNumber(codes, sections.Count);
        foreach (var section in sections)
        {
            WriteNumber(codes, section.Start);
            WriteNullableString(codes, section.Heading);
            WriteNullableString(codes, section.District);
        }
        WriteString(codes, text);
        using var buffer = new MemoryStream(codes.WrittenCount / 2 + 64);
        using (var deflate = new ZLibStream(buffer, Level, leaveOpen: true)) deflate.Write(codes.WrittenSpan);
        return buffer.ToArray();
    }

    // A non-negative number, 7 bits a byte (as BinaryWriter.Write7BitEncodedInt).
    private static void WriteNumber(ArrayBufferWriter<byte> codes, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var span = codes.GetSpan(5);
        int n = 0;
        for (uint v = (uint)value; ; v >>= 7)
        {
            if (v < 0x80) { span[n++] = (byte)v; break; }
            span[n++] = (byte)(v | 0x80);
        }
        codes.Advance(n);
    }

    // Its length in characters, then the characters' codes.
    private static void WriteString(ArrayBufferWriter<byte> codes, string s)
    {
        WriteNumber(codes, s.Length);
        WriteCodes(codes, s);
    }

    // Its length plus one (0: null), then the characters' codes.
    private static void WriteNullableString(ArrayBufferWriter<byte> codes, string? s)
    {
        WriteNumber(codes, s is null ? 0 : s.Length + 1);
        if (s is not null) WriteCodes(codes, s);
    }

    private static void WriteCodes(ArrayBufferWriter<byte> codes, string s)
    {
        // In pieces, so that a long text does not ask for one buffer of three bytes a character.
        for (int at = 0; at < s.Length; at += EncodeChunkChars)
            CharacterCode.Encode(s.AsSpan(at, Math.Min(EncodeChunkChars, s.Length - at)), codes);
    }

    private const int EncodeChunkChars = 8192;

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
        // Inflated in one piece, then decoded: a reader on the inflating stream asks zlib for a few bytes at a time,
        // and those calls were half of a long-phrase query's time.
        var r = new PlainReader(Inflate(bytes));
        var id = r.ReadString();
        int ord = r.ReadNumber();
        var district = r.ReadNullableString();
        var sections = new IndexSection[r.ReadNumber()];
        for (int i = 0; i < sections.Length; i++) sections[i] = new IndexSection(r.ReadNumber(), r.ReadNullableString(), r.ReadNullableString());
        var text = r.ReadString();
        return new StoredSegment(id, ord, district, text, sections);
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

    /// <summary>Reads what <see cref="EncodeSegment"/> wrote: 7-bit numbers, strings as their length and their <see cref="CharacterCode"/>.</summary>
    private ref struct PlainReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public int ReadNumber()
        {
            int value = 0, shift = 0;
            byte b;
            do
            {
                if (shift > 28 || _at >= _bytes.Length) throw new InvalidDataException("a corrupt number in a segment payload");
                b = _bytes[_at++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }

        public string ReadString() => Decode(ReadNumber());

        public string? ReadNullableString()
        {
            int lengthPlusOne = ReadNumber();
            return lengthPlusOne == 0 ? null : Decode(lengthPlusOne - 1);
        }

        private string Decode(int length)
        {
            if (length < 0) throw new InvalidDataException("a corrupt string length in a segment payload");
            var state = new DecodeState(_bytes[_at..], ref _at);
            return string.Create(length, state, static (chars, s) => s.At += CharacterCode.Decode(s.Codes, chars));
        }
    }

    private ref struct DecodeState(ReadOnlySpan<byte> codes, ref int at)
    {
        public readonly ReadOnlySpan<byte> Codes = codes;
        public ref int At = ref at;
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
        return values is null || docsWith is null ? null : ReadReportId(values, docsWith, doc, new BytesRef());
    }

    /// <summary>As <see cref="ReadReportId(AtomicReader, int)"/> from the report data already opened, into a reused
    /// buffer: for reading the ids of many reports of one segment.</summary>
    public static string? ReadReportId(BinaryDocValues reportData, IBits docsWith, int doc, BytesRef scratch)
    {
        if (!docsWith.Get(doc)) return null;
        reportData.Get(doc, scratch);
        // The first value, as BinaryWriter writes a string: its UTF-8 length in 7-bit groups, then the bytes.
        var span = scratch.Bytes.AsSpan(scratch.Offset, scratch.Length);
        int length = 0, shift = 0, at = 0;
        byte b;
        do
        {
            if (shift > 28 || at >= span.Length) throw new InvalidDataException("a corrupt report id length");
            b = span[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (at + length > span.Length) throw new InvalidDataException("a corrupt report id length");
        return Encoding.UTF8.GetString(span.Slice(at, length));
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
