namespace ReportSearch.Mechanisms;

// A name's reports by region, a page at a time: grouped from the numbers the catalogue keeps, in one pass over the
// name's occurrences, and only the reports a page shows read back from the index (see MechanismPaging).
public sealed partial class MechanismCatalog
{
    /// <summary>One region's reports of a name, as numbers: how many, and the first ones (earliest first).</summary>
    private sealed class RegionReports(int region)
    {
        public int Region { get; } = region;
        public int Count { get; set; }
        public List<int> First { get; } = [];
    }

    // Regions in order of first appearance (a region without a known place last), each with its count of reports and
    // its first `keep` reports in order. One pass over the occurrences (the commonest names have tens of thousands).
    private List<RegionReports> RegionsOf(Entry entry, int keep)
    {
        var groups = new List<RegionReports>();
        var groupOf = new Dictionary<int, RegionReports>();
        var occurrences = entry.Occurrences;
        for (int i = 0; i < occurrences.Length; i++)
        {
            if (!FirstInRegion(occurrences, i)) continue;
            var o = occurrences[i];
            if (!groupOf.TryGetValue(o.Region, out var group))
            {
                groupOf[o.Region] = group = new RegionReports(o.Region);
                groups.Add(group);
            }
            if (group.Count++ < keep) group.First.Add(o.Report);
        }
        return groups.Where(g => _regions[g.Region].Length > 0).Concat(groups.Where(g => _regions[g.Region].Length == 0)).ToList();
    }

    private MechanismRegionGroup Group(RegionReports group, Texts texts) =>
        new(RegionName(group.Region), _regions[group.Region], group.First.Select(r => ReportRef(r, texts)).ToList(), group.Count);

    private Texts ReportTexts(IEnumerable<int> reports) => new(_read.Reports(reports.Select(_reports.Doc)), []);

    /// <summary>A page of the regions of a name, in the order of its page's list, each with its first reports; null when
    /// the name is not a listed mechanism. A page past the last is empty.</summary>
    /// <exception cref="SnapshotClosedException">The snapshot was replaced meanwhile: ask the index again.</exception>
    public MechanismRegionPage? RegionsPage(string writtenName, int page, int size)
    {
        if (EntryOf(writtenName) is not { } entry) return null;
        var regions = RegionsOf(entry, MechanismPaging.ReportsPerRegion);
        var shown = regions.Skip(Skipped(page, size)).Take(size).ToList();
        var texts = ReportTexts(shown.SelectMany(g => g.First));
        return new MechanismRegionPage(entry.Name, regions.Count, page, size, shown.Select(g => Group(g, texts)).ToList());
    }

    /// <summary>A page of one region's reports of a name, earliest first; null when the name is not a listed mechanism
    /// or none of its reports is from that region. A page past the last is empty.</summary>
    /// <param name="regionKey">The region's path as <see cref="MechanismPaging.RegionKey"/> writes it (empty: no known place).</param>
    /// <exception cref="SnapshotClosedException">The snapshot was replaced meanwhile: ask the index again.</exception>
    public MechanismRegionReports? ReportsPage(string writtenName, string regionKey, int page, int size)
    {
        if (EntryOf(writtenName) is not { } entry) return null;
        int region = RegionOf(entry, regionKey);
        if (region < 0) return null;
        int skip = Skipped(page, size), total = 0;
        var shown = new List<int>();
        var occurrences = entry.Occurrences;
        for (int i = 0; i < occurrences.Length; i++)
        {
            if (occurrences[i].Region != region || !FirstInRegion(occurrences, i)) continue;
            if (total >= skip && total - skip < size) shown.Add(occurrences[i].Report);
            total++;
        }
        var texts = ReportTexts(shown);
        return new MechanismRegionReports(entry.Name, RegionName(region), _regions[region], total, page, size, shown.Select(r => ReportRef(r, texts)).ToList());
    }

    // The region of the name's occurrences with this key, or -1; each of its regions compared once.
    private int RegionOf(Entry entry, string regionKey)
    {
        var compared = new HashSet<int>();
        foreach (var o in entry.Occurrences)
            if (compared.Add(o.Region) && MechanismPaging.RegionKey(_regions[o.Region]) == regionKey) return o.Region;
        return -1;
    }

    private static int Skipped(int page, int size) =>
        page < 1 || size < 1 ? throw new ArgumentOutOfRangeException(nameof(page), "page and size start at 1") : (int)Math.Min(int.MaxValue, (long)(page - 1) * size);
}
