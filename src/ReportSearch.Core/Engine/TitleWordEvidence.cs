using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportSearch.Analysis;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>
/// SmartCn as a word-level signal over the query and titles (issue 21: SmartCn "where it wins on measurement"): a term
/// of several words (人才引进 → 人才 引进) whose words stand in a title of strong provenance although the whole term
/// does not (山东省人才发展促进条例) marks a report about its topic written in other words. Each such word scales the
/// score by its share of <see cref="Ranking.TitleWordFactor"/>. Words common in titles (条例, 环境) say nothing and take
/// no part. Only ranks: matching stays the exact phrase.
/// </summary>
internal static class TitleWordEvidence
{
    public static List<ScoreFactor> Factors(MatchPhrase phrase, IndexReader reader)
    {
        if (phrase.Field != PhraseField.Text || phrase.Phrase.LastIsPrefix) return [];
        var words = Words(phrase.Term);
        if (words.Count < 2) return [];
        float each = MathF.Pow(Ranking.TitleWordFactor, 1f / words.Count);
        var wholeInTitle = LuceneQueryBuilder.Matching(phrase.Phrase, F.Title, reader);
        int common = Math.Max(1, (int)(reader.NumDocs * Ranking.TitleWordMaxShare)); // one title never makes a word common
        var factors = new List<ScoreFactor>();
        foreach (var word in words)
        {
            var tokens = PhraseTokens.For(word);
            if (tokens.Tokens.Count == 0 || reader.DocFreq(new Term(F.Title, tokens.Tokens[0])) > common) continue;
            factors.Add(new ScoreFactor(new BooleanQuery
            {
                { LuceneQueryBuilder.StrongTitle(LuceneQueryBuilder.Matching(tokens, F.Title, reader)), Occur.MUST },
                { wholeInTitle, Occur.MUST_NOT },
            }, each));
        }
        return factors;
    }

    /// <summary>The term's SmartCn words of two characters or more (a single character says too little about a title), each once.</summary>
    internal static List<string> Words(string normalizedTerm) =>
        SmartCnWords.Segment(normalizedTerm).Select(w => w.Word).Where(w => w.EnumerateRunes().Count() >= 2).Distinct(StringComparer.Ordinal).ToList();
}
