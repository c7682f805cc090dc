using ReportSearch.Analysis;

namespace ReportSearch.Mechanisms;

/// <summary>
/// Finds the passage that says what a named mechanism consists of, right after the name (and its kind suffix):
/// <list type="bullet">
/// <item>a parenthesis that starts with 即/包括/指 or lists parts: “六个一”工作机制（即建立一套会商机制、制定一张申报导则…）;</item>
/// <item>a clause that starts with 即, 也就是, 是指, 包括, 具体为…: 推行“三清单”制度，即权力清单、责任清单和负面清单;</item>
/// <item>a colon followed by a list: 实行“四个一”：一个窗口受理、一套标准审批…;</item>
/// <item>an enumeration right after the name's clause (建立“三联”机制。一是…；二是…), shortened to the items' opening
/// clauses; headings (一、 （一）) are not items, they start the next part of the report;</item>
/// <item>the next sentence, when it refers back to the name (。该机制包括…);</item>
/// <item>a glossary entry (［22］三资：⏎农村集体所有的资金、资产、资源。), see <see cref="GlossaryEntry"/>.</item>
/// </list>
/// A passage of parallel parts (即深化…，提升…；深化…，提升…) runs across its semicolons; a list of tasks (一要…二要…)
/// says what is to be done, not what the name is, and is no definition.
/// Works on the original text (the definition is shown as written); fullwidth and ASCII punctuation alike.
/// </summary>
public static class DefinitionFinder
{
    public const int MaxChars = 300;

    private static readonly string[] Openers =
        ["即", "也就是", "就是", "是指", "指的是", "主要包括", "具体包括", "包括", "具体为", "具体是", "内容为", "主要内容为", "主要内容是", "涵盖"];


    /// <summary>
    /// A quoted term that a law or regulation defines (本条例所称“股票”，是指…): a defined term, not a named mechanism,
    /// so its definition is no evidence. True when such a lead-in stands just before the quote at <paramref name="start"/>.
    /// </summary>
    public static bool IsLegalTerm(string text, int start)
    {
        int from = Math.Max(0, start - 12);
        var before = text.AsSpan(from, start - from);
        return before.Contains("所称", StringComparison.Ordinal) || before.Contains("本条例", StringComparison.Ordinal)
            || before.Contains("本办法", StringComparison.Ordinal) || before.Contains("本规定", StringComparison.Ordinal)
            || before.Contains("本法", StringComparison.Ordinal);
    }

    /// <summary>The definition that follows the name ending at <paramref name="end"/>, or null.</summary>
    /// <param name="mayEnumerate">The name has a kind word or numbered parts. Only then is a list that follows it read
    /// as its parts: after a bare quoted word (做强经济“增量”。一是…) the list goes on with the paragraph.</param>
    /// <param name="parts">How many parts the name counts (两癌 2, “三农” 3), when it opens with its count.</param>
    public static string? After(string text, int end, bool mayEnumerate = true, int? parts = null)
    {
        int i = SkipSpaces(text, end);
        if (i >= text.Length) return null;
        char c = text[i];

        if (c is '（' or '(')
        {
            int close = IndexOfAny(text, i + 1, MaxChars, '）', ')');
            if (close < 0) return null;
            var inner = text[(i + 1)..close].Trim();
            if (inner.StartsWith("以下简称", StringComparison.Ordinal) || inner.StartsWith("简称", StringComparison.Ordinal)) return null;
            // A list of parts (科技金融、绿色金融、…), not a remark that happens to hold commas (2024年12月22日，…).
            bool list = inner.Count(ch => ch == '、') >= 2 && !char.IsAsciiDigit(inner[0]);
            return StartsWithOpener(inner) || list || parts is { } n && CountsAs(inner, n) ? inner : null;
        }
        if (c is '，' or ',')
        {
            int j = SkipSpaces(text, i + 1);
            if (StartsWithOpener(text.AsSpan(j))) return Clause(text, j);
        }
        else if (StartsWithOpener(text.AsSpan(i)))
        {
            return Clause(text, i);
        }
        if (c is '：' or ':')
        {
            var clause = Clause(text, SkipSpaces(text, i + 1));
            // A list of parts (：一个窗口受理、一套标准审批…), or a sentence that says what the name means (：是指…); not
            // a gloss of another name (“五大发展理念”:“四个全面”,即…).
            if (clause is not null && !GlossOfAnotherName(clause) && (IsListOfParts(clause) || StartsWithMeaning(clause))) return clause;
        }
        return (mayEnumerate ? Enumeration(text, i) : null) ?? NextSentence(text, i);
    }

