using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline;

/// <summary>
/// The one set of indexing settings, with the one set of defaults. The worker binds it from the "Indexer"
/// configuration section, the host binds the same section when it indexes in process (Indexing:InProcess), and
/// the CLI fills it from its flags, so an archive is indexed the same way whichever program runs.
/// Relative paths are relative to the current directory.
/// </summary>
public sealed record IndexerSettings
{
    public const string Section = "Indexer";
    public const string DefaultArchive = "seeds";
    public const string DefaultIndex = "index";

    /// <summary>Archive folders. Empty means <see cref="DefaultArchive"/>: the configuration binder appends to a
    /// pre-filled list instead of replacing it, so the default is applied after binding.</summary>
    public List<string> Archives { get; set; } = [];
    public string Index { get; set; } = DefaultIndex;

    /// <summary>Full rescans besides the watcher: watchers miss events on network shares and on overflow.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Quiet time after the last file event before scanning, so a copy of many files is one scan.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>
    /// How often a long-running indexer verifies the checksums of every file of the index it serves (at start, then
    /// before the first scan after each interval). A damaged index is rebuilt in a new folder beside it, which keeps
    /// serving until the rebuild has caught up.
    /// </summary>
    public TimeSpan ChecksumInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Watch the archive folders for changes (a long-running indexer only; the CLI makes one pass).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Files larger than this are skipped with a reason.</summary>
    public long MaxFileBytes { get; set; } = ReportParsers.DefaultMaxBytes;
    /// <summary>Globs of archive files to index (none: all) and to leave out (<see cref="PathFilter"/>).</summary>
    public List<string> Include { get; set; } = [];
    public List<string> Exclude { get; set; } = [];

    /// <summary>
    /// Files and bytes of a run's first batch, whichever limit comes first. Every batch is one transaction and one
    /// progress line: a small first batch makes a new report searchable within seconds of a change and shows a
    /// long catch-up's first progress at once, and a kill loses at most one batch of work.
    /// </summary>
    public int BatchFiles { get; set; } = 100;
    public long BatchBytes { get; set; } = 2L * 1024 * 1024;

    /// <summary>
    /// In a long run the batches double from <see cref="BatchFiles"/> and <see cref="BatchBytes"/> up to these
    /// limits (2, 4, … 32 MB): a small change is still committed at once, while a bulk makes few large Lucene
    /// segments (many small ones cost a third more CPU in flushing and merging their term dictionaries). 32 MB
    /// rather than 64: at 1 GB the larger batches were 4% faster but held 180 MB more at their peak (706 against
    /// 524 MB).
    /// </summary>
    public int BulkBatchFiles { get; set; } = 4000;
    public long BulkBatchBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// Longest one HTML, PDF, OFD or docx file may take to parse and analyze in its child worker: a file over it is
    /// skipped with "exceeded N s" and the child is replaced. Raise it with OCR on (OCR takes up to minutes a page).
    /// </summary>
    public TimeSpan ExtractionTimeLimit { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>
    /// Most memory (resident, in MB) a child worker may hold while it extracts a file: a file over it is skipped with
    /// "exceeded N MB" and the child is replaced. The children are as many as <see cref="Parallelism"/>.
    /// </summary>
    public int ExtractionMemoryMegabytes { get; set; } = 512;

    /// <summary>Cores that read, parse and analyze files (and add a batch to the writer) at once.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>OCR scanned PDFs (needs ocrmypdf); off by default because it is slow.</summary>
    public bool Ocr { get; set; }
    /// <summary>The ocrmypdf program; empty looks for <c>ocrmypdf</c> on the PATH.</summary>
    public string? OcrMyPdfPath { get; set; }
    /// <summary>The LibreOffice program that converts .doc and .wps; empty looks for <c>soffice</c> on the PATH.</summary>
    public string? LibreOfficePath { get; set; }

    public IReadOnlyList<string> ArchiveFolders => Archives.Count > 0 ? Archives : [DefaultArchive];

    public PathFilter Filter => new(Include, Exclude);

    /// <summary>
    /// The parsers these settings ask for: the size limit, OCR and the converters, with OCR and conversion
    /// results cached beside the index (<see cref="ParserOptions.ForIndex"/>).
    /// </summary>
    public ReportParsers Parsers() => ReportParsers.Default(MaxFileBytes, ParserOptions.ForIndex(Index, Ocr) with
    {
        OcrMyPdfPath = string.IsNullOrWhiteSpace(OcrMyPdfPath) ? null : OcrMyPdfPath,
        LibreOfficePath = string.IsNullOrWhiteSpace(LibreOfficePath) ? null : LibreOfficePath,
    });

    /// <summary>
    /// Every value that cannot work, each named with its configuration key, all at once so that one restart
    /// fixes them all. Empty when the settings are usable.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        const string S = Section;
        var failures = new List<string>();
        if (Archives.Any(string.IsNullOrWhiteSpace)) failures.Add($"{S}:Archives must not contain an empty folder name.");
        if (string.IsNullOrWhiteSpace(Index)) failures.Add($"{S}:Index must name a folder.");
        if (ScanInterval <= TimeSpan.Zero) failures.Add($"{S}:ScanInterval must be positive, not {ScanInterval}.");
        if (ChecksumInterval <= TimeSpan.Zero) failures.Add($"{S}:ChecksumInterval must be positive, not {ChecksumInterval}.");
        if (Debounce < TimeSpan.Zero) failures.Add($"{S}:Debounce must not be negative, not {Debounce}.");
        if (MaxFileBytes <= 0) failures.Add($"{S}:MaxFileBytes must be positive, not {MaxFileBytes}.");
        if (BatchFiles <= 0) failures.Add($"{S}:BatchFiles must be positive, not {BatchFiles}.");
        if (BatchBytes <= 0) failures.Add($"{S}:BatchBytes must be positive, not {BatchBytes}.");
        if (BulkBatchFiles <= 0) failures.Add($"{S}:BulkBatchFiles must be positive, not {BulkBatchFiles}.");
        if (BulkBatchBytes <= 0) failures.Add($"{S}:BulkBatchBytes must be positive, not {BulkBatchBytes}.");
        if (ExtractionTimeLimit <= TimeSpan.Zero) failures.Add($"{S}:ExtractionTimeLimit must be positive, not {ExtractionTimeLimit}.");
        // A child worker holds about 150 MB once its parsers and the gazetteer are loaded, before any file.
        if (ExtractionMemoryMegabytes < 256) failures.Add($"{S}:ExtractionMemoryMegabytes must be at least 256, not {ExtractionMemoryMegabytes}.");
        if (Parallelism <= 0) failures.Add($"{S}:Parallelism must be positive, not {Parallelism}.");
        return failures;
    }
}
