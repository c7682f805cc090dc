using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ReportSearch.Analysis;

/// <summary>
/// Turns normalized text into the tokens the index stores. The scheme makes phrase search exact for a query
/// of any length, whatever a word segmenter would have done with the context:
/// <list type="bullet">
/// <item>a run of CJK characters c1…cn gives one token per character: the bigram c(i)c(i+1), and for the last
/// character the unigram c(n) (type <see cref="TokenTypes.RunEnd"/>). A query c1…cm (m ≥ 2) is the phrase of
/// its m−1 bigrams; a single character is a prefix, matching the bigrams it starts and the closing unigram;</item>
/// <item>letters and digits of other scripts form whole words;</item>
/// <item>every punctuation or symbol character is a token of its own, at its own position, so a phrase never
/// runs across a punctuation mark (六个，一 is not 六个一) while a query that contains one (个，一) matches exactly
/// that mark and no other: a bare position gap would also let 个。一 match it.</item>
/// </list>
/// Attributes are set directly, never through captured state (which is slow in Lucene.Net). Whitespace is
/// not a token: normalization keeps it only between two words, where it ends the first one.
/// </summary>
public sealed class BigramTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _position;

    private char[] _text = new char[256];
    private int _length;
    private int _next;

    public BigramTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        ReadAll();
        _next = 0;
    }

    private void ReadAll()
    {
        _length = 0;
        while (true)
        {
            if (_length == _text.Length) Array.Resize(ref _text, _text.Length * 2);
            int n = m_input.Read(_text, _length, _text.Length - _length);
            if (n <= 0) break;
            _length += n;
        }
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next < _length)
        {
            int i = _next;
            var kind = KindAt(i, out int width);
            switch (kind)
            {
                case CharKind.Space:
                    _next = i + width;
                    continue;
                case CharKind.Word:
                {
                    int end = i + width;
                    while (end < _length && KindAt(end, out int w) == CharKind.Word) end += w;
                    Emit(i, end, TokenTypes.Word);
                    _next = end;
                    return true;
                }
                case CharKind.Cjk:
                {
                    int next = i + width;
                    if (next < _length && KindAt(next, out int nextWidth) == CharKind.Cjk)
                        Emit(i, next + nextWidth, TokenTypes.Bigram);
                    else
                        Emit(i, next, TokenTypes.RunEnd);
                    _next = next;
                    return true;
                }
                default:
                    Emit(i, i + width, TokenTypes.Punctuation);
                    _next = i + width;
                    return true;
            }
        }
        return false;
    }

    private void Emit(int start, int end, string type)
    {
        _term.CopyBuffer(_text, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _type.Type = type;
        _position.PositionIncrement = 1;
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    // The kind of the code point at _text[i] and its UTF-16 width; normalized text holds no lone surrogates.
    private CharKind KindAt(int i, out int width)
    {
        char c = _text[i];
        if (!char.IsHighSurrogate(c) || i + 1 >= _length)
        {
            width = 1;
            return CharClass.Of(c);
        }
        width = 2;
        return CharClass.Of(new Rune(c, _text[i + 1]));
    }
}
