namespace ReportSearch.Ingestion;

/// <summary>Picks the parser for a file by its extension and refuses files over the size limit.</summary>
public sealed class ReportParsers
{
    /// <summary>
    /// The size limit unless configured (<c>Indexer:MaxFileBytes</c> starts from it): a file is read into memory
    /// whole, several at once, so a stray disk image in the archive must not be.
    /// </summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>
    /// The most text kept of one file unless configured (<c>Indexer:MaxTextCharacters</c> starts from it): 2 million
    /// characters, some twenty times the longest report in the seeds and more than any report a person reads. Plain
    /// text is decoded no further (<see cref="PlainTextParser"/>); other formats are cut after parsing, in their
    /// child worker. Analysis holds about 50 bytes per character of a report, so the cap bounds the indexer's own
    /// memory for one file to about 100 MB (a 34 MB one-line text file had cost 620 MB).
    /// </summary>
    public const int DefaultMaxTextChars = 2_000_000;

    private readonly Dictionary<string, IReportParser> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public ReportParsers(IEnumerable<IReportParser> parsers, long maxBytes = DefaultMaxBytes, int maxTextChars = DefaultMaxTextChars)
    {
        foreach (var parser in parsers)
            foreach (var ext in parser.Extensions) _byExtension[ext] = parser;
        MaxBytes = maxBytes;
        MaxTextChars = maxTextChars;
    }

    /// <summary>The text kept of a file: a file with more is indexed with its first this many characters, and noted.</summary>
    public int MaxTextChars { get; }

    /// <summary>The note of a report whose text was cut to <paramref name="maxTextChars"/>.</summary>
    public static string TrimmedText(int maxTextChars) => $"indexed only its first {maxTextChars} characters of text";

    /// <summary>
    /// All formats this build can read: .txt, .md, .html, .htm, .docx, .pdf (OCR when <paramref name="options"/> turn
    /// it on), .ofd, and .doc and .wps when LibreOffice is installed.
    /// </summary>
    public static ReportParsers Default(long maxBytes = DefaultMaxBytes, ParserOptions? options = null, int maxTextChars = DefaultMaxTextChars)
    {
        options ??= ParserOptions.Default;
        return new([new PlainTextParser(maxTextChars), new HtmlReportParser(), new DocxReportParser(), new PdfReportParser(options), new OfdReportParser(), new LegacyWordParser(options)], maxBytes, maxTextChars);
    }

    /// <summary>The same parsers with another size limit (the indexer's configured one).</summary>
    public ReportParsers WithMaxBytes(long maxBytes) => maxBytes == MaxBytes ? this : new(_byExtension.Values.Distinct(), maxBytes, MaxTextChars);

    /// <summary>Files larger than this are skipped as unreadable.</summary>
    public long MaxBytes { get; }

    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    /// <summary>True for report files; sidecar metadata files (<c>*.meta.json</c>) are never reports.</summary>
    public bool CanRead(string path) => !SidecarMetadata.IsSidecar(path) && _byExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>
    /// Why a file is not read at all, from what the scanner saw: a type no parser reads, or a size over the limit.
    /// Null when it may be read. The one check of type and size: the pipeline asks before reading the bytes.
    /// </summary>
    public string? Refusal(SourceFile file) =>
        !CanRead(file.FullPath) ? UnknownType(file.FullPath)
        : file.Size > MaxBytes ? $"file too large ({file.Size} bytes, limit {MaxBytes})"
        : null;

    /// <summary>
    /// Parses a file <see cref="Refusal"/> accepted, from its bytes and its sidecar (already read, or null). The
    /// parser is chosen by extension; an empty file has no text.
    /// </summary>
    public ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar = null)
    {
        if (SidecarMetadata.IsSidecar(file.FullPath) || !_byExtension.TryGetValue(Path.GetExtension(file.FullPath), out var parser))
            throw new UnreadableFileException(UnknownType(file.FullPath));
        if (content.Length == 0) throw new UnreadableFileException("empty file");
        var report = parser.Parse(file, content, sidecar);
        long chars = report.Sections.Sum(s => (long)s.Text.Length);
        return chars > MaxTextChars ? report.WithTrimmedText(FirstCharacters(report.Sections, MaxTextChars), TrimmedText(MaxTextChars)) : report;
    }

    // The sections in order up to the limit, the last one cut (never inside a surrogate pair).
    private static List<ReportSection> FirstCharacters(IReadOnlyList<ReportSection> sections, int maxChars)
    {
        var kept = new List<ReportSection>();
        int left = maxChars;
        foreach (var section in sections)
        {
            if (left == 0) break;
            if (section.Text.Length <= left) { kept.Add(section); left -= section.Text.Length; continue; }
            int cut = char.IsHighSurrogate(section.Text[left - 1]) ? left - 1 : left;
            kept.Add(section with { Text = section.Text[..cut] });
            break;
        }
        return kept;
    }

    private static string UnknownType(string path) => $"unknown file type '{Path.GetExtension(path)}'";
}
