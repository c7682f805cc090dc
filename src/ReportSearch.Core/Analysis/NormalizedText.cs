namespace ReportSearch.Analysis;

/// <summary>
/// Text after <see cref="TextNormalizer"/>, with every UTF-16 unit mapped back to the range of the original
/// text it came from, so that matches found in normalized text can be marked on the original characters.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _sourceStart;
    private readonly int[] _sourceEnd;

    internal NormalizedText(string original, string text, int[] sourceStart, int[] sourceEnd)
    {
        Original = original;
        Text = text;
        _sourceStart = sourceStart;
        _sourceEnd = sourceEnd;
    }

    public string Original { get; }
    public string Text { get; }
    public int Length => Text.Length;

    /// <summary>Where normalized unit <paramref name="index"/> starts in the original text.</summary>
    public int SourceStart(int index) => _sourceStart[index];

    /// <summary>Where normalized unit <paramref name="index"/> ends (exclusive) in the original text.</summary>
    public int SourceEnd(int index) => _sourceEnd[index];

    /// <summary>Maps the normalized range [start, end) to the original range that produced it.</summary>
    public (int Start, int End) ToSource(int start, int end) =>
        end <= start ? (_sourceStart[start], _sourceStart[start]) : (_sourceStart[start], _sourceEnd[end - 1]);
}
