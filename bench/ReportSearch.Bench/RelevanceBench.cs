using System.Globalization;
using System.Text.Json;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;
using ReportSearch.Search;

namespace ReportSearch.Bench;

/// <summary>
/// `relevance`: ReportSearch against two stock Lucene.Net baselines on the judged queries of bench/relevance, all
/// built in this run from the same corpus. Prints nDCG@10 and P@5 per system, overall and per query, and the
/// queries ReportSearch wins and loses against the better baseline of each query; --pool-out writes the union of
/// every system's top 10 per query for judging.
/// </summary>
public static class RelevanceBench
{
    private const int Depth = 10, PrecisionDepth = 5;

    public static int Run(BenchArgs a)
    {
        var corpus = Path.GetFullPath(a.Required("--corpus"));
        if (!Directory.Exists(corpus)) throw new BenchUsageException($"no corpus at '{corpus}'");
        var set = RelevanceSet.Load(a.Required("--queries"), a.Required("--judgments"), a.Optional("--split") ?? "all");
        var poolOut = a.Optional("--pool-out");
        var indexDir = a.Optional("--index") ?? Path.Combine(Path.GetTempPath(), $"reportsearch-relevance-{Environment.ProcessId}");
        bool ownIndex = a.Optional("--index") is null;

        var documents = ReadCorpus(corpus);
        var copies = RelevanceCopies.Of(corpus, documents.Select(d => d.File));
        if (copies.Folded > 0) Console.Error.WriteLine($"  {copies.Folded} byte-identical copies counted under the name of their first file");
        IReadOnlyDictionary<string, int> GradesOf(string queryId) => copies.Canonical(set.GradesOf(queryId));
        Console.Error.WriteLine($"relevance: {documents.Count} documents, {set.Queries.Count} queries");
        using var smartCn = LuceneBaseline.SmartCn();
        using var cjk = LuceneBaseline.CjkPhrases();
        Parallel.Invoke(
            () => BuildReportSearch(corpus, indexDir),
            () => { smartCn.Build(documents.Select(d => (d.File, d.Text))); cjk.Build(documents.Select(d => (d.File, d.Text))); });
        try
        {
            using var index = ReportIndexes.OpenForReading(indexDir);
            var ours = new ReportSearchSystem(new SearchService(index), corpus);
            IRankingSystem[] systems = [ours, smartCn, cjk];
            var runs = set.Queries.Select(q => (Query: q, Ranked: systems.Select(s => copies.Canonical(s.Rank(q.Query, Depth))).ToList())).ToList();
            // What each system matches at all, in the best order: the most its ranking could reach (Ceiling).
            var matched = set.Queries.Select(q => systems.Select(s => copies.Canonical(s.Rank(q.Query, documents.Count))).ToList()).ToList();

            if (poolOut is not null) WritePool(poolOut, GradesOf, runs, documents.ToDictionary(d => d.File));
            Report(Console.Out, GradesOf, systems, runs, matched);
        }
        finally
        {
            if (ownIndex && Directory.Exists(indexDir)) Directory.Delete(indexDir, recursive: true);
        }
        return 0;
    }

    /// <summary>A corpus document as the parsers read it: the text the baselines index, and the title shown for judging.</summary>
    private sealed record CorpusDocument(string File, string? Title, string Text);

    // The same parsers as the indexer, so every system sees the same text (HTML and docx included).
    private static List<CorpusDocument> ReadCorpus(string corpus)
    {
        var parsers = ReportParsers.Default();
        var docs = new List<CorpusDocument>();
        foreach (var path in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(parsers.CanRead).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            var file = RelativeName(corpus, path);
            try
            {
                var report = parsers.Parse(new SourceFile(path, Path.GetRelativePath(corpus, path), info.Length, info.LastWriteTimeUtc), File.ReadAllBytes(path));
                var body = string.Join("\n", report.Sections.Select(s => s.Text));
                // The title counts once, as part of the text: added only when the body does not already hold it.
                var title = report.Metadata.Title;
                docs.Add(new(file, title, title is { Length: > 0 } && !body.Contains(title, StringComparison.Ordinal) ? title + "\n" + body : body));
            }
            catch (UnreadableFileException e)
            {
                Console.Error.WriteLine($"  unreadable, left out of the baselines: {file}: {e.Message}");
            }
        }
        return docs;
    }

