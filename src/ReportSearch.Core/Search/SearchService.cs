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
        var aggregate = MatchAggregator.Aggregate(matches, filter, Normalized);
        var page = MatchAggregator.Page(aggregate.Reports, request.Sort, (request.Page - 1) * request.Size, request.Size);
        var hits = BuildHits(page, aggregate.Segments, query);

        var facets = new SearchFacets(
            aggregate.DistrictFacet.Select(kv => new FacetCount(kv.Key, kv.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList(),
            aggregate.YearFacet.Select(kv => new FacetCount(kv.Key.ToString(), kv.Value)).OrderByDescending(f => f.Value, StringComparer.Ordinal).ToList());
        return new SearchResponse(request.Query, aggregate.Reports.Count, request.Page, request.Size, Math.Round(clock.Elapsed.TotalMilliseconds, 2), hits, facets);
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

    private List<SearchHit> BuildHits(List<MatchAggregator.Ranked> page, List<(long Segment, double Score)> matched, ParsedQuery query)
    {
        if (page.Count == 0) return [];
        var terms = HighlightTerms(query);
        var stored = index.LoadReports(page.Select(r => r.Key).ToList()).ToDictionary(r => r.Key);
        // Each report's best segments (ties in index order): the ones its snippets are cut from.
        var bestSegments = page.ToDictionary(r => r.Key, r => matched.Skip(r.Start).Take(r.End - r.Start)
            .OrderBy(s => s.Score).Select(s => s.Segment).Take(SnippetsPerHit).ToList());
        var segments = index.LoadSegments(bestSegments.Values.SelectMany(k => k).ToList()).ToDictionary(s => s.Key);

        var hits = new List<SearchHit>(page.Count);
        foreach (var ranked in page)
        {
            if (!stored.TryGetValue(ranked.Key, out var report)) continue; // deleted since the match: skip, never fail
            var snippets = new List<Snippet>();
            string? bestDistrict = null;
            foreach (var segKey in bestSegments[ranked.Key])
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
}
