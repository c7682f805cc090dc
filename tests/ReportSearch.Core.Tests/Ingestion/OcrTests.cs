using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.FormatEquivalence;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Scanned PDFs: a page of a seed PDF is rendered to an image-only PDF (poppler's pdftoppm, img2pdf) and read with
/// OCR on. Recognition is not exact, so the measure is recall: most 4-character strings of that page's real text
/// must be found in the recognised text.
/// </summary>
public sealed class OcrTests : IDisposable
{
    private const double MinRecall = 0.9;
    private const string RunningHeader = "政务信息公开专栏　内部资料";
    private readonly string _work = Directory.CreateTempSubdirectory("reportsearch-ocr-test-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    private byte[] ScanOfPage(string pdf, int page)
    {
        var image = Path.Combine(_work, "page");
        Run(ExternalTools.Require("pdftoppm"), ["-f", page.ToString(), "-l", page.ToString(), "-r", "200", "-gray", "-png", "-singlefile", pdf, image]);
        var scan = Path.Combine(_work, "scan.pdf");
        Run(ExternalTools.Require("img2pdf"), ["--output", scan, image + ".png"]);
        return File.ReadAllBytes(scan);
    }

    private static void Run(string program, string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
    }

    private ReportParsers Parsers(bool ocr, out PdfReportParser pdf)
    {
        pdf = new PdfReportParser(new ParserOptions { Ocr = ocr, CacheFolder = Path.Combine(_work, "cache") });
        return new ReportParsers([pdf]);
    }

    private static ParsedReport Parse(ReportParsers parsers, byte[] bytes) =>
        parsers.Parse(new SourceFile("/archive/scan.pdf", "scan.pdf", bytes.Length, DateTime.UtcNow), bytes);

    [ExternalToolFact("ocrmypdf", "pdftoppm", "img2pdf")]
    public void ScannedPage_IsOcred_RecoversMostOfTheText_AndIsCached()
    {
        ExternalTools.Require("ocrmypdf");
        var fixture = FixturePath("000_e28e3db9f9a1f121.pdf");
        const int page = 2;
        var scan = ScanOfPage(fixture, page);

        // Off by default: the scan is skipped with a reason.
        var off = Assert.Throws<UnreadableFileException>(() => Parse(Parsers(ocr: false, out _), scan));
        Assert.StartsWith(PdfReportParser.NoTextLayer, off.Message);

        var parsers = Parsers(ocr: true, out var pdf);
        var report = Parse(parsers, scan);
        Assert.Equal("ocr", report.Metadata.TextSource);
        Assert.Equal(1, pdf.OcrRuns);

        // The page's real text, from the text layer of the fixture the scan was rendered from.
        var textLayer = ParseVirtual("a.pdf", File.ReadAllBytes(fixture));
        var pageText = string.Join("\n", textLayer.Sections.Select(s => s.Text)).Split(PageBreaks.Marker)[page - 1];
        var expected = Substrings(Comparable(pageText), 4);
        var recognised = Comparable(string.Join("\n", report.Sections.Select(s => s.Text)));
        double recall = expected.Count(recognised.Contains) / (double)expected.Count;
        Assert.True(expected.Count > 300, $"page {page} has only {expected.Count} substrings");
        Assert.True(recall >= MinRecall, $"OCR found {recall:P1} of the page's 4-character strings (want ≥ {MinRecall:P0})");

        // A rescan, even by a new parser, reads the cached result instead of running OCR again.
        var again = Parse(Parsers(ocr: true, out var fresh), scan);
        Assert.Equal(0, fresh.OcrRuns);
        Assert.Equal(NormalizedSections(report), NormalizedSections(again));
    }

    /// <summary>A typed first page followed by a scanned one: without OCR only the typed page is read; with OCR both.</summary>
    [ExternalToolFact("ocrmypdf", "pdftoppm", "img2pdf")]
    public void ScannedPageInsideATypedPdf_IsOcredWhenOcrIsOn()
    {
        ExternalTools.Require("ocrmypdf");
        var fixture = FixturePath("000_e28e3db9f9a1f121.pdf");
        var scan = ScanOfPage(fixture, 2);
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        using (var typed = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(fixture)))
        using (var scanned = UglyToad.PdfPig.PdfDocument.Open(scan))
        {
            builder.AddPage(typed, 1);
            builder.AddPage(scanned, 1);
        }
        var mixed = builder.Build();

        var textLayer = ParseVirtual("a.pdf", File.ReadAllBytes(fixture));
        var pageTexts = string.Join("\n", textLayer.Sections.Select(s => s.Text)).Split(PageBreaks.Marker);
        var firstPage = Comparable(pageTexts[0]);

        // With one typed page the running header (regenerate.py) cannot be told from the body: it may stay.
        string[] typedPage = [firstPage, Comparable(RunningHeader) + firstPage];

        var withoutOcr = Parse(Parsers(ocr: false, out _), mixed);
        Assert.Null(withoutOcr.Metadata.TextSource);
        Assert.Contains(Comparable(string.Join("\n", withoutOcr.Sections.Select(s => s.Text))), typedPage);

        var withOcr = Parse(Parsers(ocr: true, out var pdf), mixed);
        Assert.Equal("ocr", withOcr.Metadata.TextSource);
        Assert.Equal(1, pdf.OcrRuns);
        Assert.Equal(2, PageBreaks.PageCount(withOcr.Sections));
        var pages = string.Join("\n", withOcr.Sections.Select(s => s.Text)).Split(PageBreaks.Marker).Select(Comparable).ToList();
        Assert.Contains(pages[0], typedPage); // the typed page is kept as it was, not OCRed
        var expected = Substrings(Comparable(pageTexts[1]), 4);
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
