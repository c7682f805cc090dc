using System.Buffers;

namespace ReportSearch.Ingestion;

/// <summary>
/// A web page's lists of other pages' headlines, which ingestion keeps with the page's own text: a sidebar of bulleted
/// headlines (·保证招投标交易活动的“一路阳光”) or a list under a label such as 相关报道, 最新新闻, 相关文章. A site
/// repeats the same list on many of its pages, so a name quoted in one headline would be counted once per page, as if
/// every report used it. What such a list names belongs to the page it links to, not to this report, so the mechanism
/// extractor reads the text with these lines blanked (<see cref="Blanked"/>), and no line of it is the page's title
/// (<see cref="TitleFinder"/>).
/// </summary>
public static class HeadlineLists
{
    /// <summary>A headline is a short line: longer ones are the page's own paragraphs.</summary>
    public const int MaxHeadlineChars = 40;

    /// <summary>So many bulleted headlines in a row make a list; one or two bulleted lines may be a report's own points.</summary>
    public const int MinBulletedRun = 3;

    private const string Bullets = "·•●◆■▪";

    // Labels over a list of links to other pages, as sites write them (with or without a colon after them).
    private static readonly string[] Labels =
    [
        "相关报道", "相关新闻", "相关文章", "相关阅读", "相关链接", "相关信息", "推荐阅读", "延伸阅读", "新闻推荐", "最新新闻", "最新文章",
        "热点新闻", "热门新闻", "热门文章", "图片新闻", "猜你喜欢",
    ];

    // Every text the extractor reads is looked at: one pass for all the labels rather than one per label.
    private static readonly SearchValues<string> AnyLabel = SearchValues.Create(Labels, StringComparison.Ordinal);

    /// <summary>The text with every line of a headline list replaced by spaces (same length, so offsets still hold);
    /// the text itself when it has none.</summary>
    public static string Blanked(string text)
    {
        if (text.AsSpan().IndexOfAny(Bullets) < 0 && text.AsSpan().IndexOfAny(AnyLabel) < 0) return text;
        char[]? blanked = null;
        var lines = Lines(text);
        for (int i = 0; i < lines.Count; i++)
        {
            int end = ListEnd(text, lines, i);
            if (end == i) continue;
            blanked ??= text.ToCharArray();
            for (int k = i; k < end; k++)
                for (int c = lines[k].Start; c < lines[k].End; c++) blanked[c] = ' ';
            i = end - 1;
        }
        return blanked is null ? text : new string(blanked);
    }

    // The line after the list that starts at line i, or i when none does: a label and the headlines after it, or a run
    // of bulleted headlines.
    private static int ListEnd(string text, List<(int Start, int End)> lines, int i)
    {
        var first = Trimmed(text, lines[i]);
        if (IsLabel(first))
        {
            int k = i + 1;
            while (k < lines.Count && IsHeadline(Trimmed(text, lines[k]))) k++;
            return k;
        }
        int j = i;
        while (j < lines.Count && Trimmed(text, lines[j]) is var line && line.Length > 1 && Bullets.Contains(line[0]) && IsHeadline(line[1..])) j++;
        return j - i >= MinBulletedRun ? j : i;
    }

    /// <summary>
    /// The line without a list's label at its end, where a page flattened into one line runs on into its list of links
    /// (…省市场监管局法规处 2020年2月11日 相关文章：); the line itself when it ends otherwise.
    /// </summary>
    public static string WithoutTrailingLabel(string line)
    {
        var trimmed = line.AsSpan().TrimEnd("：: ");
        foreach (var label in Labels)
            if (trimmed.EndsWith(label, StringComparison.Ordinal)) return trimmed[..^label.Length].TrimEnd().ToString();
        return line;
    }

    /// <summary>Whether a line is the label over a list of other pages' headlines (相关新闻, 推荐阅读：).</summary>
    public static bool IsLabel(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd("：: ");
        foreach (var label in Labels)
            if (line.SequenceEqual(label)) return true;
        return false;
    }

    // A headline: short, and not a sentence of the page's own (a full stop or semicolon ends sentences, not titles).
    public static bool IsHeadline(ReadOnlySpan<char> line) =>
        line.Length is > 0 and <= MaxHeadlineChars && line.IndexOfAny("。；;") < 0;

    private static ReadOnlySpan<char> Trimmed(string text, (int Start, int End) line) =>
        text.AsSpan(line.Start, line.End - line.Start).Trim(" \t\u3000\r");

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        for (int start = 0; start <= text.Length;)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lines.Add((start, end));
            start = end + 1;
        }
        return lines;
    }
}
