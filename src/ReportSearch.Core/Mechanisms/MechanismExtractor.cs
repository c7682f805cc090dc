using System.Text.RegularExpressions;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;

namespace ReportSearch.Mechanisms;

/// <summary>
/// Finds named mechanisms and slogans in a segment's text at indexing time: quoted short names (“最多跑一次”,
/// “1533”), numbered names in running text (六个一, 两学一做) and X+Y forms (互联网+政务服务). Every candidate is kept
/// with the evidence the text gives for it; whether it really names a mechanism is decided over the whole archive
/// (<see cref="MechanismScore"/>), since one report rarely tells. Pure and thread-safe.
/// </summary>
public static partial class MechanismExtractor
{
    /// <summary>More than this many distinct names in one segment are not kept (a glossary or a list of slogans
    /// would otherwise dominate the catalogue), besides as many more that the segment defines (see
    /// <see cref="Kept"/>).</summary>
    public const int MaxPerSegment = 64;

    private const int MaxUnquotedPlusOperand = 4;

    private static readonly (char Open, char Close)[] QuotePairs = [('“', '”'), ('「', '」'), ('『', '』'), ('‘', '’'), ('"', '"'), ('＂', '＂')];

    /// <param name="text">The segment text, as written.</param>
    /// <param name="sectionStarts">Start offsets of the segment's sections (ascending) and their headings.</param>
    public static List<MechanismMention> Extract(string text, IReadOnlyList<(int Start, string? Heading)> sectionStarts)
    {
        // Other pages' headlines (a site's sidebar, 相关报道) are not this report's text.
        text = HeadlineLists.Blanked(text);
        var found = new Dictionary<string, Builder>(StringComparer.Ordinal);
        FindQuoted(text, found);
        FindStructured(text, found);
        FindFootnoteHeads(text, found, GlossaryStart(sectionStarts));
        var result = new List<MechanismMention>(found.Count);
        foreach (var b in Kept(found.Values))
            result.Add(new MechanismMention(b.Key, b.Name, b.Written, b.AllNegated ? b.Evidence | MechanismEvidence.Negated : b.Evidence, b.Occurrences, b.Definition,
                HeadingAt(sectionStarts, b.DefinitionOffset ?? b.Offset)));
        return result;
    }

    // The first MaxPerSegment names, and after them those the segment defines: a work report's glossary (名词解释)
    // comes last and explains the names the report holds most important, which the limit alone would cut.
    private static IEnumerable<Builder> Kept(IEnumerable<Builder> found)
    {
        var ordered = found.OrderBy(b => b.Offset).ToList();
        return ordered.Take(MaxPerSegment).Concat(ordered.Skip(MaxPerSegment).Where(b => b.Definition is not null).Take(MaxPerSegment));
    }

    private sealed class Builder(string key, string name, int offset)
    {
        public string Key { get; } = key;
        public string Name { get; } = name;
        public string Written { get; set; } = "";
        public int Offset { get; } = offset;
        public MechanismEvidence Evidence { get; set; }
        public bool QuotedOutsideList { get; set; }
        public bool AllNegated { get; set; } = true;
        public int Occurrences { get; set; }
        public string? Definition { get; set; }
        public int? DefinitionOffset { get; set; }
        /// <summary>Whether ICU reads the key as one dictionary word: asked once per name, not per occurrence.</summary>
        public bool? IsOneWord { get; set; }
    }

