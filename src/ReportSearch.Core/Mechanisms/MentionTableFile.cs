using System.Text;
using ReportSearch.Ingestion;

namespace ReportSearch.Mechanisms;

/// <summary>
/// One Lucene segment's <see cref="MentionTable"/>s as bytes, for the file the catalogue keeps beside the segment
/// (see <see cref="MechanismPayload"/>): everything the catalogue's build reads of a table, and nothing it reads back
/// from the payloads for a page (a report's title, a definition's text and section: only whether a mention defines
/// its name is kept). Each table's strings are written once (keys, spellings, report ids, dates, region paths) and
/// its documents and mentions as 7-bit numbers indexing them, so reading a table back is filling arrays, without the
/// inflating, UTF-8 decoding and string look-ups per mention that decoding payloads costs.
/// </summary>
internal static class MentionTableFile
{
    /// <summary>Changes whenever what is written changes (or what the decoder makes of a payload): a file of another
    /// version is not read, and the payloads are read again.</summary>
    private const byte Version = 1;

    /// <summary>The mention's evidence byte (<see cref="MechanismEvidence"/> uses six bits) has this bit when the mention defines its name.</summary>
    private const byte DefinesBit = 0x80;

    /// <summary>Writes the tables, one after another as they come (a segment's are decoded one at a time).</summary>
    public static void Write(Stream stream, IEnumerable<MentionTable> tables)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Version);
        foreach (var table in tables)
        {
            w.Write(true);
            Write(w, table);
        }
        w.Write(false);
    }

    /// <summary>The tables written, read one at a time as they are enumerated.</summary>
    /// <exception cref="InvalidDataException">The stream is of another version, or damaged.</exception>
    public static IEnumerable<MentionTable> Read(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (Checked(r.ReadByte) != Version) throw new InvalidDataException("a mention table file of another version");
        while (Checked(r.ReadBoolean)) yield return Checked(() => Read(r));
        if (stream.Position != stream.Length) throw new InvalidDataException("a mention table file goes on after its last table");
    }

    /// <summary>Whether the stream holds whole tables of this version.</summary>
    public static bool IsWhole(Stream stream)
    {
        try
        {
            foreach (var _ in Read(stream)) { }
            return true;
        }
        catch (InvalidDataException) { return false; }
    }

    // What a damaged file makes the reader throw, as the one exception a reader of the file expects.
    private static T Checked<T>(Func<T> read)
    {
        try { return read(); }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException("a damaged mention table file", e);
        }
    }

    private static void Write(BinaryWriter w, MentionTable t)
    {
        var reportIds = Numbered(t.ReportId, StringComparer.Ordinal);
        var dates = Numbered(t.Date.Select(d => d ?? ""), StringComparer.Ordinal);
        var regions = Numbered<string[]>(t.Region, ReferenceEqualityComparer.Instance);
        WriteStrings(w, reportIds.Values);
        WriteStrings(w, dates.Values);
        w.Write7BitEncodedInt(regions.Values.Count);
        foreach (var region in regions.Values) WriteStrings(w, region);
        WriteStrings(w, t.Keys);
        WriteStrings(w, t.Strings);

        w.Write7BitEncodedInt(t.Doc.Length);
        for (int s = 0; s < t.Doc.Length; s++)
        {
            // Documents ascend in a table, and so do the mentions' documents: written as the step from the one before.
            w.Write7BitEncodedInt(t.Doc[s] - (s == 0 ? 0 : t.Doc[s - 1]));
            w.Write7BitEncodedInt(reportIds.Number[s]);
            w.Write7BitEncodedInt(t.Year[s]);
            w.Write7BitEncodedInt(dates.Number[s]);
            w.Write(t.YearOrigin[s] is { } origin ? (byte)(origin + 1) : (byte)0);
            w.Write7BitEncodedInt(regions.Number[s]);
        }
        w.Write7BitEncodedInt(t.MentionCount);
        for (int m = 0; m < t.MentionCount; m++)
        {
            w.Write7BitEncodedInt(t.Segment[m] - (m == 0 ? 0 : t.Segment[m - 1]));
            w.Write7BitEncodedInt(t.Key[m]);
            w.Write((byte)((byte)t.Evidence[m] | (t.Definitions.ContainsKey(m) ? DefinesBit : 0)));
            w.Write7BitEncodedInt(t.Name[m] + 1);
            w.Write7BitEncodedInt(t.Written[m] + 1);
        }
    }

    private static MentionTable Read(BinaryReader r)
    {
        var reportIds = ReadStrings(r);
        var dates = ReadStrings(r);
        var regions = new string[Count(r)][];
        for (int i = 0; i < regions.Length; i++) regions[i] = ReadStrings(r);
        var keys = ReadStrings(r);
        var strings = ReadStrings(r);

        int docs = Count(r);
        var doc = new int[docs];
        var reportId = new string[docs];
        var year = new int[docs];
        var date = new string?[docs];
        var origin = new MetadataOrigin?[docs];
        var region = new string[docs][];
        for (int s = 0; s < docs; s++)
        {
            doc[s] = r.Read7BitEncodedInt() + (s == 0 ? 0 : doc[s - 1]);
            reportId[s] = reportIds[r.Read7BitEncodedInt()];
            year[s] = r.Read7BitEncodedInt();
            var d = dates[r.Read7BitEncodedInt()];
            date[s] = d.Length == 0 ? null : d;
            byte o = r.ReadByte();
            origin[s] = o == 0 ? null : (MetadataOrigin)(o - 1);
            region[s] = regions[r.Read7BitEncodedInt()];
        }
        int mentions = Count(r);
        var segment = new int[mentions];
        var key = new int[mentions];
        var evidence = new MechanismEvidence[mentions];
        var name = new int[mentions];
        var written = new int[mentions];
        var definitions = new Dictionary<int, (string Text, string? Section)>();
        for (int m = 0; m < mentions; m++)
        {
            segment[m] = r.Read7BitEncodedInt() + (m == 0 ? 0 : segment[m - 1]);
            key[m] = r.Read7BitEncodedInt();
            byte e = r.ReadByte();
            evidence[m] = (MechanismEvidence)(e & ~DefinesBit);
            if ((e & DefinesBit) != 0) definitions[m] = MentionTable.DefinitionNotRead;
            name[m] = r.Read7BitEncodedInt() - 1;
            written[m] = r.Read7BitEncodedInt() - 1;
            // What indexes the tables must lie within them: a damaged file is not read rather than misread.
            if ((uint)segment[m] >= (uint)docs || (uint)key[m] >= (uint)keys.Length || name[m] >= strings.Length || written[m] >= strings.Length)
                throw new FormatException("a mention table file indexes beyond its tables");
        }
        return new MentionTable
        {
            Doc = doc, ReportId = reportId, Title = new string?[docs], Year = year, Date = date, Region = region, YearOrigin = origin,
            Segment = segment, Key = key, Evidence = evidence, Keys = keys, Name = name, Written = written, Strings = strings, Definitions = definitions,
        };
    }

    /// <summary>The distinct values, and each value's number among them.</summary>
    private static (List<T> Values, int[] Number) Numbered<T>(IEnumerable<T> values, IEqualityComparer<T> comparer) where T : notnull
    {
        var numbers = new Dictionary<T, int>(comparer);
        var distinct = new List<T>();
        var number = values.Select(v =>
        {
            if (!numbers.TryGetValue(v, out int n)) { numbers[v] = n = distinct.Count; distinct.Add(v); }
            return n;
        }).ToArray();
        return (distinct, number);
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyCollection<string> values)
    {
        w.Write7BitEncodedInt(values.Count);
        foreach (var value in values) w.Write(value);
    }

    /// <summary>A count, which each item's byte at least bounds: a damaged count fails here, not as a huge array.</summary>
    private static int Count(BinaryReader r)
    {
        int count = r.Read7BitEncodedInt();
        if (count > r.BaseStream.Length - r.BaseStream.Position) throw new FormatException("a mention table file counts more than it holds");
        return count;
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[Count(r)];
        for (int i = 0; i < values.Length; i++) values[i] = r.ReadString();
        return values;
    }
}
