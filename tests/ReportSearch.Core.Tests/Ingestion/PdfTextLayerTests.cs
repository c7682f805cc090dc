using System.Text;
using ReportSearch.Ingestion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>PDFs without usable text: scans (no text layer) and fonts without a Unicode map (garbled text).</summary>
public class PdfTextLayerTests
{
    private static Encoding Gbk => Encoding.GetEncoding(936);

    /// <summary>A PDF with the given lines in Helvetica (Latin-1 only), or only a drawn frame when there are none.</summary>
    private static byte[] Pdf(IEnumerable<string> lines, int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var all = lines.ToList();
        for (int p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.DrawRectangle(new PdfPoint(50, 50), 400, 700);
            double y = 780;
            foreach (var line in all) { page.AddText(line, 10, new PdfPoint(60, y), font); y -= 14; }
        }
        return builder.Build();
    }

    private static readonly Dictionary<char, bool> Writable = [];

    // The test writer's Helvetica lacks some Latin-1 letters (×, ÷, Ü …); those are left out of the garbled text.
    private static bool HelveticaHas(char c)
    {
        if (c < ' ') return false;
        lock (Writable)
        {
            if (Writable.TryGetValue(c, out bool has)) return has;
            var builder = new PdfDocumentBuilder();
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            try { builder.AddPage(PageSize.A4).AddText(c.ToString(), 10, new PdfPoint(10, 10), font); has = true; }
            catch (InvalidOperationException) { has = false; }
            return Writable[c] = has;
        }
    }

