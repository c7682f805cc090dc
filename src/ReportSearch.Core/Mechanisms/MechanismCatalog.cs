using ReportSearch.Analysis;

namespace ReportSearch.Mechanisms;

/// <summary>
/// Every named mechanism of one index snapshot, with each report and region that names it: built once per
/// snapshot from the mentions stored with the segments, then answers the list, the mechanism page and the
/// precedent card from memory. Immutable, so requests share it freely.
/// </summary>
public sealed class MechanismCatalog
{
    public const int MaxVariants = 10;
    public const int MaxDefinitions = 20;
    public const int MaxTimelineRegions = 50;
    public const int MaxTimelineYears = 80;

    public static MechanismCatalog Empty { get; } = Build([]);

    private readonly Dictionary<string, Entry> _byKey;
    private readonly List<ReportRef> _reports;

    private MechanismCatalog(Dictionary<string, Entry> byKey, List<ReportRef> reports)
    {
        _byKey = byKey;
        _reports = reports;
    }

    /// <summary>Named mechanisms that pass <see cref="MechanismScore"/>.</summary>
    public int Count => _byKey.Count;

    private sealed record ReportRef(string Id, string? Title, int? Year, string? Date);

    /// <summary>One segment naming the mechanism.</summary>
    private sealed record Occurrence(int Report, int? Year, string? Date, string RegionKey, IReadOnlyList<string> RegionPath,
        string? Definition, string? Section, string Written)
    {
        public string? Region => RegionPath.Count == 0 ? null : RegionPath[^1];
    }

    private sealed class Entry(string key, string name, List<Occurrence> occurrences, List<string> variants)
    {
        public string Key { get; } = key;
        public string Name { get; } = name;
        public List<Occurrence> Occurrences { get; } = occurrences;
        public List<string> Variants { get; } = variants;
        /// <summary>Over all occurrences, computed once: the unfiltered list and the precedent card read it.</summary>
        public MechanismSummary Summary { get; set; } = null!;
    }

