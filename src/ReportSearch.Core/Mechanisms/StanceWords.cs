namespace ReportSearch.Mechanisms;

/// <summary>
/// Words that take a stance against what follows them in the same clause: 坚决反对“两个中国”、“一中一台”, 不搞“一刀切”,
/// 严禁“吃拿卡要”. A name written only after one of them is what the report rejects, not a mechanism it runs. Words that
/// set to work on a problem (整治, 纠正, 治理) are not stances: “四风” is named by the campaign against it.
/// </summary>
public static class StanceWords
{
    /// <summary>How far back the clause is read: a stance word stands close to its object.</summary>
    public const int MaxCharsBefore = 16;

    private static readonly string[] Words =
    [
        "反对", "不搞", "不允许", "不准", "不容", "抵制", "杜绝", "防止", "严防", "严禁", "禁止", "不得", "不要", "不能",
        "避免", "严打", "打击", "摒弃", "拒绝", "决不", "绝不", "警惕",
    ];

    /// <summary>True when a stance word stands in the clause before <paramref name="start"/> (a name or its opening
    /// quote), read back to the previous stop or comma, or after the name when 对 opens it (对“三股势力”依法严打).</summary>
    /// <param name="end">Where the name ends (after its closing quote).</param>
    public static bool Around(string text, int start, int end) => Before(text, start) || start > 0 && text[start - 1] == '对' && After(text, end);

    private static bool After(string text, int end)
    {
        int to = end;
        while (to < text.Length && to - end < MaxCharsBefore && text[to] is not ('。' or '；' or ';' or '！' or '？' or '，' or ',' or '\n')) to++;
        return ContainsWord(text.AsSpan(end, to - end));
    }

    private static bool ContainsWord(ReadOnlySpan<char> clause)
    {
        foreach (var w in Words)
            if (clause.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    // Quoted names before this one (反对“两个中国”、“一中一台”、“台湾独立”) are part of the stance's object: they do
    // not count towards the distance.
    private static bool Before(string text, int start)
    {
        int from = start, read = 0;
        while (from > 0 && read < MaxCharsBefore && text[from - 1] is not ('。' or '；' or ';' or '！' or '？' or '，' or ',' or '：' or ':' or '\n'))
        {
            from--;
            if (text[from] is '”' or '」' or '』')
            {
                int open = text.LastIndexOfAny(['“', '「', '『'], from);
                if (open >= 0 && from - open <= MechanismNames.MaxChars + 1) { from = open; continue; }
            }
            if (text[from] != '、') read++;
        }
        return ContainsWord(text.AsSpan(from, start - from));
    }
}
