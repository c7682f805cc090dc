using System.Collections;
using System.Runtime.InteropServices;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Ingestion;

namespace ReportSearch.Mechanisms;

/// <summary>
/// Every named mechanism of one index snapshot, with each report and region that names it: built once per
/// snapshot from the mention tables of its Lucene segments (deleted documents left out), then answers the list,
/// the mechanism page and the precedent card. Only listed mechanisms keep their occurrences, as small structs of
/// numbers; the strings of their reports and definitions stay in the index and are read back for the one name a
/// page shows (<see cref="MentionReader"/>), so that the heap grows by a few bytes per mention of a listed name
/// rather than by every report's id, title and definitions. Immutable, so requests share it freely.
/// </summary>
public sealed partial class MechanismCatalog
{
    public const int MaxVariants = 10;
    public const int MaxDefinitions = 20;
    public const int MaxTimelineRegions = 50;
    public const int MaxTimelineYears = 80;

    private readonly Dictionary<string, Entry> _byKey;
    private readonly CatalogReports _reports;
    private readonly List<string[]> _regions;
    /// <summary>Per region, its place among the regions' keys in ordinal order (compared as the keys are).</summary>
    private readonly int[] _regionRank;
    private readonly MentionReader _read;
    /// <summary>The pages of the names shown last (this snapshot's only, as the catalogue is).</summary>
    private readonly MechanismPageCache _pages = new();

    private MechanismCatalog(Dictionary<string, Entry> byKey, CatalogReports reports, List<string[]> regions, List<string> regionKeys, MentionReader read)
    {
        _byKey = byKey;
        _reports = reports;
        _regions = regions;
        _regionRank = new int[regionKeys.Count];
        var order = Enumerable.Range(0, regionKeys.Count).OrderBy(i => regionKeys[i], StringComparer.Ordinal).ToArray();
        for (int k = 0; k < order.Length; k++) _regionRank[order[k]] = k;
        _read = read;
    }

    /// <summary>Named mechanisms that pass <see cref="MechanismScore"/>.</summary>
    public int Count => _byKey.Count;

    /// <summary>A report's names are <c>Entries[Names[i]].Name</c> for i in <c>Start[r] .. Start[r + 1]</c>: four bytes per
    /// report and per name it names. One object, so that threads that build it at once each see a whole one.</summary>
    private sealed record NamesOfReports(int[] Start, int[] Names, Entry[] Entries);

    private NamesOfReports? _byReport;

