using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ReportSearch.Engine;

/// <summary>Collects the ids of all documents a query matches, in index order, without scoring.</summary>
internal sealed class DocCollector(List<int> docs) : ICollector
{
    private int _base;
    public bool AcceptsDocsOutOfOrder => false;
    public void SetScorer(Scorer scorer) { }
    public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
    public void Collect(int doc) => docs.Add(_base + doc);
}
