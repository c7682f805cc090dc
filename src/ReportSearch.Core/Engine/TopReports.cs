namespace ReportSearch.Engine;

/// <summary>
/// The first <c>keep</c> reports in the requested order, kept in a bounded heap while the collector streams
/// reports past: the same as sorting all and taking the first, without holding all of them.
/// </summary>
internal sealed class TopReports
{
    /// <summary>What reports are ordered by: best score, year, date, and the report hash to break ties.</summary>
    public readonly record struct SortKey(float Score, int Year, int Date, long Hash);

    /// <summary>A kept report: its sort key, first segment document and best segment documents.</summary>
    public sealed record Entry(SortKey Key, int FirstDoc, int[] Segments)
    {
        public float Score => Key.Score;
        /// <summary>The first segment documents of the matching reports with the same text, listed under this one.</summary>
        public int[] SameText { get; init; } = [];
    }

    private readonly IComparer<SortKey> _keys;
    private readonly IComparer<Entry> _order;
    private readonly PriorityQueue<Entry, Entry> _heap;
    private readonly int _keep;

    public TopReports(ReportOrder order, int keep)
    {
        _keys = Comparer(order);
        _order = Comparer<Entry>.Create((a, b) => _keys.Compare(a.Key, b.Key));
        _keep = keep;
        // The worst kept entry on top, to be replaced by a better one.
        _heap = new PriorityQueue<Entry, Entry>(Comparer<Entry>.Create((a, b) => _order.Compare(b, a)));
    }

    /// <summary>Cheap pre-check (no allocation), so that a report's best segments are only gathered when it is kept.</summary>
    public bool WouldKeep(SortKey key) => _keep > 0 && (_heap.Count < _keep || _keys.Compare(key, _heap.Peek().Key) < 0);

    /// <summary>Whether <paramref name="a"/> comes before <paramref name="b"/> in the requested order.</summary>
    public bool Precedes(SortKey a, SortKey b) => _keys.Compare(a, b) < 0;

    public void Add(Entry e)
    {
        if (_heap.Count < _keep) _heap.Enqueue(e, e);
        else _heap.EnqueueDequeue(e, e);
    }

    /// <summary>Adds the entries another heap of the same order kept (a part of the same pass); that heap is emptied.</summary>
    public void AddAll(TopReports other)
    {
        while (other._heap.Count > 0)
        {
            var e = other._heap.Dequeue();
            if (WouldKeep(e.Key)) Add(e);
        }
    }

    public List<Entry> Sorted()
    {
        var all = new List<Entry>(_heap.Count);
        while (_heap.Count > 0) all.Add(_heap.Dequeue());
        all.Reverse();
        return all;
    }

    // Total orders (the report hash breaks every tie), so paging is stable.
    private static IComparer<SortKey> Comparer(ReportOrder order) => order switch
    {
        ReportOrder.Newest => Comparer<SortKey>.Create(static (a, b) =>
        {
            int c = (a.Year == 0).CompareTo(b.Year == 0);
            if (c == 0) c = b.Year.CompareTo(a.Year);
            if (c == 0) c = b.Date.CompareTo(a.Date);
            if (c == 0) c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : a.Hash.CompareTo(b.Hash);
        }),
        ReportOrder.Oldest => Comparer<SortKey>.Create(static (a, b) =>
        {
            int c = (a.Year == 0).CompareTo(b.Year == 0);
            if (c == 0) c = a.Year.CompareTo(b.Year);
            if (c == 0) c = a.Date.CompareTo(b.Date);
            if (c == 0) c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : a.Hash.CompareTo(b.Hash);
        }),
        _ => Comparer<SortKey>.Create(static (a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            if (c == 0) c = b.Year.CompareTo(a.Year);
            return c != 0 ? c : a.Hash.CompareTo(b.Hash);
        }),
    };
}
