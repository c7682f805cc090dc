namespace ReportSearch.Pipeline;

/// <summary>
/// A gate the indexer passes after every committed batch of a scan. Always open in production; a test holds it to
/// keep the first indexing of an archive under way for as long as it needs (a large or slow archive would only
/// make that likely, not certain), then releases it.
/// </summary>
public sealed class IndexingGate
{
    private readonly Lock _lock = new();
    private TaskCompletionSource? _held;

    /// <summary>Stops the indexer after its next committed batch (or before its first, when held before it starts).</summary>
    public void Hold()
    {
        lock (_lock) _held ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Release()
    {
        TaskCompletionSource? held;
        lock (_lock) (held, _held) = (_held, null);
        held?.TrySetResult();
    }

    /// <summary>Returns at once when the gate is open; otherwise when it is released or <paramref name="cancel"/> fires.</summary>
    public void Pass(CancellationToken cancel)
    {
        Task? held;
        lock (_lock) held = _held?.Task;
        held?.Wait(cancel);
    }
}
