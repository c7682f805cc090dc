using System.Diagnostics;
using ReportSearch.Analysis;
using ReportSearch.Highlighting;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// Runs searches: parses the query, hands the engine what must match, the filters and the page wanted (it
/// answers with the exact total, that page and the facets in one pass), and cuts highlighted snippets from
/// the segments of the reports shown. Thread-safe.
/// </summary>
public sealed class SearchService(IReportSearcher searcher, IReportStore store, IMechanismSource? mechanisms = null)
{
    public const int SnippetsPerHit = 3;

    public SearchService(IReportIndexReader index) : this(index, index, new MechanismSource(index)) { }

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        Validate(request);
        var query = QueryParser.Parse(request.Query, request.HasFilters);
        var filters = EngineQueries.Filters(request, query);
        var mode = SearchMode.Exact;
        var result = Run(request, query, filters);
        // Did-you-mean weighs the query as typed: a fallback answer must not hide a likely respelling.
        var (exactQuery, exactTotal) = (query, result.Total);
        // A question that finds nothing exactly is searched again for all its words.
        if (result.Total == 0 && request.Fallback && QuestionFallback.AllWords(request.Query, query) is { } allWords)
        {
            var fallback = Run(request, allWords, EngineQueries.Filters(request, allWords));
            if (fallback.Total > 0) (query, result, mode) = (allWords, fallback, SearchMode.AllWords);
        }
        var terms = HighlightTerms(query);
        var hits = result.Page.Select(r => Hit(r, terms)).ToList();
        var facets = FacetCap.Of(result, request.FacetSize);
        var precedent = PrecedentFor(query);
        var didYouMean = new DidYouMeanFinder(searcher).Find(exactQuery, filters, exactTotal);
        return new SearchResponse(request.Query, result.Total, request.Page, request.Size, Math.Round(clock.Elapsed.TotalMilliseconds, 2), hits, facets, precedent)
        {
            Mode = mode,
            SameTextCopies = result.SameTextCopies,
            Words = mode == SearchMode.AllWords ? terms : null,
            DidYouMean = didYouMean,
        };
    }

    private EngineResult Run(SearchRequest request, ParsedQuery query, EngineFilters filters)
    {
        // Without terms there is nothing to rank: the filtered reports are listed newest first.
        var sort = request.Sort ?? (query.Groups.Count == 0 ? SortOrder.Newest : SortOrder.Relevance);
        return searcher.Search(new EngineQuery(EngineQueries.Match(query), filters, EngineQueries.Order(sort), (request.Page - 1) * request.Size, request.Size)
        {
            SegmentsPerHit = SnippetsPerHit,
        });
    }

    // A query that is one name (六个一, “最多跑一次”, 六個一機制) gets the precedent card of that mechanism.
    private MechanismSummary? PrecedentFor(ParsedQuery query)
    {
        if (mechanisms is null || query.Groups.Count != 1 || query.Groups[0].Count != 1 || query.Excluded.Count > 0) return null;
        var term = query.Groups[0][0];
        return term.Field == TermField.Any ? mechanisms.Mechanisms(current: false).Find(term.Raw) : null;
    }

    private SearchHit Hit(RankedReport ranked, IReadOnlyList<string> terms)
    {
        var snippets = new List<Snippet>();
        foreach (var segment in ranked.Segments)
        {
            if (snippets.Count >= SnippetsPerHit) break;
            foreach (var s in SnippetBuilder.Build(segment, terms, SnippetsPerHit - snippets.Count))
                snippets.Add(new Snippet(s.Section, s.District, s.Page, s.Html, s.Text, s.Marks.Select(m => new[] { m.Start, m.End }).ToList(), s.CutStart, s.CutEnd));
        }
        bool roundUp = ranked.SegmentCount > 1;
        var parts = roundUp ? ranked.Segments.Select(s => s.District).OfType<string>().Distinct().ToList() : [];
        var metadata = MetadataJson.Read(ranked.Report.Metadata);
        // An untitled report's opening comes from its first segment: among the matching ones when it matched, else loaded.
        var first = metadata.Title is { Length: > 0 } ? null
            : ranked.Segments.FirstOrDefault(s => s.Ord == 0) ?? store.LoadSegments(ranked.Report.Id).FirstOrDefault();
        return Labelled(new SearchHit(ranked.Report.Sources.FirstOrDefault(), Math.Round(ranked.Score, 4), roundUp, parts, snippets)
        {
            SameText = ranked.SameTextCount == 0 ? null : new SameTextReports(ranked.SameTextCount,
                ranked.SameText.Select(r => Labelled(new SameTextReport(r.Sources.FirstOrDefault()), r, MetadataJson.Read(r.Metadata))).ToList()),
        }, ranked.Report, metadata, first);
    }

    // The one mapping from stored metadata to the contract's report label, for hits and the report view alike.
    internal static T Labelled<T>(T view, StoredReport report, ReportMetadata m, StoredSegment? firstSegment = null) where T : ReportLabel =>
        (T)(view with
        {
            Id = report.Id, Title = m.Title, District = m.District, Region = m.RegionPath, Year = m.Year, Date = m.Date, Org = m.Org, Kind = m.Kind,
            DocNumber = m.DocNumber, Validity = ValidityText.Of(m.Validity),
            Opening = m.Title is { Length: > 0 } ? null : OpeningLine.Of(firstSegment?.Text),
        });

    /// <summary>The reports most like this one from other places (<see cref="RelatedReportFinder"/>); null when the id is unknown.</summary>
    public RelatedReports? Related(string id, int size = RelatedReportFinder.DefaultSize, bool sameLevel = false) =>
        new RelatedReportFinder(searcher, store, mechanisms).Find(id, size, sameLevel);

    /// <summary>A whole report with the matches of <paramref name="query"/> marked; null when the id is unknown.</summary>
    public ReportView? GetReport(string id, string? query)
    {
        var terms = string.IsNullOrWhiteSpace(query) ? [] : HighlightTerms(QueryParser.Parse(query, hasOtherFilters: true));
        var report = store.LoadReport(id);
        if (report is null) return null;
        var sections = new List<ReportViewSection>();
        var segments = store.LoadSegments(id);
        foreach (var segment in segments)
        {
            for (int i = 0; i < segment.Sections.Count; i++)
            {
                var section = segment.Sections[i];
                int end = i + 1 < segment.Sections.Count ? segment.Sections[i + 1].Start - 1 : segment.Text.Length;
                var text = segment.Text[section.Start..Math.Max(section.Start, end)];
                var marks = MatchFinder.FindInOriginal(text, terms);
                sections.Add(new ReportViewSection(section.Heading, section.District ?? segment.District, HtmlMarkup.Mark(text, marks), text, marks.Count));
            }
        }
        var m = MetadataJson.Read(report.Metadata);
        var origins = m.Origins.ByFieldName().ToDictionary(kv => kv.Key, kv => kv.Value.ToString().ToLowerInvariant());
        return Labelled(new ReportView(m.MentionedPlaces ?? [], m.MentionedYears ?? [], m.Category, m.TextSource, origins, report.Sources, sections),
            report, m, segments.FirstOrDefault());
    }

    /// <summary>The most completions one call returns: enough for a drop-down, and the API's documented limit.</summary>
    public const int MaxSuggestions = Autocomplete.MaxCompletions;

    /// <summary>Completions for a partial query: the index's words, phrases and names that start with it, most reports first.</summary>
    public IReadOnlyList<string> Suggest(string prefix, int limit = MaxSuggestions)
    {
        var normalized = TextNormalizer.NormalizeToString(prefix ?? "");
        return normalized.Length == 0 ? [] : new Autocomplete(searcher).Terms(normalized, Math.Clamp(limit, 1, MaxSuggestions)).Select(c => c.Text).ToList();
    }

    /// <summary>Completions for a partial query, each saying what it is: a term with its report count, or a report's title.</summary>
    public IReadOnlyList<Completion> Complete(string prefix, int limit = MaxSuggestions) => new Autocomplete(searcher).For(prefix, limit);

    private static List<string> HighlightTerms(ParsedQuery query) => query.PositiveTerms.Select(t => t.Normalized).Distinct().ToList();

    private static void Validate(SearchRequest request)
    {
        if (request.Size is < 1 or > SearchRequest.MaxSize)
            throw new InvalidRequestException("bad_size", $"每页条数 size 必须在 1 到 {SearchRequest.MaxSize} 之间。");
        if (request.Page is < 1 or > SearchRequest.MaxPage)
            throw new InvalidRequestException("bad_page", $"页码 page 必须在 1 到 {SearchRequest.MaxPage} 之间。");
        if (request.FacetSize is < 1 or > SearchRequest.MaxFacetSize)
            throw new InvalidRequestException("bad_facet_size", $"每个筛选类别返回的项数 facetSize 必须在 1 到 {SearchRequest.MaxFacetSize} 之间。");
        if (request.FromYear > request.ToYear)
            throw new InvalidRequestException("bad_year_range", "起始年份晚于结束年份。");
    }
}
