using System.Diagnostics;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;

namespace ReportSearch.Analysis;

/// <summary>
/// Word segmentation by SmartCn (Lucene.Net.Analysis.SmartCn's hidden-Markov segmenter), for two purposes: reading a
/// question that found nothing exactly as a set of words (Query/QuestionFallback), and a query term's words looked for
/// in titles, a ranking factor (Engine/TitleWordEvidence). It never decides what the index matches. Its dictionaries (about 6 MB) are read on first use, once per process, and kept: nothing is loaded
/// until a query needs it, and <see cref="LoadTime"/> says what loading cost.
/// </summary>
public static class SmartCnWords
{
    private static readonly Lazy<SmartChineseAnalyzer> Segmenter = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static TimeSpan? _loadTime;

    /// <summary>How long creating the segmenter and reading its dictionaries took; null before the first use.</summary>
    public static TimeSpan? LoadTime => _loadTime;

    private static SmartChineseAnalyzer Create()
    {
        var clock = Stopwatch.StartNew();
        // Stop words are ours (QuestionFallback.FunctionWords), not SmartCn's list of punctuation.
        var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48, useDefaultStopWords: false);
        AnalyzedToken.Of(analyzer, "网格化管理"); // reads the dictionaries now, inside the one-time load
        _loadTime = clock.Elapsed;
        return analyzer;
    }

    /// <summary>Reads the dictionaries now, if no query has (a host warming up before its first request).</summary>
    public static void Load() => _ = Segmenter.Value;

    /// <summary>
    /// The words of <paramref name="normalized"/> (text after <see cref="TextNormalizer"/>) in order, each as it stands
    /// in that text (SmartCn's own token text stems English words; the substring is what the index holds), with their
    /// start offsets. Punctuation is left out.
    /// </summary>
    public static List<(string Word, int Start)> Segment(string normalized)
    {
        var words = new List<(string, int)>();
        foreach (var t in AnalyzedToken.Of(Segmenter.Value, normalized))
        {
            if (t.End <= t.Start || t.End > normalized.Length) continue;
            var word = normalized[t.Start..t.End];
            if (word.EnumerateRunes().Any(r => CharClass.Of(r) is CharKind.Cjk or CharKind.Word)) words.Add((word, t.Start));
        }
        return words;
    }
}