    /// <summary>The listed mechanisms a report names, in the catalogue's order of names (for related reports:
    /// what two reports share). Built on first use, once per catalogue, as numbers.</summary>
    public IReadOnlyList<string> NamedIn(string reportId)
    {
        var byReport = _byReport ??= NamesByReport();
        int report = _reports.WithId(reportId);
        if (report < 0) return [];
        return byReport.Names[byReport.Start[report]..byReport.Start[report + 1]].Select(e => byReport.Entries[e].Name)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    private NamesOfReports NamesByReport()
    {
        var entries = _byKey.Values.ToArray();
        var start = new int[_reports.Count + 1];
        foreach (var entry in entries)
            foreach (int report in entry.Occurrences.Select(o => o.Report).Distinct())
                start[report + 1]++;
        for (int r = 0; r < _reports.Count; r++) start[r + 1] += start[r];
        var names = new int[start[^1]];
        var next = start[..^1].ToArray();
        for (int e = 0; e < entries.Length; e++)
            foreach (int report in entries[e].Occurrences.Select(o => o.Report).Distinct())
                names[next[report]++] = e;
        return new NamesOfReports(start, names, entries);
    }

    /// <summary>One segment naming the mechanism: its report and region (indexes into the catalogue's tables), the
    /// segment document (across the snapshot: its payload holds the definition), and whether the segment defines the
    /// name. Twelve bytes, of which a listed name keeps one per segment naming it: whether it defines the name is the
    /// sign of the stored document, and its year is its report's (every segment's payload gives the report's year).</summary>
    private readonly struct Occurrence(int report, int region, int doc, bool defines)
    {
        private readonly int _doc = defines ? ~doc : doc;
        public int Report { get; init; } = report;
        public int Region { get; } = region;
        public int Doc => _doc < 0 ? ~_doc : _doc;
        public bool Defines => _doc < 0;
    }

    private int YearOf(Occurrence o) => _reports.YearValue(o.Report);

    /// <summary>Whether occurrence <paramref name="i"/> is its report's first in its region. In the catalogue's order
    /// (<see cref="Earlier"/>: year, date, region, report), a report's segments in one region are adjacent, in a
    /// name's occurrences and in any part of them taken in order, so a page counts and lists its reports by region in
    /// one pass without a set of the reports it has seen.</summary>
    private static bool FirstInRegion(Occurrence[] occurrences, int i) =>
        i == 0 || occurrences[i - 1].Region != occurrences[i].Region || occurrences[i - 1].Report != occurrences[i].Report;

    private sealed class Entry(string key, string name, Occurrence[] occurrences, List<string> variants)
    {
        public string Key { get; } = key;
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
    /// order, with a test of whether a document is live (null: all are) and what turns a document's number in its
    /// segment into its number across the snapshot. Enumerated twice, one table at a time: a sequence that decodes
    /// them anew keeps only one in memory (see <see cref="MechanismPayload"/>).</param>
    /// <param name="stored">The snapshot's payloads by document, read again for what the catalogue does not keep.</param>
    internal static MechanismCatalog Build(IEnumerable<(MentionTable Table, Func<int, bool>? IsLive, int DocBase)> tables, IStoredPayloads stored)
    {
        // Reports, regions and keys across tables. A report's segment documents are one block in one Lucene
        // segment, so "a new report for this key" is simply a report other than the last one seen. What is kept of
        // a report while building: its id, year, date, year origin and first document.
        var reports = new List<(string Id, int Year, string? Date, MetadataOrigin? Origin, int Doc)>();
        var reportIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new List<string[]>();
        var regionKeys = new List<string>();
        var regionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        // Per table, its segment documents' report and region (report -1: deleted), for the second pass.
        var segmentReport = new List<int[]>();
        var segmentRegion = new List<int[]>();
        foreach (var (table, isLive, docBase) in tables)
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
                    reports.Add((table.ReportId[s], table.Year[s], table.Date[s], table.YearOrigin[s], docBase + table.Doc[s]));
                }
                segmentReport[t][s] = report;
                var regionKey = MechanismPaging.RegionKey(table.Region[s]);
                if (!regionIndex.TryGetValue(regionKey, out int region))
                {
                    regionIndex[regionKey] = region = regions.Count;
                    // One string per place name across the paths (广东省 heads thousands of them), kept for the snapshot.
                    regions.Add(table.Region[s].Select(unit => units.TryGetValue(unit, out var known) ? known : units[unit] = unit).ToArray());
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
        candidates = null;
        reportIndex = null;
        int second = 0;
        foreach (var (table, _, docBase) in tables)
        {
            int t = second++;
            if (t >= segmentReport.Count || segmentReport[t].Length != table.Doc.Length)
                throw new InvalidOperationException("the mention tables changed between the catalogue's two passes");
            for (int m = 0; m < table.MentionCount; m++)
            {
                int s = table.Segment[m];
                int report = segmentReport[t][s];
                if (report < 0 || !listed.TryGetValue(table.Keys[table.Key[m]], out var l)) continue;
                l.Occurrences.Add(new Occurrence(report, segmentRegion[t][s], docBase + table.Doc[s], table.Definitions.ContainsKey(m)));
                Tally(l.Names, table.NameOf(m));
                Tally(l.Written, table.Written[m] < 0 ? (table.NameOf(m), true) : (table.Strings[table.Written[m]], false));
            }
        }
        segmentReport = segmentRegion = null;

        // Only the reports that name a listed mechanism are kept, numbered in the order of their ids.
        var named = new int[reports.Count];
        Array.Fill(named, -1);
        var kept = new List<(string, int, string?, MetadataOrigin?, int)>();
        foreach (var l in listed.Values)
            foreach (var o in l.Occurrences)
                if (named[o.Report] < 0)
                {
                    named[o.Report] = kept.Count;
                    kept.Add(reports[o.Report]);
                }
        var (facts, numberOf) = CatalogReports.Of(kept);
        reports = null;

        var byKey = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var catalog = new MechanismCatalog(byKey, facts, regions, regionKeys, new MentionReader(stored));
        var earlier = Comparer<Occurrence>.Create(catalog.Earlier);
        foreach (var (key, l) in listed)
        {
            var occurrences = l.Occurrences.Select(o => o with { Report = numberOf[named[o.Report]] }).ToArray();
            Array.Sort(occurrences, earlier);
            byKey[key] = new Entry(key, MostFrequent(l.Names), occurrences,
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
    // order, and with it "first appearance", never depends on the order the index returned the segments in; one
    // report's segments in the same place, in the order of its documents.
    private int Earlier(Occurrence a, Occurrence b)
    {
        int c = (YearOf(a) == 0 ? int.MaxValue : YearOf(a)).CompareTo(YearOf(b) == 0 ? int.MaxValue : YearOf(b));
        if (c != 0) return c;
        c = _reports.DateRank(a.Report).CompareTo(_reports.DateRank(b.Report));
        if (c != 0) return c;
        c = _regionRank[a.Region].CompareTo(_regionRank[b.Region]);
        if (c != 0) return c;
        c = a.Report.CompareTo(b.Report);
        return c != 0 ? c : a.Doc.CompareTo(b.Doc);
    }

    private string? RegionName(Occurrence o) => RegionName(o.Region);

    private string? RegionName(int region) => _regions[region] is { Length: > 0 } path ? path[^1] : null;

    /// <summary>The mechanism a written name (any variant, script or quoting) stands for; null when none is listed.</summary>
    public MechanismSummary? Find(string writtenName)
    {
        var key = MechanismNames.Key(writtenName);
        return key is not null && _byKey.TryGetValue(key, out var entry) ? entry.Summary : null;
    }

    /// <exception cref="SnapshotClosedException">A filtered list of a snapshot that was replaced meanwhile: ask the index again.</exception>
    public MechanismListPage List(MechanismQuery query)
    {
        var name = string.IsNullOrWhiteSpace(query.Name) ? null : TextNormalizer.NormalizeToString(query.Name.Trim()).Trim(MechanismNames.QuoteChars);
        var district = string.IsNullOrWhiteSpace(query.District) ? null : TextNormalizer.NormalizeToString(query.District.Trim());
        // Regions that lie in the place asked for, decided once per region rather than per occurrence.
        bool[]? inPlace = district is null ? null : _regions.Select(path => path.Any(unit => TextNormalizer.NormalizeToString(unit) == district)).ToArray();
        // A filtered summary is ordered by its numbers, dates and name; the report and definition it shows are read
        // from the index for the names on the page only.
        var matching = new List<(MechanismSummary Summary, Entry Entry, Occurrence[]? Filtered)>();
        foreach (var (key, entry) in _byKey)
        {
            if (name is { Length: > 0 } && !key.Contains(name, StringComparison.Ordinal)) continue;
            if (inPlace is null && query.Year is null)
            {
                matching.Add((entry.Summary, entry, null));
                continue;
            }
            var occurrences = entry.Occurrences.Where(o => (query.Year is null || YearOf(o) == query.Year) && (inPlace is null || inPlace[o.Region])).ToArray();
            if (occurrences.Length > 0) matching.Add((Summarize(entry, occurrences, withTexts: false), entry, occurrences));
        }
        var ordered = query.Sort switch
        {
            MechanismSort.First => matching.OrderBy(m => m.Summary.First?.Year ?? int.MaxValue).ThenBy(m => m.Summary.First?.Date ?? "9999", StringComparer.Ordinal).ThenByDescending(m => m.Summary.Reports),
            MechanismSort.Spread => matching.OrderByDescending(m => m.Summary.Regions).ThenByDescending(m => m.Summary.Reports),
            _ => matching.OrderByDescending(m => m.Summary.Reports).ThenByDescending(m => m.Summary.Regions),
        };
        var page = ordered.ThenBy(m => m.Summary.Name, StringComparer.Ordinal).Skip((query.Page - 1) * query.Size).Take(query.Size)
            .Select(m => m.Filtered is null ? m.Summary : Summarize(m.Entry, m.Filtered)).ToList();
        return new MechanismListPage(matching.Count, query.Page, query.Size, query.Sort.ToString().ToLowerInvariant(), page);
    }

    /// <summary>What one answer reads back from the index: the id and title of some reports and the definitions
    /// some segments give of one name, by document.</summary>
    private sealed record Texts(Dictionary<int, (string Id, string? Title)> Reports, Dictionary<int, (string Text, string? Section)> Definitions);

    private Texts Read(Entry entry, IEnumerable<int> reports, IEnumerable<Occurrence> defining) =>
        new(_read.Reports(reports.Select(_reports.Doc)), _read.Definitions(defining.Where(o => o.Defines).Select(o => o.Doc), entry.Key));

    /// <param name="withTexts">False: without what is read from the index (the first report's id and title, the
    /// definition), for ordering summaries.</param>
    private MechanismSummary Summarize(Entry entry, Occurrence[] occurrences, bool withTexts = true)
    {
        var reports = new HashSet<int>();
        var regions = new HashSet<int>();
        var byYear = new SortedDictionary<int, HashSet<int>>();
        foreach (var o in occurrences)
        {
            reports.Add(o.Report);
            if (_regions[o.Region].Length > 0) regions.Add(o.Region);
            if (YearOf(o) == 0) continue;
            if (!byYear.TryGetValue(YearOf(o), out var set)) byYear[YearOf(o)] = set = [];
            set.Add(o.Report);
        }
        int first = FirstIndex(occurrences, out _);
        int definition = Array.FindIndex(occurrences, o => o.Defines);
        var texts = withTexts ? Read(entry, first < 0 ? [] : [occurrences[first].Report], definition < 0 ? [] : [occurrences[definition]]) : null;
        return new MechanismSummary(entry.Name, reports.Count, regions.Count, FirstOf(occurrences, texts),
            byYear.Select(kv => new YearCount(kv.Key, kv.Value.Count)).ToList(),
            definition < 0 ? null : DefinitionOf(occurrences[definition], texts)?.Text);
    }

    private static (string Text, string? Section)? DefinitionOf(Occurrence o, Texts? texts) =>
        texts is not null && texts.Definitions.TryGetValue(o.Doc, out var d) ? d : null;

    // Occurrences are sorted earliest first; the first appearance needs a known year, and rests on a strong one
    // wherever some report has it: a year read from a body or a file name is often wrong (a 2018 report counted as
    // 2013), so an earlier weak year does not make an earlier first appearance. Only without any strong year is the
    // earliest weak one given, marked inferred.
    private int FirstIndex(Occurrence[] occurrences, out bool inferred)
    {
        int i = Array.FindIndex(occurrences, o => YearOf(o) != 0 && _reports.YearIsStrong(o.Report));
        inferred = i < 0;
        if (inferred) i = Array.FindIndex(occurrences, o => YearOf(o) != 0);
        return i;
    }

    private FirstAppearance? FirstOf(Occurrence[] occurrences, Texts? texts)
    {
        int i = FirstIndex(occurrences, out bool inferred);
        if (i < 0) return null;
        var first = occurrences[i];
        var (id, title) = texts is null ? ("", null) : ReportText(first.Report, texts);
        var origin = _reports.YearOrigin(first.Report);
        return new FirstAppearance(YearOf(first), _reports.Date(first.Report), RegionName(first), _regions[first.Region], id, title,
            YearBasis.Name(origin), YearBasis.Label(origin), inferred);
    }

    private (string Id, string? Title) ReportText(int report, Texts texts) =>
        texts.Reports.TryGetValue(_reports.Doc(report), out var text) ? text : throw new SnapshotClosedException();

    /// <summary>Everything known of one mechanism; null when the name is not a listed mechanism.</summary>
    /// <exception cref="SnapshotClosedException">The snapshot was replaced meanwhile: ask the index again.</exception>
    public MechanismDetail? Detail(string writtenName)
    {
        if (EntryOf(writtenName) is not { } entry) return null;
        // A kept page is served only while its snapshot is open, as a page read anew would be.
        if (_pages.TryGet(entry.Key, out var kept)) return _read.SnapshotOpen() ? kept : throw new SnapshotClosedException();
        var detail = PageOf(entry);
        _pages.Add(entry.Key, detail);
        return detail;
    }

    /// <summary>As <see cref="Detail"/>, read anew from the index without the kept pages: what a first view costs (bench).</summary>
    internal MechanismDetail? DetailUncached(string writtenName) => EntryOf(writtenName) is { } entry ? PageOf(entry) : null;

    private Entry? EntryOf(string writtenName) =>
        MechanismNames.Key(writtenName) is { } key && _byKey.TryGetValue(key, out var entry) ? entry : null;

    // What the page shows decides what it reads: the definitions of the segments that give one (they tell the senses
    // apart, and the page lists the first distinct ones), then the id and title of the reports it names: each listed
    // definition's, each sense's first, and the first reports of each region shown. Never every report of the name:
    // a name in half the reports has tens of thousands (see MechanismPaging). Counts and timelines are numbers kept.
    private MechanismDetail PageOf(Entry entry)
    {
        var summary = entry.Summary;
        var texts = new Texts([], _read.Definitions(entry.Occurrences.Where(o => o.Defines).Select(o => o.Doc), entry.Key));
        var definitions = DefinitionsShown(entry, texts);
        var senses = SensesOf(entry, texts);
        var regions = RegionsOf(entry, MechanismPaging.ReportsPerRegion);
        var shown = regions.Take(MechanismPaging.RegionsShown).ToList();
        texts = texts with
        {
            Reports = _read.Reports(definitions.Select(o => o.Report)
                .Concat(FirstReports(senses))
                .Concat(shown.SelectMany(g => g.First)).Select(_reports.Doc)),
        };
        return new MechanismDetail(entry.Name, entry.Variants, summary.Reports, summary.Regions, summary.First,
            definitions.Select(o => Definition(o, texts)).ToList(), shown.Select(g => Group(g, texts)).ToList(), Timeline(entry.Occurrences),
            senses.Select(occurrences => Sense(entry, occurrences, texts)).ToList(), regions.Count);
    }

    // The report of each sense's first appearance, where it has one.
    private IEnumerable<int> FirstReports(List<Occurrence[]> senses)
    {
        foreach (var occurrences in senses)
            if (FirstIndex(occurrences, out _) is var first and >= 0) yield return occurrences[first].Report;
    }

    // The first MaxDefinitions distinct definitions (as normalized text), earliest first.
    private List<Occurrence> DefinitionsShown(Entry entry, Texts texts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Occurrence>();
        foreach (var o in entry.Occurrences)
        {
            if (DefinitionOf(o, texts) is not var (text, _)) continue;
            if (!seen.Add(TextNormalizer.NormalizeToString(text))) continue;
            list.Add(o);
            if (list.Count == MaxDefinitions) break;
        }
        return list;
    }

    private MechanismDefinition Definition(Occurrence o, Texts texts)
    {
        var (text, section) = DefinitionOf(o, texts)!.Value;
        var (id, title) = ReportText(o.Report, texts);
        return new MechanismDefinition(text, id, title, _reports.Year(o.Report), RegionName(o), _regions[o.Region], section);
    }

    private MechanismReportRef ReportRef(int report, Texts texts)
    {
        var (id, title) = ReportText(report, texts);
        return new MechanismReportRef(id, title, _reports.Year(report), _reports.Date(report));
    }

    // The occurrences of each sense of a name (see MechanismSenses), earliest first; none for a name with one sense.
    private List<Occurrence[]> SensesOf(Entry entry, Texts texts)
    {
        // Senses are told apart by definitions: a name defined in fewer than two documents (most names, and the
        // commonest) has one, without a pass over its occurrences.
        if (texts.Definitions.Count < 2) return [];
        var regionKeys = new Dictionary<int, string>();
        var uses = entry.Occurrences.Select(o => new MechanismSenses.Use(
            regionKeys.TryGetValue(o.Region, out var k) ? k : regionKeys[o.Region] = MechanismPaging.RegionKey(_regions[o.Region]),
            DefinitionOf(o, texts)?.Text)).ToList();
        var (senseOf, count) = MechanismSenses.Split(uses);
        return Enumerable.Range(0, count).Select(k => entry.Occurrences.Where((_, i) => senseOf[i] == k).ToArray()).ToList();
    }

    // One sense, summarized like the name itself.
    private MechanismSense Sense(Entry entry, Occurrence[] occurrences, Texts texts)
    {
        var first = FirstOf(occurrences, texts);
        var definition = occurrences.First(o => DefinitionOf(o, texts) is not null);
        var label = string.Join(' ', new[] { first?.Region ?? RegionName(occurrences[0]), first?.Year.ToString() }.Where(x => x is not null));
        return new MechanismSense($"{entry.Name} · {label}", DefinitionOf(definition, texts)!.Value.Text, first,
            occurrences.Select(o => o.Report).Distinct().Count(),
            occurrences.Select(RegionName).OfType<string>().Distinct().ToList(), Timeline(occurrences));
    }

    // Reports per year, overall and for each of the first regions (in order of first appearance among the dated
    // occurrences, a region without a known place left out), over the last years. One pass over the occurrences.
    private MechanismTimeline Timeline(Occurrence[] occurrences)
    {
        int first = int.MaxValue, last = 0;
        foreach (var o in occurrences)
            if (YearOf(o) is var year and not 0)
            {
                first = Math.Min(first, year);
                last = Math.Max(last, year);
            }
        if (last == 0) return new MechanismTimeline([], [], []);
        first = Math.Max(first, last - MaxTimelineYears + 1);
        var years = Enumerable.Range(first, last - first + 1).ToList();
        var totals = new int[years.Count];
        var rows = new List<(int Region, int[] Counts)>();
        var rowOf = new Dictionary<int, int>();
        // A report counts once, overall and in its region's row: its year is one, its segments several.
        var countedOverall = new BitArray(_reports.Count);
        for (int i = 0; i < occurrences.Length; i++)
        {
            var o = occurrences[i];
            int year = YearOf(o);
            if (year == 0) continue;
            int row = -1;
            if (_regions[o.Region].Length > 0 && !rowOf.TryGetValue(o.Region, out row))
            {
                // A region after the first MaxTimelineRegions gets no row (-2), however early its years.
                row = rowOf[o.Region] = rows.Count < MaxTimelineRegions ? rows.Count : -2;
                if (row >= 0) rows.Add((o.Region, new int[years.Count]));
            }
            if (year < first) continue;
            if (!countedOverall[o.Report])
            {
                countedOverall[o.Report] = true;
                totals[year - first]++;
            }
            if (row >= 0 && FirstInRegion(occurrences, i)) rows[row].Counts[year - first]++;
        }
        return new MechanismTimeline(years, totals, rows.Select(r => new MechanismTimelineRow(RegionName(r.Region), _regions[r.Region], r.Counts)).ToList());
    }
}
