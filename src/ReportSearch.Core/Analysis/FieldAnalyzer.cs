using Lucene.Net.Analysis;

namespace ReportSearch.Analysis;

/// <summary>
/// The analyzer the index writer uses: <see cref="ExactAnalyzer"/> for every field, except the ranking-only
/// word field, which <see cref="IcuWordAnalyzer"/> segments.
/// </summary>
public sealed class FieldAnalyzer(string wordField) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        fieldName == wordField ? IcuWordAnalyzer.Instance : ExactAnalyzer.Instance;
}