    [Fact]
    public void PdfWithoutText_IsSkippedAsNoTextLayer_WhenOcrIsOff()
    {
        var e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("scans/a.pdf", Pdf([], pages: 3)));
        Assert.StartsWith(PdfReportParser.NoTextLayer, e.Message);
        Assert.Contains("OCR", e.Message);
    }

    /// <summary>Skipped scans are offered again on every rescan; the verdict is remembered, the PDF not opened again.</summary>
    [Fact]
    public void NoTextVerdict_IsRemembered()
    {
        var cache = Directory.CreateTempSubdirectory("reportsearch-pdf-verdicts-").FullName;
        try
        {
            var bytes = Pdf([], pages: 2);
            var first = new PdfReportParser(new ParserOptions { CacheFolder = cache });
            var reason = Assert.Throws<UnreadableFileException>(() => new ReportParsers([first]).Parse(new SourceFile("/a/s.pdf", "s.pdf", bytes.Length, DateTime.UtcNow), bytes)).Message;
            var again = new PdfReportParser(new ParserOptions { CacheFolder = cache });
            Assert.Equal(reason, Assert.Throws<UnreadableFileException>(() => new ReportParsers([again]).Parse(new SourceFile("/a/t.pdf", "t.pdf", bytes.Length, DateTime.UtcNow), bytes)).Message);
            Assert.Equal(1, first.TextLayerReads);
            Assert.Equal(0, again.TextLayerReads);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    /// <summary>A page number or stamp on a scanned page is not a text layer.</summary>
    [Fact]
    public void PdfWithOnlyPageNumbers_IsSkippedAsNoTextLayer()
    {
        var e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("scans/b.pdf", Pdf(["- 1 -"], pages: 4)));
        Assert.StartsWith(PdfReportParser.NoTextLayer, e.Message);
    }

    /// <summary>Chinese text whose font maps glyph codes to nothing sensible: each seed line's GBK bytes read as Latin-1.</summary>
    [Theory]
    [MemberData(nameof(Seeds), MemberType = typeof(IngestionTestSupport))]
    public void GarbledSeedText_IsDetected(string seed)
    {
        var latin1 = Encoding.Latin1;
        var garbled = SeedText(seed).Split('\n').Where(l => l.Length > 0).Take(40)
            .Select(l => new string(latin1.GetString(Gbk.GetBytes(l)).Where(HelveticaHas).ToArray()))
            .Select(l => l.Length > 90 ? l[..90] : l).ToList();
        var e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("x/garbled.pdf", Pdf(garbled)));
        Assert.StartsWith(PdfReportParser.NoTextLayer + " (garbled", e.Message);
        Assert.Equal(TextLayerQuality.Verdict.Garbled, TextLayerQuality.Judge(garbled, 1));
    }

    /// <summary>The same judgement on the text itself: every seed is text; rare characters in random order are not.</summary>
    [Fact]
    public void Judge_TellsTextFromGlyphSoup()
    {
        foreach (var seed in SeedNames)
            Assert.Equal(TextLayerQuality.Verdict.Text, TextLayerQuality.Judge(SeedText(seed).Split('\n'), 5));
        var random = new Random(3);
        var rare = Enumerable.Range(0x4E00, 0x9FA5 - 0x4E00).Select(c => (char)c).Where(c => !CommonHanzi.Contains(c)).ToArray();
        var soup = Enumerable.Range(0, 50).Select(_ => new string(Enumerable.Range(0, 30).Select(_ => rare[random.Next(rare.Length)]).ToArray())).ToList();
        Assert.Equal(TextLayerQuality.Verdict.Garbled, TextLayerQuality.Judge(soup, 2));
        Assert.Equal(TextLayerQuality.Verdict.Text, TextLayerQuality.Judge(["Annual report of the district office, 2020: roads, schools and parks."], 1));
    }

    [Fact]
    public void LatinPdf_IsReadWithWordsIntact()
    {
        var report = ParseVirtual("en/report.pdf", Pdf(["Annual work report of the district office", "Roads, schools and parks were built in 2020."]));
        var text = string.Join("\n", report.Sections.Select(s => s.Text));
        Assert.Contains("Annual work report of the district office", text);
        Assert.Contains("Roads, schools and parks were built in 2020.", text);
    }

    /// <summary>A one-page PDF in Helvetica with the given content stream, written by hand (the PdfPig writer cannot rotate text).</summary>
    private static byte[] RawPdf(string contentStream, string? info = null)
    {
        string[] objects =
        [
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
            "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
            $"<</Length {contentStream.Length}>>\nstream\n{contentStream}\nendstream",
            info ?? "<<>>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<</Size {objects.Length + 1}/Root 1 0 R/Info 6 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A diagonal watermark crossing the body lines is not spliced into them.</summary>
    [Fact]
    public void DiagonalWatermark_IsLeftOut()
    {
        string[] body = ["Annual work report of the district office", "Roads, schools and parks were built in 2020.", "The budget was balanced."];
        var content = new StringBuilder();
        for (int i = 0; i < body.Length; i++) content.Append($"BT /F1 12 Tf 60 {700 - 16 * i} Td ({body[i]}) Tj ET\n");
        content.Append("q 0.7071 0.7071 -0.7071 0.7071 100 560 cm BT /F1 40 Tf 0 0 Td (CONFIDENTIAL DRAFT COPY) Tj ET Q\n");
        var report = ParseVirtual("en/watermarked.pdf", RawPdf(content.ToString()));
        // (Short lines without indents may be joined into one paragraph: only the words are compared.)
        Assert.Equal(string.Join(" ", body), string.Join(" ", report.Sections.Select(x => x.Text.Replace('\n', ' '))));

        // The same page without the rotation: the text is read, so the test above is not passing by accident.
        var upright = ParseVirtual("en/upright.pdf", RawPdf(content.ToString().Replace("0.7071 0.7071 -0.7071 0.7071 100 560", "1 0 0 1 60 300")));
        Assert.Contains("CONFIDENTIAL DRAFT COPY", string.Join("\n", upright.Sections.Select(x => x.Text)));
    }

    private static string PdfTextString(string s) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";

    /// <summary>The PDF's Title and CreationDate fill only what the report itself does not say.</summary>
    [Fact]
    public void DocumentInformation_FillsOnlyWhatIsMissing()
    {
        var content = "BT /F1 12 Tf 60 700 Td (Annual work report of the district office) Tj ET\nBT /F1 12 Tf 60 684 Td (Roads and schools were built.) Tj ET\n";
        var without = ParseVirtual("x/plain.pdf", RawPdf(content)).Metadata;
        var with = ParseVirtual("x/info.pdf", RawPdf(content, $"<</Title {PdfTextString("白沙镇2019年工作总结")}/CreationDate (D:20200115093000+08'00')>>")).Metadata;
        Assert.Null(without.Date);
        Assert.Equal("2020-01-15", with.Date);
        Assert.Equal(MetadataOrigin.Inferred, with.Origins.Date);
        // Above a title made from the file name, below one found in the text.
        bool fromText = without.Title is not null && without.Origins.Title < MetadataOrigin.Path;
        Assert.Equal(fromText ? without.Title : "白沙镇2019年工作总结", with.Title);

        var fileName = ParseVirtual("x/plain.pdf", RawPdf(content, $"<</Title (Microsoft Word - 2019.doc)>>")).Metadata;
        Assert.Equal(without.Title, fileName.Title);
    }

    [Fact]
    public void NotAPdf_IsUnreadable()
    {
        Assert.Equal("not a PDF file", Assert.Throws<UnreadableFileException>(() => ParseVirtual("a.pdf", Encoding.UTF8.GetBytes("这不是PDF文件"))).Message);
        var real = File.ReadAllBytes(FormatEquivalence.FixturePath(Directory.GetFiles(FormatEquivalence.FixturePath(""), "*.pdf").Order().Select(Path.GetFileName).First()!));
        var e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("b.pdf", real[..2000]));
        Assert.StartsWith("invalid PDF", e.Message);
    }
}
