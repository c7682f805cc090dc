namespace ReportSearch.Highlighting;

/// <summary>A half-open range [Start, End) of UTF-16 offsets.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>Sorts and merges overlapping or touching spans, so adjacent matches become one mark.</summary>
    public static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var s in spans.Where(s => s.End > s.Start).OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else
                merged.Add(s);
        }
        return merged;
    }
}
