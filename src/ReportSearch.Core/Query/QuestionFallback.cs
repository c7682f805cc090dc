using ReportSearch.Analysis;

namespace ReportSearch.Query;

/// <summary>
/// The second reading of a query that found nothing exactly: a question typed as a sentence (哪些街道推行了网格化管理)
/// is segmented by SmartCn, its question and function words are dropped, and every remaining word must occur, each
/// as an exact term. Only an unquoted query of one term, <see cref="MinChars"/> characters or more and without
/// spaces, is read so; quoted text is always exact. The words become terms of a new <see cref="ParsedQuery"/>
/// (the filters kept), never a query string.
/// </summary>
public static class QuestionFallback
{
    public const int MinChars = 5;

    /// <summary>
    /// The one list of words a question is made of besides its subject: question words, particles, auxiliaries and
    /// the commonest prepositions and conjunctions (simplified script, as normalized text is).
    /// </summary>
    public static readonly IReadOnlySet<string> FunctionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "哪些", "哪个", "哪里", "哪儿", "哪家", "哪", "什么", "啥", "如何", "怎么", "怎样", "怎么样", "为什么", "为何", "是否", "是不是",
        "有没有", "有无", "多少", "几", "谁", "请问", "一下",
        "吗", "呢", "吧", "啊", "呀", "了", "的", "地", "得", "着", "过",
        "是", "有", "在", "和", "与", "及", "或", "都", "也", "就", "又", "还", "把", "被", "对", "关于",
    };

    /// <summary>
    /// The all-words reading of <paramref name="exact"/> (parsed from <paramref name="query"/>), or null when the
    /// query is not one to read so, or reading it leaves nothing new to search for.
    /// </summary>
    public static ParsedQuery? AllWords(string? query, ParsedQuery exact)
    {
        if (query is null || query.Trim().Any(char.IsWhiteSpace)) return null;
        if (exact.Groups.Count != 1 || exact.Groups[0].Count != 1 || exact.Excluded.Count > 0) return null;
        var term = exact.Groups[0][0];
        if (term.Quoted || term.Field != TermField.Any || term.Normalized.EnumerateRunes().Count() < MinChars) return null;

        var words = Words(term.Normalized);
        if (words.Count == 0 || words.Count == 1 && words[0] == term.Normalized) return null;
        var groups = words.Distinct(StringComparer.Ordinal).Take(QueryParser.MaxTerms)
            .Select(w => (IReadOnlyList<QueryTerm>)[new QueryTerm(w, w, TermField.Any)]).ToList();
        return exact with { Groups = groups };
    }

    /// <summary>
    /// The words kept from normalized text: SmartCn's words less <see cref="FunctionWords"/>; a kept word of one
    /// character joins the kept word it touches (网格 化 → 网格化), since alone it would match almost anything.
    /// </summary>
    public static List<string> Words(string normalized)
    {
        var kept = new List<(int Start, int End)>();
        foreach (var (word, start) in SmartCnWords.Segment(normalized))
        {
            if (FunctionWords.Contains(word)) continue;
            int end = start + word.Length;
            bool single = word.EnumerateRunes().Count() == 1;
            if (kept.Count > 0 && kept[^1].End == start && (single || IsSingle(normalized, kept[^1])))
                kept[^1] = (kept[^1].Start, end);
            else
                kept.Add((start, end));
        }
        return kept.Select(k => normalized[k.Start..k.End]).ToList();
    }

    private static bool IsSingle(string text, (int Start, int End) span) => text[span.Start..span.End].EnumerateRunes().Count() == 1;
}
