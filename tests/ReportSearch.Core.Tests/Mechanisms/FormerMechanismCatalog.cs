using System.Runtime.InteropServices;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;

using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// The catalogue as it was before issue 24's bounded catalogue (commit 81a500d), kept as the oracle of
/// <see cref="BoundedCatalogTests"/>: it holds every report and occurrence with their strings. One change: occurrences
/// that tie on year, date, region and report keep the order of their documents (a stable sort), which the former
/// unstable sort left to chance when they give different definitions. Its page lists every report of every region
/// (the pages of <see cref="MechanismCatalog"/> show the first ones and page through the rest: compare with
/// <see cref="BoundedCatalogTests"/>' whole lists, gathered page by page); it fills in each region's count as the
/// length of that list.
///
/// Every named mechanism of one index snapshot, with each report and region that names it: built once per
/// snapshot from the mention tables of its Lucene segments (deleted documents left out), then answers the list,
/// the mechanism page and the precedent card from memory. Only listed mechanisms keep their occurrences, as small
/// structs. Immutable, so requests share it freely.
/// </summary>
internal sealed class FormerMechanismCatalog
{
    public const int MaxVariants = 10;
    public const int MaxDefinitions = 20;
    public const int MaxTimelineRegions = 50;
    public const int MaxTimelineYears = 80;

    private readonly Dictionary<string, Entry> _byKey;
    private readonly List<ReportRef> _reports;
    private readonly List<string[]> _regions;
    private readonly List<string> _regionKeys;
    private readonly List<(string Text, string? Section)> _definitions;

    private FormerMechanismCatalog(Dictionary<string, Entry> byKey, List<ReportRef> reports, List<string[]> regions, List<string> regionKeys,
        List<(string, string?)> definitions)
    {
        _byKey = byKey;
        _reports = reports;
        _regions = regions;
        _regionKeys = regionKeys;
        _definitions = definitions;
    }

    /// <summary>Named mechanisms that pass <see cref="MechanismScore"/>.</summary>
    public int Count => _byKey.Count;

    private Dictionary<string, string[]>? _byReport;

