using System.Collections.Concurrent;
using System.Diagnostics;
using ReportSearch.Analysis;
using ReportSearch.Highlighting;
using ReportSearch.Index;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// Runs searches against an <see cref="IReportIndex"/>: the engine returns every matching segment with its
/// bm25 score; this class applies the filters, counts facets, ranks reports by their best segment, pages,
/// and builds highlighted snippets for the page shown. Thread-safe.
/// </summary>
public sealed class SearchService(IReportIndex index)
{
    public const int SnippetsPerHit = 3;

    // District names as stored → normalized, so filters match across scripts and widths.
    private readonly ConcurrentDictionary<string, string> _normalizedDistricts = new(StringComparer.Ordinal);

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        Validate(request);
        var query = QueryParser.Parse(request.Query);
        var filter = new ReportFilter(request, query);
        var matches = index.Match(MatchQuery.From(query));

        // Facets follow the multi-select convention: each facet respects every filter except its own.
        var districtFacet = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        var yearFacet = new Dictionary<int, HashSet<long>>();
        var reports = new Dictionary<long, RankedReport>();
        foreach (var m in matches)
        {
            bool districtOk = filter.DistrictMatches(Normalized(m.District));
            bool yearOk = filter.YearMatches(m.Year);
            if (yearOk && m.District is not null) Add(districtFacet, m.District, m.ReportKey);
            if (districtOk && m.Year is not null) Add(yearFacet, m.Year.Value, m.ReportKey);
            if (!districtOk || !yearOk) continue;

            if (!reports.TryGetValue(m.ReportKey, out var ranked))
                reports[m.ReportKey] = ranked = new RankedReport(m.ReportKey, m.Year, m.Date);
            ranked.Add(m);
        }

        var ordered = Order(reports.Values, request.Sort).ToList();
        var page = ordered.Skip((request.Page - 1) * request.Size).Take(request.Size).ToList();
        var hits = BuildHits(page, query);

        var facets = new SearchFacets(
            districtFacet.Select(kv => new FacetCount(kv.Key, kv.Value.Count)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList(),
            yearFacet.Select(kv => new FacetCount(kv.Key.ToString(), kv.Value.Count)).OrderByDescending(f => f.Value, StringComparer.Ordinal).ToList());
        return new SearchResponse(request.Query, ordered.Count, request.Page, request.Size, Math.Round(clock.Elapsed.TotalMilliseconds, 2), hits, facets);
    }

    /// <summary>A whole report with the matches of <paramref name="query"/> marked; null when the id is unknown.</summary>
    public ReportView? GetReport(string id, string? query)
    {
        var terms = string.IsNullOrWhiteSpace(query) ? [] : HighlightTerms(QueryParser.Parse(query));
        var report = index.LoadReport(id);
        if (report is null) return null;
        var sections = new List<ReportViewSection>();
        foreach (var segment in index.LoadSegmentsOfReport(report.Key))
        {
            for (int i = 0; i < segment.Sections.Count; i++)
            {
                var section = segment.Sections[i];
                int end = i + 1 < segment.Sections.Count ? segment.Sections[i + 1].Start - 1 : segment.Text.Length;
                var text = segment.Text[section.Start..Math.Max(section.Start, end)];
                var marks = MatchFinder.FindInOriginal(TextNormalizer.Normalize(text), terms);
                sections.Add(new ReportViewSection(section.Heading, section.District ?? segment.District, HtmlMarkup.Mark(text, marks), text, marks.Count));
            }
        }
        var m = report.Metadata;
        return new ReportView(report.Id, m.Title, m.District, m.Region, m.Year, m.Date, m.Org, m.DocNumber, m.Category, report.Sources, sections);
    }

    /// <summary>Completions for a partial query, from phrases and names found in the indexed reports.</summary>
    public IReadOnlyList<string> Suggest(string prefix, int limit = 10)
    {
        var normalized = TextNormalizer.NormalizeToString(prefix ?? "");
        return normalized.Length == 0 ? [] : index.Suggest(normalized, Math.Clamp(limit, 1, 10));
    }

