namespace ReportSearch.Pipeline;

/// <summary>
/// Wakes the worker for a scan: either a change was requested (by the watcher) or the scan interval passed.
/// Requests made while a scan runs are remembered (once), so a change during a scan causes one more scan.
/// </summary>
public sealed class ScanTrigger : IDisposable
{
    private readonly SemaphoreSlim _requested = new(0, 1);

    public void Request()
    {
        try { _requested.Release(); }
        catch (SemaphoreFullException) { } // already requested
        catch (ObjectDisposedException) { } // a late watcher event during shutdown
    }

    /// <summary>True when a change was requested, false when <paramref name="interval"/> passed without one.</summary>
    public Task<bool> WaitAsync(TimeSpan interval, CancellationToken cancel) => _requested.WaitAsync(interval, cancel);

    public void Dispose() => _requested.Dispose();
}
