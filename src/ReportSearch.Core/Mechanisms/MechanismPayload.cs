using System.IO.Compression;
using System.Text;
using ReportSearch.Engine;
using ReportSearch.Ingestion;

namespace ReportSearch.Mechanisms;

/// <summary>
/// The mechanisms a segment names, stored as a payload of the segment, and the catalogue of a snapshot built from
/// them (a view of the payloads, which the engine builds once per snapshot). The
/// value is compact (length-prefixed UTF-8, a name or spelling left out when it repeats the key, deflated at the
/// fastest level): reports name dozens of candidates each, most of which never become listed mechanisms, and as
/// JSON they made the index half as big again. Nothing of a Lucene segment is kept in memory between snapshots:
/// every candidate's mentions held in memory grew with the archive (87.5 MB of heap at 1 GB, some 900 MB at 10 GB).
/// Each segment's mentions are kept instead as compact tables in a file beside the segment (see
/// <see cref="ReadPart(IEnumerable{StoredPayload}, SegmentFile?)"/>), decoded from its payloads once; a catalogue reads
/// those files a table at a time, twice, and keeps only what it lists; what it lists keeps numbers, and one name's
/// page reads its reports' titles and definitions back from the payloads by document.
/// </summary>
internal sealed class MechanismPayload : PayloadView<object, MechanismCatalog>
{
    public static readonly MechanismPayload View = new();

    /// <summary>Payloads decoded into one <see cref="MentionTable"/> at a time: memory while the catalogue is built
    /// stays that of a chunk, whatever the size of a Lucene segment (a built index is usually one segment).</summary>
    internal const int PayloadsPerTable = 4096;

    private MechanismPayload() { }

    /// <summary>The payload's name in the index (see <see cref="SegmentRecord.Payloads"/>).</summary>
    public const string PayloadName = "mechs";

    public override string Field => PayloadName;

    // The part kept per Lucene segment when no file can be kept beside it: none (its payloads are read when a
    // catalogue is built).
    private static readonly object NoPart = new();

    /// <summary>The part of a segment whose tables are kept in a file beside it (see <see cref="SegmentFile"/>).</summary>
    internal sealed class InFile(SegmentFile file)
    {
        public SegmentFile File { get; } = file;
    }

    public override object ReadPart(IEnumerable<StoredPayload> payloads) => NoPart;

    /// <summary>
    /// A segment's mention tables are kept in a file beside it, not in memory: at 1 GB of archive they are 687,000
    /// mentions, several MB however compact, and at 10 GB they would take the catalogue past its 150 MB. Written the
    /// first time a catalogue meets the segment, from its payloads; every later snapshot reads the file instead (a
    /// few MB per GB of archive, read without inflating or decoding strings), so a commit reads the payloads of its new
    /// segments only. A file that cannot be written leaves the part without one: its payloads are read per catalogue.
    /// </summary>
    public override object ReadPart(IEnumerable<StoredPayload> payloads, SegmentFile? file)
    {
        if (file is null) return NoPart;
        if (IsWhole(file)) return new InFile(file);
        return file.TryWrite(stream => MentionTableFile.Write(stream, Tables(payloads, PayloadsPerTable))) ? new InFile(file) : NoPart;
    }

    private static bool IsWhole(SegmentFile file)
    {
        using var stream = file.OpenRead();
        return stream is not null && MentionTableFile.IsWhole(stream);
    }

    public override MechanismCatalog Combine(IReadOnlyList<(object Part, Func<int, bool>? IsLive)> parts) =>
        throw new NotSupportedException("the mechanism catalogue reads the segments' payloads");

    public override MechanismCatalog Combine(IReadOnlyList<PayloadPart<object>> parts) =>
        throw new NotSupportedException("the mechanism catalogue reads the snapshot's payloads again after it is built");

    public override MechanismCatalog Combine(IReadOnlyList<PayloadPart<object>> parts, IStoredPayloads stored) =>
        MechanismCatalog.Build(Tables(parts, PayloadsPerTable), stored);

