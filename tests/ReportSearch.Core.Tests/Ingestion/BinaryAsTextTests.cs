using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Random data named .txt is refused even when it happens to decode without error.</summary>
public class BinaryAsTextTests
{
    private const int Size = 100 * 1024;

    private static string Reason(byte[] content, string name = "data.txt") =>
        Assert.Throws<UnreadableFileException>(() => ParseVirtual(name, content)).Message;

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5];

    [Theory, MemberData(nameof(Seeds))]
    public void RandomBytes_AreBinary(int seed)
    {
        var bytes = new byte[Size];
        new Random(seed).NextBytes(bytes);
        Assert.Equal("binary content", Reason(bytes));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void RandomUtf16UnitsBehindABom_AreBinary(int seed)
    {
        // Every unit outside the surrogate range: valid UTF-16, so only the characters can give it away.
        var random = new Random(seed);
        var units = Enumerable.Range(0, Size / 2).Select(_ => { int u; do u = random.Next(0x20, 0x10000); while (u is >= 0xD800 and <= 0xDFFF); return (char)u; }).ToArray();
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(units)];
        Assert.Equal("binary content", Reason(bytes));
        Assert.Equal("binary content", Reason(bytes, "data.html"));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void RandomHanCharactersInUtf8_AreNotAReport(int seed)
    {
        var random = new Random(seed);
        var text = new string(Enumerable.Range(0, Size / 3).Select(i => i % 40 == 39 ? '\n' : (char)random.Next(0x4E00, 0x9FA6)).ToArray());
        Assert.Equal("binary content", Reason(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [MemberData(nameof(IngestionTestSupport.Seeds), MemberType = typeof(IngestionTestSupport))]
    public void EverySeed_StillReadsAsText_InEveryEncoding(string name)
    {
        var text = SeedText(name);
        foreach (var encoding in new[] { Encoding.UTF8, Encoding.GetEncoding(54936), Encoding.GetEncoding(950) })
        {
            var bytes = encoding.GetBytes(text);
            Assert.True(TextQualityProbe(bytes), $"{name} in {encoding.WebName}");
        }
    }

    private static bool TextQualityProbe(byte[] bytes)
    {
        try { return EncodingDetector.Decode(bytes).Length > 0; }
        catch (UnreadableFileException e) when (e.Message == "binary content") { return false; }
    }
}
