using System.Text.Json;

namespace ReportSearch.Bench;

/// <summary>One query of the relevance set: what staff type, and what a relevant document must give.</summary>
public sealed record RelevanceQuery(string Id, string Query, string Need, string Split);

/// <summary>A grade given by reading: 2 mainly about the need, 1 treats it in part, 0 in passing or not at all.</summary>
public sealed record RelevanceJudgment(string QueryId, string File, int Grade);

/// <summary>The committed queries and judgments (bench/relevance/*.json), read and checked.</summary>
public sealed class RelevanceSet
{
    public static readonly string[] Splits = ["tune", "holdout"];

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private RelevanceSet(IReadOnlyList<RelevanceQuery> queries, IReadOnlyDictionary<string, Dictionary<string, int>> grades)
    {
        Queries = queries;
        Grades = grades;
    }

    public IReadOnlyList<RelevanceQuery> Queries { get; }

    /// <summary>Query id → file (relative to the corpus, '/' separated) → grade.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Grades { get; }

    public IReadOnlyDictionary<string, int> GradesOf(string queryId) => Grades.TryGetValue(queryId, out var g) ? g : new Dictionary<string, int>();

    public static RelevanceSet Load(string queriesPath, string judgmentsPath, string split)
    {
        if (split != "all" && !Splits.Contains(split)) throw new BenchUsageException($"--split must be tune, holdout or all, not '{split}'");
        var queries = Read<List<RelevanceQuery>>(queriesPath);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in queries)
        {
            if (string.IsNullOrWhiteSpace(q.Id) || string.IsNullOrWhiteSpace(q.Query) || string.IsNullOrWhiteSpace(q.Need))
                throw new BenchUsageException($"{queriesPath}: every query needs an id, a query and a need");
            if (!Splits.Contains(q.Split)) throw new BenchUsageException($"{queriesPath}: query {q.Id} has split '{q.Split}'");
            if (!ids.Add(q.Id)) throw new BenchUsageException($"{queriesPath}: query id {q.Id} appears twice");
        }
        var grades = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        if (File.Exists(judgmentsPath))
            foreach (var j in Read<List<RelevanceJudgment>>(judgmentsPath))
            {
                if (!ids.Contains(j.QueryId)) throw new BenchUsageException($"{judgmentsPath}: judgment for unknown query {j.QueryId}");
                if (j.Grade is < 0 or > 2) throw new BenchUsageException($"{judgmentsPath}: grade {j.Grade} for {j.QueryId}/{j.File}");
                var byFile = grades.TryGetValue(j.QueryId, out var g) ? g : grades[j.QueryId] = new(StringComparer.Ordinal);
                if (!byFile.TryAdd(j.File, j.Grade)) throw new BenchUsageException($"{judgmentsPath}: {j.QueryId}/{j.File} is graded twice");
            }
        else Console.Error.WriteLine($"no judgments at '{judgmentsPath}': every document counts as ungraded");
        return new(queries.Where(q => split == "all" || q.Split == split).ToList(), grades);
    }

    private static T Read<T>(string path)
    {
        if (!File.Exists(path)) throw new BenchUsageException($"no file at '{path}'");
        try { return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) ?? throw new BenchUsageException($"{path} is empty"); }
        catch (JsonException e) { throw new BenchUsageException($"{path}: {e.Message}"); }
    }
}