    /// <summary>The mention tables of the snapshot's segments, read anew on every enumeration (the catalogue goes over
    /// them twice), one at a time: from the segment's file where it has one (tables of <see cref="PayloadsPerTable"/>
    /// payloads), else decoded from its payloads, <paramref name="perTable"/> each. A file that went missing meanwhile
    /// is replaced by the payloads, which give the same tables.</summary>
    internal static IEnumerable<(MentionTable Table, Func<int, bool>? IsLive, int DocBase)> Tables(IReadOnlyList<PayloadPart<object>> parts, int perTable)
    {
        foreach (var part in parts)
        {
            var file = (part.Part as InFile)?.File;
            using var stream = file?.OpenRead();
            var tables = file is null || stream is null ? Tables(part.Payloads(), perTable) : FromFile(file, stream);
            foreach (var table in tables)
                yield return (table, part.IsLive, part.DocBase);
        }
    }

    /// <summary>A segment's tables from its file. The file was whole when its part was read; one found damaged since
    /// is deleted, so that the catalogue built again (this build fails) reads the segment's payloads.</summary>
    private static IEnumerable<MentionTable> FromFile(SegmentFile file, Stream stream)
    {
        using var tables = MentionTableFile.Read(stream).GetEnumerator();
        while (true)
        {
            try
            {
                if (!tables.MoveNext()) yield break;
            }
            catch (InvalidDataException)
            {
                file.Delete();
                throw;
            }
            yield return tables.Current;
        }
    }

