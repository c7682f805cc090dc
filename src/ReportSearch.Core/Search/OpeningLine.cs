namespace ReportSearch.Search;

/// <summary>
/// What stands for the title of a report that has none (the pages show 无标题 before it): the first non-empty line
/// of its stored text, trimmed, cut to <see cref="MaxLength"/> characters with an ellipsis so a card stays one line.
/// </summary>
public static class OpeningLine
{
    public const int MaxLength = 40;

    /// <summary>The opening line of <paramref name="text"/>; null when it has no visible text.</summary>
    public static string? Of(string? text)
    {
        if (text is null) return null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            // Cut between whole characters: a surrogate pair is never split.
            if (line.Length <= MaxLength) return line;
            int cut = char.IsHighSurrogate(line[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            return line[..cut] + "…";
        }
        return null;
    }
}
