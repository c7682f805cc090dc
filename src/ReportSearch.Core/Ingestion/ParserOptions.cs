namespace ReportSearch.Ingestion;

/// <summary>Settings of the parsers that call external programs (OCR, LibreOffice).</summary>
public sealed record ParserOptions
{
    /// <summary>OCR scanned PDFs (no text layer, or a garbled one) with ocrmypdf; off by default because it is slow.</summary>
    public bool Ocr { get; init; }

    /// <summary>Where OCR and conversion results are kept by content hash, so a rescan does not redo them.</summary>
    public string CacheFolder { get; init; } = Path.Combine(Path.GetTempPath(), "reportsearch-cache");

    /// <summary>Longest time OCR may take per page (a run of a 100-page scan may take 100 times this).</summary>
    public TimeSpan OcrTimeoutPerPage { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest time one LibreOffice conversion (per file of a batch) may take.</summary>
    public TimeSpan ConversionTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The LibreOffice program; null looks for <c>soffice</c> on the PATH.</summary>
    public string? LibreOfficePath { get; init; }

    /// <summary>The ocrmypdf program; null looks for <c>ocrmypdf</c> on the PATH.</summary>
    public string? OcrMyPdfPath { get; init; }

    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The options of an indexer writing <paramref name="indexDirectory"/>: results cached in a sibling folder
    /// (<c>index.cache</c> next to <c>index</c>), which survives the index being cleared and rebuilt.
    /// </summary>
    public static ParserOptions ForIndex(string indexDirectory, bool ocr) => new()
    {
        Ocr = ocr,
        CacheFolder = Path.GetFullPath(indexDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + ".cache",
    };
}