    /// <param name="start">Where the occurrence starts (its opening quote, if any).</param>
    /// <param name="nameEnd">Where the name ends (after its closing quote, if any).</param>
    /// <param name="core">The name as written, without quotes.</param>
    private static void Add(Dictionary<string, Builder> found, string text, int start, int nameEnd, string core, MechanismEvidence evidence)
    {
        // “千万”工程, “一号”工程: what is quoted names nothing without the kind word after it, so the kind word is
        // part of the name.
        var normalizedCore = TextNormalizer.NormalizeToString(core);
        if (MechanismNames.NeedsItsKindWord(normalizedCore)
            && MechanismNames.KindSuffixAt(Normalized(text, nameEnd, 4)) is { } kind)
        {
            core = core + text.Substring(nameEnd, kind.Length);
            nameEnd += kind.Length;
            normalizedCore = TextNormalizer.NormalizeToString(core);
        }
        var key = MechanismNames.KeyOfNormalized(normalizedCore);
        if (key is null) return;
        if (!found.TryGetValue(key, out var b))
        {
            if (found.Count >= MaxPerSegment * 2) return;
            found[key] = b = new Builder(key, MechanismNames.Display(core), start);
        }
        // A kind word inside the quotes (“六个一工作机制”) was cut from the key; one right after the name is part of
        // the occurrence as written (“六个一”工作机制) and the definition follows it.
        int end = nameEnd;
        if (MechanismNames.KindSuffixAt(Normalized(text, nameEnd, 4)) is { } suffix)
        {
            evidence |= MechanismEvidence.Suffixed;
            end = Math.Min(text.Length, nameEnd + suffix.Length);
        }
        else if (normalizedCore.Length > key.Length)
        {
            evidence |= MechanismEvidence.Suffixed;
        }
        // A quoted idiom (“万众一心”) has the numbered shape too: ICU's dictionary knows it as one word.
        if (StructuredNames.IsStructured(key) && (evidence.HasFlag(MechanismEvidence.Quoted) is false || !(b.IsOneWord ??= IcuWords.IsOneWord(key))))
            evidence |= MechanismEvidence.Structured;
        if (b.Written.Length == 0) b.Written = text[start..end];
        b.Occurrences++;
        if (!StanceWords.Around(text, start, nameEnd)) b.AllNegated = false;
        if ((evidence & MechanismEvidence.Quoted) != 0 && (evidence & MechanismEvidence.ListItem) == 0) b.QuotedOutsideList = true;
        b.Evidence |= evidence;
        // A name that counts its parts (“四早”, 三个着力) may be followed by the list of them as well as a coined one.
        bool mayEnumerate = (evidence & (MechanismEvidence.Suffixed | MechanismEvidence.Structured)) != 0 || MechanismScore.CountsItsParts(key);
        if (b.Definition is null && !DefinitionFinder.IsLegalTerm(text, start))
        {
            // A glossary explains honours and places as well as mechanisms (灯塔工厂：指…): its entry is shown, but only
            // what would define the name in running text (a list of parts) is evidence; nor is "X是指…", how laws define
            // their terms (“股票”，是指…).
            var inText = DefinitionFinder.After(text, end, mayEnumerate, StructuredNames.LeadingCount(key));
            var definition = DefinitionFinder.GlossaryEntry(text, start, end) ?? inText;
            if (definition is not null)
            {
                b.Definition = definition;
                b.DefinitionOffset = end;
                if (inText is not null && !inText.StartsWith("是指", StringComparison.Ordinal) && !inText.StartsWith("指", StringComparison.Ordinal))
                    b.Evidence |= MechanismEvidence.Defined;
            }
        }
        // ListItem means "only ever quoted as a list item": cleared once the name is quoted on its own.
        if (b.QuotedOutsideList) b.Evidence &= ~MechanismEvidence.ListItem;
    }

    private static void FindQuoted(string text, Dictionary<string, Builder> found)
    {
        foreach (var (open, close) in QuotePairs)
        {
            int i = 0;
            while ((i = text.IndexOf(open, i)) >= 0)
            {
                int contentStart = i + 1;
                int limit = Math.Min(text.Length, contentStart + MechanismNames.MaxChars + 1);
                int closeAt = text.IndexOf(close, contentStart, limit - contentStart);
                if (closeAt < 0) { i = contentStart; continue; }
                var content = text[contentStart..closeAt];
                if (IsNameText(content))
                {
                    var evidence = MechanismEvidence.Quoted;
                    if (IsListItem(text, i, closeAt)) evidence |= MechanismEvidence.ListItem;
                    Add(found, text, i, closeAt + 1, content, evidence);
                }
                i = closeAt + 1;
            }
        }
    }

