namespace ReportSearch.Index;

/// <summary>
/// Keeps the engine's answer (segment keys and bm25 scores) for expressions that match many segments, per
/// index fingerprint: ranking every segment that holds 的 or 发展 costs tens of milliseconds in FTS5 and the
/// same few very common terms come back again and again, with different filters, pages and sorts. Small
/// answers are not kept (they are cheap to recompute). Bounded by the total number of rows kept; the least
/// recently used entries go first. Entries of an older fingerprint are never returned. Thread-safe.
/// </summary>
internal sealed class MatchCache(int minRows = 2_000, long maxTotalRows = 2_000_000)
{
    public sealed record Entry(string Fingerprint, long[] Keys, double[] Scores);

    private readonly Dictionary<string, LinkedListNode<(string Expr, Entry Entry)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Expr, Entry Entry)> _lru = new();
    private readonly Lock _lock = new();
    private long _totalRows;

    public int MinRows => minRows;

    public Entry? Get(string expression, string fingerprint)
    {
        lock (_lock)
        {
            if (!_map.TryGetValue(expression, out var node)) return null;
            if (node.Value.Entry.Fingerprint != fingerprint)
            {
                Remove(node);
                return null;
            }
            _lru.Remove(node);
            _lru.AddFirst(node);
            return node.Value.Entry;
        }
    }

    public void Put(string expression, Entry entry)
    {
        if (entry.Keys.Length < minRows || entry.Keys.Length > maxTotalRows) return;
        lock (_lock)
        {
            if (_map.TryGetValue(expression, out var old)) Remove(old);
            var node = _lru.AddFirst((expression, entry));
            _map[expression] = node;
            _totalRows += entry.Keys.Length;
            while (_totalRows > maxTotalRows && _lru.Last is { } last) Remove(last);
        }
    }

    private void Remove(LinkedListNode<(string Expr, Entry Entry)> node)
    {
        _lru.Remove(node);
        _map.Remove(node.Value.Expr);
        _totalRows -= node.Value.Entry.Keys.Length;
    }
}
