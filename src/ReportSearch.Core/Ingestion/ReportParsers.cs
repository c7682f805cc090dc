namespace ReportSearch.Ingestion;

/// <summary>Picks the parser for a file by its extension and refuses files over the size limit.</summary>
public sealed class ReportParsers
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    private readonly Dictionary<string, IReportParser> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public ReportParsers(IEnumerable<IReportParser> parsers, long maxBytes = DefaultMaxBytes)
    {
        foreach (var parser in parsers)
            foreach (var ext in parser.Extensions) _byExtension[ext] = parser;
        MaxBytes = maxBytes;
    }

    /// <summary>
    /// All formats this build can read: .txt, .md, .html, .htm, .docx, .pdf (OCR when <paramref name="options"/> turn
    /// it on), .ofd, and .doc and .wps when LibreOffice is installed.
    /// </summary>
    public static ReportParsers Default(long maxBytes = DefaultMaxBytes, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        return new([new PlainTextParser(), new HtmlReportParser(), new DocxReportParser(), new PdfReportParser(options), new OfdReportParser(), new LegacyWordParser(options)], maxBytes);
    }

    /// <summary>The same parsers with another size limit (the indexer's configured one).</summary>
    public ReportParsers WithMaxBytes(long maxBytes) => maxBytes == MaxBytes ? this : new(_byExtension.Values.Distinct(), maxBytes);

    /// <summary>Files larger than this are skipped as unreadable.</summary>
    public long MaxBytes { get; }

    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    /// <summary>True for report files; sidecar metadata files (<c>*.meta.json</c>) are never reports.</summary>
    public bool CanRead(string path) => !SidecarMetadata.IsSidecar(path) && _byExtension.ContainsKey(Path.GetExtension(path));

    public ParsedReport Parse(SourceFile file, byte[] content)
    {
        var ext = Path.GetExtension(file.FullPath);
        if (!CanRead(file.FullPath)) throw new UnreadableFileException($"unknown file type '{ext}'");
        if (file.Size > MaxBytes || content.LongLength > MaxBytes) throw new UnreadableFileException($"file too large (over {MaxBytes} bytes)");
        if (content.Length == 0) throw new UnreadableFileException("empty file");
        return _byExtension[ext].Parse(file, content);
    }
}
