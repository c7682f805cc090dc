using Lucene.Net.Index;
using Lucene.Net.Store;
using ReportSearch.Engine;

namespace ReportSearch.Bench;

/// <summary>
/// The distinct terms of an index's matching field, printed next to every index and query figure: an archive
/// recombined from five seeds has a few tens of thousands, a real one millions, and the term dictionary's size
/// and rare-query speed follow it.
/// </summary>
public static class CorpusVocabulary
{
    /// <summary>Distinct terms of <paramref name="field"/> in the Lucene index in <paramref name="luceneDir"/>.</summary>
    public static long DistinctTerms(string luceneDir, string field)
    {
        using var dir = FSDirectory.Open(luceneDir);
        using var reader = DirectoryReader.Open(dir);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return 0;
        long n = 0;
        var e = terms.GetEnumerator();
        while (e.MoveNext()) n++;
        return n;
    }

    /// <summary>Distinct terms of ReportSearch's matching field (unigrams and bigrams) in an index root.</summary>
    public static long OfReportIndex(string indexRoot) =>
        IndexFolder.Current(indexRoot) is { } generation ? DistinctTerms(generation, IndexFields.Text) : 0;
}
