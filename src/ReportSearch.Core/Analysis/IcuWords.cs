using Icu;

namespace ReportSearch.Analysis;

/// <summary>
/// ICU's dictionary word boundaries (locale zh) for short texts: whether a string is one dictionary word, and
/// whether a span of a text starts and ends on word boundaries. Used where a guess about words is enough
/// (ranking, telling a coined name from an idiom), never for matching.
/// </summary>
public static class IcuWords
{
    // A break iterator per thread: creating one loads ICU's dictionaries, which is far slower than reusing it.
    private static readonly ThreadLocal<BreakIterator> Iterators = new(() =>
    {
        IcuRuntime.EnsureLoaded();
        return BreakIterator.CreateWordInstance(new Locale("zh"));
    });

    /// <summary>The iterator of the calling thread, for callers that walk long texts themselves.</summary>
    internal static BreakIterator ThreadIterator => Iterators.Value!;

    /// <summary>Word boundaries of <paramref name="text"/>, 0 and its length included.</summary>
    public static List<int> Boundaries(string text)
    {
        var result = new List<int>();
        if (text.Length == 0) return result;
        var iterator = ThreadIterator;
        iterator.SetText(text);
        int at = iterator.MoveFirst();
        result.Add(at);
        for (int next = iterator.MoveNext(); next > at && next <= text.Length; at = next, next = iterator.MoveNext())
            result.Add(next);
        return result;
    }

    /// <summary>True when ICU reads the whole text as one dictionary word (一心一意, 组合拳).</summary>
    public static bool IsOneWord(string text) => text.Length >= 2 && Boundaries(text) is { Count: 2 };

    /// <summary>True when [start, end) of <paramref name="text"/> begins and ends on word boundaries.</summary>
    public static bool IsWordAligned(string text, int start, int end)
    {
        var b = Boundaries(text);
        return b.BinarySearch(start) >= 0 && b.BinarySearch(end) >= 0;
    }
}
