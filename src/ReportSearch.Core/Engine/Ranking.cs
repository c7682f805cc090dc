using Lucene.Net.Search.Similarities;

namespace ReportSearch.Engine;

/// <summary>
/// The ranking's settings, each written once. A segment's score is its body evidence (BM25 over the phrases it
/// matches) multiplied by bounded factors, so no side signal can outweigh what the text says:
/// <list type="bullet">
/// <item>BM25 with k1 <see cref="K1"/> (more occurrences count, with diminishing returns) and b <see cref="B"/> instead of
/// 0.75, so that length normalization does not hand a very short segment an undue bonus over a long one that keeps
/// coming back to the term. BM25's idf is always positive, so every match scores above zero however common its term;</item>
/// <item>the phrase in a title of strong provenance: × <see cref="TitleFactor"/>; in a heading: × <see cref="HeadingFactor"/>;
/// a term's SmartCn words in a strong title: up to × <see cref="TitleWordFactor"/>;</item>
/// <item>the occurrences inside an issuing body's or department's name count <see cref="OrgNameWeight"/> of a topic occurrence;</item>
/// <item>for several terms, each pair of terms that stands within <see cref="ProximityWindowChars"/> characters
/// somewhere adds its share of × <see cref="ProximityFactor"/> (every pair near: the whole factor).</item>
/// </list>
/// Each factor earns its place on the relevance set's tune split (31 scored queries, nDCG@10 of the whole ranking
/// 0.867; switched off one at a time, then its weight chosen by leave-one-query-out inside tune, bench/relevance/README.md):
/// b 0.75 instead of 0.25 0.836, title 0.850, proximity 0.854, heading 0.860, title words 0.861. The ICU whole-word
/// factor (×1.2 when the term is one ICU word of the segment's opening) changed no query's nDCG@10 and was removed; so
/// was a blend of BM25 over the term's SmartCn words (+0.005 on tune, all from one query; −0.004 leave-one-out).
/// The department-name discount changes no tune query either and stays: issue 21 asks for it, and it only ever lowers
/// the weight of occurrences inside a name.
/// </summary>
internal static class Ranking
{
    public const float K1 = 1.2f;
    /// <summary>Tuned on the relevance set's tune split (nDCG@10 / P@5): b 0.4 0.857 / 0.748, 0.3 0.858 / 0.761, 0.25
    /// 0.861 / 0.761, 0.2 0.857 / 0.761, 0.1 0.857 / 0.768, 0 0.825 / 0.748, 0.6 0.841 / 0.742; k1 0.8 and 1.8 at b 0.25
    /// within 0.001 of 1.2. The short notices that mention a term once were outranking long reports that treat it.</summary>
    public const float B = 0.25f;

    /// <summary>Bounded so that a title of one occurrence beats a passing mention, not a report about the term
    /// (tuned on the relevance set's tune split: 1.25 ≥ 1.5 ≥ 2 = 3 = 4 in nDCG@10, within 0.004 of each other).</summary>
    public const float TitleFactor = 1.25f;
    /// <summary>Small: a heading is one line, and the same text whose headings were run inline must score nearly the same.</summary>
    public const float HeadingFactor = 1.2f;
    /// <summary>A term's SmartCn words in a title of strong provenance, the whole term not (<see cref="TitleWordEvidence"/>).
    /// Tuned on the relevance set's tune split: without 0.861 / 0.761 nDCG@10 / P@5, with 1.5 0.866 / 0.755
    /// (人才引进, 未成年人保护 up; 公共数据 lets in one 公共信用 title); all words required instead: 0.861 at 1.5 and 2.</summary>
    public const float TitleWordFactor = 1.5f;
    /// <summary>Words in more than this share of titles (条例, 环境) take no part: 0.01 and 0.02 measure the same.</summary>
    public const float TitleWordMaxShare = 0.02f;
    /// <summary>An occurrence inside 人力资源社会保障部门 is a fifth of one in running text about 社会保障.</summary>
    public const float OrgNameWeight = 0.2f;

    /// <summary>Terms within this many characters of each other stand together (positions are characters: one token per
    /// CJK character). Tuned on the relevance set's tune split: 30 ≥ 20 = 40 ≥ 15 ≥ 10 ≥ 60 = 120 in nDCG@10.</summary>
    public const int ProximityWindowChars = 30;
    public const float ProximityFactor = 1.5f;

    public static readonly Similarity Similarity = new BM25Similarity(K1, B);
}
