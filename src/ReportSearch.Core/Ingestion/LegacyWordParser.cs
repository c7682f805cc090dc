namespace ReportSearch.Ingestion;

/// <summary>
/// Word 97–2003 (.doc) and WPS (.wps) documents: converted to .docx by LibreOffice (no .NET library reads them),
/// then read like any .docx. Skipped with a clear reason when LibreOffice is not installed.
/// </summary>
public sealed class LegacyWordParser : IReportParser
{
    public const string TextSourceName = "converted:libreoffice";

    private readonly LibreOfficeConverter _converter;
    private readonly DocxReportParser _docx = new();

    public LegacyWordParser(ParserOptions? options = null) => _converter = new LibreOfficeConverter(options ?? ParserOptions.Default);

    public IReadOnlyCollection<string> Extensions { get; } = [".doc", ".wps"];

    /// <summary>How many times soffice was started by this parser.</summary>
    public int ConverterRuns => _converter.Runs;

    public bool LibreOfficeInstalled => _converter.Program is not null;

    public ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar)
    {
        var extension = Path.GetExtension(file.FullPath);
        var docx = _converter.ConvertToDocx(content, extension);
        var report = _docx.Parse(file, docx, sidecar, titleIsWeak: true);
        // LibreOffice imports what it cannot recognise as plain text: a damaged file comes back as glyph soup.
        if (TextLayerQuality.Judge(report.Sections.Select(s => s.Text), 1) == TextLayerQuality.Verdict.Garbled)
            throw new UnreadableFileException($"unreadable {extension.ToLowerInvariant()} file (LibreOffice read it as garbage)");
        return new ParsedReport { Metadata = report.Metadata with { TextSource = TextSourceName }, Sections = report.Sections };
    }
}
