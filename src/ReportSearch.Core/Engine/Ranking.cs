using Lucene.Net.Search.Similarities;

namespace ReportSearch.Engine;

/// <summary>
/// The similarity of index and searches: BM25 with k1 1.2 (more occurrences count, with diminishing returns)
/// and b 0.4 instead of 0.75, so that length normalization does not hand a very short segment an undue bonus
/// over a long one that keeps coming back to the term. BM25's idf is always positive, so every match scores
/// above zero however common its term.
/// </summary>
internal static class Ranking
{
    public static readonly Similarity Similarity = new BM25Similarity(1.2f, 0.4f);
}
