using System.Text.RegularExpressions;
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
///   (饮用、水源 of 饮用水水源保护条例 both or nearly; 土地 alone is a wider subject than 农村土地承包); a title sharing no
///   more than half of them must also be close in score (<see cref="SimilarReports.MinCloseness"/>): 劳动 alone, of
///   劳动合同, may be a talk to model workers;
/// - the kind's wording, in more titles (条例、管理、政府、工作、报告), and that wording with one character more (市政府,
///   管理局): a title of these only (政府工作报告) names its subject by all of them, so another report's title must have
///   every one;
/// - words no other title has (赌博 of 查禁赌博条例, 公园 of 北京市公园条例): beside subject words they are the most
///   specific part of the subject, so they weigh in the share to reach; beside the kind's wording only they are the whole
///   subject, and another report must name enough of them in its text, and its word query's score reach
///   <see cref="SimilarReports.MinCloseness"/> of the report's own: a regulation sharing a regulation's wording only is
///   not on the subject however close its score.
/// The congress session a report was delivered at (在…人民代表大会第三次会议上的) is left out of its title, as its year is; and
/// where the title's words leave it fewer than two subject words, the characters the segmenter could not read join them
/// (厂务 of 厂务公开, <see cref="Engine.UnsegmentedWords"/>).
/// Without a strong title, the words most of the first-level headings repeat stand for it (<see cref="OfHeadings"/>);
/// where they name no subject either, only the score tells.
/// </summary>
internal sealed partial class TitleSubject
{
    /// <summary>A title word in fewer than this share of the reports' titles names a subject; in more, it is a kind's wording.</summary>
    public const double SubjectWordShare = 0.03;
    /// <summary>A word in fewer titles than this is no kind's wording whatever its share: in a small archive the few
    /// regulations on one subject are a large share of all.</summary>
    public const int MinWordingTitles = 10;
    /// <summary>The share of the weight of the subject words (and of those no other title has) another report's title must have.</summary>
    public const double SubjectCoverage = 0.5;

    /// <param name="InText">The word in the other report's text, where a word no other title has can still be named.</param>
    private sealed record Word(string Text, LuceneQuery InTitle, LuceneQuery InText, double Share, bool OnlyHere, bool IsWording);

    private readonly List<Word> words;

    private TitleSubject(List<Word> words) => this.words = words;

    private IEnumerable<Word> Subject => words.Where(w => !w.OnlyHere && !w.IsWording);
    private IEnumerable<Word> Wording => words.Where(w => w.IsWording);

    public static TitleSubject Of(IndexSearcher searcher, string reportId, string? title, HashSet<string> places)
        => Of(searcher, reportId, title, places, subjectWordsOnly: false);

