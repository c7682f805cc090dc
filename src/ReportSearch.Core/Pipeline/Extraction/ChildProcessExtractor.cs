using System.Collections.Concurrent;
using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline.Extraction;

/// <summary>
/// Extraction under budgets, like Apache Tika's forked parser: HTML, PDF, OFD and docx are parsed in long-lived
/// child workers (as many as the indexing parallelism, each reused file after file), and a file that takes longer
/// than <see cref="IndexerSettings.ExtractionTimeLimit"/> or makes its child hold more than
/// <see cref="IndexerSettings.ExtractionMemoryMegabytes"/> is skipped with "exceeded N s" or "exceeded N MB": the
/// child is killed and replaced, and the scan goes on. Plain text is extracted in process.
/// </summary>
public sealed class ChildProcessExtractor : IFileExtractor
{
    private readonly (string FileName, string[] Arguments) _command;
    private readonly IndexerSettings _settings;
    private readonly InProcessExtractor _inProcess;
    private readonly ConcurrentBag<ExtractionChildProcess> _idle = [];
    private bool _disposed;

    /// <summary>Starts the first child at once, so that a program that cannot start one fails here, not per file.</summary>
    public ChildProcessExtractor((string FileName, string[] Arguments) command, IndexerSettings settings, ReportParsers parsers)
    {
        _command = command;
        _settings = settings;
        _inProcess = new InProcessExtractor(parsers);
        _idle.Add(ExtractionChildProcess.Start(command, settings));
    }

    /// <summary>Process ids of the children waiting for work (for tests that measure them).</summary>
    public IReadOnlyList<int> IdleChildren => [.. _idle.Select(c => c.ProcessId)];

    public ExtractionResult Extract(SourceFile file, string? indexedId, ArchiveBoundary boundary)
    {
        if (!ExtractionBudget.RunsInChild(file)) return _inProcess.Extract(file, indexedId, boundary);
        // At most one call per indexing thread at a time, so there are never more children than the parallelism.
        var child = _idle.TryTake(out var idle) ? idle : ExtractionChildProcess.Start(_command, _settings);
        try { return child.Extract(file, indexedId, boundary); }
        finally
        {
            if (child.Usable && !_disposed) _idle.Add(child);
            else child.Dispose();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var child)) child.Dispose();
    }
}