    /// <summary>
    /// Names that head a footnote of a report's glossary without quotation marks (［22］三资：农村集体所有的…): the
    /// report marks them out and explains them, as it would a quoted name. The bracketed footnote number counts
    /// anywhere; a plain number (37.清四乱：清理乱占…) only under the glossary's own heading (名词解释, 附：短语说明),
    /// since elsewhere numbered lines with a colon (1.指导思想：) are headings. A budget's glossary explains its accounting
    /// terms (（六）项目支出预算：是…), phrases of ordinary words (<see cref="IcuWords.IsPhraseOfWords"/>); a work report's
    /// explains coined names (清四乱, 三资, 拿地即开工): such a term counts only where the report quotes or numbers it too.
    /// </summary>
    /// <param name="glossaryStart">Where the segment's glossary section starts (its heading says so), or past the text.</param>
    private static void FindFootnoteHeads(string text, Dictionary<string, Builder> found, int glossaryStart)
    {
        bool glossary = false;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            int i = lineStart;
            while (i < lineEnd && text[i] is ' ' or '\u3000') i++;
            int nameStart = -1;
            glossary |= lineStart >= glossaryStart;
            if (i < lineEnd && text[i] is '［' or '[' or '【')
            {
                int close = text.IndexOfAny(['］', ']', '】'], i + 1, Math.Min(5, lineEnd - i - 1) is var n && n > 0 ? n : 0);
                if (close > i + 1 && text.AsSpan(i + 1, close - i - 1).ToString().All(char.IsAsciiDigit)) nameStart = close + 1;
            }
            else if (glossary && DefinitionFinder.SkipEntryNumber(text, i, lineEnd) is var afterNumber && afterNumber > i) nameStart = afterNumber;
            else if (GlossaryHeading().IsMatch(text.AsSpan(i, lineEnd - i).Trim())) glossary = true;
            if (nameStart > 0)
            {
                int colon = text.IndexOfAny(['：', ':'], nameStart, Math.Min(MechanismNames.MaxChars + 1, lineEnd - nameStart));
                if (colon > nameStart && IsNameText(text[nameStart..colon]) && !IcuWords.IsPhraseOfWords(text[nameStart..colon]))
                    Add(found, text, nameStart, colon, text[nameStart..colon], MechanismEvidence.None);
            }
            lineStart = lineEnd + 1;
        }
    }

    // The heading a work report puts over its glossary: 名词解释, 注释, 附：短语说明, 有关名词解释 …
    [GeneratedRegex(@"^(?:附\s*[:：]?\s*)?(?:本报告)?(?:有关|相关)?(?:名词解释|名词注释|名词说明|词语解释|词语说明|短语说明|用语说明|注释)\s*[:：]?$")]
    private static partial Regex GlossaryHeading();

    // Where the first section headed as a glossary starts; int.MaxValue when none is.
    private static int GlossaryStart(IReadOnlyList<(int Start, string? Heading)> sectionStarts)
    {
        foreach (var (start, heading) in sectionStarts)
            if (heading is not null && GlossaryHeading().IsMatch(heading.Trim())) return start;
        return int.MaxValue;
    }

    private static bool IsNameText(string content)
    {
        if (content.Length < MechanismNames.MinChars) return false;
        foreach (char c in content)
            if (!MechanismNames.IsNameChar(c) && c != '、') return false;
        return true;
    }

    // “双碳”、“新基建”、“专精特新”: one of several quoted words in a row, separated by 、 or ，.
    private static bool IsListItem(string text, int open, int close)
    {
        bool before = open >= 2 && text[open - 1] is '、' or '，' or ',' && IsClosingQuote(text[open - 2]);
        bool after = close + 2 < text.Length && text[close + 1] is '、' or '，' or ',' && IsOpeningQuote(text[close + 2]);
        return before || after;
    }

    private static bool IsOpeningQuote(char c) => c is '“' or '「' or '『' or '‘' or '"' or '＂';
    private static bool IsClosingQuote(char c) => c is '”' or '」' or '』' or '’' or '"' or '＂';

    private static void FindStructured(string text, Dictionary<string, Builder> found)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsNumeralAsWritten(c))
            {
                // Cheap test first (numerals are frequent): another numeral two to four characters on, or 个.
                if (!MayStartNumberedName(text, i) || !PrecededByNonNumeral(text, i) || InsideQuotes(text, i)) continue;
                // The scanner reads simplified text: a traditional name (兩學一做) reads like a simplified one.
                var window = Normalized(text, i, MechanismNames.MaxChars + 4, out var toSource);
                if (StructuredNames.TryRead(window, 0, out int end))
                {
                    int sourceEnd = toSource(end);
                    if (!IsCoinedInContext(text, i, sourceEnd)) continue;
                    Add(found, text, i, sourceEnd, text[i..sourceEnd], MechanismEvidence.None);
                    i = sourceEnd - 1;
                }
            }
            else if (c is '+' or '＋')
            {
                int from = Math.Max(0, i - 6);
                var window = text.Substring(from, Math.Min(text.Length - from, 16)).Replace('＋', '+');
                if (StructuredNames.TryReadPlus(window, i - from, out int s, out int e) && !InsideQuotes(text, from + s))
                {
                    // Where X starts is only clear when a stop comes right before a short X (，互联网+政务服务): after a
                    // verb (推广互联网+…) any split would be a guess. Quoted X+Y names were taken with their quotes.
                    if (from + s > 0 && MechanismNames.IsHan(text[from + s - 1]) || i - from - s > MaxUnquotedPlusOperand) continue;
                    Add(found, text, from + s, from + e, text[(from + s)..(from + e)], MechanismEvidence.None);
                }
            }
        }
    }

    /// <summary>
    /// Running text has numbered shapes that are not names: ordinals (第二个百年), idioms (万众一心) and pieces of
    /// longer words (长三角一体化). ICU's dictionary tells them apart: the name must not be one dictionary word, and
    /// must start and end on word boundaries of its context; nor may a set phrase go on from where it starts (一步一个
    /// of 一步一个脚印).
    /// </summary>
    private static bool IsCoinedInContext(string text, int start, int end)
    {
        if (start > 0 && text[start - 1] is '第' or '初' or '周' or '星' or '礼' or '之') return false;
        if (StructuredNames.SetPhraseAt(text, start) || IcuWords.IsOneWord(text[start..end])) return false;
        int from = Math.Max(0, start - 4);
        int to = Math.Min(text.Length, end + 4);
        return IcuWords.IsWordAligned(text[from..to], start - from, end - from);
    }

    private static bool IsNumeralAsWritten(char c) => StructuredNames.IsNumeral(c) || c is '兩' or '萬';

    private static bool MayStartNumberedName(string text, int i)
    {
        if (i + 2 >= text.Length) return false;
        if (text[i + 1] == '个' || text[i + 1] == '個') return IsNumeralAsWritten(text[i + 2]);
        int limit = Math.Min(text.Length, i + 5);
        for (int j = i + 2; j < limit; j++)
            if (IsNumeralAsWritten(text[j])) return true;
        return false;
    }

    private static bool PrecededByNonNumeral(string text, int i) => i == 0 || !IsNumeralAsWritten(text[i - 1]);

    // A numbered name inside quotation marks was already taken with its quotes.
    private static bool InsideQuotes(string text, int i)
    {
        for (int j = i - 1; j >= 0 && i - j <= MechanismNames.MaxChars; j--)
        {
            if (IsOpeningQuote(text[j])) return true;
            if (IsClosingQuote(text[j]) || !MechanismNames.IsNameChar(text[j]) && text[j] != '、') return false;
        }
        return false;
    }

    private static string Normalized(string text, int start, int length)
    {
        int count = Math.Min(length, text.Length - start);
        return count <= 0 ? "" : TextNormalizer.NormalizeToString(text.Substring(start, count));
    }

    // The normalized form of a short window, with a map from its offsets back to the original text.
    private static string Normalized(string text, int start, int length, out Func<int, int> toSource)
    {
        int count = Math.Min(length, text.Length - start);
        if (count <= 0) { toSource = i => start; return ""; }
        var normalized = TextNormalizer.Normalize(text.Substring(start, count));
        toSource = i => start + (i >= normalized.Length ? count : normalized.SourceStart(i));
        return normalized.Text;
    }

    private static string? HeadingAt(IReadOnlyList<(int Start, string? Heading)> sections, int offset)
    {
        string? heading = null;
        foreach (var (start, h) in sections)
        {
            if (start > offset) break;
            heading = h;
        }
        return heading;
    }
}
