using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Files that cannot be indexed are refused with a short reason, a different one per cause.</summary>
public class SkippedFileTests
{
    private static string ReasonFor(string relativePath, byte[] content, ReportParsers? parsers = null)
    {
        var file = new SourceFile(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), relativePath), relativePath, content.LongLength, DateTime.UtcNow);
        // As the indexer does: type and size are checked before reading, the content by the parser.
        parsers ??= Parsers;
        var reason = parsers.Refusal(file) ?? Assert.Throws<UnreadableFileException>(() => parsers.Parse(file, content)).Message;
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.True(reason.Length < 80, reason);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", reason); // reasons are English
        return reason;
    }

    private static byte[] RandomBinary()
    {
        var bytes = new byte[4096];
        new Random(12345).NextBytes(bytes);
        return bytes;
    }

    // 0xFF never occurs in UTF-8, GB18030 or Big5; 0x80 alone is no character in any of them.
    private static byte[] InvalidInEveryEncoding() => [.. "report "u8, 0xFF, 0x80, 0xFF, 0xFE, 0xFF, 0x80, .. " end"u8];

    [Fact]
    public void EachCause_HasItsOwnReason()
    {
        var reasons = new[]
        {
            ReasonFor("random.txt", RandomBinary()),
            ReasonFor("empty.txt", []),
            ReasonFor("garbage.txt", InvalidInEveryEncoding()),
            ReasonFor("picture.png", "not really a picture"u8.ToArray()),
            ReasonFor("big.txt", new byte[2048], ReportParsers.Default(maxBytes: 1024)),
        };
        Assert.Equal(reasons.Length, reasons.Distinct().Count());
    }

    [Theory]
    [InlineData("random.html")]
    [InlineData("random.md")]
    [InlineData("random.docx")]
    public void RandomBinary_IsRefusedInEveryFormat(string name) => ReasonFor(name, RandomBinary());

    [Fact]
    public void ControlCharacterHeavyText_IsBinary()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        Assert.Equal(ReasonFor("random.txt", RandomBinary()), ReasonFor("controls.txt", bytes));
    }

    [Fact]
    public void OversizeFile_IsRefusedBeforeReading_FromItsDeclaredSize()
    {
        var parsers = ReportParsers.Default(maxBytes: 100);
        var file = new SourceFile("/nowhere/big.txt", "big.txt", Size: 10_000, DateTime.UtcNow);
        Assert.Contains("too large", parsers.Refusal(file));
        Assert.Equal(ReportParsers.DefaultMaxBytes, ReportParsers.Default().MaxBytes);
    }

    [Fact]
    public void WhitespaceOnlyOrClutterOnlyFile_HasNoText()
    {
        ReasonFor("blank.txt", "   \n\n \t \n"u8.ToArray());
        ReasonFor("clutter.txt", "【打印】 【关闭】\n分享到微信\n"u8.ToArray());
    }

    [Fact]
    public void NotAZip_IsNotADocx() => Assert.Contains("docx", ReasonFor("fake.docx", "plain text pretending"u8.ToArray()));

    [Fact]
    public void SidecarsAndUnknownTypes_AreNotReports()
    {
        Assert.False(Parsers.CanRead("a/report.txt.meta.json"));
        Assert.False(Parsers.CanRead("a/report.meta.json"));
        Assert.False(Parsers.CanRead("a/report.xls"));
        foreach (var ext in new[] { ".txt", ".md", ".html", ".htm", ".docx", ".TXT", ".pdf", ".ofd", ".doc", ".wps", ".PDF" })
            Assert.True(Parsers.CanRead("a/report" + ext), ext);
    }
}