    private static readonly string[] Referrers = ["该", "这一", "这项", "此项", "此"];

    /// <summary>
    /// The sentence after the name's, when it refers back to it and says what it is: 建立“三联”机制。该机制包括联系群众、
    /// 联系企业、联系社会组织。 The name's own clause must be short (as for a list, <see cref="MaxClauseBeforeList"/>).
    /// </summary>
    private static string? NextSentence(string text, int from)
    {
        int window = Math.Min(text.Length, from + MaxClauseBeforeList + 1);
        int stop = -1;
        for (int j = from; j < window; j++)
            if (text[j] is '。' or '；' or ';') { stop = j; break; }
        if (stop < 0) return null;
        int k = SkipSpaces(text, stop + 1);
        var rest = text.AsSpan(k);
        foreach (var r in Referrers)
        {
            if (!rest.StartsWith(r, StringComparison.Ordinal)) continue;
            int after = k + r.Length;
            // 该机制 / 该制度 / 此项工作: a kind word, then what it is.
            if (MechanismNames.KindSuffixAt(TextNormalizer.NormalizeToString(text.Substring(after, Math.Min(4, text.Length - after)))) is not { } kind) return null;
            int at = SkipSpaces(text, after + kind.Length);
            if (at < text.Length && text[at] is '：' or ':' or '，' or ',') at = SkipSpaces(text, at + 1);
            return StartsWithOpener(text.AsSpan(at)) ? Clause(text, at) : null;
        }
        return null;
    }

    /// <summary>
    /// A bracket that lists as many short parts as the name counts, set apart by 、 or else 和 与 及 (“两癌”（宫颈癌和乳腺癌）,
    /// “双碳”（碳达峰、碳中和）): the name's parts, though there are too few for a list by separators alone.
    /// </summary>
    private static bool CountsAs(string inner, int parts)
    {
        // 、 where the bracket has it (碳中和 holds 和), else the conjunction.
        var items = inner.Contains('、') ? inner.Split('、', StringSplitOptions.TrimEntries) : inner.Split(['和', '与', '及'], StringSplitOptions.TrimEntries);
        return items.Length == parts && items.All(item => item.Length is >= 2 and <= MaxCountedPart && item.All(MechanismNames.IsHan));
    }

    private const int MaxCountedPart = 12;

    // After a colon, 指 alone opens a meaning too (“双一流”：指世界一流大学和一流学科).
    private static bool StartsWithMeaning(string clause) =>
        clause.Length > 3 && (clause[0] == '指' || StartsWithOpener(clause.AsSpan()));

    /// <summary>At most this many characters may stand on the line before a glossary entry's name (a qualifier:
    /// 金融“五篇大文章”, 重大慢性病防治“四早”工程), besides its number.</summary>
    private const int MaxEntryLead = 10;

