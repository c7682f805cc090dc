using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneQuery = Lucene.Net.Search.Query;

namespace ReportSearch.Engine;

/// <summary>A side signal: a segment that also matches <see cref="Query"/> has its score multiplied by <see cref="Factor"/>.</summary>
internal sealed record ScoreFactor(LuceneQuery Query, float Factor);

/// <summary>
/// Occurrences of the scored phrase that do not count fully: a segment whose <see cref="Query"/> (the phrase in
/// another field holding a subset of the text, such as the organisation names) finds part of the main clause's
/// occurrences has that part weighted by <see cref="Weight"/>.
/// </summary>
internal sealed record ScoreDiscount(LuceneQuery Query, float Weight);

/// <summary>
/// <see cref="Main"/> decides what matches and gives the body evidence; the factors and the discount only scale it,
/// so a side signal is bounded by the evidence it scales and can never make a match (or lose one). Factor
/// queries are looked at only on the segments the main query matches, one forward step at a time.
/// </summary>
internal sealed class EvidenceQuery(LuceneQuery main, IReadOnlyList<ScoreFactor> factors, ScoreDiscount? discount = null) : LuceneQuery
{
    public LuceneQuery Main => main;
    public IReadOnlyList<ScoreFactor> Factors => factors;
    public ScoreDiscount? Discount => discount;

    public override LuceneQuery Rewrite(IndexReader reader)
    {
        var m = main.Rewrite(reader);
        var f = factors.Select(x => x with { Query = x.Query.Rewrite(reader) }).ToList();
        var d = discount is null ? null : discount with { Query = discount.Query.Rewrite(reader) };
        bool same = ReferenceEquals(m, main) && f.Zip(factors).All(p => ReferenceEquals(p.First.Query, p.Second.Query))
            && ReferenceEquals(d?.Query, discount?.Query);
        return same ? this : new EvidenceQuery(m, f, d) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => main.ExtractTerms(terms);

    public override Weight CreateWeight(IndexSearcher searcher) => new EvidenceWeight(this, searcher);

    public override string ToString(string field) =>
        $"evidence({main.ToString(field)}{string.Concat(factors.Select(f => $" ×{f.Factor}[{f.Query.ToString(field)}]"))}" +
        $"{(discount is null ? "" : $" discount {discount.Weight}[{discount.Query.ToString(field)}]")})";

    public override bool Equals(object? obj) =>
        obj is EvidenceQuery o && o.Boost == Boost && o.Main.Equals(main) && o.Factors.SequenceEqual(factors) && Equals(o.Discount, discount);

    public override int GetHashCode() => HashCode.Combine(main, factors.Count, discount, Boost);

    private sealed class EvidenceWeight : Weight
    {
        private readonly EvidenceQuery _query;
        private readonly Weight _main;
        // Factor and discount queries only say whether (and how often) they match: normalized on their own.
        private readonly Weight[] _factors;
        private readonly Weight? _discount;

        public EvidenceWeight(EvidenceQuery query, IndexSearcher searcher)
        {
            _query = query;
            _main = query.Main.CreateWeight(searcher);
            _factors = query.Factors.Select(f => searcher.CreateNormalizedWeight(f.Query)).ToArray();
            _discount = query.Discount is null ? null : searcher.CreateNormalizedWeight(query.Discount.Query);
        }

        public override LuceneQuery Query => _query;

        public override float GetValueForNormalization() => _main.GetValueForNormalization() * _query.Boost * _query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => _main.Normalize(norm, topLevelBoost * _query.Boost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var main = _main.GetScorer(context, acceptDocs);
            if (main is null) return null;
            var factors = new List<(Scorer, float)>();
            for (int i = 0; i < _factors.Length; i++)
                if (_factors[i].GetScorer(context, acceptDocs) is { } s) factors.Add((s, _query.Factors[i].Factor));
            var discount = _discount?.GetScorer(context, acceptDocs);
            return new EvidenceScorer(this, main, [.. factors], discount, _query.Discount?.Weight ?? 1f);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc) return new Explanation(0f, "no match");
            var e = new Explanation(scorer.GetScore(), "body evidence times bounded factors");
            e.AddDetail(_main.Explain(context, doc));
            return e;
        }
    }

    private sealed class EvidenceScorer(Weight weight, Scorer main, (Scorer Scorer, float Factor)[] factors, Scorer? discount, float discountWeight) : Scorer(weight)
    {
        public override int DocID => main.DocID;
        public override int Freq => main.Freq;
        public override int NextDoc() => main.NextDoc();
        public override int Advance(int target) => main.Advance(target);
        public override long GetCost() => main.GetCost();

        public override float GetScore()
        {
            int doc = main.DocID;
            float score = main.GetScore();
            foreach (var (scorer, factor) in factors)
                if (At(scorer, doc)) score *= factor;
            if (discount is not null && At(discount, doc))
            {
                // The share of the occurrences that stand inside the discounted text counts at its weight.
                float share = Math.Min(1f, discount.Freq / (float)Math.Max(1, main.Freq));
                score *= 1f - (1f - discountWeight) * share;
            }
            return score;
        }

        // Factor scorers only move forward, to the segment being scored.
        private static bool At(Scorer scorer, int doc)
        {
            if (scorer.DocID < doc) scorer.Advance(doc);
            return scorer.DocID == doc;
        }
    }
}
