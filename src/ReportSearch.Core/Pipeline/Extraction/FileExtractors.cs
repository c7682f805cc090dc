using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline.Extraction;

/// <summary>The one place that decides where files are extracted.</summary>
public static class FileExtractors
{
    /// <summary>
    /// Child workers under budgets when this program can start them (<see cref="ExtractionChild.Command"/>); in
    /// process otherwise: under a test runner, or when the first child fails to start (it starts with the first file
    /// that needs one). <paramref name="warn"/> hears why budgets are not enforced.
    /// </summary>
    public static IFileExtractor For(IndexerSettings settings, Action<string>? warn = null)
    {
        var parsers = settings.Parsers();
        if (ExtractionChild.Command() is not { } command) return new InProcessExtractor(parsers);
        return new ChildProcessExtractor(command, settings, parsers, warn);
    }
}
