using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReportSearch.Engine;

/// <summary>
/// How stored text is turned into bytes before it is deflated: one byte for the 240 commonest characters of Chinese
/// text (<see cref="CommonCharacters"/>), two for the next 3,840, three (an escape and the UTF-16 code unit) for any
/// other code unit, lone surrogates included, so every string reads back exactly. zlib codes bytes, not characters:
/// as UTF-16 every Han character costs two literals whose high bytes share a few values, and its Huffman codes
/// fit the text's character frequencies badly. Coded first, the deflated text of the real-vocabulary archive
/// (50 MB, seed 1) is 19% smaller than deflated UTF-16 (17.9 MB instead of 22.1) and deflates no slower, having fewer
/// bytes; inflating and decoding a segment cost what inflating UTF-16 did (39 µs, inflating alone 23 µs instead of 29).
/// A code a document assigns itself (characters numbered as they first occur) saves only 4%: the gain is in knowing
/// the frequencies beforehand.
/// </summary>
internal static class CharacterCode
{
    /// <summary>Codes below this are one byte: the character's place in the table.</summary>
    private const int OneByteCodes = 240;
    /// <summary>The lead bytes of two-byte codes, each with 256 characters.</summary>
    private const int LeadBytes = 15;
    private const byte Escape = 0xFF;
    private const int TableSize = OneByteCodes + LeadBytes * 256;

    private static readonly char[] Table = CommonCharacters.ByFrequency.ToCharArray();
    /// <summary>The table followed by 256 unused places: where the fast decoding loop looks an escape up before it
    /// replaces the result (see <see cref="Decode"/>).</summary>
    private static readonly char[] PaddedTable = [.. CommonCharacters.ByFrequency, .. new char[256]];
    /// <summary>A code unit's place in the table, plus one; 0 for one that is not in it.</summary>
    private static readonly ushort[] PlaceOf = Places();

    private static ushort[] Places()
    {
        if (Table.Length != TableSize || Table.Distinct().Count() != TableSize || Table.Any(char.IsSurrogate))
            throw new InvalidOperationException($"the common-character table must hold {TableSize} distinct characters, no surrogates");
        var places = new ushort[char.MaxValue + 1];
        for (int i = 0; i < Table.Length; i++) places[Table[i]] = (ushort)(i + 1);
        return places;
    }

    /// <summary>A hash of the table: part of the stored layout, so that a changed table changes the analyzer version.</summary>
    public static string TableFingerprint => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(CommonCharacters.ByFrequency)))[..16];

    /// <summary>Appends the code of every UTF-16 code unit of <paramref name="text"/>.</summary>
    public static void Encode(ReadOnlySpan<char> text, IBufferWriter<byte> output)
    {
        var places = PlaceOf;
        var span = output.GetSpan(text.Length * 3);
        int n = 0;
        foreach (char c in text)
        {
            int place = places[c] - 1;
            if (place < 0)
            {
                span[n] = Escape;
                span[n + 1] = (byte)c;
                span[n + 2] = (byte)(c >> 8);
                n += 3;
            }
            else if (place < OneByteCodes) span[n++] = (byte)place;
            else
            {
                int rest = place - OneByteCodes;
                span[n] = (byte)(OneByteCodes + (rest >> 8));
                span[n + 1] = (byte)rest;
                n += 2;
            }
        }
        output.Advance(n);
    }

    /// <summary>Decodes <paramref name="destination"/>.Length characters from the start of <paramref name="codes"/>; returns the bytes read.</summary>
    /// <exception cref="InvalidDataException">The codes end before the characters do.</exception>
    public static int Decode(ReadOnlySpan<byte> codes, Span<char> destination)
    {
        // One- and two-byte codes alternate at random in Chinese text: a branch on the code's length is mispredicted
        // so often that decoding took longer than inflating. This loop has no such branch (the escape, 4% of the
        // characters of the real-vocabulary archive, keeps one): a segment is read as fast as deflated UTF-16 was.
        // It runs while three bytes remain, the longest code, so it reads no byte beyond the codes.
        ref char table = ref MemoryMarshal.GetArrayDataReference(PaddedTable);
        ref byte code = ref MemoryMarshal.GetReference(codes);
        int at = 0, i = 0;
        for (; i < destination.Length && at + 3 <= codes.Length; i++)
        {
            int b = Unsafe.Add(ref code, at);
            int next = Unsafe.Add(ref code, at + 1);
            int isLong = (OneByteCodes - 1 - b) >> 31; // -1 for a lead byte or the escape, 0 for a one-byte code
            int place = b + (isLong & (OneByteCodes + ((b - OneByteCodes) << 8) + next - b));
            char c = Unsafe.Add(ref table, place); // an escape's place is in the padding
            if (b == Escape) c = (char)(next | Unsafe.Add(ref code, at + 2) << 8);
            destination[i] = c;
            at += 1 - isLong + ((Escape - 1 - b) >>> 31); // 1, 2, or 3 for the escape
        }
        for (; i < destination.Length; i++)
        {
            if (at >= codes.Length) throw Truncated();
            int b = codes[at];
            if (b < OneByteCodes)
            {
                destination[i] = Table[b];
                at++;
            }
            else if (b != Escape)
            {
                if (at + 1 >= codes.Length) throw Truncated();
                destination[i] = Table[OneByteCodes + ((b - OneByteCodes) << 8) + codes[at + 1]];
                at += 2;
            }
            else
            {
                if (at + 2 >= codes.Length) throw Truncated();
                destination[i] = (char)(codes[at + 1] | codes[at + 2] << 8);
                at += 3;
            }
        }
        return at;
    }

    private static InvalidDataException Truncated() => new("a stored text ends inside a character's code");
}