    /// <summary>The listed mechanisms a report names, in the catalogue's order of names (for related reports:
    /// what two reports share). Built on first use, once per catalogue.</summary>
    public IReadOnlyList<string> NamedIn(string reportId)
    {
        var byReport = _byReport ??= _byKey.Values
            .SelectMany(e => e.Occurrences.Select(o => (Report: _reports[o.Report].Id, e.Name)))
            .GroupBy(x => x.Report, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return byReport.TryGetValue(reportId, out var names) ? names : [];
    }

    private sealed record ReportRef(string Id, string? Title, int? Year, string? Date, MetadataOrigin? YearOrigin)
    {
        /// <summary>The year comes from what the document says of itself, not from its body or file name.</summary>
        public bool YearIsStrong => YearOrigin is { } origin && origin.Confidence() == MetadataConfidence.Strong;
    }

    /// <summary>One segment naming the mechanism: indexes into the catalogue's tables (-1: no definition).</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Occurrence(int Report, int Year, int Region, int Definition);

    private sealed class Entry(string name, Occurrence[] occurrences, List<string> variants)
    {
        public string Name { get; } = name;
        /// <summary>Earliest first (see <see cref="Earlier"/>).</summary>
        public Occurrence[] Occurrences { get; } = occurrences;
        public List<string> Variants { get; } = variants;
        /// <summary>Over all occurrences, computed once: the unfiltered list and the precedent card read it.</summary>
        public MechanismSummary Summary { get; set; } = null!;
    }

    /// <summary>Evidence gathered over the archive for one candidate (first pass).</summary>
    private sealed class Candidate
    {
        public MechanismEvidence Evidence;
        public bool QuotedAlone;
        /// <summary>Some segment names it outside a negation.</summary>
        public bool Affirmed;
        public int Reports;
        public int LastReport = -1;
        public int Mentions;
    }

    /// <param name="tables">The mentions of the Lucene segments, each segment in one or more tables in document
    /// order, with a test of whether a document is live (null: all are). Enumerated twice, one table at a time: a
    /// sequence that decodes them anew keeps only one in memory (see <see cref="MechanismPayload"/>).</param>
    public static FormerMechanismCatalog Build(IEnumerable<(MentionTable Table, Func<int, bool>? IsLive)> tables)
    {
        // Reports, regions and keys across tables. A report's segment documents are one block in one Lucene
        // segment, so "a new report for this key" is simply a report other than the last one seen.
        var reports = new List<ReportRef>();
        var reportIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new List<string[]>();
        var regionKeys = new List<string>();
        var regionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        // Per table, its segment documents' report and region (report -1: deleted), for the second pass.
        var segmentReport = new List<int[]>();
        var segmentRegion = new List<int[]>();
        foreach (var (table, isLive) in tables)
        {
            int t = segmentReport.Count;
            segmentReport.Add(new int[table.Doc.Length]);
            segmentRegion.Add(new int[table.Doc.Length]);
            for (int s = 0; s < table.Doc.Length; s++)
            {
                if (isLive is not null && !isLive(table.Doc[s])) { segmentReport[t][s] = -1; continue; }
                if (!reportIndex.TryGetValue(table.ReportId[s], out int report))
                {
                    reportIndex[table.ReportId[s]] = report = reports.Count;
                    reports.Add(new ReportRef(table.ReportId[s], table.Title[s], table.Year[s] == 0 ? null : table.Year[s], table.Date[s], table.YearOrigin[s]));
                }
                segmentReport[t][s] = report;
                var regionKey = string.Join('›', table.Region[s]);
                if (!regionIndex.TryGetValue(regionKey, out int region))
                {
                    regionIndex[regionKey] = region = regions.Count;
                    regions.Add(table.Region[s]);
                    regionKeys.Add(regionKey);
                }
                segmentRegion[t][s] = region;
            }
            for (int m = 0; m < table.MentionCount; m++)
            {
                int report = segmentReport[t][table.Segment[m]];
                if (report < 0) continue;
                var key = table.Keys[table.Key[m]];
                if (!candidates.TryGetValue(key, out var c)) candidates[key] = c = new Candidate();
                var evidence = table.Evidence[m];
                c.Evidence |= evidence;
                if (evidence.HasFlag(MechanismEvidence.Quoted) && !evidence.HasFlag(MechanismEvidence.ListItem)) c.QuotedAlone = true;
                if (!evidence.HasFlag(MechanismEvidence.Negated)) c.Affirmed = true;
                if (c.LastReport != report) { c.Reports++; c.LastReport = report; }
                c.Mentions++;
            }
        }

        // Second pass, listed names only: their occurrences, names and spellings.
        // Spellings are counted as (text, quoted) pairs: the usual spelling, the name in quotation marks, is put
        // together once per mechanism rather than once per mention (millions of short-lived strings otherwise).
        var listed = new Dictionary<string, (List<Occurrence> Occurrences, Dictionary<string, int> Names, Dictionary<(string Text, bool Quoted), int> Written)>(StringComparer.Ordinal);
        foreach (var (key, c) in candidates)
            if (MechanismScore.IsListed(key, c.Evidence, c.QuotedAlone, c.Reports, () => IcuWords.IsOneWord(key), c.Affirmed))
                listed[key] = (new List<Occurrence>(c.Mentions), new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<(string, bool), int>());
        // Definitions once per distinct (text, section): an archive repeats the same defining passage in report after
        // report (a round-up, a copy, a yearly report that restates it), and each mention decoded its own string.
        var definitions = new List<(string, string?)>();
        var definitionIndex = new Dictionary<(string, string?), int>();
        int second = 0;
        foreach (var (table, _) in tables)
        {
            int t = second++;
            if (t >= segmentReport.Count || segmentReport[t].Length != table.Doc.Length)
                throw new InvalidOperationException("the mention tables changed between the catalogue's two passes");
            for (int m = 0; m < table.MentionCount; m++)
            {
                int s = table.Segment[m];
                int report = segmentReport[t][s];
                if (report < 0 || !listed.TryGetValue(table.Keys[table.Key[m]], out var l)) continue;
                int definition = -1;
                if (table.Definitions.TryGetValue(m, out var d) && !definitionIndex.TryGetValue(d, out definition))
                {
                    definitionIndex[d] = definition = definitions.Count;
                    definitions.Add(d);
                }
                l.Occurrences.Add(new Occurrence(report, table.Year[s], segmentRegion[t][s], definition));
                Tally(l.Names, table.NameOf(m));
                Tally(l.Written, table.Written[m] < 0 ? (table.NameOf(m), true) : (table.Strings[table.Written[m]], false));
            }
        }

        var byKey = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var catalog = new FormerMechanismCatalog(byKey, reports, regions, regionKeys, definitions);
        foreach (var (key, l) in listed)
        {
            var occurrences = l.Occurrences.Order(Comparer<Occurrence>.Create(catalog.Earlier)).ToArray();
            byKey[key] = new Entry(MostFrequent(l.Names), occurrences,
                l.Written.Select(kv => (Text: kv.Key.Quoted ? "“" + kv.Key.Text + "”" : kv.Key.Text, Count: kv.Value))
                    .OrderByDescending(v => v.Count).ThenBy(v => v.Text, StringComparer.Ordinal).Take(MaxVariants).Select(v => v.Text).ToList());
        }
        foreach (var entry in byKey.Values) entry.Summary = catalog.Summarize(entry, entry.Occurrences);
        return catalog;
    }

    private static void Tally<T>(Dictionary<T, int> counts, T value) where T : notnull =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _)++;