    /// <summary>
    /// A glossary entry, as work reports end with (名词解释, 注释): the name heads its line, perhaps after a number
    /// (13. ［22］ （三）) and a short qualifier and before a short noun (“三公”经费), then a colon and what the name
    /// means, on the same line or the next:
    /// <c>［22］三资：⏎农村集体所有的资金、资产、资源。</c> The entry's first sentence is the definition.
    /// </summary>
    /// <param name="start">Where the name starts (its opening quote, if any).</param>
    /// <param name="end">Where the name ends (after its closing quote and kind word, if any).</param>
    public static string? GlossaryEntry(string text, int start, int end)
    {
        // The entry starts a line, or (where a glossary's lines were joined into one paragraph) follows the end of the
        // entry before it: then its number must be there (。 15.“2152”龙头引育工程：…).
        int lineStart = start;
        while (lineStart > 0 && start - lineStart <= MaxEntryLead + 8 && text[lineStart - 1] is not ('\n' or '。' or '；' or ';')) lineStart--;
        bool afterSentence = lineStart > 0 && text[lineStart - 1] != '\n';
        if (lineStart > 0 && text[lineStart - 1] is not ('\n' or '。' or '；' or ';')) return null;
        int lead = SkipEntryNumber(text, lineStart, start);
        if (afterSentence && lead == SkipSpaces(text, lineStart)) return null;
        if (start - lead > MaxEntryLead) return null;
        for (int j = lead; j < start; j++)
            if (text[j] is '，' or ',' or '。' or '；' or ';' or '：' or ':' or '、') return null; // a sentence, not a head
        int i = SkipSpaces(text, end);
        // The name may head its entry with the noun it qualifies (“三公”经费：, “两山”理论：): a short word, no stop.
        int tail = i;
        while (tail < text.Length && tail - i < MaxEntryTail && MechanismNames.IsHan(text[tail])) tail++;
        if (tail < text.Length && text[tail] is '：' or ':') i = tail;
        if (i >= text.Length || text[i] is not ('：' or ':')) return null;
        i = SkipSpaces(text, i + 1);
        if (i < text.Length && text[i] == '\n') i = SkipSpaces(text, i + 1);
        var clause = Clause(text, i);
        return clause is null || GlossOfAnotherName(clause, text[start..end]) ? null : clause;
    }

    /// <summary>At most this many characters between a glossary entry's name and its colon (“三公”经费：).</summary>
    private const int MaxEntryTail = 4;

    /// <summary>
    /// A passage that opens with another quoted name and that name's own gloss (“五大发展理念”:“四个全面”,即…): it says
    /// what the other name is. A quoted passage that is the meaning itself (“一带一路”：“丝绸之路经济带”和“21世纪海上丝
    /// 绸之路”, or a whole explanation in quotes) is not, nor one that glosses the parts of the entry's own name in turn
    /// (“一区三边”：“一区”即城市建成区；“三边”即…).
    /// </summary>
    /// <param name="ownName">The entry's name as written (its quotes included), when known.</param>
    private static bool GlossOfAnotherName(string clause, string? ownName = null)
    {
        if (clause.Length == 0 || !IsOpeningQuote(clause[0])) return false;
        int close = clause.IndexOfAny(['”', '」', '』', '’'], 1);
        if (close < 0 || close > MechanismNames.MaxChars + 1) return false;
        if (ownName is not null && close > 1 && ownName.Contains(clause[1..close], StringComparison.Ordinal)) return false;
        int k = close + 1;
        while (k < clause.Length && clause[k] is ' ' or '\u3000') k++;
        if (k < clause.Length && clause[k] is '，' or ',' or '：' or ':') k++;
        while (k < clause.Length && clause[k] is ' ' or '\u3000') k++;
        return k < clause.Length && (clause[k] == '指' || StartsWithOpener(clause.AsSpan(k)));
    }

    /// <summary>
    /// A list of parts (一个窗口受理、一套标准审批、一次办结): items set apart by 、 or ；, or by commas when every item is
    /// as short as a part's name. Commas between long clauses make a sentence that explains or tells a story
    /// (由于村庄规划严重滞后等原因，农村居民点用地不能合理利用), not a list of what the name consists of.
    /// </summary>
    private static bool IsListOfParts(string clause)
    {
        if (clause.Count(ch => ch is '、' or '；' or ';') >= 2) return true;
        var items = clause.Split(['，', ',', '、', '；', ';']);
        return items.Length >= 3 && items.All(item => item.Trim().Length <= MaxCommaItemChars);
    }

