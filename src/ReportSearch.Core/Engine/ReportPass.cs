using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace ReportSearch.Engine;

/// <summary>
/// Runs a search's one collector pass (<see cref="ReportCollector"/>). Past a few gigabytes a common word's first pass
/// is most of its request (at 5 GB 25–60 ms for a common word: every matching segment is counted in the facets and
/// ranked), and a single request used one core while the others waited. When the index is large and no other pass is running, the pass is
/// split into parts of about equal size, cut between reports (a report's segments are adjacent documents, and the
/// collector finishes a report when the next one starts), collected side by side with one collector each, and the
/// parts' totals, top reports and facet counts added up: the result is the same as one collector's, to the report.
/// Under load (another pass running) the pass stays whole: the cores are busy anyway, and splitting only adds work.
/// </summary>
internal static class ReportPass
{
    /// <summary>A pass that Lucene's cost estimate puts under this many documents is collected whole: it is short (a rare
    /// word's at 5 GB about a millisecond), and the parts' start and sum cost the same at any size.</summary>
    public const int MinCostToSplit = 20_000;

    /// <summary>At most this many parts: more cores than this rarely serve one host's queries.</summary>
    public const int MaxParts = 4;

    private static int _searches;

    /// <summary>The parts a pass is split into on this machine when nothing else is running.</summary>
    public static int Parts => Math.Clamp(Environment.ProcessorCount, 1, MaxParts);

    /// <summary>
    /// Marks a search running from now until the returned value is disposed (<see cref="LuceneIndexReader.Search"/>): a
    /// pass is split only when its search is the only one and the thread pool has nothing waiting. Counting passes alone
    /// was not enough: under 8 clients most requests are served from kept passes, so a new pass often looked alone, and
    /// splitting it cost a loaded host at 5 GB 3 and 16 % of its requests per second in two runs.
    /// </summary>
    public static Running Search()
    {
        Interlocked.Increment(ref _searches);
        return default;
    }

