namespace ReportSearch.Ingestion;

/// <summary>Picks the parser for a file by its extension.</summary>
public sealed class ReportParsers
{
    private readonly Dictionary<string, IReportParser> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public ReportParsers(IEnumerable<IReportParser> parsers)
    {
        foreach (var parser in parsers)
            foreach (var ext in parser.Extensions) _byExtension[ext] = parser;
    }

    /// <summary>All formats this build can read.</summary>
    public static ReportParsers Default() => new([new PlainTextParser()]);

    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    public bool CanRead(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    public ParsedReport Parse(SourceFile file, byte[] content)
    {
        if (!_byExtension.TryGetValue(Path.GetExtension(file.FullPath), out var parser))
            throw new UnreadableFileException($"unknown file type '{Path.GetExtension(file.FullPath)}'");
        return parser.Parse(file, content);
    }
}