    /// <summary>The longest item of a list set apart by commas (一个窗口受理，一套标准审批，一次办结).</summary>
    private const int MaxCommaItemChars = 10;

    // 13. / 13、/ ［22］ / [22] / （三） / (3) at the start of a line: where the entry's head begins.
    internal static int SkipEntryNumber(string text, int at, int limit)
    {
        int i = SkipSpaces(text, at);
        if (i < limit && text[i] is '［' or '[' or '（' or '(' or '【')
        {
            int close = text.IndexOfAny(['］', ']', '）', ')', '】'], i + 1, Math.Min(6, limit - i - 1) is var n && n > 0 ? n : 0);
            return close > i ? SkipSpaces(text, close + 1) : i;
        }
        int j = i;
        while (j < limit && (char.IsAsciiDigit(text[j]) || StructuredNames.IsNumeral(text[j]))) j++;
        if (j > i && j < limit && text[j] is '.' or '．' or '、') return SkipSpaces(text, j + 1);
        return i;
    }

    private static bool StartsWithOpener(ReadOnlySpan<char> s)
    {
        foreach (var o in Openers)
            if (s.StartsWith(o, StringComparison.Ordinal)) return s.Length > o.Length + 1 && (o.Length > 1 || StandsAlone(s));
        return false;
    }

    // 即 says "that is" only as a word of its own (即稳就业、稳金融), not as the first character of one (即时结算, 即将,
    // 即可): ICU's dictionary tells them apart.
    private static bool StandsAlone(ReadOnlySpan<char> s) =>
        IcuWords.Boundaries(s[..Math.Min(s.Length, 8)].ToString()).Contains(1);

    // The rest of the sentence: up to 。；！？ or a line end, at most MaxChars. A semicolon followed by a part that opens
    // as the first did (深化…，全面提升…；深化…，全面提升…) does not end it: the name's parts are listed in parallel.
    private static string? Clause(string text, int start)
    {
        int limit = Math.Min(text.Length, start + MaxChars);
        int j = start;
        while (true)
        {
            while (j < limit && text[j] is not ('。' or '；' or ';' or '！' or '？' or '\n' or '\f')) j++;
            if (j >= limit || text[j] is not ('；' or ';') || !OpensInParallel(text, start, j + 1)) break;
            j++;
        }
        var clause = text[start..j].Trim();
        // A clause that opens with a date tells the name's history (2024年12月22日，国务院办公厅印发…), not its parts.
        return clause.Length >= 4 && !char.IsAsciiDigit(clause[0]) ? clause : null;
    }

    // 一是…二是… right after the name's clause (“三联”机制。一是… / “六个一”工作法：一是…): the items' opening clauses,
    // which name the parts (一是强排查；二是强动员；…), since the items themselves are often whole paragraphs.
    private static string? Enumeration(string text, int from)
    {
        int first = -1;
        int window = Math.Min(text.Length, from + MaxClauseBeforeList + 1);
        for (int j = from; j < window; j++)
        {
            char c = text[j];
            if (c is '。' or '：' or ':' or '，' or ',' or '；' or ';' or '\n')
            {
                int k = SkipSpaces(text, j + 1);
                while (k < text.Length && text[k] == '\n') k = SkipSpaces(text, k + 1);
                if (StartsWithAny(text, k, FirstItems)) first = k;
                if (c is '。' or '；' or ';' or '\n' || first >= 0) break;
            }
            else if (IsOpeningQuote(c)) break; // another name comes first: the list is its own
        }
        if (first < 0) return null;
        var heads = new List<string>();
        int at = first;
        for (int n = 0; n < ItemMarks.Length && at >= 0; n++)
        {
            var mark = ItemMarks[n].First(m => string.CompareOrdinal(text, at, m, 0, m.Length) == 0);
            heads.Add(Head(text, at, mark.Length));
            at = n + 1 < ItemMarks.Length ? NextItem(text, at, ItemMarks[n + 1]) : -1;
        }
        return heads.Count >= 2 ? string.Join("；", heads) : null;
    }