    private List<SearchHit> BuildHits(List<RankedReport> page, ParsedQuery query)
    {
        if (page.Count == 0) return [];
        var terms = HighlightTerms(query);
        var stored = index.LoadReports(page.Select(r => r.Key).ToList()).ToDictionary(r => r.Key);
        var segmentKeys = page.SelectMany(r => r.SegmentsBestFirst.Take(SnippetsPerHit)).ToList();
        var segments = index.LoadSegments(segmentKeys).ToDictionary(s => s.Key);

        var hits = new List<SearchHit>(page.Count);
        foreach (var ranked in page)
        {
            if (!stored.TryGetValue(ranked.Key, out var report)) continue; // deleted since the match: skip, never fail
            var snippets = new List<Snippet>();
            string? bestDistrict = null;
            foreach (var segKey in ranked.SegmentsBestFirst.Take(SnippetsPerHit))
            {
                if (!segments.TryGetValue(segKey, out var segment)) continue;
                bestDistrict ??= segment.District;
                if (snippets.Count < SnippetsPerHit)
                    snippets.AddRange(SnippetBuilder.Build(segment, terms, SnippetsPerHit - snippets.Count));
            }
            var m = report.Metadata;
            hits.Add(new SearchHit(report.Id, m.Title, bestDistrict ?? m.District, m.Year, m.Date,
                report.Sources.FirstOrDefault(), Math.Round(-ranked.BestScore, 4), snippets));
        }
        return hits;
    }

    private static List<string> HighlightTerms(ParsedQuery query) => query.PositiveTerms.Select(t => t.Normalized).Distinct().ToList();

    private static IEnumerable<RankedReport> Order(IEnumerable<RankedReport> reports, SortOrder sort) => sort switch
    {
        SortOrder.Newest => reports.OrderBy(r => r.Year is null).ThenByDescending(r => r.Year).ThenByDescending(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.BestScore).ThenBy(r => r.Key),
        SortOrder.Oldest => reports.OrderBy(r => r.Year is null).ThenBy(r => r.Year).ThenBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.BestScore).ThenBy(r => r.Key),
        _ => reports.OrderBy(r => r.BestScore).ThenByDescending(r => r.Year).ThenBy(r => r.Key),
    };

    private static void Validate(SearchRequest request)
    {
        if (request.Size is < 1 or > SearchRequest.MaxSize)
            throw new QuerySyntaxException("bad_size", $"每页条数 size 必须在 1 到 {SearchRequest.MaxSize} 之间。");
        if (request.Page is < 1 or > SearchRequest.MaxPage)
            throw new QuerySyntaxException("bad_page", $"页码 page 必须在 1 到 {SearchRequest.MaxPage} 之间。");
        if (request.FromYear > request.ToYear)
            throw new QuerySyntaxException("bad_year_range", "起始年份晚于结束年份。");
    }

    private string? Normalized(string? district) =>
        district is null ? null : _normalizedDistricts.GetOrAdd(district, TextNormalizer.NormalizeToString);

    private static void Add<TKey>(Dictionary<TKey, HashSet<long>> facet, TKey value, long report) where TKey : notnull
    {
        if (!facet.TryGetValue(value, out var set)) facet[value] = set = [];
        set.Add(report);
    }

    /// <summary>A matching report: its best (lowest) bm25 among matching segments, and those segments best first.</summary>
    private sealed class RankedReport(long key, int? year, string? date)
    {
        private readonly List<(long Segment, double Score)> _segments = [];
        public long Key { get; } = key;
        public int? Year { get; } = year;
        public string? Date { get; } = date;
        public double BestScore { get; private set; } = double.MaxValue;

        public void Add(SegmentMatch m)
        {
            _segments.Add((m.SegmentKey, m.Score));
            BestScore = Math.Min(BestScore, m.Score);
        }

        public IEnumerable<long> SegmentsBestFirst => _segments.OrderBy(s => s.Score).Select(s => s.Segment);
    }
}
