using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline.Extraction;

/// <summary>The budgets of extraction: which files run under them and how an overrun is worded.</summary>
public static class ExtractionBudget
{
    /// <summary>
    /// Parsing HTML, PDF, OFD and docx runs in child workers: their parsers are large, build whole object models
    /// and decompress. Plain text is decoded and split in linear time and stays in process (no copy of its text
    /// through a pipe).
    /// </summary>
    public static bool RunsInChild(SourceFile file) => !PlainText.Contains(Path.GetExtension(file.FullPath));

    private static readonly HashSet<string> PlainText = new(new PlainTextParser().Extensions, StringComparer.OrdinalIgnoreCase);

    public static string ExceededTime(TimeSpan limit) => $"exceeded {limit.TotalSeconds:0.##} s";

    public static string ExceededMemory(int megabytes) => $"exceeded {megabytes} MB";
}
