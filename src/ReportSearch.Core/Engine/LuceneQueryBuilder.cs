using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;
using Lucene.Net.Util;
using ReportSearch.Analysis;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>
/// Builds Lucene query objects from a <see cref="MatchQuery"/>; user text only ever becomes <see cref="Term"/>s
/// of analyzed tokens, never query syntax. Each term is one required clause that decides whether a segment
/// matches (a phrase of its tokens in the combined text field, or in the title for title: terms) and gives the
/// body evidence; the side signals (title, heading, title words, organisation names, proximity) only scale that
/// evidence through an <see cref="EvidenceQuery"/>, by the bounded factors of <see cref="Ranking"/>.
/// </summary>
internal static class LuceneQueryBuilder
{
    /// <summary>Single-character terms (prefixes over thousands of bigrams) are the costliest: their matching
    /// documents are cached per segment, which stays valid because segments never change.</summary>
    private static readonly ConcurrentDictionary<(string Field, string Prefix), Filter> PrefixFilters = new();
    private const int MaxCachedPrefixes = 4096;

    public static LuceneQuery Build(MatchQuery match, IndexReader reader)
    {
        var top = new BooleanQuery(disableCoord: true);
        if (match.Groups.Count == 0)
            top.Add(new ConstantScoreQuery(new TermQuery(new Term(F.Type, F.SegmentType))) { Boost = 1f }, Occur.MUST);
        foreach (var group in match.Groups)
        {
            if (group.Count == 1)
            {
                top.Add(Scored(group[0], reader), Occur.MUST);
                continue;
            }
            var any = new BooleanQuery(disableCoord: true);
            foreach (var phrase in group) any.Add(Scored(phrase, reader), Occur.SHOULD);
            top.Add(any, Occur.MUST);
        }
        foreach (var excluded in match.Excluded)
            top.Add(Matching(excluded.Phrase, excluded.Field == PhraseField.Title ? F.Title : F.Text, reader), Occur.MUST_NOT);
        var near = ProximityEvidence.Factors(match);
        return near.Count == 0 ? top : new EvidenceQuery(top, near);
    }

    // The matching clause, scaled by the signals that only rank.
    private static LuceneQuery Scored(MatchPhrase phrase, IndexReader reader)
    {
        bool titleOnly = phrase.Field == PhraseField.Title;
        var matching = Matching(phrase.Phrase, titleOnly ? F.Title : F.Text, reader);
        if (phrase.Phrase.Tokens.Count == 0) return matching;
        var factors = new List<ScoreFactor>();
        if (!titleOnly) factors.Add(new ScoreFactor(StrongTitle(Matching(phrase.Phrase, F.Title, reader)), Ranking.TitleFactor));
        factors.Add(new ScoreFactor(Matching(phrase.Phrase, F.Headings, reader), Ranking.HeadingFactor));
        factors.AddRange(TitleWordEvidence.Factors(phrase, reader));
        var discount = titleOnly ? null : new ScoreDiscount(Matching(phrase.Phrase, F.OrgNames, reader), Ranking.OrgNameWeight);
        return new EvidenceQuery(matching, factors, discount);
    }

    // A title match is evidence only where the title's provenance is strong (not a file name or a guess).
    internal static LuceneQuery StrongTitle(LuceneQuery inTitle) => new BooleanQuery
    {
        { inTitle, Occur.MUST },
        { new TermQuery(new Term(F.WeakTitle, "1")), Occur.MUST_NOT },
    };