    /// <summary>A running search (<see cref="Search"/>), uncounted when disposed.</summary>
    public readonly struct Running : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref _searches);
    }

    /// <summary>The collector that holds the whole pass's result, not yet finished (<see cref="ReportCollector.Finish"/>).</summary>
    public static ReportCollector Run(IndexSearcher searcher, LuceneQuery query, Func<ReportCollector> newCollector)
    {
        bool idle = Volatile.Read(ref _searches) <= 1 && ThreadPool.PendingWorkItemCount == 0;
        if (!idle || Parts == 1) return Run(searcher, query, newCollector, 1);
        // Sized by the scorers the pass would use anyway, which then collect it when it is small.
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var scorers = leaves.Select(l => weight.GetScorer(l, l.AtomicReader.LiveDocs)).ToArray();
        if (Cost(scorers) >= MinCostToSplit) return Run(searcher, weight, newCollector, Parts);
        var whole = newCollector();
        for (int i = 0; i < leaves.Count; i++)
            if (scorers[i] is { } scorer) Collect(scorer, new DocRange(leaves[i], 0, leaves[i].AtomicReader.MaxDoc), whole);
        return whole;
    }

    /// <summary>Lucene's estimate of the documents a pass visits: each scorer's cost (a term's document count, a
    /// conjunction's or phrase's rarest part, a disjunction's sum), at least the documents it matches.</summary>
    internal static long Cost(IEnumerable<Scorer?> scorers) => scorers.Sum(s => s?.GetCost() ?? 0);

    /// <summary>The pass in <paramref name="parts"/> parts (1: Lucene's own loop over the segments).</summary>
    internal static ReportCollector Run(IndexSearcher searcher, LuceneQuery query, Func<ReportCollector> newCollector, int parts)
    {
        if (parts > 1) return Run(searcher, searcher.CreateNormalizedWeight(query), newCollector, parts);
        var whole = newCollector();
        searcher.Search(query, whole);
        return whole;
    }

    private static ReportCollector Run(IndexSearcher searcher, Weight weight, Func<ReportCollector> newCollector, int parts)
    {
        var ranges = Split(searcher.IndexReader.Leaves, parts);
        var collectors = ranges.Select(_ => newCollector()).ToArray();
        void CollectPart(int i)
        {
            foreach (var range in ranges[i])
                if (weight.GetScorer(range.Leaf, range.Leaf.AtomicReader.LiveDocs) is { } scorer) Collect(scorer, range, collectors[i]);
        }
        // The other parts run on the thread pool and the first on this thread; every part is waited for, also after a
        // failure, before anything is rethrown.
        var others = Enumerable.Range(1, ranges.Count - 1).Select(i => Task.Run(() => CollectPart(i))).ToArray();
        Exception? failed = null;
        try { CollectPart(0); }
        catch (Exception e) { failed = e; }
        try { Task.WaitAll(others); }
        catch (AggregateException e) { failed ??= e.InnerExceptions[0]; }
        if (failed is not null) ExceptionDispatchInfo.Capture(failed).Throw(); // callers see what a whole pass would throw
        for (int i = 1; i < collectors.Length; i++) collectors[0].Absorb(collectors[i]);
        return collectors[0];
    }

    /// <summary>Documents [Start, End) of one Lucene segment.</summary>
    internal readonly record struct DocRange(AtomicReaderContext Leaf, int Start, int End);

    // What IndexSearcher does for one segment, from Start on and up to End: in order, deleted documents left out.
    private static void Collect(Scorer scorer, DocRange range, ReportCollector collector)
    {
        collector.SetNextReader(range.Leaf);
        collector.SetScorer(scorer);
        for (int doc = range.Start == 0 ? scorer.NextDoc() : scorer.Advance(range.Start); doc < range.End; doc = scorer.NextDoc())
            collector.Collect(doc);
    }

    /// <summary>
    /// The index's report documents cut into <paramref name="parts"/> runs of about equal length, each a list of segment
    /// ranges covering every document once; every cut falls where a report starts (or at a source document), never
    /// inside a report. Lengths count report documents only: a merged segment keeps all its source documents after its
    /// reports (at 5 GB half the documents), which no text query matches.
    /// </summary>
    internal static List<List<DocRange>> Split(IList<AtomicReaderContext> leaves, int parts)
    {
        var extents = leaves.Select(l => (long)LeafValues.For(l.AtomicReader).ReportDocsEnd).ToList();
        long total = extents.Sum();
        var cuts = new List<int> { 0 };
        for (int k = 1; k < parts; k++)
        {
            long target = total * k / parts, before = 0;
            int leaf = 0;
            while (leaf < leaves.Count - 1 && before + extents[leaf] <= target) before += extents[leaf++];
            int cut = leaves[leaf].DocBase + ReportStartFrom(leaves[leaf], (int)(target - before));
            if (cut > cuts[^1]) cuts.Add(cut);
        }
        int maxDoc = leaves.Sum(l => l.AtomicReader.MaxDoc);
        if (maxDoc > cuts[^1]) cuts.Add(maxDoc);
        var result = new List<List<DocRange>>();
        for (int p = 0; p + 1 < cuts.Count; p++)
        {
            var part = new List<DocRange>();
            foreach (var leaf in leaves)
            {
                int start = Math.Max(cuts[p] - leaf.DocBase, 0), end = Math.Min(cuts[p + 1] - leaf.DocBase, leaf.AtomicReader.MaxDoc);
                if (start < end) part.Add(new DocRange(leaf, start, end));
            }
            if (part.Count > 0) result.Add(part);
        }
        return result;
    }

    // The first document at or after doc that does not continue the report before it.
    private static int ReportStartFrom(AtomicReaderContext leaf, int doc)
    {
        var group = LeafValues.For(leaf.AtomicReader).Group;
        while (doc > 0 && doc < group.Length && group[doc] >= 0 && group[doc] == group[doc - 1]) doc++;
        return Math.Min(doc, group.Length);
    }
}
