using System.IO.Compression;
using System.Text;
using ReportSearch.Index;

namespace ReportSearch.Mechanisms;

/// <summary>
/// The mechanisms a segment names, stored as a payload of the segment, and the catalogue of a snapshot built from
/// them (a view of the payloads, which the engine builds once per snapshot). The
/// value is compact (length-prefixed UTF-8, a name or spelling left out when it repeats the key, deflated at the
/// fastest level): reports name dozens of candidates each, most of which never become listed mechanisms, and as
/// JSON they made the index half as big again. A Lucene segment's mentions are read once into a compact
/// <see cref="MentionTable"/> and reused by every later snapshot; only deletions are applied anew.
/// </summary>
internal sealed class MechanismPayload : PayloadView<MentionTable, MechanismCatalog>
{
    public static readonly MechanismPayload View = new();

    private MechanismPayload() { }

    /// <summary>The payload's name in the index (see <see cref="IndexSegment.Payloads"/>).</summary>
    public const string PayloadName = "mechs";

    public override string Field => PayloadName;

    public override MentionTable ReadPart(IEnumerable<StoredPayload> payloads)
    {
        var table = new MentionTable.Builder();
        foreach (var payload in payloads)
        {
            // A value that cannot be read (written by another format version, damaged) leaves out that segment's
            // mentions: the catalogue is a view of the index, and the rest of it stays useful.
            try
            {
                if (Decode(payload.ReportId, payload.Bytes, payload.Offset, payload.Length) is { } segment) table.Add(payload.Doc, segment);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException) { }
        }
        return table.Build();
    }

    public override MechanismCatalog Combine(IReadOnlyList<(MentionTable Part, Func<int, bool>? IsLive)> parts) => MechanismCatalog.Build(parts);

    // Version 1 also held the report id, which the engine now gives with each payload (the id of a report can
    // change after its payload was made: a path that held a copy of another report gets new content).
    private const byte FormatVersion = 2;
    private const byte FormatWithId = 1;

    /// <summary>The mechanisms of one segment, with what the catalogue needs of its report and place.</summary>
    public static byte[] Encode(string? title, int? year, string? date, IReadOnlyList<string> regionPath, IReadOnlyList<MechanismMention> mentions)
    {
        using var buffer = new MemoryStream(256);
        buffer.WriteByte(FormatVersion);
        using (var deflate = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(deflate, Encoding.UTF8))
        {
            w.Write(title ?? "");
            w.Write7BitEncodedInt(year ?? 0);
            w.Write(date ?? "");
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

    public static MechanismSegment? Decode(string reportId, byte[] bytes, int offset, int length)
    {
        if (length < 1 || bytes[offset] is not (FormatVersion or FormatWithId)) return null;
        using var inflate = new ZLibStream(new MemoryStream(bytes, offset + 1, length - 1), CompressionMode.Decompress);
        using var r = new BinaryReader(inflate, Encoding.UTF8);
        if (bytes[offset] == FormatWithId) r.ReadString();
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
        return new MechanismSegment(reportId, title.Length == 0 ? null : title, year == 0 ? null : year, date.Length == 0 ? null : date, region, mentions);
    }
}
