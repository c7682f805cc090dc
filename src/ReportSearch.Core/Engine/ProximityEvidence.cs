using Lucene.Net.Index;
using Lucene.Net.Search.Spans;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>
/// The proximity signal of a query of several terms: for each pair of terms, whether a segment has them within
/// <see cref="Ranking.ProximityWindowChars"/> characters of each other somewhere (positions are characters, so the
/// window is a span slop). Each pair scales the score by its share of <see cref="Ranking.ProximityFactor"/>, so a
/// segment where all terms stand together gets the whole factor and one where they are paragraphs apart none.
/// Only ranks: the segments were matched by the terms already.
/// </summary>
internal static class ProximityEvidence
{
    /// <summary>Terms beyond this many take no part (pairs grow with the square; long queries are rare).</summary>
    private const int MaxTerms = 6;

    public static List<ScoreFactor> Factors(MatchQuery match)
    {
        var terms = match.Groups.Select(Spans).OfType<SpanQuery>().Take(MaxTerms).ToList();
        var pairs = new List<SpanQuery>();
        for (int i = 0; i < terms.Count; i++)
            for (int j = i + 1; j < terms.Count; j++)
                pairs.Add(new SpanNearQuery([terms[i], terms[j]], Ranking.ProximityWindowChars, inOrder: false));
        if (pairs.Count == 0) return [];
        float each = MathF.Pow(Ranking.ProximityFactor, 1f / pairs.Count);
        return pairs.Select(p => new ScoreFactor(p, each)).ToList();
    }

    // A group (any of its phrases) as spans of the text field; null when a phrase of it cannot be one (a title:
    // term, an open prefix), so the group takes no part.
    private static SpanQuery? Spans(IReadOnlyList<MatchPhrase> group)
    {
        var spans = new List<SpanQuery>();
        foreach (var phrase in group)
        {
            var tokens = phrase.Phrase.Tokens;
            if (phrase.Field != PhraseField.Text || phrase.Phrase.LastIsPrefix || tokens.Count == 0) return null;
            var terms = tokens.Select(t => (SpanQuery)new SpanTermQuery(new Term(F.Text, t))).ToArray();
            spans.Add(terms.Length == 1 ? terms[0] : new SpanNearQuery(terms, 0, inOrder: true));
        }
        return spans.Count == 1 ? spans[0] : new SpanOrQuery([.. spans]);
    }
}
