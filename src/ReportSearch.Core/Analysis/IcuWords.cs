namespace ReportSearch.Analysis;

/// <summary>
/// ICU's dictionary word boundaries (locale zh) for short texts: whether a string is one dictionary word, and
/// whether a span of a text starts and ends on word boundaries. Used where a guess about words is enough
/// (ranking, telling a coined name from an idiom), never for matching.
/// </summary>
public static class IcuWords
{
    /// <summary>Word boundaries of <paramref name="text"/>, 0 and its length included.</summary>
    public static List<int> Boundaries(string text)
    {
        var result = new List<int>();
        IcuWordBreaker.ForThread.Boundaries(text, result);
        return result;
    }

    /// <summary>True when ICU reads the whole text as one dictionary word (一心一意, 组合拳).</summary>
    public static bool IsOneWord(string text) => text.Length >= 2 && Boundaries(text) is { Count: 2 };

    /// <summary>
    /// True when ICU splits the text into two or more words of two characters or more each (民族|团结, 项目|支出|预算): a
    /// phrase of ordinary words, no coined name.
    /// </summary>
    public static bool IsPhraseOfWords(string text) =>
        Boundaries(text) is { Count: >= 3 } b && b.Zip(b.Skip(1)).All(p => p.Second - p.First >= 2);

    /// <summary>True when [start, end) of <paramref name="text"/> begins and ends on word boundaries.</summary>
    public static bool IsWordAligned(string text, int start, int end)
    {
        var b = Boundaries(text);
        return b.BinarySearch(start) >= 0 && b.BinarySearch(end) >= 0;
    }
}
