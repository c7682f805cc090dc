using UglyToad.PdfPig.Exceptions;

namespace ReportSearch.Ingestion;

/// <summary>
/// PDF reports through PdfPig: text in reading order, lines joined back into paragraphs, running headers, footers
/// and page numbers dropped, page breaks kept as <see cref="PageBreaks.Marker"/>. The PDF's own Title and
/// CreationDate are used only where nothing better is known. A PDF without a usable text layer (a scan, or fonts
/// without a Unicode map) is OCRed when <see cref="ParserOptions.Ocr"/> is on, else skipped with "no text layer";
/// with OCR on, scanned pages inside a PDF that has text elsewhere are OCRed too (and left out without OCR).
/// </summary>
public sealed class PdfReportParser : IReportParser
{
    public const string NoTextLayer = "no text layer";

    private readonly ParserOptions _options;
    private readonly OcrRunner _ocr;
    // Scans stay skipped (without OCR) and are offered again on every rescan: their verdict is remembered by content hash.
    private readonly ContentCache _verdicts;
    private int _reads;

    public PdfReportParser(ParserOptions? options = null)
    {
        _options = options ?? ParserOptions.Default;
        _ocr = new OcrRunner(_options);
        // The folder name carries a version: bump it when TextLayerQuality's rules change, so old verdicts are not reused.
        _verdicts = new ContentCache(Path.Combine(_options.CacheFolder, "pdf-without-text-v1"));
    }

    /// <summary>How many PDFs this parser opened (remembered verdicts do not count).</summary>
    internal int TextLayerReads => _reads;

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    /// <summary>How many times this parser ran OCR (cached results do not count).</summary>
    public int OcrRuns => _ocr.Runs;

    public ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar)
    {
        // The header may follow some junk bytes, as readers allow.
        if (content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF"u8) < 0)
            throw new UnreadableFileException("not a PDF file");
        var hash = _options.Ocr ? null : ContentCache.Hash(content);
        if (hash is not null && _verdicts.TryReadFailure(hash, ".pdf") is { } remembered) throw new UnreadableFileException(remembered);
        Interlocked.Increment(ref _reads);
        PdfInflationGuard.Check(content);
        var layer = Read(content);
        string? textSource = null;
        var verdict = TextLayerQuality.Judge(layer.AllLines, layer.Pages.Count);
        if (verdict != TextLayerQuality.Verdict.Text)
        {
            var why = verdict == TextLayerQuality.Verdict.NoText ? NoTextLayer : NoTextLayer + " (garbled text: fonts without a Unicode map)";
            if (hash is not null)
            {
                _verdicts.WriteFailure(hash, ".pdf", why + "; enable OCR to read it");
                throw new UnreadableFileException(why + "; enable OCR to read it");
            }
            if (!OcrRunner.IsInstalled(_options)) throw new UnreadableFileException(why + "; OCR is on but ocrmypdf is not installed (apt-get install ocrmypdf tesseract-ocr-chi-sim tesseract-ocr-chi-tra)");
            var ocred = Read(_ocr.Ocr(content, layer.Pages.Count));
            if (TextLayerQuality.Judge(ocred.AllLines, ocred.Pages.Count) == TextLayerQuality.Verdict.NoText)
                throw new UnreadableFileException(why + "; OCR found no text either");
            layer = ocred with { Title = layer.Title, Created = layer.Created };
            textSource = "ocr";
        }
        else if (layer.ScannedPages > 0 && _options.Ocr && OcrRunner.IsInstalled(_options))
        {
            // Text, but some pages are scans (a typed cover on a scanned report, a scanned annex): OCR those pages only.
            layer = Read(_ocr.Ocr(content, layer.ScannedPages, onlyPagesWithoutText: true)) with { Title = layer.Title, Created = layer.Created };
            textSource = "ocr";
        }

        var lines = PageParagraphs.Join(PageFurniture.Remove(layer.Pages));
        var report = ReportAssembler.Assemble(file, sidecar, lines, formatMetadata: null, mayBeHardWrapped: false, WeakMetadata(layer));
        return textSource is null ? report : new ParsedReport { Metadata = report.Metadata with { TextSource = textSource }, Sections = report.Sections };
    }

    private static PdfTextLayer Read(byte[] content)
    {
        try
        {
            return PdfTextLayer.Read(content);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableFileException("encrypted PDF", e);
        }
        // PdfPig reports damaged files with many exception types (format, cast, index, key, stream errors).
        catch (Exception e) when (e is not (UnreadableFileException or OutOfMemoryException or OperationCanceledException))
        {
            throw new UnreadableFileException("invalid PDF: " + e.Message, e);
        }
    }

    private static ReportMetadata WeakMetadata(PdfTextLayer layer) => new()
    {
        Title = DocumentTitle.Usable(layer.Title),
        Date = layer.Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