    /// <summary>One segment's payloads as mention tables of <paramref name="perTable"/> payloads each.</summary>
    internal static IEnumerable<MentionTable> Tables(IEnumerable<StoredPayload> payloads, int perTable)
    {
        var decoder = new Decoder();
        var table = new MentionTable.Builder();
        int count = 0;
        foreach (var payload in payloads)
        {
            // A value that cannot be read (written by another format version, damaged) leaves out that segment's
            // mentions: the catalogue is a view of the index, and the rest of it stays useful.
            try { decoder.Read(table, payload); }
            catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException) { }
            if (++count < perTable) continue;
            yield return table.Build();
            table = new MentionTable.Builder();
            count = 0;
        }
        if (count > 0) yield return table.Build();
    }

    // Version 1 also held the report id, which the engine now gives with each payload (the id of a report can
    // change after its payload was made: a path that held a copy of another report gets new content). Version 2
    // lacks where the year came from: its first appearances are all marked inferred until the archive is indexed again.
    private const byte FormatVersion = 3;
    private const byte FormatWithoutOrigin = 2;
    private const byte FormatWithId = 1;

    /// <summary>The mechanisms of one segment, with what the catalogue needs of its report and place.</summary>
    /// <param name="yearOrigin">Where the report's year came from (header, session line, body …), or null.</param>
    public static byte[] Encode(string? title, int? year, string? date, IReadOnlyList<string> regionPath, IReadOnlyList<MechanismMention> mentions,
        MetadataOrigin? yearOrigin = null)
    {
        using var buffer = new MemoryStream(256);
        buffer.WriteByte(FormatVersion);
        using (var deflate = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(deflate, Encoding.UTF8))
        {
            w.Write(title ?? "");
            w.Write7BitEncodedInt(year ?? 0);
            w.Write(date ?? "");
            w.Write(yearOrigin is { } origin ? (byte)(origin + 1) : (byte)0);
            w.Write7BitEncodedInt(regionPath.Count);
            foreach (var unit in regionPath) w.Write(unit);
            w.Write7BitEncodedInt(mentions.Count);
            foreach (var m in mentions)
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

    /// <summary>
    /// Reads payloads straight into a <see cref="MentionTable.Builder"/>: inflated into one reused buffer, strings
    /// looked up as spans, so only values not seen before become strings. Decoding a large archive's mentions into
    /// records first made hundreds of MB of short-lived strings, which the process then kept.
    /// </summary>
    internal sealed class Decoder
    {
        private byte[] _inflated = new byte[16 * 1024];
        private char[] _chars = new char[256];

        public void Read(MentionTable.Builder table, StoredPayload payload)
        {
            var stored = payload.Span;
            if (stored.Length < 1 || stored[0] is not (FormatVersion or FormatWithoutOrigin or FormatWithId)) return;
            var r = new SpanReader(Inflate(payload.Bytes, payload.Offset + 1, payload.Length - 1));
            if (stored[0] == FormatWithId) r.SkipString();
            var title = table.TextOf(Chars(r.ReadUtf8()));
            int year = r.Read7BitInt();
            var date = table.TextOf(Chars(r.ReadUtf8()));
            byte origin = stored[0] == FormatVersion ? r.ReadByte() : (byte)0;
            MetadataOrigin? yearOrigin = origin == 0 ? null : (MetadataOrigin)(origin - 1);
            int units = r.Read7BitInt();
            // The region path as its units joined by ›, decoded into the char buffer one unit after the other.
            int length = 0;
            for (int u = 0; u < units; u++)
            {
                var unit = r.ReadUtf8();
                EnsureChars(length + 1 + System.Text.Encoding.UTF8.GetMaxCharCount(unit.Length));
                if (u > 0) _chars[length++] = '›';
                length += System.Text.Encoding.UTF8.GetChars(unit, _chars.AsSpan(length));
            }
            table.StartSegment(payload.Doc, payload.ReportId, title, year, date, table.RegionOf(_chars.AsSpan(0, length)), yearOrigin);
            int mentions = r.Read7BitInt();
            for (int i = 0; i < mentions; i++)
            {
                int key = table.KeyOf(Chars(r.ReadUtf8()));
                var nameBytes = r.ReadUtf8();
                int name = nameBytes.IsEmpty ? -1 : table.StringOf(Chars(nameBytes));
                var writtenBytes = r.ReadUtf8();
                int written = writtenBytes switch
                {
                    [] => name >= 0 ? name : table.StringOf(table.KeyText(key)), // as the name, without quotation marks
                    [1] => -1,                                                     // the name in quotation marks
                    _ => table.StringOf(Chars(writtenBytes)),
                };
                var evidence = (MechanismEvidence)r.ReadByte();
                r.Read7BitInt(); // occurrences: not kept by the catalogue
                var definition = r.ReadUtf8();
                var section = r.ReadUtf8();
                table.AddMention(key, evidence, name, written,
                    definition.IsEmpty ? null : System.Text.Encoding.UTF8.GetString(definition),
                    definition.IsEmpty || section.IsEmpty ? null : System.Text.Encoding.UTF8.GetString(section));
            }
        }

        /// <summary>The report's title a payload gives; null when none, or when the payload cannot be read.</summary>
        /// <remarks>Inflates only as far as the title, which comes first: the segment's mentions and definitions follow
        /// it, and a name's page reads one title for each of its reports (tens of thousands for the commonest names).</remarks>
        public string? Title(StoredPayload payload)
        {
            var stored = payload.Span;
            if (stored.Length < 1 || stored[0] is not (FormatVersion or FormatWithoutOrigin or FormatWithId)) return null;
            using var inflate = new ZLibStream(new MemoryStream(payload.Bytes, payload.Offset + 1, payload.Length - 1), CompressionMode.Decompress);
            int total = 0;
            for (int want = TitlePrefix; ; want *= 4)
            {
                bool ended = InflateTo(inflate, ref total, want);
                var r = new SpanReader(_inflated.AsSpan(0, total));
                if ((stored[0] != FormatWithId || r.TryReadUtf8(out _)) && r.TryReadUtf8(out var title))
                    return title.IsEmpty ? null : System.Text.Encoding.UTF8.GetString(title);
                if (ended) throw new InvalidDataException("a mechanism payload ends within its title");
            }
        }

        /// <summary>Bytes inflated first for a title: a title, and a version 1 payload's id before it, rarely take more.</summary>
        private const int TitlePrefix = 256;

        /// <summary>Inflates on until <paramref name="total"/> bytes reach <paramref name="want"/> (no further: zlib
        /// then stops) or the stream ends; true when it ended.</summary>
        private bool InflateTo(ZLibStream inflate, ref int total, int want)
        {
            if (_inflated.Length < want) Array.Resize(ref _inflated, want);
            while (total < want)
            {
                int n = inflate.Read(_inflated, total, want - total);
                if (n == 0) return true;
                total += n;
            }
            return false;
        }

        /// <summary>The definition the segment gives of <paramref name="key"/>, with its section; null when it gives none.</summary>
        public (string Text, string? Section)? Definition(StoredPayload payload, string key)
        {
            var stored = payload.Span;
            if (stored.Length < 1 || stored[0] is not (FormatVersion or FormatWithoutOrigin or FormatWithId)) return null;
            var r = new SpanReader(Inflate(payload.Bytes, payload.Offset + 1, payload.Length - 1));
            if (stored[0] == FormatWithId) r.SkipString();
            r.SkipString(); // title
            r.Read7BitInt(); // year
            r.SkipString(); // date
            if (stored[0] == FormatVersion) r.ReadByte(); // year origin
            for (int units = r.Read7BitInt(); units > 0; units--) r.SkipString();
            for (int mentions = r.Read7BitInt(); mentions > 0; mentions--)
            {
                bool isKey = Chars(r.ReadUtf8()).SequenceEqual(key);
                r.SkipString(); // name
                r.SkipString(); // written
                r.ReadByte(); // evidence
                r.Read7BitInt(); // occurrences
                var definition = r.ReadUtf8();
                var section = r.ReadUtf8();
                if (isKey && !definition.IsEmpty)
                    return (System.Text.Encoding.UTF8.GetString(definition), section.IsEmpty ? null : System.Text.Encoding.UTF8.GetString(section));
            }
            return null;
        }

        private ReadOnlySpan<byte> Inflate(byte[] bytes, int offset, int length)
        {
            using var inflate = new ZLibStream(new MemoryStream(bytes, offset, length), CompressionMode.Decompress);
            int total = 0;
            while (true)
            {
                if (total == _inflated.Length) Array.Resize(ref _inflated, _inflated.Length * 2);
                int n = inflate.Read(_inflated, total, _inflated.Length - total);
                if (n == 0) break;
                total += n;
            }
            return _inflated.AsSpan(0, total);
        }

        private ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf8)
        {
            EnsureChars(System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length));
            return _chars.AsSpan(0, System.Text.Encoding.UTF8.GetChars(utf8, _chars));
        }

        private void EnsureChars(int count)
        {
            if (_chars.Length < count) Array.Resize(ref _chars, Math.Max(count, _chars.Length * 2));
        }
    }

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote with UTF-8: 7-bit length-prefixed strings and 7-bit ints.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public byte ReadByte() => _bytes[_at++];

        public int Read7BitInt()
        {
            int value = 0, shift = 0;
            byte b;
            do
            {
                if (shift > 28) throw new InvalidDataException("a corrupt number in a mechanism payload");
                b = _bytes[_at++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }

        public ReadOnlySpan<byte> ReadUtf8()
        {
            int length = Read7BitInt();
            var s = _bytes.Slice(_at, length);
            _at += length;
            return s;
        }

        public void SkipString() => ReadUtf8();

        /// <summary>As <see cref="ReadUtf8"/>, false instead when the bytes end before the string does (a prefix of a payload).</summary>
        public bool TryReadUtf8(out ReadOnlySpan<byte> value)
        {
            value = default;
            int value7 = 0, shift = 0, at = _at;
            byte b;
            do
            {
                if (shift > 28) throw new InvalidDataException("a corrupt number in a mechanism payload");
                if (at >= _bytes.Length) return false;
                b = _bytes[at++];
                value7 |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (value7 < 0) throw new InvalidDataException("a corrupt string length in a mechanism payload");
            if (value7 > _bytes.Length - at) return false;
            value = _bytes.Slice(at, value7);
            _at = at + value7;
            return true;
        }
    }
}
