using System.Text.Json;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Mechanisms;

namespace ReportSearch.Search;

/// <summary>
/// What an opened index builds on first use, and a first request would otherwise wait for: the host runs it in the
/// background when it opens the index, and the bench before its cold pass, as the host does. Measured on a 1 GB
/// archive (58,440 reports) in a fresh process: a filtered query that finds nothing took 1.0–1.3 s instead of 20 ms,
/// building the vocabulary its did-you-mean reads and the pinyin readings; the first query of two characters or more
/// waited 0.4 s for SmartCn's dictionaries (the title-word factor); and the first search of all took 130–200 ms,
/// compiling its path and serializing its first response.
/// </summary>
public static class ServingWarmUp
{
    /// <param name="service">The searches' service over <paramref name="index"/>, the one requests will use.</param>
    public static void Run(IReportIndexReader index, SearchService service)
    {
        // The precedent card of a one-name query and the mechanism pages: seconds at 10 GB.
        index.Mechanisms();
        // Did-you-mean of a query finding (almost) nothing, and completions. Later snapshots build theirs in the
        // background while the last one answers; the first snapshot has none to answer with.
        index.Vocabulary();
        // ...and its homophones (幻境 for 环境): ICU reads the whole Han block once per process, 0.5 s.
        _ = PinyinReading.Available;
        // A query term's words in titles (TitleWordEvidence): once per process.
        SmartCnWords.Load();
        // The search path itself, compiled on its first run: a phrase of several bigrams (a phrase query, proximity,
        // title words, snippets, facets) and one word, whatever they find; and the response's JSON, whose contract
        // the serializer reads on its first use. Snippets build the table of what folds to what once (0.3 s).
        foreach (var query in WarmUpQueries)
            _ = JsonSerializer.SerializeToUtf8Bytes(service.Search(new SearchRequest { Query = query }), SearchJson.Options);
    }

    private static readonly string[] WarmUpQueries = ["经济社会发展", "工作"];
}
