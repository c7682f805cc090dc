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