    /// <summary>At most this many characters between the name and the start of its list: a stop or a short lead-in
    /// (，具体做法是：), not a clause of its own (,推动中心城区首位度跃升。一是…, where the list is the paragraph's).</summary>
    private const int MaxClauseBeforeList = 8;
    private const int MaxHeadChars = 40;
    private const int MaxItemChars = 600;

    // Not 一要…二要…: a list of what must be done (全面加强X要采取以下措施：一要…), not of what the name is.
    private static readonly string[][] ItemMarks =
    [
        ["一是", "其一", "第一，", "第一,"],
        ["二是", "其二", "第二，", "第二,"],
        ["三是", "其三", "第三，", "第三,"],
        ["四是", "其四", "第四，", "第四,"],
        ["五是", "其五", "第五，", "第五,"],
        ["六是", "其六", "第六，", "第六,"],
        ["七是", "其七", "第七，", "第七,"],
        ["八是", "其八", "第八，", "第八,"],
        ["九是", "其九", "第九，", "第九,"],
    ];

    private static string[] FirstItems => ItemMarks[0];

    /// <summary>How many characters two parts must open with alike to be read as parallel.</summary>
    private const int ParallelOpening = 2;

    // Whether the part at `next` opens with the same words as the clause at `start` (after its 即 or 是指).
    private static bool OpensInParallel(string text, int start, int next)
    {
        foreach (var o in Openers)
            if (string.CompareOrdinal(text, start, o, 0, o.Length) == 0) { start += o.Length; break; }
        next = SkipSpaces(text, next);
        // The parts of a name glossed in turn (“一区”即城市建成区；“三边”即…): each opens with its quoted part.
        if (start < text.Length && next < text.Length && IsOpeningQuote(text[start]) && IsOpeningQuote(text[next])) return true;
        return next + ParallelOpening <= text.Length && start + ParallelOpening <= text.Length
            && MechanismNames.IsHan(text[start]) && string.CompareOrdinal(text, start, text, next, ParallelOpening) == 0;
    }

    // The next item must start a clause within the item-length limit: 二是 after 。；，or a line break.
    private static int NextItem(string text, int from, string[] marks)
    {
        int limit = Math.Min(text.Length, from + MaxItemChars);
        for (int j = from + 2; j < limit; j++)
        {
            if (text[j - 1] is not ('。' or '；' or ';' or '，' or ',' or '\n' or ' ' or '\u3000')) continue;
            if (StartsWithAny(text, j, marks)) return j;
        }
        return -1;
    }

    // An item's opening clause: its mark and the words up to the first comma or stop.
    private static string Head(string text, int at, int markLength)
    {
        int limit = Math.Min(text.Length, at + markLength + MaxHeadChars);
        int j = at + markLength;
        while (j < limit && text[j] is not ('，' or ',' or '。' or '；' or ';' or '：' or ':' or '\n')) j++;
        return text[at..j].Trim();
    }

    private static bool StartsWithAny(string text, int at, string[] marks)
    {
        foreach (var m in marks)
            if (at + m.Length <= text.Length && string.CompareOrdinal(text, at, m, 0, m.Length) == 0) return true;
        return false;
    }

    private static bool IsOpeningQuote(char c) => c is '“' or '「' or '『' or '‘';

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000' or '\t') i++;
        return i;
    }

    private static int IndexOfAny(string text, int start, int max, char a, char b)
    {
        int limit = Math.Min(text.Length, start + max);
        for (int j = start; j < limit; j++)
        {
            if (text[j] == a || text[j] == b) return j;
            if (text[j] is '\n' or '\f') return -1;
        }
        return -1;
    }
}
