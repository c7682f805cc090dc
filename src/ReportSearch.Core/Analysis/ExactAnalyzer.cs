using Lucene.Net.Analysis;

namespace ReportSearch.Analysis;

/// <summary>
/// The analyzer of every matching field, for documents and query terms alike: <see cref="NormalizingCharFilter"/>
/// then <see cref="BigramTokenizer"/>. The values of a multi-valued field (a segment's title, category and body in
/// one field) are kept apart by a wide position gap, so no phrase runs from one into the next.
/// </summary>
public sealed class ExactAnalyzer : Analyzer
{
    /// <summary>Wider than any query can be (200 characters), so a phrase can never bridge two values.</summary>
    public const int ValueGap = 1000;

    public static ExactAnalyzer Instance { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new BigramTokenizer(reader));

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;
}