    /// <summary>Segments whose <paramref name="field"/> contains the phrase: exactly the oracle's rule.</summary>
    public static LuceneQuery Matching(PhraseTokens phrase, string field, IndexReader reader)
    {
        var tokens = phrase.Tokens;
        if (tokens.Count == 0) return new BooleanQuery(); // a term with no tokens matches nothing
        if (!phrase.LastIsPrefix)
        {
            if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0]));
            var keep = CheapestCover(tokens, field, reader);
            var pq = new PhraseQuery();
            for (int i = 0; i < tokens.Count; i++)
                if (keep[i]) pq.Add(new Term(field, tokens[i]), i);
            return pq;
        }
        if (tokens.Count == 1) return new ConstantScoreQuery(PrefixFilter(field, tokens[0]));
        // A phrase whose last token is open: every indexed token that starts with it may stand there.
        var expanded = Expand(reader, field, tokens[^1]);
        if (expanded.Length == 0) return new BooleanQuery();
        var mpq = new MultiPhraseQuery();
        for (int i = 0; i < tokens.Count - 1; i++) mpq.Add([new Term(field, tokens[i])], i);
        mpq.Add(expanded, tokens.Count - 1);
        return mpq;
    }

    /// <summary>
    /// A bigram between two bigrams of the phrase need not be looked up: with c1c2 at position p and c3c4 at
    /// p + 2, the token at p + 1 can only be c2c3, because a CJK run only ends before another token (punctuation
    /// or a word) takes the next position. So any inner bigram whose two neighbours are bigrams that are looked
    /// up may be left out, and the match stays exactly the same. Which ones: see <see cref="CheapestCover(long[], long[], bool[])"/>.
    /// </summary>
    internal static bool[] CheapestCover(IReadOnlyList<string> tokens, string field, IndexReader reader)
    {
        int n = tokens.Count;
        var docs = new long[n];
        var positions = new long[n];
        var skippable = new bool[n];
        for (int i = 0; i < n; i++)
        {
            // Both statistics from one seek per segment.
            var stats = TermContext.Build(reader.Context, new Term(field, tokens[i]));
            docs[i] = stats.DocFreq;
            positions[i] = stats.TotalTermFreq >= 0 ? stats.TotalTermFreq : docs[i];
            skippable[i] = i > 0 && i < n - 1 && IsBigram(tokens[i - 1]) && IsBigram(tokens[i]) && IsBigram(tokens[i + 1]);
        }
        return CheapestCover(docs, positions, skippable);
    }

    /// <summary>
    /// The tokens to look up, least <see cref="CoverCost"/> first. Lucene's exact phrase scorer walks the documents
    /// of its rarest term and reads the positions of every term only where all of them occur, so what a cover
    /// costs is about (documents of its rarest token) × (for each kept token, one advance plus its positions per
    /// document). Leaving out a token saves its positions but may take away the rare token that led: 相关单位 reads
    /// fewer positions as 相关 + 单位 but is cheaper with its rarer 关单 kept (1.5× faster at 10 GB), while in
    /// 夜间经济示范街 the common 经济 and 示范 drop out (7× faster). Exact: the least cost over all covers is, for
    /// some token j, docs[j] × the least weight of covers that keep j, found for each j by dynamic programming
    /// under the rule that no two neighbours are both left out and the ends stay.
    /// </summary>
    internal static bool[] CheapestCover(long[] docs, long[] positions, bool[] skippable)
    {
        int n = docs.Length;
        var weight = new double[n];
        for (int i = 0; i < n; i++) weight[i] = Weight(docs[i], positions[i]);
        bool[]? best = null;
        double bestCost = double.PositiveInfinity;
        for (int lead = 0; lead < n; lead++)
        {
            var keep = LightestCoverKeeping(lead, weight, skippable);
            double cost = CoverCost(keep, docs, positions);
            if (cost < bestCost) (best, bestCost) = (keep, cost);
        }
        return best!;
    }

    /// <summary>The estimated cost of looking up the kept tokens (see <see cref="CheapestCover(long[], long[], bool[])"/>).</summary>
    internal static double CoverCost(bool[] keep, long[] docs, long[] positions)
    {
        long lead = long.MaxValue;
        double weight = 0;
        for (int i = 0; i < keep.Length; i++)
        {
            if (!keep[i]) continue;
            lead = Math.Min(lead, docs[i]);
            weight += Weight(docs[i], positions[i]);
        }
        return (double)lead * weight;
    }

    // What a kept token adds per document of the lead: one advance, and its positions there.
    private static double Weight(long docs, long positions) => 1 + (docs > 0 ? (double)positions / docs : 0);

    // Least total weight of the tokens kept, with token `lead` kept, the ends kept and no two neighbours left out.
    private static bool[] LightestCoverKeeping(int lead, double[] weight, bool[] skippable)
    {
        int n = weight.Length;
        // best[i, 1]: least weight of positions 0..i with i kept; best[i, 0]: with i left out (so i - 1 kept).
        var best = new double[n, 2];
        var fromKept = new bool[n]; // for a kept i: whether i - 1 was kept in the best choice
        best[0, 1] = weight[0];
        best[0, 0] = double.PositiveInfinity;
        for (int i = 1; i < n; i++)
        {
            fromKept[i] = best[i - 1, 1] <= best[i - 1, 0];
            best[i, 1] = weight[i] + Math.Min(best[i - 1, 1], best[i - 1, 0]);
            best[i, 0] = skippable[i] && i != lead ? best[i - 1, 1] : double.PositiveInfinity;
        }
        var keep = new bool[n];
        bool kept = true; // the last token is always kept
        for (int i = n - 1; i >= 0; i--)
        {
            keep[i] = kept;
            kept = !kept || fromKept[i]; // before a left-out token comes a kept one
        }
        return keep;
    }

    private static bool IsBigram(string token)
    {
        int runes = 0;
        foreach (var r in token.EnumerateRunes())
        {
            if (!CharClass.IsCjk(r.Value)) return false;
            runes++;
        }
        return runes == 2;
    }

    private static Filter PrefixFilter(string field, string prefix)
    {
        if (PrefixFilters.TryGetValue((field, prefix), out var cached)) return cached;
        if (PrefixFilters.Count >= MaxCachedPrefixes) PrefixFilters.Clear();
        return PrefixFilters.GetOrAdd((field, prefix), k => new CachingWrapperFilter(new Lucene.Net.Search.PrefixFilter(new Term(k.Field, k.Prefix))));
    }

    private static Term[] Expand(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return [];
        var result = new List<Term>();
        var start = new BytesRef(prefix);
        var e = terms.GetEnumerator();
        if (e.SeekCeil(start) == TermsEnum.SeekStatus.END) return [];
        do
        {
            if (!StringHelper.StartsWith(e.Term, start)) break;
            result.Add(new Term(field, BytesRef.DeepCopyOf(e.Term)));
        } while (e.MoveNext());
        return [.. result];
    }
}
