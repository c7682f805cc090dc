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
            var runs = set.Queries.Select(q => (Query: q, Ranked: systems.Select(s => s.Rank(q.Query, Depth)).ToList())).ToList();

            if (poolOut is not null) WritePool(poolOut, set, runs, documents.ToDictionary(d => d.File));
            Report(Console.Out, set, systems, runs);
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
                var response = service.Search(new SearchRequest { Query = query, Size = k });
                return response.Hits.Where(h => h.Source is not null).Select(h => RelativeName(corpus, h.Source!)).ToList();
            }
            catch (InvalidRequestException e)
            {
                Console.Error.WriteLine($"  reportsearch refused '{query}': {e.Message}");
                return [];
            }
        }
    }

    private static void Report(TextWriter output, RelevanceSet set, IRankingSystem[] systems, List<(RelevanceQuery Query, List<IReadOnlyList<string>> Ranked)> runs)
    {
        var ndcg = systems.Select(_ => new List<double>()).ToArray();
        var precision = systems.Select(_ => new List<double>()).ToArray();
        int won = 0, lost = 0, tied = 0, unjudged = 0;
        output.WriteLine($"per query: nDCG@{Depth} / P@{PrecisionDepth} for {string.Join(", ", systems.Select(s => s.Name))}; judged = graded documents (relevant)");
        foreach (var (query, ranked) in runs)
        {
            var grades = set.GradesOf(query.Id);
            var scores = ranked.Select(r => RelevanceMetrics.NdcgAt(Depth, r, grades)).ToArray();
            var cells = new List<string>();
            for (int s = 0; s < systems.Length; s++)
            {
                double p = RelevanceMetrics.PrecisionAt(PrecisionDepth, ranked[s], grades);
                cells.Add($"{Fmt(scores[s])}/{p:0.00}");
                if (scores[s] is { } v) { ndcg[s].Add(v); precision[s].Add(p); }
            }
            string verdict = "";
            if (scores[0] is not { } mine) unjudged++;
            else
            {
                double best = scores.Skip(1).Max(v => v ?? 0);
                verdict = mine > best + 1e-9 ? "won" : mine < best - 1e-9 ? "lost" : "tied";
                if (verdict == "won") won++; else if (verdict == "lost") lost++; else tied++;
            }
            output.WriteLine($"  {query.Id,-5} {query.Split,-7} {string.Join("  ", cells)}  {verdict,-4}  judged {grades.Count} ({grades.Values.Count(g => g > 0)})  {query.Query}");
        }
        output.WriteLine();

        var f = new Figures();
        f.Add("relevance_queries", runs.Count, "queries");
        f.Add("relevance_queries_without_relevant_judgment", unjudged, "queries (left out)");
        for (int s = 0; s < systems.Length; s++)
        {
            if (ndcg[s].Count == 0) continue;
            f.Add($"relevance_ndcg{Depth}", ndcg[s].Average(), "mean", systems[s].Name);
            f.Add($"relevance_p{PrecisionDepth}", precision[s].Average(), "mean", systems[s].Name);
        }
        f.Add("relevance_won", won, "queries", "reportsearch vs best baseline");
        f.Add("relevance_lost", lost, "queries", "reportsearch vs best baseline");
        f.Add("relevance_tied", tied, "queries", "reportsearch vs best baseline");
        f.Print(output);
    }

    private static string Fmt(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "  -  ";

    // Documents are listed by file name, not by rank and without saying which system found them, so a judge reads
    // each one against the need and is not led by the rankings.
    private static void WritePool(string path, RelevanceSet set, List<(RelevanceQuery Query, List<IReadOnlyList<string>> Ranked)> runs, Dictionary<string, CorpusDocument> documents)
    {
        var pool = runs.Select(run =>
        {
            var grades = set.GradesOf(run.Query.Id);
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
