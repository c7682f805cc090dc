using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportSearch.Analysis;
using F = ReportSearch.Engine.IndexFields;
using LuceneQuery = Lucene.Net.Search.Query;

namespace ReportSearch.Engine;

/// <summary>
/// What a report's title says its subject is, and whether another report names the same one: the relatedness floor of
/// <see cref="SimilarReports"/>. The title's words (ICU words, as the word signal reads them; not its place names) fall
/// in three groups by the share of the reports whose title has them:
/// - subject words, in fewer than <see cref="SubjectWordShare"/> of the titles (or of <see cref="MinWordingTitles"/>
///   titles), each weighing −ln share, so the rarest count most: another report names the subject when its title has
///   words worth <see cref="SubjectCoverage"/> of the weight of the subject words and of the words no other title has
///   (饮用、水源 of 饮用水水源保护条例 both or nearly; 土地 alone is a wider subject than 农村土地承包);
/// - the kind's wording, in more titles (条例、管理、政府、工作、报告): a title of these only (政府工作报告) names its
///   subject by all of them, so another report's title must have every one;
/// - words no other title has (赌博 of 查禁赌博条例, 定稿): beside subject words they are the most specific part of the
///   subject, so they weigh in the share to reach; beside the kind's wording only, the title cannot tell, and the word
///   query's score must reach <see cref="SimilarReports.MinCloseness"/> of the report's own.
/// Without a strong title, only the score tells.
/// </summary>
internal sealed class TitleSubject
{
    /// <summary>A title word in fewer than this share of the reports' titles names a subject; in more, it is a kind's wording.</summary>
    public const double SubjectWordShare = 0.03;
    /// <summary>A word in fewer titles than this is no kind's wording whatever its share: in a small archive the few
    /// regulations on one subject are a large share of all.</summary>
    public const int MinWordingTitles = 10;
    /// <summary>The share of the weight of the subject words (and of those no other title has) another report's title must have.</summary>
    public const double SubjectCoverage = 0.5;

    private sealed record Word(string Text, LuceneQuery InTitle, double Share, bool OnlyHere, bool IsWording);

    private readonly List<Word> words;

    private TitleSubject(List<Word> words) => this.words = words;

    private IEnumerable<Word> Subject => words.Where(w => !w.OnlyHere && !w.IsWording);
    private IEnumerable<Word> Wording => words.Where(w => w.IsWording);

    public static TitleSubject Of(IndexSearcher searcher, string reportId, string? title, HashSet<string> places)
    {
        var words = new List<Word>();
        if (string.IsNullOrWhiteSpace(title)) return new TitleSubject(words);
        var reader = searcher.IndexReader;
        var first = new TermQuery(new Term(F.First, "1"));
        int reports = Math.Max(1, reader.DocFreq(first.Term));
        var ownId = new TermQuery(new Term(F.Id, reportId));
        foreach (var word in AnalyzedToken.Of(IcuWordAnalyzer.Instance, title, F.Words).Select(t => t.Text)
                     .Where(SimilarReports.Telling).Distinct(StringComparer.Ordinal))
        {
            if (places.Any(p => p.Contains(word, StringComparison.Ordinal))) continue;
            // Matched in the title field as the search matches a phrase: exactly, over the title's bigrams.
            var inTitle = LuceneQueryBuilder.StrongTitle(LuceneQueryBuilder.Matching(PhraseTokens.For(word), F.Title, reader));
            int titles = Count(searcher, new BooleanQuery { { inTitle, Occur.MUST }, { first, Occur.MUST } });
            int elsewhere = Count(searcher, new BooleanQuery { { inTitle, Occur.MUST }, { first, Occur.MUST }, { ownId, Occur.MUST_NOT } });
            double share = Math.Max(1, titles) / (double)reports;
            words.Add(new Word(word, inTitle, share, elsewhere == 0, share >= SubjectWordShare && titles >= MinWordingTitles));
        }
        return new TitleSubject(words);
    }

    /// <summary>The title's words (subject and wording) that the other report's own title has too.</summary>
    public List<string> SharedBy(IndexSearcher searcher, string otherId) =>
        words.Where(w => !w.OnlyHere && searcher.Search(new BooleanQuery
        {
            { new TermQuery(new Term(F.Id, otherId)), Occur.MUST },
            { w.InTitle, Occur.MUST },
        }, 1).TotalHits > 0).Select(w => w.Text).ToList();

    /// <summary>Of the shared title words, those that name the subject (not the kind's wording): shown first.</summary>
    public IEnumerable<string> SubjectOf(IEnumerable<string> shared) => shared.Where(t => Subject.Any(w => w.Text == t));

    /// <summary>Whether a report whose title has <paramref name="shared"/> of this title's words and whose score is
    /// <paramref name="closeness"/> of this report's own names the same subject.</summary>
    public bool Names(IReadOnlyCollection<string> shared, double closeness)
    {
        if (words.Count == 0) return closeness >= SimilarReports.MinCloseness;
        if (Subject.Any())
        {
            // The words no other title has are the most specific part of the subject: they raise the share to reach.
            double total = Subject.Sum(Weight) + words.Where(w => w.OnlyHere).Sum(Weight);
            double have = Subject.Where(w => shared.Contains(w.Text)).Sum(Weight);
            return have >= SubjectCoverage * total;
        }
        return Wording.Any() && Wording.All(w => shared.Contains(w.Text))
            && (!words.Any(w => w.OnlyHere) || closeness >= SimilarReports.MinCloseness);
    }

    private static double Weight(Word w) => -Math.Log(w.Share);

    private static int Count(IndexSearcher searcher, LuceneQuery query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }
}
