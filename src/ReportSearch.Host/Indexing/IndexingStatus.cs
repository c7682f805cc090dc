namespace ReportSearch.Host.Indexing;

/// <summary>What the in-process indexer has done so far; read by the readiness check.</summary>
public sealed class IndexingStatus
{
    private volatile bool _initialPassFinished;

    /// <summary>True once the first pass after start has ended (done, failed, or skipped because another writer holds the lock).</summary>
    public bool InitialPassFinished => _initialPassFinished;

    public void MarkInitialPassFinished() => _initialPassFinished = true;
}
