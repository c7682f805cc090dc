using ReportSearch.Ingestion;
using Xunit.Abstractions;
using static ReportSearch.Core.Tests.Ingestion.FormatEquivalence;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Scanned PDFs: a page of a seed PDF is rendered to an image-only PDF (poppler's pdftoppm, img2pdf) and read with
/// OCR on. Recognition is not exact, so the measure is recall: most 4-character strings of that page's real text
/// must be found in the recognised text. The OCR itself runs once per session, in <see cref="OcrSession"/>.
/// </summary>
public sealed class OcrTests(OcrSession session, ITestOutputHelper output) : IDisposable, IClassFixture<OcrSession>
{
    private const double MinRecall = 0.9;
    private const string RunningHeader = "政务信息公开专栏　内部资料";
    private readonly string _work = Directory.CreateTempSubdirectory("reportsearch-ocr-test-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    private static ReportParsers Parsers(bool ocr, string cache, out PdfReportParser pdf)
    {
        pdf = new PdfReportParser(new ParserOptions { Ocr = ocr, CacheFolder = cache });
        return new ReportParsers([pdf]);
    }

    private static ParsedReport Parse(ReportParsers parsers, byte[] bytes) =>
        parsers.Parse(new SourceFile("/archive/scan.pdf", "scan.pdf", bytes.Length, DateTime.UtcNow), bytes);

    // The fixture's text, page by page, from its own text layer.
    private static string[] TypedPages()
    {
        var textLayer = ParseVirtual("a.pdf", File.ReadAllBytes(OcrSession.SourcePath));
        return string.Join("\n", textLayer.Sections.Select(s => s.Text)).Split(PageBreaks.Marker);
    }

    [ExternalToolFact("ocrmypdf", "tesseract", "pdftoppm", "img2pdf")]
    public void ScannedPage_IsOcred_RecoversMostOfTheText_AndIsCached()
    {
        ExternalTools.Require("ocrmypdf");
        // Off by default: the scan is skipped with a reason.
        var off = Assert.Throws<UnreadableFileException>(() => Parse(Parsers(ocr: false, Path.Combine(_work, "cache"), out _), session.Scan));
        Assert.StartsWith(PdfReportParser.NoTextLayer, off.Message);

        var read = session.ScanRead;
        output.WriteLine(session.Notes);
        Assert.Equal("ocr", read.Report.Metadata.TextSource);
        Assert.Equal(1, read.OcrRuns);

        var expected = Substrings(Comparable(TypedPages()[OcrSession.ScannedPage - 1]), 4);
        var recognised = Comparable(string.Join("\n", read.Report.Sections.Select(s => s.Text)));
        double recall = expected.Count(recognised.Contains) / (double)expected.Count;
        Assert.True(expected.Count > 300, $"page {OcrSession.ScannedPage} has only {expected.Count} substrings");
        Assert.True(recall >= MinRecall, $"OCR found {recall:P1} of the page's 4-character strings (want ≥ {MinRecall:P0})");

        // A rescan, even by a new parser, reads the cached result instead of running OCR again.
        var again = Parse(Parsers(ocr: true, read.CacheFolder, out var fresh), session.Scan);
        Assert.Equal(0, fresh.OcrRuns);
        Assert.Equal(NormalizedSections(read.Report), NormalizedSections(again));
    }

    /// <summary>A typed first page followed by a scanned one: without OCR only the typed page is read; with OCR both.</summary>
    [ExternalToolFact("ocrmypdf", "tesseract", "pdftoppm", "img2pdf")]
    public void ScannedPageInsideATypedPdf_IsOcredWhenOcrIsOn()
    {
        ExternalTools.Require("ocrmypdf");
        var pageTexts = TypedPages();
        var firstPage = Comparable(pageTexts[0]);
        // With one typed page the running header (regenerate.py) cannot be told from the body: it may stay.
        string[] typedPage = [firstPage, Comparable(RunningHeader) + firstPage];

        var withoutOcr = Parse(Parsers(ocr: false, Path.Combine(_work, "cache"), out _), session.Mixed);
        Assert.Null(withoutOcr.Metadata.TextSource);
        Assert.Contains(Comparable(string.Join("\n", withoutOcr.Sections.Select(s => s.Text))), typedPage);

        var withOcr = session.MixedRead;
        output.WriteLine(session.Notes);
        Assert.Equal("ocr", withOcr.Report.Metadata.TextSource);
        Assert.Equal(1, withOcr.OcrRuns);
        Assert.Equal(2, PageBreaks.PageCount(withOcr.Report.Sections));
        var pages = string.Join("\n", withOcr.Report.Sections.Select(s => s.Text)).Split(PageBreaks.Marker).Select(Comparable).ToList();
        Assert.Contains(pages[0], typedPage); // the typed page is kept as it was, not OCRed
        var expected = Substrings(Comparable(pageTexts[OcrSession.ScannedPage - 1]), 4);
        double recall = expected.Count(pages[1].Contains) / (double)expected.Count;
        Assert.True(recall >= MinRecall, $"OCR found {recall:P1} of the scanned page's 4-character strings (want ≥ {MinRecall:P0})");
    }

    /// <summary>An OCR run that fails (here: times out) is remembered, so rescans do not run ocrmypdf on the file again.</summary>
    [ExternalToolFact("ocrmypdf")]
    public void FailedOcr_IsRemembered()
    {
        ExternalTools.Require("ocrmypdf");
        var blank = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        blank.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var bytes = blank.Build();
        var cache = Path.Combine(_work, "cache");
        var hurried = new PdfReportParser(new ParserOptions { Ocr = true, CacheFolder = cache, OcrTimeoutPerPage = TimeSpan.FromMilliseconds(1) });
        var first = Assert.Throws<UnreadableFileException>(() => Parse(new ReportParsers([hurried]), bytes));
        Assert.StartsWith("OCR timed out", first.Message);
        var fresh = new PdfReportParser(new ParserOptions { Ocr = true, CacheFolder = cache });
        var again = Assert.Throws<UnreadableFileException>(() => Parse(new ReportParsers([fresh]), bytes));
        Assert.Contains("(remembered", again.Message);
        Assert.Equal(0, fresh.OcrRuns);
    }

    [Fact]
    public void OcrOn_WithoutOcrmypdf_SaysWhatToInstall()
    {
        var pdf = new PdfReportParser(new ParserOptions { Ocr = true, CacheFolder = Path.Combine(_work, "cache"), OcrMyPdfPath = Path.Combine(_work, "no-ocrmypdf") });
        var blank = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        blank.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var e = Assert.Throws<UnreadableFileException>(() => Parse(new ReportParsers([pdf]), blank.Build()));
        Assert.Contains("ocrmypdf is not installed", e.Message);
    }
}
