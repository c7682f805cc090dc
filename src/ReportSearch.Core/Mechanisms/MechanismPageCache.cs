namespace ReportSearch.Mechanisms;

/// <summary>
/// The pages of the names shown last, kept by one catalogue: a page reads back from the index the titles of the
/// reports it shows (a few hundred at most, see <see cref="MechanismPaging"/>) and the definitions of its name, and
/// staff open the same precedent pages again and again. Each
/// catalogue is one snapshot's, so a newer snapshot starts with an empty cache; the catalogue still asks its snapshot
/// before serving a kept page (see <see cref="MechanismCatalog.Detail"/>). Bounded by pages and by the reports they
/// list together, so that its heap stays small however large the archive; a page listing more reports than the whole
/// budget is not kept. Least recently shown goes first. Thread-safe.
/// </summary>
internal sealed class MechanismPageCache(int maxPages, int maxReports)
{
    /// <summary>Names' pages kept per catalogue.</summary>
    public const int DefaultPages = 32;

    /// <summary>Reports listed by the kept pages together: a listed report costs about 160 bytes of heap (its id, title
    /// and reference; measured by bench mechanisms), so the cache holds at most about 10 MB. A catalogue's page lists
    /// at most <see cref="MechanismPaging.RegionsShown"/> × <see cref="MechanismPaging.ReportsPerRegion"/> reports by
    /// region, so for its pages the count of pages is the bound that acts (32 pages, about 1 MB at most); this one
    /// keeps the cache bounded whatever a page lists.</summary>
    public const int DefaultReports = 65_536;

    private readonly object _lock = new();
    private readonly LinkedList<(string Key, MechanismDetail Page, int Reports)> _recent = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, MechanismDetail Page, int Reports)>> _byKey = new(StringComparer.Ordinal);
    private int _reports;

    public MechanismPageCache() : this(DefaultPages, DefaultReports) { }

    /// <summary>How many pages are kept.</summary>
    public int Count { get { lock (_lock) return _byKey.Count; } }

    /// <summary>How many reports the kept pages list together.</summary>
    public int Reports { get { lock (_lock) return _reports; } }

    public bool TryGet(string key, out MechanismDetail page)
    {
        lock (_lock)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                page = null!;
                return false;
            }
            _recent.Remove(node);
            _recent.AddFirst(node);
            page = node.Value.Page;
            return true;
        }
    }

    public void Add(string key, MechanismDetail page)
    {
        int reports = page.ByRegion.Sum(g => g.Reports.Count);
        if (reports > maxReports || maxPages < 1) return;
        lock (_lock)
        {
            if (_byKey.Remove(key, out var known))
            {
                _recent.Remove(known);
                _reports -= known.Value.Reports;
            }
            while (_recent.Count > 0 && (_recent.Count >= maxPages || _reports + reports > maxReports))
            {
                var oldest = _recent.Last!;
                _recent.RemoveLast();
                _byKey.Remove(oldest.Value.Key);
                _reports -= oldest.Value.Reports;
            }
            _byKey[key] = _recent.AddFirst((key, page, reports));
            _reports += reports;
        }
    }
}
