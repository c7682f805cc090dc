using Lucene.Net.Index;
using Lucene.Net.Search;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>
/// Whether a report's text returns to a word or only names it in passing. A report on parks names 公园 in article
/// after article; a regulation on fireworks names it once (禁止在公园燃放), one on a historic city a few times in a long
/// text. Where a title's subject is a word no other title has (<see cref="TitleSubject"/>), only a text that keeps
/// returning to it is on that subject.
/// </summary>
internal static class SubjectMentions
{
    /// <summary>A text returns to a word when it names it at least once in this many characters on average.</summary>
    public const int RecurringSpan = 1000;

    /// <summary>The report's text, its segments one after another (read once for all the words it is tested on).</summary>
    public static string TextOf(IndexSearcher searcher, string reportId)
    {
        var segments = new List<int>();
        searcher.Search(new BooleanQuery
        {
            { new TermQuery(new Term(F.Id, reportId)), Occur.MUST },
            { new TermQuery(new Term(F.Type, F.SegmentType)), Occur.MUST },
        }, new DocCollector(segments));
        return string.Concat(segments.Select(doc => SegmentPayload.ReadSegment(searcher.IndexReader, doc).Text));
    }

    public static bool Recurs(string text, string word)
    {
        int mentions = 0;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            mentions++;
        return mentions > 0 && (long)mentions * RecurringSpan >= text.Length;
    }
}
