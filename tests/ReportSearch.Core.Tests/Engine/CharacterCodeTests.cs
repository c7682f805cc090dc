using System.Buffers;
using System.Text;
using ReportSearch.Engine;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// The code stored text is written in before it is deflated (CharacterCode): any string — every Unicode plane, lone
/// surrogates, line and paragraph separators, NUL and noncharacters — decodes to itself, and each code unit costs
/// what its place in the common-character table says.
/// </summary>
public sealed class CharacterCodeTests
{
    private static readonly string Table = CommonCharacters.ByFrequency;

    [Fact]
    public void The_table_holds_distinct_characters_and_no_surrogates()
    {
        Assert.Equal(240 + 15 * 256, Table.Length);
        Assert.Equal(Table.Length, Table.Distinct().Count());
        Assert.DoesNotContain(Table, char.IsSurrogate);
        Assert.StartsWith("\n 0123456789", Table);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_string_reads_back_exactly_at_the_cost_its_characters_place_gives(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 300; round++)
        {
            var text = RandomText(random, random.Next(0, 400));
            var codes = new ArrayBufferWriter<byte>();
            CharacterCode.Encode(text, codes);
            // The oracle: one byte for the 240 commonest, two for the rest of the table, three for anything else.
            int expected = text.Sum(c => Table.IndexOf(c) switch { < 0 => 3, < 240 => 1, _ => 2 });
            Assert.Equal(expected, codes.WrittenCount);
            // Followed by other bytes, as in a payload: the decoder stops after the characters asked for.
            var payload = codes.WrittenSpan.ToArray().Concat(new byte[] { 0xFF, 0xF0, 7 }).ToArray();
            var read = new char[text.Length];
            Assert.Equal(codes.WrittenCount, CharacterCode.Decode(payload, read));
            Assert.Equal(text, new string(read));
        }
    }

    [Fact]
    public void Codes_that_end_inside_a_character_are_rejected()
    {
        var manyShortCodes = string.Concat(Enumerable.Repeat("工作", 50));
        foreach (var text in new[] { "工作", "猾", "\uD800", "a", manyShortCodes + "猾", manyShortCodes + "\uD800", manyShortCodes })
        {
            var codes = new ArrayBufferWriter<byte>();
            CharacterCode.Encode(text, codes);
            var cut = codes.WrittenSpan[..^1].ToArray();
            Assert.Throws<InvalidDataException>(() => CharacterCode.Decode(cut, new char[text.Length]));
        }
    }

    // Table characters of both code lengths, ASCII, code points of every plane (as surrogate pairs beyond the BMP),
    // lone and reversed surrogates, U+2028/U+2029, NUL, BOM and noncharacters.
    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            switch (random.Next(8))
            {
                case 0: sb.Append(Table[random.Next(240)]); break;
                case 1: sb.Append(Table[random.Next(240, Table.Length)]); break;
                case 2: sb.Append((char)random.Next(0, 0x80)); break;
                case 3: sb.Append(char.ConvertFromUtf32(RandomScalar(random, plane: random.Next(17)))); break;
                case 4: sb.Append((char)random.Next(0xD800, 0xE000)); break;
                case 5: sb.Append("\u2028\u2029\u0000\uFEFF\uFFFE\uFFFF\uDC00\uD800"[random.Next(8)]); break;
                default: sb.Append((char)random.Next(0, 0x10000)); break;
            }
        }
        return sb.ToString();
    }

    private static int RandomScalar(Random random, int plane)
    {
        while (true)
        {
            int cp = plane * 0x10000 + random.Next(0x10000);
            if (cp is < 0xD800 or > 0xDFFF) return cp;
        }
    }
}
