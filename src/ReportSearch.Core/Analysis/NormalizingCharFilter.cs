using Lucene.Net.Analysis;

namespace ReportSearch.Analysis;

/// <summary>
/// The first stage of every analyzer chain: folds width and case, turns traditional characters into simplified
/// ones, drops pinyin annotations and zero-width characters, and removes whitespace between Han characters —
/// all through <see cref="TextNormalizer"/>, the one normalization that highlighting and the test oracle use too.
/// It reads its whole input at once: normalization looks at neighbours (a pinyin annotation after a Han
/// character, whitespace between two words), and report texts are small enough to hold.
/// Offsets are corrected through <see cref="Correct"/>: a token's start maps to the first original character
/// it came from, and its end to the start of the next kept character (so dropped annotations and whitespace
/// after a token are counted to it, as Lucene's own char filters do).
/// </summary>
public sealed class NormalizingCharFilter(TextReader input) : CharFilter(input)
{
    private TextNormalizer.Reusable? _normalized;
    private int _position;

    // Read whole on first use, into buffers the thread reuses; given back when the tokenizer closes this reader.
    private TextNormalizer.Reusable Normalized
    {
        get
        {
            if (_normalized is null)
            {
                var n = TextNormalizer.Reusable.Rent();
                n.Fill(m_input);
                _normalized = n;
            }
            return _normalized;
        }
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var text = Normalized.Text;
        if (_position >= text.Length) return 0;
        int n = Math.Min(count, text.Length - _position);
        text.Slice(_position, n).CopyTo(buffer.AsSpan(index, n));
        _position += n;
        return n;
    }

    public override int Read()
    {
        var text = Normalized.Text;
        return _position < text.Length ? text[_position++] : -1;
    }

    public override int Peek()
    {
        var text = Normalized.Text;
        return _position < text.Length ? text[_position] : -1;
    }

    protected override int Correct(int currentOff)
    {
        var n = Normalized;
        return currentOff >= n.Length ? n.OriginalLength : n.SourceStart(currentOff);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _normalized is { } n)
        {
            _normalized = null;
            n.Return();
        }
        base.Dispose(disposing);
    }
}
