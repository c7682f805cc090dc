using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>The same report in any supported encoding yields the same sections and metadata as its UTF-8 original.</summary>
public class EncodingEquivalenceTests
{
    private static Encoding Gb18030 => Encoding.GetEncoding(54936);
    private static Encoding Big5Strict => Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static TheoryData<string, string> SeedsTimesEncodings()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SeedNames)
            foreach (var encoding in new[] { "utf-8-bom", "gb18030", "utf-16le-bom", "utf-16be-bom" })
                data.Add(seed, encoding);
        return data;
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "gb18030" => Gb18030.GetBytes(text),
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentException(encoding),
    };

    [Theory]
    [MemberData(nameof(SeedsTimesEncodings))]
    public void ReEncodedSeed_ParsesLikeTheOriginal(string seed, string encoding)
    {
        var original = ParseSeed(seed);
        var reEncoded = ParseVirtual(seed, Encode(SeedText(seed), encoding));
        AssertSameReport(original, reEncoded);
    }

    [Fact]
    public void Gb18030_IsNotMistakenForUtf8OrBig5_OnAnySeed()
    {
        foreach (var seed in SeedNames)
        {
            var text = SeedText(seed);
            Assert.Equal(text, EncodingDetector.Decode(Gb18030.GetBytes(text)));
        }
    }

    /// <summary>
    /// Big5 cannot write simplified characters, nor the tone marks of 001's pinyin annotations. Every seed that is
    /// mostly writable in Big5 (the traditional one) is tested without its annotations and with the few unwritable
    /// characters left out, against the same text in UTF-8; its metadata facts must survive too.
    /// </summary>
    [Fact]
    public void Big5_SeedsThatBig5CanHold_ParseLikeTheOriginal()
    {
        var lossy = Encoding.GetEncoding(950, new EncoderReplacementFallback(""), DecoderFallback.ExceptionFallback);
        int tested = 0;
        foreach (var seed in SeedNames)
        {
            // Big5 cannot write the tone marks, so an archive in Big5 has no such annotations: they are left out whole
            // (dropping only the marks would leave (w), (din): text, since only a toned syllable is a reading).
            var text = System.Text.RegularExpressions.Regex.Replace(SeedText(seed), @"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]{1,7}[)）]", "");
            var bytes = lossy.GetBytes(text);
            var kept = lossy.GetString(bytes);
            if (HanCount(kept) < HanCount(text) * 0.99) continue; // a simplified seed: Big5 cannot hold its characters
            tested++;
            Assert.Equal(kept, EncodingDetector.Decode(bytes));
            var fromUtf8 = ParseVirtual(seed, Encoding.UTF8.GetBytes(kept));
            var fromBig5 = ParseVirtual(seed, bytes);
            AssertSameReport(fromUtf8, fromBig5);
            Assert.Equal(Values(ParseSeed(seed).Metadata), Values(fromBig5.Metadata));
        }
        Assert.True(tested >= 1, "no seed is writable in Big5: the traditional seed should be");
    }

    private static int HanCount(string s) => s.Count(c => c is >= '\u4E00' and <= '\u9FFF');

    /// <summary>Big5 is also tried line by line on the traditional seed, with characters Big5 lacks dropped, so short texts are covered too.</summary>
    [Fact]
    public void Big5_ShortTraditionalTexts_AreDecodedAsBig5()
    {
        var traditional = SeedText(SeedName("001"));
        var big5Lossy = Encoding.GetEncoding(950, new EncoderReplacementFallback(""), DecoderFallback.ExceptionFallback);
        foreach (var line in traditional.Split('\n').Where(l => l.Length >= 40))
        {
            var bytes = big5Lossy.GetBytes(line);
            Assert.Equal(big5Lossy.GetString(bytes), EncodingDetector.Decode(bytes));
        }
    }

    [Fact]
    public void Gb18030_ShortSimplifiedTexts_AreDecodedAsGb18030()
    {
        foreach (var seed in SeedNames.Where(s => !s.StartsWith("001")))
            foreach (var line in SeedText(seed).Split('\n').Where(l => l.Length >= 20).Take(15))
                Assert.Equal(line, EncodingDetector.Decode(Gb18030.GetBytes(line)));
    }

    [Fact]
    public void DeclaredCharset_IsOnlyAHint_AWrongOneIsOverruled()
    {
        var text = SeedText(SeedName("000"));
        var bytes = Gb18030.GetBytes(text);
        Assert.Equal(text, EncodingDetector.Decode(bytes, declaredCharset: "gb2312"));
        Assert.Equal(text, EncodingDetector.Decode(bytes, declaredCharset: "utf-8"));
        Assert.Equal(text, EncodingDetector.Decode(Encoding.UTF8.GetBytes(text), declaredCharset: "big5"));
    }
}