    private static void BuildReportSearch(string corpus, string indexDir)
    {
        if (Directory.Exists(indexDir)) Directory.Delete(indexDir, recursive: true);
        using var index = ReportIndexes.OpenForWriting(indexDir);
        var result = new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings()).Run([corpus], new Progress<IndexProgress>());
        Console.Error.WriteLine($"  ReportSearch indexed {result.Added} reports ({result.Skipped.Count} skipped)");
    }

    internal static string RelativeName(string corpus, string path) =>
        (Path.IsPathRooted(path) ? Path.GetRelativePath(corpus, path) : path).Replace('\\', '/');

    /// <summary>ReportSearch as staff use it: the query as typed, through SearchService, relevance order.</summary>
    private sealed class ReportSearchSystem(SearchService service, string corpus) : IRankingSystem
    {
        public string Name => "reportsearch";

        public IReadOnlyList<string> Rank(string query, int k)
        {
            try
            {
                // Page by page, so that k may exceed a page (the ceiling reads every match).
                var ranked = new List<string>();
                for (int page = 1; ranked.Count < k; page++)
                {
                    var response = service.Search(new SearchRequest { Query = query, Page = page, Size = Math.Min(k - ranked.Count, SearchRequest.MaxSize) });
                    ranked.AddRange(response.Hits.Where(h => h.Source is not null).Select(h => RelativeName(corpus, h.Source!)));
                    if (response.Hits.Count < SearchRequest.MaxSize || (page - 1) * SearchRequest.MaxSize + response.Hits.Count >= response.Total) break;
                }
                return ranked;
            }
            catch (InvalidRequestException e)
            {
                Console.Error.WriteLine($"  reportsearch refused '{query}': {e.Message}");
                return [];
            }
        }
    }

    private static void Report(TextWriter output, Func<string, IReadOnlyDictionary<string, int>> gradesOf, IRankingSystem[] systems,
        List<(RelevanceQuery Query, List<IReadOnlyList<string>> Ranked)> runs, List<List<IReadOnlyList<string>>> matched)
    {
        // Queries without any document graded above 0 have no nDCG (nothing to rank): left out of every mean.
        var judged = runs
            .Select((run, i) => (run.Query, Grades: gradesOf(run.Query.Id), run.Ranked, Matched: matched[i]))
            .Select(r => (r.Query, r.Grades, r.Ranked, Ndcg: r.Ranked.Select(list => RelevanceMetrics.NdcgAt(Depth, list, r.Grades)).ToArray(),
                Ceiling: r.Matched.Select(list => RelevanceMetrics.NdcgAt(Depth, RelevanceMetrics.BestOrder(list, r.Grades), r.Grades)).ToArray()))
            .ToList();
        var scored = judged.Where(r => r.Ndcg[0] is not null).ToList();
        double[] meanNdcg = systems.Select((_, s) => scored.Count == 0 ? 0 : scored.Average(r => r.Ndcg[s]!.Value)).ToArray();
        // "The best baseline" is the stock system with the higher mean nDCG on these queries; a second count compares
        // each query with whichever baseline did better on it (the stricter reading).
        int best = Enumerable.Range(1, systems.Length - 1).MaxBy(s => meanNdcg[s]);

        output.WriteLine($"per query: nDCG@{Depth} / P@{PrecisionDepth} for {string.Join(", ", systems.Select(s => s.Name))}; verdict against {systems[best].Name}; " +
            $"ceiling = {systems[0].Name}'s nDCG@{Depth} with its matches in the best order; judged = graded documents (relevant)");
        int won = 0, lost = 0, wonEither = 0, lostEither = 0;
        foreach (var (query, grades, ranked, ndcg, ceiling) in judged)
        {
            var cells = systems.Select((_, s) => $"{Fmt(ndcg[s])}/{RelevanceMetrics.PrecisionAt(PrecisionDepth, ranked[s], grades):0.00}");
            string verdict = "";
            if (ndcg[0] is { } mine)
            {
                verdict = Verdict(mine, ndcg[best]!.Value);
                if (verdict == "won") won++; else if (verdict == "lost") lost++;
                string either = Verdict(mine, ndcg.Skip(1).Max(v => v!.Value));
                if (either == "won") wonEither++; else if (either == "lost") lostEither++;
            }
            output.WriteLine($"  {query.Id,-5} {query.Split,-7} {string.Join("  ", cells)}  {verdict,-4}  ceiling {Fmt(ceiling[0])}  judged {grades.Count} ({grades.Values.Count(g => g > 0)})  {query.Query}");
        }
        output.WriteLine();

        var f = new Figures();
        f.Add("relevance_queries", runs.Count, "queries");
        f.Add("relevance_queries_scored", scored.Count, "queries (some document graded 1 or 2)");
        for (int s = 0; s < systems.Length; s++)
        {
            f.Add($"relevance_ndcg{Depth}", meanNdcg[s], "mean", systems[s].Name);
            f.Add($"relevance_p{PrecisionDepth}", scored.Count == 0 ? 0 : scored.Average(r => RelevanceMetrics.PrecisionAt(PrecisionDepth, r.Ranked[s], r.Grades)), "mean", systems[s].Name);
        }
        // The best nDCG@10 each system's ranking could reach, given what it matches: what is left to ranking, and what to matching.
        for (int s = 0; s < systems.Length; s++)
            f.Add($"relevance_ndcg{Depth}_ceiling", scored.Count == 0 ? 0 : scored.Average(r => r.Ceiling[s]!.Value), "mean (its matches in the best order)", systems[s].Name);
        // The best P@5 any ranking could reach: a query with two relevant documents caps at 0.40.
        f.Add($"relevance_p{PrecisionDepth}_ceiling", scored.Count == 0 ? 0 : scored.Average(r => Math.Min(PrecisionDepth, r.Grades.Values.Count(g => g > 0)) / (double)PrecisionDepth), "mean");
        f.Add("relevance_won", won, "queries", "vs " + systems[best].Name);
        f.Add("relevance_lost", lost, "queries", "vs " + systems[best].Name);
        f.Add("relevance_won", wonEither, "queries", "vs the better baseline per query");
        f.Add("relevance_lost", lostEither, "queries", "vs the better baseline per query");
        f.Print(output);
    }

    private static string Verdict(double mine, double theirs) => mine > theirs + 1e-9 ? "won" : mine < theirs - 1e-9 ? "lost" : "tied";

    private static string Fmt(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "  -  ";

    // Documents are listed by file name, not by rank and without saying which system found them, so a judge reads
    // each one against the need and is not led by the rankings.
    private static void WritePool(string path, Func<string, IReadOnlyDictionary<string, int>> gradesOf, List<(RelevanceQuery Query, List<IReadOnlyList<string>> Ranked)> runs, Dictionary<string, CorpusDocument> documents)
    {
        var pool = runs.Select(run =>
        {
            var grades = gradesOf(run.Query.Id);
            var files = run.Ranked.SelectMany(r => r).Distinct().Order(StringComparer.Ordinal);
            return new
            {
                queryId = run.Query.Id,
                query = run.Query.Query,
                need = run.Query.Need,
                split = run.Query.Split,
                documents = files.Select(file => new
                {
                    file,
                    title = documents.GetValueOrDefault(file)?.Title,
                    opening = documents.TryGetValue(file, out var d) ? Opening(d.Text) : null,
                    grade = grades.TryGetValue(file, out int g) ? g : (int?)null,
                }).ToList(),
            };
        }).ToList();
        File.WriteAllText(path, JsonSerializer.Serialize(pool, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        Console.Error.WriteLine($"pool: {pool.Sum(p => p.documents.Count)} (query, document) pairs, {pool.Sum(p => p.documents.Count(d => d.grade is null))} not yet graded -> {path}");
    }

    private static string Opening(string text)
    {
        var flat = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 300 ? flat : flat[..300];
    }
}