    /// <summary>The subject that most of the first-level headings (一、…, 二、…) of a report without a strong title name
    /// (政府信息公开 in those of an annual report on it whose title was lost): the words at least half of them have, kept
    /// only where they are subject words. The kind's wording such headings repeat (工作 of 工作回顾、工作安排) and words no
    /// title has tell nothing a title would, so they leave the subject unknown and the score to tell. Lower headings are
    /// left out: a work report's （一）…高质量发展体系, （二）…高质量发展短板 repeat the year's watchword, not its subject.</summary>
    public static TitleSubject OfHeadings(IndexSearcher searcher, string reportId, IReadOnlyList<string> subjectLines, HashSet<string> places)
    {
        var headings = subjectLines.Where(l => FirstLevel().IsMatch(l)).ToList();
        if (headings.Count < MinHeadings) return new TitleSubject([]);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in headings)
            foreach (var word in TellingWords(heading).Distinct(StringComparer.Ordinal))
                lines[word] = lines.GetValueOrDefault(word) + 1;
        var named = lines.Where(l => 2 * l.Value >= headings.Count).Select(l => l.Key).ToList();
        return Of(searcher, reportId, string.Join(' ', named), places, subjectWordsOnly: true);
    }

    /// <summary>First-level headings fewer than this are too few to say by repetition what a report is about.</summary>
    public const int MinHeadings = 3;

    // The first level of an official document's outline: a Chinese numeral and 、 (一、 二、 … 十一、).
    [GeneratedRegex(@"^\s*[一二三四五六七八九十]+、")]
    private static partial Regex FirstLevel();

    // 在…人民代表大会第X次会议上的, 在中国共产党第十九次全国代表大会上的: a congress (or its session) that a speech or report was
    // delivered at.
    [GeneratedRegex(@"在[^在。，,；;\s]{0,30}?代表大会(?:[^。，,；;\s]{0,15}?会议)?上的?")]
    private static partial Regex Session();

    private static IEnumerable<string> TellingWords(string text) =>
        AnalyzedToken.Of(IcuWordAnalyzer.Instance, text, F.Words).Select(t => t.Text).Where(SimilarReports.Telling);

    private static TitleSubject Of(IndexSearcher searcher, string reportId, string? title, HashSet<string> places, bool subjectWordsOnly)
    {
        var words = new List<Word>();
        if (string.IsNullOrWhiteSpace(title)) return new TitleSubject(words);
        var reader = searcher.IndexReader;
        var first = new TermQuery(new Term(F.First, "1"));
        int reports = Math.Max(1, reader.DocFreq(first.Term));
        var ownId = new TermQuery(new Term(F.Id, reportId));
        // Matched in the title field as the search matches a phrase: exactly, over the title's bigrams.
        LuceneQuery InTitle(string word) => LuceneQueryBuilder.StrongTitle(LuceneQueryBuilder.Matching(PhraseTokens.For(word), F.Title, reader));
        int Titles(LuceneQuery inTitle) => Count(searcher, new BooleanQuery { { inTitle, Occur.MUST }, { first, Occur.MUST } });
        bool IsWording(int titles) => titles / (double)reports >= SubjectWordShare && titles >= MinWordingTitles;
        // The session a report was delivered at says when, as a year would, not what: 在第十一届全国人民代表大会第三次会议上的
        // 政府工作报告 is a government work report like any other.
        title = Session().Replace(title, " ");
        foreach (var word in TellingWords(title).Distinct(StringComparer.Ordinal)) Add(word);
        // Where the segmented words leave the title fewer than two subject words, what the segmenter could not read may be
        // the rest of its subject (厂务 beside 公开); a title with more names its subject without them.
        if (words.Count(w => !w.OnlyHere && !w.IsWording) < MinSegmentedSubjectWords)
            foreach (var word in UnsegmentedWords.Of(title, places).Distinct(StringComparer.Ordinal))
                if (words.All(w => w.Text != word)) Add(word);
        return new TitleSubject(words);

        void Add(string word)
        {
            if (places.Any(p => p.Contains(word, StringComparison.Ordinal))) return;
            var inTitle = InTitle(word);
            int titles = Titles(inTitle);
            int elsewhere = Count(searcher, new BooleanQuery { { inTitle, Occur.MUST }, { first, Occur.MUST }, { ownId, Occur.MUST_NOT } });
            double share = Math.Max(1, titles) / (double)reports;
            // The whole text, not the word signal's sample of each segment's opening: a regulation may name parks
            // only in its later articles.
            var inText = LuceneQueryBuilder.Matching(PhraseTokens.For(word), F.Text, reader);
            // The kind's wording with one character more is the kind's wording still: the segmenter reads 重庆市政府工作报告
            // as 重庆、市政府、工作、报告, and 市政府 (政府 and the place's 市) names no subject, so that 我市政府采购 shares none.
            bool wording = IsWording(titles) || (word.Length > 2 && (IsWording(Titles(InTitle(word[1..]))) || IsWording(Titles(InTitle(word[..^1])))));
            var named = new Word(word, inTitle, inText, share, elsewhere == 0, wording);
            if (!subjectWordsOnly || (!named.OnlyHere && !named.IsWording)) words.Add(named);
        }
    }

    /// <summary>A title whose segmented words name at least this many subject words names its subject without the
    /// characters the segmenter could not read (<see cref="Engine.UnsegmentedWords"/>).</summary>
    public const int MinSegmentedSubjectWords = 2;

    /// <summary>The title's words (subject and wording) that the other report's own title has too, and those no other
    /// title has that its text returns to (<see cref="SubjectMentions"/>): a word no title shares can only be named in the
    /// text (公园 of 北京市公园条例 in a regulation on urban greening), and a report whose text never names it, or names it
    /// only in passing (a fireworks ban's 禁止在公园燃放), is on another subject.</summary>
    public List<string> SharedBy(IndexSearcher searcher, string otherId)
    {
        string? otherText = null;
        return words.Where(w => searcher.Search(new BooleanQuery
        {
            { new TermQuery(new Term(F.Id, otherId)), Occur.MUST },
            { w.OnlyHere ? w.InText : w.InTitle, Occur.MUST },
        }, 1).TotalHits > 0 && (!w.OnlyHere || SubjectMentions.Recurs(otherText ??= SubjectMentions.TextOf(searcher, otherId), w.Text))).Select(w => w.Text).ToList();
    }

    /// <summary>Of the shared title words, those that name the subject (not the kind's wording): shown first.</summary>
    public IEnumerable<string> SubjectOf(IEnumerable<string> shared) => shared.Where(t => words.Any(w => w.Text == t && !w.IsWording));

    /// <summary>Whether a report whose title has <paramref name="shared"/> of this title's words and whose score is
    /// <paramref name="closeness"/> of this report's own names the same subject.</summary>
    public bool Names(IReadOnlyCollection<string> shared, double closeness)
    {
        if (words.Count == 0) return closeness >= SimilarReports.MinCloseness;
        var onlyHere = words.Where(w => w.OnlyHere).ToList();
        if (Subject.Any())
        {
            // The words no other title has are the most specific part of the subject: they raise the share to reach.
            // Only the title counts here: beside subject words that other titles share, the words no title shares are
            // often ones any text has (第三次, 十一), which would let any report reach the share.
            double total = Subject.Sum(Weight) + onlyHere.Sum(Weight);
            double have = Subject.Where(w => shared.Contains(w.Text)).Sum(Weight);
            // A title sharing no more than half the subject words may name a wider subject (劳动 of 劳动合同 in a talk to
            // 劳动模范), which the weights alone let pass when the words are about as rare: the score must then be close
            // too, as where the title cannot tell.
            bool partly = 2 * Subject.Count(w => shared.Contains(w.Text)) <= Subject.Count();
            return have >= SubjectCoverage * total && (!partly || closeness >= SimilarReports.MinCloseness);
        }
        // Beside the kind's wording, the words no other title has are the whole subject: the other report's text must
        // name enough of them, so that a regulation sharing only a regulation's wording (and so a close score) is not shown.
        return Wording.Any() && Wording.All(w => shared.Contains(w.Text))
            && (onlyHere.Count == 0 || (closeness >= SimilarReports.MinCloseness
                && onlyHere.Where(w => shared.Contains(w.Text)).Sum(Weight) >= SubjectCoverage * onlyHere.Sum(Weight)));
    }

    private static double Weight(Word w) => -Math.Log(w.Share);

    private static int Count(IndexSearcher searcher, LuceneQuery query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }
}
