using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ReportSearch.Engine;

/// <summary>
/// Given terms as the tokens of one field value: a report's hundreds of vocabulary terms go into the index as one field
/// instead of one field object each, whose per-field cost in Lucene's indexing chain would add a sizeable share to
/// indexing. Each term is indexed as it is (no analysis), documents only.
/// </summary>
internal sealed class TermsTokenStream : TokenStream
{
    /// <summary>Indexed, documents only, no norms: terms looked up and counted, never scored.</summary>
    public static readonly FieldType Type = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    };

    static TermsTokenStream() => Type.Freeze();

    private readonly IEnumerable<string> _terms;
    private readonly ICharTermAttribute _term;
    private IEnumerator<string>? _next;

    public TermsTokenStream(IEnumerable<string> terms)
    {
        _terms = terms;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next is null || !_next.MoveNext()) return false;
        _term.SetEmpty().Append(_next.Current);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next?.Dispose();
        _next = _terms.GetEnumerator();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _next?.Dispose();
        base.Dispose(disposing);
    }
}
