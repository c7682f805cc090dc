using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>One completion: a word, phrase or name of the index (<see cref="CompletionKind.Term"/>) with the number of reports
/// it finds, or the title of a report (<see cref="CompletionKind.Title"/>) with its id.</summary>
public sealed record Completion(string Text, string Kind, int Reports, string? Id = null);

public static class CompletionKind
{
    public const string Term = "term";
    public const string Title = "title";
}

/// <summary>
/// Completions for what is being typed: the index's words and phrases that start with it, most reports first
/// (<see cref="IndexVocabulary"/>: 乡村 → 乡村振兴), then the titles of the reports whose title holds it best. The
/// count shown with a term is that of a search for it, not the vocabulary's estimate.
/// </summary>
public sealed class Autocomplete(IReportSearcher searcher)
{
    /// <summary>The most completions one call returns: enough for a drop-down, and the API's documented limit.</summary>
    public const int MaxCompletions = 10;

    /// <summary>Titles offered after the terms.</summary>
    public const int MaxTitles = 3;

    /// <summary>Reports looked at per title offered, so that copies of one title leave room for others.</summary>
    private const int TitleCopiesLooked = 3;

    public IReadOnlyList<Completion> For(string prefix, int limit = MaxCompletions)
    {
        var normalized = TextNormalizer.NormalizeToString(prefix ?? "");
        if (normalized.Length == 0) return [];
        limit = Math.Clamp(limit, 1, MaxCompletions);
        var titles = Titles(normalized, Math.Min(MaxTitles, limit));
        var terms = Terms(normalized, limit - titles.Count);
        return [.. terms, .. titles];
    }

    /// <summary>Candidates counted per term shown: the vocabulary's count orders them, the search's count decides.</summary>
    public const int CandidatesPerTerm = 2;

    /// <summary>
    /// The terms that start with <paramref name="normalized"/> (not it itself), most reports first: the vocabulary's most
    /// frequent ones (its counts come from titles, headings and openings), then ordered by what a search for each finds.
    /// </summary>
    public IReadOnlyList<Completion> Terms(string normalized, int limit)
    {
        var counted = searcher.Vocabulary().StartingWith(normalized).Where(e => e.Text != normalized)
            .OrderByDescending(e => e.Reports).ThenBy(e => e.Text.Length).ThenBy(e => e.Text, StringComparer.Ordinal)
            .Take(limit * CandidatesPerTerm).ToList()
            .Select((e, rank) => (e.Text, Completion: new Completion(e.Display, CompletionKind.Term, Count(Phrase(e.Text, TermField.Any))), Rank: rank))
            .Where(c => c.Completion.Reports > 0)
            .OrderByDescending(c => c.Completion.Reports).ThenBy(c => c.Rank);
        var kept = new List<(string Text, Completion Completion)>();
        foreach (var (text, completion, _) in counted)
        {
            if (kept.Count == limit) break;
            if (!kept.Any(k => IsRedundant(k.Text, k.Completion.Reports, text, completion.Reports))) kept.Add((text, completion));
        }
        return kept.Select(k => k.Completion).ToList();
    }

    /// <summary>
    /// A term holding another, or held in it, that finds the same number of reports finds the same reports (乡村振 and
    /// 乡村振兴): only the first of the two in the order above is offered.
    /// </summary>
    public static bool IsRedundant(string kept, int keptReports, string other, int otherReports) =>
        keptReports == otherReports && (kept.Contains(other, StringComparison.Ordinal) || other.Contains(kept, StringComparison.Ordinal));

    private List<Completion> Titles(string normalized, int limit)
    {
        // More than shown: copies of one title (the same notice re-posted) are offered once, the best ranked.
        var result = searcher.Search(new EngineQuery(EngineQueries.Match(Phrase(normalized, TermField.Title)), new EngineFilters(), ReportOrder.Relevance, 0, limit * TitleCopiesLooked) { SegmentsPerHit = 0 });
        return result.Page.Select(r => (r.Report.Id, MetadataJson.Read(r.Report.Metadata).Title))
            // A round-up's part is titled by its own headline: only a report's own title that holds the text is offered.
            .Where(t => t.Title is { Length: > 0 } && TextNormalizer.NormalizeToString(t.Title).Contains(normalized, StringComparison.Ordinal))
            .DistinctBy(t => TextNormalizer.NormalizeToString(t.Title!)).Take(limit)
            .Select(t => new Completion(t.Title!, CompletionKind.Title, 1, t.Id)).ToList();
    }

    private int Count(ParsedQuery query) => searcher.Count(EngineQueries.Match(query));

    private static ParsedQuery Phrase(string normalized, TermField field) => new([[new QueryTerm(normalized, normalized, field)]], [], [], [], null, null);
}
