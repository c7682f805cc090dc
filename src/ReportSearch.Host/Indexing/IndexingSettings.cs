namespace ReportSearch.Host.Indexing;

/// <summary>
/// Where the archive and the index live, and whether this host keeps the index up to date itself. Paths are
/// resolved once, against the current directory at start (not the content root), like the CLI's.
/// </summary>
public sealed record IndexingSettings(bool InProcess, IReadOnlyList<string> Archives, string IndexDirectory, TimeSpan RescanInterval)
{
    public const string DefaultArchive = "seeds";
    public const string DefaultIndex = "index";

    /// <summary>OCR scanned PDFs while indexing (<c>Indexing:Ocr</c>, off by default; needs ocrmypdf).</summary>
    public bool Ocr { get; init; }

    public static IndexingSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Indexing");
        var archives = section.GetSection("Archives").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToList();
        if (archives.Count == 0) archives.Add(DefaultArchive);
        int rescanSeconds = section.GetValue("RescanSeconds", 60);
        return new IndexingSettings(
            section.GetValue("InProcess", true),
            archives.Select(Path.GetFullPath).ToList(),
            Path.GetFullPath(section.GetValue<string>("IndexPath") is { Length: > 0 } ix ? ix : DefaultIndex),
            TimeSpan.FromSeconds(Math.Max(1, rescanSeconds))) { Ocr = section.GetValue("Ocr", false) };
    }
}
