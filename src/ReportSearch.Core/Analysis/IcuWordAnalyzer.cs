using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ReportSearch.Analysis;

/// <summary>
/// Dictionary word segmentation by ICU, for the word field that related reports are found by (Engine/SimilarReports:
/// a report's telling words). Matching never uses this field, so a segmentation mistake can change which reports are
/// called similar, never whether a report is found. (Search ranking no longer reads it: a factor for the query as one
/// ICU word changed no tune query of the relevance set, Engine/Ranking.)
/// Only CJK words of two or more characters become tokens: they are what the bigram field cannot tell apart.
/// </summary>
public sealed class IcuWordAnalyzer : Analyzer
{
    public static IcuWordAnalyzer Instance { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new IcuWordTokenizer(reader));

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

    public override int GetPositionIncrementGap(string fieldName) => ExactAnalyzer.ValueGap;
}

/// <summary>ICU's word break iterator (locale zh) over the normalized text, keeping CJK words of ≥ 2 characters.</summary>
public sealed class IcuWordTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string _text = "";
    private readonly List<(int Start, int End)> _words = [];
    private readonly List<int> _boundaries = [];
    private int _next;

    public IcuWordTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _words.Clear();
        _next = 0;
        if (_text.Length == 0) return;
        _boundaries.Clear();
        IcuWordBreaker.ForThread.Boundaries(_text, _boundaries);
        for (int i = 1; i < _boundaries.Count; i++)
        {
            int start = _boundaries[i - 1], end = _boundaries[i];
            if (end - start >= 2 && IsAllCjk(start, end))
                _words.Add((start, end));
        }
    }

    private bool IsAllCjk(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLowSurrogate(_text[i])) continue;
            if (!CharClass.IsCjk(char.IsHighSurrogate(_text[i]) && i + 1 < end ? char.ConvertToUtf32(_text[i], _text[i + 1]) : _text[i])) return false;
        }
        return true;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _words.Count) return false;
        var (start, end) = _words[_next++];
        _term.SetEmpty().Append(_text, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        return true;
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }
}
