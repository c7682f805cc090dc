using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ReportSearch.Engine;

/// <summary>
/// How many reports a match finds, without filters, ranking, facets or a page: what a completion shows beside a term.
/// Kept per snapshot, since the same completions come back with every keystroke of everyone typing the same start;
/// a refreshed reader starts empty, so no count is stale.
/// </summary>
internal static class ReportCounts
{
    private const int MaxEntries = 4096;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, int>> BySnapshot = new();

    public static int Count(IndexSearcher searcher, MatchQuery match)
    {
        var cache = BySnapshot.GetValue(searcher.IndexReader, static _ => new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
        var key = CollectedResultCache.KeyOf(new EngineQuery(match, new EngineFilters(), ReportOrder.Relevance, 0, 0));
        if (cache.TryGetValue(key, out int count)) return count;
        var collector = new ReportCountCollector();
        searcher.Search(LuceneQueryBuilder.Build(match, searcher.IndexReader), collector);
        if (cache.Count >= MaxEntries) cache.Clear(); // simple and bounded: the popular ones come back at once
        return cache[key] = collector.Reports;
    }

    /// <summary>Counts the reports of the matching segments: a report's segments are adjacent, so a report is new when its group changes.</summary>
    private sealed class ReportCountCollector : ICollector
    {
        public int Reports { get; private set; }
        private int[] _group = [];
        private int _last = -1;

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context)
        {
            _group = LeafValues.For(context.AtomicReader).Group;
            _last = -1;
        }

        public void Collect(int doc)
        {
            int group = _group[doc];
            if (group < 0 || group == _last) return; // a source document, or the report just counted
            _last = group;
            Reports++;
        }
    }
}
