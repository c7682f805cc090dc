using System.Globalization;

namespace ReportSearch.Ingestion;

/// <summary>
/// Adds a text layer to a scanned PDF with ocrmypdf (tesseract, simplified and traditional Chinese). The result
/// is cached by content hash: a rescan reads the cached PDF instead of running OCR again.
/// </summary>
internal sealed class OcrRunner(ParserOptions options)
{
    public const string MissingReason = "no text layer; OCR needs ocrmypdf: apt-get install ocrmypdf tesseract-ocr-chi-sim tesseract-ocr-chi-tra";

    private readonly ContentCache _cache = new(Path.Combine(options.CacheFolder, "ocr"));
    private int _runs;

    // One OpenMP thread per tesseract: ocrmypdf already runs a tesseract per core, and each one's own threads fight
    // over the same cores. A scanned page took 88.8 s with tesseract's default threads and 14.9 s with one, on this
    // two-core machine under load (ocrmypdf's documentation gives the same advice).
    private static readonly Dictionary<string, string> TesseractEnvironment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <summary>How many times this runner started ocrmypdf (cache hits do not count).</summary>
    public int Runs => _runs;

    public static bool IsInstalled(ParserOptions options) => ExternalProcess.Find(options.OcrMyPdfPath, "ocrmypdf") is not null;

    /// <summary>The PDF with an OCR text layer; throws <see cref="UnreadableFileException"/> when OCR is impossible or fails.</summary>
    /// <param name="pages">Pages to recognise: the time limit is <see cref="ParserOptions.OcrTimeoutPerPage"/> per page.</param>
    /// <param name="onlyPagesWithoutText">OCR only the pages without text (scanned pages in a PDF that has text elsewhere);
    /// else every page, replacing a garbled text layer.</param>
    public byte[] Ocr(byte[] pdf, int pages, bool onlyPagesWithoutText = false)
    {
        var hash = ContentCache.Hash(pdf);
        var extension = onlyPagesWithoutText ? ".skip-text.pdf" : ".pdf";
        var cached = _cache.TryRead(hash, extension);
        if (cached is not null) return cached;
        if (_cache.TryReadFailure(hash, extension) is { } failed) throw new UnreadableFileException(failed + " (remembered; delete the cache folder to retry)");
        var program = ExternalProcess.Find(options.OcrMyPdfPath, "ocrmypdf") ?? throw new UnreadableFileException(MissingReason);

        var work = Directory.CreateTempSubdirectory("reportsearch-ocr-").FullName;
        try
        {
            var input = Path.Combine(work, "in.pdf");
            var output = Path.Combine(work, "out.pdf");
            File.WriteAllBytes(input, pdf);
            Interlocked.Increment(ref _runs);
            // --force-ocr: also re-reads pages whose text layer is garbled; --skip-text: leaves pages with text alone;
            // --output-type pdf: no slow PDF/A conversion; --tesseract-timeout: the same limit per page, since
            // ocrmypdf's own (180 s) silently leaves a page that overruns it without text.
            var result = ExternalProcess.Run(program,
                ["-l", "chi_sim+chi_tra", onlyPagesWithoutText ? "--skip-text" : "--force-ocr", "--output-type", "pdf", "--optimize", "0",
                 "--tesseract-timeout", ((int)Math.Ceiling(options.OcrTimeoutPerPage.TotalSeconds)).ToString(CultureInfo.InvariantCulture), "--quiet", input, output],
                options.OcrTimeoutPerPage * Math.Max(1, pages), work, TesseractEnvironment);
            if (result.ExitCode != 0 || !File.Exists(output))
            {
                var reason = $"OCR failed (ocrmypdf exit code {result.ExitCode}): {FirstLine(result.StandardError)}";
                _cache.WriteFailure(hash, extension, reason);
                throw new UnreadableFileException(reason);
            }
            var ocred = File.ReadAllBytes(output);
            _cache.Write(hash, extension, ocred);
            return ocred;
        }
        catch (TimeoutException e)
        {
            _cache.WriteFailure(hash, extension, "OCR timed out: " + e.Message);
            throw new UnreadableFileException("OCR timed out: " + e.Message, e);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}
