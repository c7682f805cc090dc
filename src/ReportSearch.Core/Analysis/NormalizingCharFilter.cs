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
    private NormalizedText? _normalized;
    private int _position;

    // Lucene.Net's reusable string reader answers ReadToEnd() with null for an empty string (an untitled report's title).
    private NormalizedText Normalized => _normalized ??= TextNormalizer.Normalize(m_input.ReadToEnd() ?? "");

    public override int Read(char[] buffer, int index, int count)
    {
        var text = Normalized.Text;
        if (_position >= text.Length) return 0;
        int n = Math.Min(count, text.Length - _position);
        text.CopyTo(_position, buffer, index, n);
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
        return currentOff >= n.Length ? n.Original.Length : n.SourceStart(currentOff);
    }
}
