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
    private readonly Action<string>? _warn;
    private readonly ConcurrentBag<ExtractionChildProcess> _idle = [];
    private readonly Lock _firstStart = new();
    private volatile bool _firstTried, _inProcessOnly;
    private bool _disposed;

    /// <param name="warn">Hears why budgets are not enforced, when the first child cannot be started.</param>
    public ChildProcessExtractor((string FileName, string[] Arguments) command, IndexerSettings settings, ReportParsers parsers, Action<string>? warn = null)
    {
        _command = command;
        _settings = settings;
        _inProcess = new InProcessExtractor(parsers);
        _warn = warn;
    }

    /// <summary>Process ids of the children waiting for work (for tests that measure them).</summary>
    public IReadOnlyList<int> IdleChildren => [.. _idle.Select(c => c.ProcessId)];

    public ExtractionResult Extract(SourceFile file, string? indexedId, ArchiveBoundary boundary)
    {
        if (!ExtractionBudget.RunsInChild(file) || _inProcessOnly) return _inProcess.Extract(file, indexedId, boundary);
        // At most one call per indexing thread at a time, so there are never more children than the parallelism.
        var child = _idle.TryTake(out var idle) ? idle : Start();
        if (child is null) return _inProcess.Extract(file, indexedId, boundary);
        try { return child.Extract(file, indexedId, boundary); }
        finally
        {
            if (child.Usable && !_disposed) _idle.Add(child);
            else child.Dispose();
        }
    }

    // The first child starts when the first file that needs one comes, not with the extractor: an archive of plain
    // text needs none, and a child's start-up and warm-up (parsers, gazetteer, ICU) cost about a second of CPU, a
    // tenth of indexing 50 MB of text. When the first cannot start, extraction stays in process (null) for the run.
    private ExtractionChildProcess? Start()
    {
        if (!_firstTried)
        {
            lock (_firstStart)
            {
                if (!_firstTried)
                {
                    try { return ExtractionChildProcess.Start(_command, _settings); }
                    catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
                    {
                        _inProcessOnly = true;
                        _warn?.Invoke($"extraction runs in process, without its time and memory limits: a child worker could not be started ({e.Message})");
                        return null;
                    }
                    finally { _firstTried = true; }
                }
            }
        }
        return _inProcessOnly ? null : ExtractionChildProcess.Start(_command, _settings);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var child)) child.Dispose();
    }
}
