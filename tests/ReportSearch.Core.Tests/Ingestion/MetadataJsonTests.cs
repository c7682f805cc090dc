using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// The metadata bytes are written with Chinese unescaped (MetadataJson): whatever the strings hold — every Unicode
/// plane, quotes, backslashes, markup and control characters, U+2028 — they read back exactly as the default
/// \u-escaping encoder's bytes did (a lone surrogate becomes U+FFFD under both), and well-formed strings read back as
/// they were written.
/// </summary>
public sealed class MetadataJsonTests
{
    private static readonly JsonSerializerOptions Escaping = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Metadata_reads_back_as_the_escaping_encoder_read_it(int seed, bool loneSurrogates)
    {
        var random = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            var written = new ReportMetadata
            {
                Title = Text(random, loneSurrogates),
                District = random.Next(3) == 0 ? null : Text(random, loneSurrogates),
                Org = Text(random, loneSurrogates),
                Year = random.Next(2) == 0 ? null : random.Next(1949, 2100),
                MentionedPlaces = [.. Enumerable.Range(0, random.Next(4)).Select(_ => Text(random, loneSurrogates))],
                Category = Text(random, loneSurrogates),
            };
            var stored = MetadataJson.Write(written);
            var read = MetadataJson.Read(stored);
            var viaEscaping = JsonSerializer.Deserialize<ReportMetadata>(JsonSerializer.SerializeToUtf8Bytes(written, Escaping), Escaping)!;
            Assert.Equal(JsonSerializer.Serialize(viaEscaping, Escaping), JsonSerializer.Serialize(read, Escaping));
            if (!loneSurrogates)
            {
                Assert.Equal(written.Title, read.Title);
                Assert.Equal(written.District, read.District);
                Assert.Equal(written.Org, read.Org);
                Assert.Equal(written.MentionedPlaces, read.MentionedPlaces);
                Assert.Equal(written.Category, read.Category);
            }
        }
    }

    [Fact]
    public void Chinese_is_stored_as_utf8_not_escaped()
    {
        var stored = MetadataJson.Write(new ReportMetadata { Title = "梅源乡2025年工作总结", Org = "人民政府" });
        var json = Encoding.UTF8.GetString(stored);
        Assert.Contains("梅源乡2025年工作总结", json);
        Assert.DoesNotContain("\\u", json);
        Assert.True(stored.Length < JsonSerializer.SerializeToUtf8Bytes(new ReportMetadata { Title = "梅源乡2025年工作总结", Org = "人民政府" }, Escaping).Length);
    }

    private static string Text(Random random, bool loneSurrogates)
    {
        var sb = new StringBuilder();
        int length = random.Next(0, 30);
        while (sb.Length < length)
        {
            switch (random.Next(loneSurrogates ? 7 : 6))
            {
                case 0: sb.Append((char)random.Next(0x4E00, 0xA000)); break;
                case 1: sb.Append((char)random.Next(0, 0x80)); break;
                case 2: sb.Append("\"\\<>&'+\u2028\u2029\u0000\u001F\uFEFF\uFFFF"[random.Next(13)]); break;
                case 3:
                    int cp;
                    do cp = random.Next(17) * 0x10000 + random.Next(0x10000); while (cp is >= 0xD800 and <= 0xDFFF);
                    sb.Append(char.ConvertFromUtf32(cp));
                    break;
                case 4: sb.Append("，。“”《》〔〕"[random.Next(8)]); break;
                case 5: sb.Append((char)random.Next(0x80, 0xD800)); break;
                default: sb.Append((char)random.Next(0xD800, 0xE000)); break;
            }
        }
        return sb.ToString();
    }
}
