namespace ReportSearch.Pipeline;

/// <summary>
/// Calls an action once things have been quiet for <c>delay</c> after the last <see cref="Poke"/>. A steady
/// stream of pokes (a long copy into the archive) still fires at least every 10 × delay, so new reports
/// show up while the copy goes on.
/// </summary>
public sealed class Debouncer : IDisposable
{
    private readonly TimeSpan _delay;
    private readonly TimeSpan _maxWait;
    private readonly Action _action;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private DateTime? _firstPokeUtc;

    public Debouncer(TimeSpan delay, Action action)
    {
        _delay = delay;
        _maxWait = delay * 10;
        _action = action;
        _timer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public void Poke()
    {
        lock (_gate)
        {
            var now = DateTime.UtcNow;
            _firstPokeUtc ??= now;
            var due = now - _firstPokeUtc.Value >= _maxWait ? TimeSpan.Zero : _delay;
            try { _timer.Change(due, Timeout.InfiniteTimeSpan); }
            catch (ObjectDisposedException) { }
        }
    }

    private void Fire()
    {
        lock (_gate) _firstPokeUtc = null;
        _action();
    }

    public void Dispose()
    {
        lock (_gate) _timer.Dispose();
    }
}
