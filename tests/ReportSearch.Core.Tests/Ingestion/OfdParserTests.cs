using System.IO.Compression;
using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.FormatEquivalence;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>OFD packages written by <see cref="OfdWriter"/> from the seeds read like the UTF-8 originals; hostile zips are refused.</summary>
public class OfdParserTests
{
    private static IEnumerable<string> SeedLines(string seed) => SeedText(seed).ReplaceLineEndings("\n").Split('\n');

    [Theory]
    [MemberData(nameof(Seeds), MemberType = typeof(IngestionTestSupport))]
    public void SeedOfd_ParsesLikeTheOriginal_WithPagesAndWithoutHeadersOrPageNumbers(string seed)
    {
        var original = ParseSeed(seed);
        var (bytes, pages) = OfdWriter.Write(SeedLines(seed), new OfdWriter.Options { CreationDate = "2021-03-05" });
        var ofd = ParseVirtual(Path.ChangeExtension(seed, ".ofd"), bytes);
        AssertSameText(original, ofd);
        AssertSameMetadata(original.Metadata, ofd.Metadata);
        Assert.True(pages >= 3, $"{pages} pages");
        Assert.Equal(pages, PageBreaks.PageCount(ofd.Sections));
        var all = string.Join("\n", ofd.Sections.Select(s => s.Text));
        Assert.DoesNotContain("内部资料", all);
        Assert.DoesNotMatch(@"- \d+ -", all);
    }

    /// <summary>Narrow lines wrap Latin words and numbers too; they must come back whole.</summary>
    [Fact]
    public void NarrowLines_RejoinWithoutBreakingWords()
    {
        var seed = SeedName("000");
        var original = ParseSeed(seed);
        var (bytes, _) = OfdWriter.Write(SeedLines(seed), new OfdWriter.Options { LineWidth = 57 });
        AssertSameText(original, ParseVirtual("narrow.ofd", bytes));
    }

    /// <summary>Text objects in their own units with a scaling CTM, and a rotated watermark on every page.</summary>
    [Fact]
    public void ScaledTextObjects_AndARotatedWatermark_ReadLikeTheOriginal()
    {
        var seed = SeedName("003");
        var (bytes, _) = OfdWriter.Write(SeedLines(seed), new OfdWriter.Options { Scale = 0.3528, Watermark = "内部资料 注意保存" });
        var ofd = ParseVirtual("scaled.ofd", bytes);
        AssertSameText(ParseSeed(seed), ofd);
        Assert.DoesNotContain("注意保存", string.Join("\n", ofd.Sections.Select(s => s.Text)));
    }

    [Fact]
    public void DocInfo_TitleAndDate_AreUsedOnlyWhenNothingBetterIsKnown()
    {
        var lines = new[] { "", "今年以来围绕中心工作推进各项任务。", "完成项目建设八个。" };
        var (bytes, _) = OfdWriter.Write(lines, new OfdWriter.Options { Title = "白沙镇二〇一九年工作总结", CreationDate = "2020-01-15", Header = "" });
        var report = ParseVirtual("x/a.ofd", bytes);
        Assert.Equal("白沙镇二〇一九年工作总结", report.Metadata.Title);
        Assert.Equal("2020-01-15", report.Metadata.Date);
        Assert.Equal(MetadataOrigin.Inferred, report.Metadata.Origins.Date);

        var (fileNameTitle, _) = OfdWriter.Write(lines, new OfdWriter.Options { Title = "Microsoft Word - 总结.doc", Header = "" });
        Assert.NotEqual("Microsoft Word - 总结.doc", ParseVirtual("x/b.ofd", fileNameTitle).Metadata.Title);
    }

    [Theory]
    [InlineData("g 3 4", new[] { 4.0, 4, 4 })]
    [InlineData("1 2 g 2 0.5 3", new[] { 1.0, 2, 0.5, 0.5, 3 })]
    [InlineData("", new double[0])]
    public void DeltaX_Expands(string value, double[] expected) => Assert.Equal(expected, OfdReportParser.Deltas(value));

    private static byte[] Zip(params (string Path, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, content) in entries)
            {
                using var s = zip.CreateEntry(path, CompressionLevel.SmallestSize).Open();
                s.Write(content);
            }
        return stream.ToArray();
    }

    [Fact]
    public void MissingParts_AreUnreadableWithAReason()
    {
        var e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("a.ofd", Zip(("Doc_0/Document.xml", "<x/>"u8.ToArray()))));
        Assert.Equal("invalid ofd: OFD.xml is missing", e.Message);
        e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("a.ofd", Encoding.UTF8.GetBytes("不是压缩包")));
        Assert.Contains("not a ofd", e.Message);
        var (bytes, _) = OfdWriter.Write(["正文内容。"]);
        e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("a.ofd", bytes[..(bytes.Length / 2)]));
        Assert.Contains("ofd", e.Message);
    }

    [Fact]
    public void TooManyEntries_AreRefused_InOfdAndDocx()
    {
        var entries = Enumerable.Range(0, ZipGuard.MaxEntries + 1).Select(i => ($"f{i}", Array.Empty<byte>())).ToArray();
        var bytes = Zip(entries);
        Assert.Contains("zip entries", Assert.Throws<UnreadableFileException>(() => ParseVirtual("a.ofd", bytes)).Message);
        Assert.Contains("zip entries", Assert.Throws<UnreadableFileException>(() => ParseVirtual("a.docx", bytes)).Message);
    }

    [Fact]
    public void InflatingPastTheBudget_IsRefused()
    {
        var bytes = Zip(("a", new byte[600_000]), ("b", new byte[600_000]));
        Assert.True(bytes.Length < 10_000); // zeros compress well: a small bomb
        var guard = new ZipGuard("ofd", maxInflatedBytes: 1_000_000);
        Assert.Contains("zip bomb", Assert.Throws<UnreadableFileException>(() => guard.Open(bytes)).Message);
    }

    /// <summary>An entry whose headers claim fewer bytes than it inflates to is caught while reading, not trusted.</summary>
    [Fact]
    public void EntryLargerThanItClaims_IsRefused_InOfdAndDocx()
    {
        var (ofd, _) = OfdWriter.Write(SeedLines(SeedName("000")));
        var lying = UnderstateSizes(ofd, "Doc_0/Pages/Page_0/Content.xml", claimed: 100);
        var e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("a.ofd", lying));
        Assert.StartsWith("invalid ofd", e.Message);

        var docx = DocxParserTests.Docx([("正文内容。", null)]);
        e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("a.docx", UnderstateSizes(docx, "word/document.xml", claimed: 10)));
        Assert.StartsWith("invalid docx", e.Message);
    }

    // Rewrites the uncompressed size of one entry in its local header and in the central directory.
    private static byte[] UnderstateSizes(byte[] zip, string entryName, uint claimed)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        int patched = 0;
        for (int i = 0; i + 46 < bytes.Length; i++)
        {
            uint signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name) && BitConverter.ToUInt16(bytes, i + 26) == name.Length)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22), claimed);
                patched++;
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name) && BitConverter.ToUInt16(bytes, i + 28) == name.Length)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24), claimed);
                patched++;
            }
        }
        Assert.Equal(2, patched);
        return bytes;
    }
}