    private static string MostFrequent(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    // Earliest first: by the report's year (unknown last), then its date, then region and report id so that the
    // order, and with it "first appearance", never depends on the order the index returned the segments in.
    private int Earlier(Occurrence a, Occurrence b)
    {
        int c = (a.Year == 0 ? int.MaxValue : a.Year).CompareTo(b.Year == 0 ? int.MaxValue : b.Year);
        if (c != 0) return c;
        c = string.CompareOrdinal(_reports[a.Report].Date ?? "9999", _reports[b.Report].Date ?? "9999");
        if (c != 0) return c;
        c = string.CompareOrdinal(_regionKeys[a.Region], _regionKeys[b.Region]);
        return c != 0 ? c : string.CompareOrdinal(_reports[a.Report].Id, _reports[b.Report].Id);
    }

    private string? RegionName(Occurrence o) => _regions[o.Region] is { Length: > 0 } path ? path[^1] : null;

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
        // Regions that lie in the place asked for, decided once per region rather than per occurrence.
        bool[]? inPlace = district is null ? null : _regions.Select(path => path.Any(unit => TextNormalizer.NormalizeToString(unit) == district)).ToArray();
        var matching = new List<MechanismSummary>();
        foreach (var (key, entry) in _byKey)
        {
            if (name is { Length: > 0 } && !key.Contains(name, StringComparison.Ordinal)) continue;
            if (inPlace is null && query.Year is null)
            {
                matching.Add(entry.Summary);
                continue;
            }
            var occurrences = entry.Occurrences.Where(o => (query.Year is null || o.Year == query.Year) && (inPlace is null || inPlace[o.Region])).ToArray();
            if (occurrences.Length > 0) matching.Add(Summarize(entry, occurrences));
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

    private MechanismSummary Summarize(Entry entry, Occurrence[] occurrences)
    {
        var reports = new HashSet<int>();
        var regions = new HashSet<int>();
        var byYear = new SortedDictionary<int, HashSet<int>>();
        foreach (var o in occurrences)
        {
            reports.Add(o.Report);
            if (_regions[o.Region].Length > 0) regions.Add(o.Region);
            if (o.Year == 0) continue;
            if (!byYear.TryGetValue(o.Year, out var set)) byYear[o.Year] = set = [];
            set.Add(o.Report);
        }
        int definition = Array.FindIndex(occurrences, o => o.Definition >= 0);
        return new MechanismSummary(entry.Name, reports.Count, regions.Count, FirstOf(occurrences),
            byYear.Select(kv => new YearCount(kv.Key, kv.Value.Count)).ToList(),
            definition < 0 ? null : _definitions[occurrences[definition].Definition].Text);
    }

    // Occurrences are sorted earliest first; the first appearance needs a known year, and rests on a strong one
    // wherever some report has it: a year read from a body or a file name is often wrong (a 2018 report counted as
    // 2013), so an earlier weak year does not make an earlier first appearance. Only without any strong year is the
    // earliest weak one given, marked inferred.
    private FirstAppearance? FirstOf(Occurrence[] occurrences)
    {
        int i = Array.FindIndex(occurrences, o => o.Year != 0 && _reports[o.Report].YearIsStrong);
        bool inferred = i < 0;
        if (inferred) i = Array.FindIndex(occurrences, o => o.Year != 0);
        if (i < 0) return null;
        var first = occurrences[i];
        var report = _reports[first.Report];
        return new FirstAppearance(first.Year, report.Date, RegionName(first), _regions[first.Region], report.Id, report.Title,
            YearBasis.Name(report.YearOrigin), YearBasis.Label(report.YearOrigin), inferred);
    }

    /// <summary>Everything known of one mechanism; null when the name is not a listed mechanism.</summary>
    public MechanismDetail? Detail(string writtenName)
    {
        var key = MechanismNames.Key(writtenName);
        if (key is null || !_byKey.TryGetValue(key, out var entry)) return null;
        var summary = entry.Summary;
        return new MechanismDetail(entry.Name, entry.Variants, summary.Reports, summary.Regions, summary.First,
            Definitions(entry), ByRegion(entry), Timeline(entry.Occurrences), Senses(entry));
    }

    private List<MechanismDefinition> Definitions(Entry entry)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<MechanismDefinition>();
        foreach (var o in entry.Occurrences)
        {
            if (o.Definition < 0) continue;
            var (text, section) = _definitions[o.Definition];
            if (!seen.Add(TextNormalizer.NormalizeToString(text))) continue;
            var report = _reports[o.Report];
            list.Add(new MechanismDefinition(text, report.Id, report.Title, report.Year, RegionName(o), _regions[o.Region], section));
            if (list.Count == MaxDefinitions) break;
        }
        return list;
    }

    // Regions in order of first appearance (a region without a known place last), each with its reports in order.
    private List<MechanismRegionGroup> ByRegion(Entry entry) =>
        entry.Occurrences.GroupBy(o => o.Region).OrderBy(g => _regions[g.Key].Length == 0 ? 1 : 0)
            .Select(g =>
            {
                var reports = g.Select(o => o.Report).Distinct().Select(r => _reports[r]).Select(r => new MechanismReportRef(r.Id, r.Title, r.Year, r.Date)).ToList();
                return new MechanismRegionGroup(RegionName(g.First()), _regions[g.Key], reports, reports.Count);
            })
            .ToList();

    // The senses of a name (see MechanismSenses), each summarized like the name itself.
    private List<MechanismSense> Senses(Entry entry)
    {
        var uses = entry.Occurrences.Select(o => new MechanismSenses.Use(_regionKeys[o.Region], o.Definition < 0 ? null : _definitions[o.Definition].Text)).ToList();
        var (senseOf, count) = MechanismSenses.Split(uses);
        var senses = new List<MechanismSense>(count);
        for (int k = 0; k < count; k++)
        {
            var occurrences = entry.Occurrences.Where((_, i) => senseOf[i] == k).ToArray();
            var first = FirstOf(occurrences);
            var definition = occurrences.FirstOrDefault(o => o.Definition >= 0);
            var label = string.Join(' ', new[] { first?.Region ?? RegionName(occurrences[0]), first?.Year.ToString() }.Where(x => x is not null));
            senses.Add(new MechanismSense($"{entry.Name} · {label}", _definitions[definition.Definition].Text, first,
                occurrences.Select(o => o.Report).Distinct().Count(),
                occurrences.Select(RegionName).OfType<string>().Distinct().ToList(), Timeline(occurrences)));
        }
        return senses;
    }

    private MechanismTimeline Timeline(Occurrence[] occurrences)
    {
        var dated = occurrences.Where(o => o.Year != 0).ToList();
        if (dated.Count == 0) return new MechanismTimeline([], [], []);
        int last = dated.Max(o => o.Year);
        int first = Math.Max(dated.Min(o => o.Year), last - MaxTimelineYears + 1);
        var years = Enumerable.Range(first, last - first + 1).ToList();
        int[] Counts(IEnumerable<Occurrence> occurrences)
        {
            var counts = new int[years.Count];
            foreach (var g in occurrences.Where(o => o.Year >= first).GroupBy(o => o.Year))
                counts[g.Key - first] = g.Select(o => o.Report).Distinct().Count();
            return counts;
        }
        var rows = dated.Where(o => _regions[o.Region].Length > 0).GroupBy(o => o.Region).Take(MaxTimelineRegions)
            .Select(g => new MechanismTimelineRow(RegionName(g.First()), _regions[g.Key], Counts(g))).ToList();
        return new MechanismTimeline(years, Counts(dated), rows);
    }
}