    public static MechanismCatalog Build(IEnumerable<MechanismSegment> segments)
    {
        var reports = new List<ReportRef>();
        var reportIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            if (!reportIndex.TryGetValue(segment.ReportId, out int report))
            {
                report = reports.Count;
                reportIndex[segment.ReportId] = report;
                reports.Add(new ReportRef(segment.ReportId, segment.Title, segment.Year, segment.Date));
            }
            var regionKey = string.Join('›', segment.RegionPath);
            foreach (var m in segment.Mentions)
            {
                if (!candidates.TryGetValue(m.Key, out var c)) candidates[m.Key] = c = new Candidate();
                c.Evidence |= m.Evidence;
                if (m.Evidence.HasFlag(MechanismEvidence.Quoted) && !m.Evidence.HasFlag(MechanismEvidence.ListItem)) c.QuotedAlone = true;
                c.Reports.Add(report);
                Tally(c.Names, m.Name, m.Occurrences);
                Tally(c.Written, m.Written, m.Occurrences);
                c.Occurrences.Add(new Occurrence(report, segment.Year, segment.Date, regionKey, segment.RegionPath, m.Definition, m.Section, m.Written));
            }
        }
        var byKey = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (key, c) in candidates)
        {
            if (!MechanismScore.IsListed(key, c.Evidence, c.QuotedAlone, c.Reports.Count, () => IcuWords.IsOneWord(key))) continue;
            c.Occurrences.Sort((a, b) => Earlier(a, b, reports));
            byKey[key] = new Entry(key, MostFrequent(c.Names), c.Occurrences,
                c.Written.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxVariants).Select(kv => kv.Key).ToList());
        }
        var catalog = new MechanismCatalog(byKey, reports);
        foreach (var entry in byKey.Values) entry.Summary = catalog.Summarize(entry, entry.Occurrences);
        return catalog;
    }

    private sealed class Candidate
    {
        public MechanismEvidence Evidence;
        public bool QuotedAlone;
        public HashSet<int> Reports { get; } = [];
        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Written { get; } = new(StringComparer.Ordinal);
        public List<Occurrence> Occurrences { get; } = [];
    }

    private static void Tally(Dictionary<string, int> counts, string value, int n) =>
        counts[value] = counts.TryGetValue(value, out int seen) ? seen + n : n;

    private static string MostFrequent(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    // Earliest first: by the report's year (unknown last), then its date, then region and report id so that the
    // order, and with it "first appearance", never depends on the order the index returned the segments in.
    private static int Earlier(Occurrence a, Occurrence b, List<ReportRef> reports)
    {
        int c = (a.Year ?? int.MaxValue).CompareTo(b.Year ?? int.MaxValue);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Date ?? "9999", b.Date ?? "9999");
        if (c != 0) return c;
        c = string.CompareOrdinal(a.RegionKey, b.RegionKey);
        return c != 0 ? c : string.CompareOrdinal(reports[a.Report].Id, reports[b.Report].Id);
    }

    /// <summary>The mechanism a written name (any variant, script or quoting) stands for; null when none is listed.</summary>
    public MechanismSummary? Find(string writtenName)
    {
        var key = MechanismNames.Key(writtenName);
        return key is not null && _byKey.TryGetValue(key, out var entry) ? entry.Summary : null;
    }

    public MechanismListPage List(MechanismQuery query)
    {
        var name = string.IsNullOrWhiteSpace(query.Name) ? null : TextNormalizer.NormalizeToString(query.Name.Trim()).Trim(MechanismNames.QuoteChars);
        var district = string.IsNullOrWhiteSpace(query.District) ? null : TextNormalizer.NormalizeToString(query.District.Trim());
        var matching = new List<MechanismSummary>();
        foreach (var entry in _byKey.Values)
        {
            if (name is { Length: > 0 } && !entry.Key.Contains(name, StringComparison.Ordinal)) continue;
            if (district is null && query.Year is null)
            {
                matching.Add(entry.Summary);
                continue;
            }
            var occurrences = entry.Occurrences.Where(o => (query.Year is null || o.Year == query.Year) && (district is null || InPlace(o, district))).ToList();
            if (occurrences.Count > 0) matching.Add(Summarize(entry, occurrences));
        }
        IOrderedEnumerable<MechanismSummary> ordered = query.Sort switch
        {
            MechanismSort.First => matching.OrderBy(s => s.First?.Year ?? int.MaxValue).ThenBy(s => s.First?.Date ?? "9999", StringComparer.Ordinal).ThenByDescending(s => s.Reports),
            MechanismSort.Spread => matching.OrderByDescending(s => s.Regions).ThenByDescending(s => s.Reports),
            _ => matching.OrderByDescending(s => s.Reports).ThenByDescending(s => s.Regions),
        };
        var page = ordered.ThenBy(s => s.Name, StringComparer.Ordinal).Skip((query.Page - 1) * query.Size).Take(query.Size).ToList();
        return new MechanismListPage(matching.Count, query.Page, query.Size, query.Sort.ToString().ToLowerInvariant(), page);
    }

    // A place filter names a unit at any level of the path (山东省 keeps everything under Shandong), written as the
    // user likes (traditional, full width): region paths are compared normalized.
    private static bool InPlace(Occurrence o, string normalizedPlace)
    {
        foreach (var unit in o.RegionPath)
            if (TextNormalizer.NormalizeToString(unit) == normalizedPlace) return true;
        return false;
    }

    private MechanismSummary Summarize(Entry entry, List<Occurrence> occurrences)
    {
        var years = occurrences.Where(o => o.Year is not null).GroupBy(o => o.Year!.Value)
            .Select(g => new YearCount(g.Key, g.Select(o => o.Report).Distinct().Count())).OrderBy(y => y.Year).ToList();
        return new MechanismSummary(entry.Name,
            occurrences.Select(o => o.Report).Distinct().Count(),
            occurrences.Where(o => o.RegionKey.Length > 0).Select(o => o.RegionKey).Distinct().Count(),
            FirstOf(occurrences),
            years,
            occurrences.FirstOrDefault(o => o.Definition is not null)?.Definition);
    }

    // Occurrences are sorted earliest first; the first appearance needs a known year.
    private FirstAppearance? FirstOf(List<Occurrence> occurrences)
    {
        var first = occurrences.FirstOrDefault(o => o.Year is not null);
        if (first is null) return null;
        var report = _reports[first.Report];
        return new FirstAppearance(first.Year!.Value, first.Date, first.Region, first.RegionPath, report.Id, report.Title);
    }

    /// <summary>Everything known of one mechanism; null when the name is not a listed mechanism.</summary>
    public MechanismDetail? Detail(string writtenName)
    {
        var key = MechanismNames.Key(writtenName);
        if (key is null || !_byKey.TryGetValue(key, out var entry)) return null;
        var summary = entry.Summary;
        return new MechanismDetail(entry.Name, entry.Variants, summary.Reports, summary.Regions, summary.First,
            Definitions(entry), ByRegion(entry), Timeline(entry));
    }

    private List<MechanismDefinition> Definitions(Entry entry)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<MechanismDefinition>();
        foreach (var o in entry.Occurrences)
        {
            if (o.Definition is null || !seen.Add(TextNormalizer.NormalizeToString(o.Definition))) continue;
            var report = _reports[o.Report];
            list.Add(new MechanismDefinition(o.Definition, report.Id, report.Title, o.Year, o.Region, o.RegionPath, o.Section));
            if (list.Count == MaxDefinitions) break;
        }
        return list;
    }

    // Regions in order of first appearance (a region without a known place last), each with its reports in order.
    private List<MechanismRegionGroup> ByRegion(Entry entry)
    {
        var groups = new List<MechanismRegionGroup>();
        foreach (var g in entry.Occurrences.GroupBy(o => o.RegionKey).OrderBy(g => g.Key.Length == 0 ? 1 : 0))
        {
            var reports = g.Select(o => o.Report).Distinct().Select(r => _reports[r])
                .Select(r => new MechanismReportRef(r.Id, r.Title, r.Year, r.Date)).ToList();
            var first = g.First();
            groups.Add(new MechanismRegionGroup(first.Region, first.RegionPath, reports));
        }
        return groups;
    }

    private static MechanismTimeline Timeline(Entry entry)
    {
        var dated = entry.Occurrences.Where(o => o.Year is not null).ToList();
        if (dated.Count == 0) return new MechanismTimeline([], [], []);
        int last = dated.Max(o => o.Year!.Value);
        int first = Math.Max(dated.Min(o => o.Year!.Value), last - MaxTimelineYears + 1);
        var years = Enumerable.Range(first, last - first + 1).ToList();
        int[] Counts(IEnumerable<Occurrence> occurrences)
        {
            var counts = new int[years.Count];
            foreach (var g in occurrences.Where(o => o.Year >= first).GroupBy(o => o.Year!.Value))
                counts[g.Key - first] = g.Select(o => o.Report).Distinct().Count();
            return counts;
        }
        var rows = dated.Where(o => o.RegionKey.Length > 0).GroupBy(o => o.RegionKey).Take(MaxTimelineRegions)
            .Select(g => new MechanismTimelineRow(g.First().Region, g.First().RegionPath, Counts(g))).ToList();
        return new MechanismTimeline(years, Counts(dated), rows);
    }
}
