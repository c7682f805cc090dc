using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// The bodies signing a document: the lines standing right above a date line (…人民政府 / 2021年3月11日), one body a
/// line or several on one line apart by spaces (上海市闵行区教育局    上海市闵行区消防救援支队). A joint document
/// (中共…镇委员会 / …镇人民政府) is signed by all its issuers, which a header's single 发布机构 leaves out.
/// </summary>
internal static partial class SignatureBlock
{
    // A body's name standing alone: a government, office, committee (县委, 党工委), a party group (中共某局党组), bureau,
    // brigade, a working group or headquarters (某县疫情防控指挥部), a survey team (国家统计局某县调查队), a department's
    // section (法规处) or a session's 主席团; and an office by its short name (BodyNameEndings.OfficeShortName).
    [GeneratedRegex(@"^(?:中共)?\p{IsCJKUnifiedIdeographs}{2,30}(?:" + BodyNameEndings.Common + "|" + BodyNameEndings.GroupsAndBrigades + @"|院|部|委|党工委|党组|调查队|中心|主席团|处)$|^\p{IsCJKUnifiedIdeographs}{0,24}" + BodyNameEndings.OfficeShortName + "$")]
    internal static partial Regex BodyName();

    [GeneratedRegex(@"^[（(]?\s*(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*[）)]?$")]
    internal static partial Regex DateLine();

    [GeneratedRegex(@"[ \t\u3000]+")]
    private static partial Regex Spaces();

    internal const int MaxBodies = 4;

    /// <summary>The bodies of a line that is one or more body names apart by spaces; empty for any other line.</summary>
    public static IReadOnlyList<string> BodiesOf(string line)
    {
        var trimmed = line.Trim();
        // Every part must be a body: a line whose first part is none (nearly every line a signature is looked for in,
        // some of them a whole text long) is not split.
        int firstGap = trimmed.AsSpan().IndexOfAny(ChineseText.InlineSpaces);
        if (!BodyName().IsMatch(firstGap < 0 ? trimmed : trimmed.AsSpan(0, firstGap))) return [];
        var parts = Spaces().Split(trimmed);
        // One body whose name a space splits (上海市 闵行区教育局) is not two: each part must be a body of its own.
        return parts.Length <= MaxBodies && parts.All(p => BodyName().IsMatch(p) && !ReportOrg.GenericGovernment().IsMatch(p)) ? parts : [];
    }

    /// <summary>
    /// The bodies above the first date line in <paramref name="lines"/> (the recognition view) that has a body right
    /// above it, top to bottom; else those ending an addressed notice without a date (<see cref="Undated"/>); empty
    /// when neither.
    /// </summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<string> lines)
    {
        for (int i = 1; i < lines.Count; i++)
        {
            if (!DateLine().IsMatch(lines[i].Trim())) continue;
            var bodies = BodiesEndingAt(lines, i - 1, 0);
            if (bodies.Count > 0) return bodies;
        }
        var flattened = FlattenedTail(lines);
        return flattened.Count > 0 ? flattened : Undated(lines);
    }

    /// <summary>
    /// A text flattened onto one line (a crawler's record, its line breaks as spaces) signed after a sentence: the bodies
    /// after it, apart by spaces, over the date (…以本通知为准。 某市住房和城乡建设局 某市财政局 某市住房公积金管理中心
    /// 2026年4月20日), as they would stand one a line. The first such signature, as in the text with its lines: a cover
    /// note's, signed over the document it issues (…请认真贯彻执行。 昆明市人民政府办公室 2024年12月31日 (此件公开发布)
    /// 关于…的若干措施 …), is the document's.
    /// </summary>
    private static IReadOnlyList<string> FlattenedTail(IReadOnlyList<string> lines)
    {
        var last = lines.LastOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim();
        if (last is null || last.Length < DocumentDates.FlattenedLength) return [];
        for (int end = last.IndexOfAny(SentenceEnds); end >= 0; end = last.IndexOfAny(SentenceEnds, end + 1))
        {
            // Only the few pieces after the sentence are read, never the rest of the text: a long text has a sentence end
            // every few dozen characters. A piece the window cuts is no date.
            int length = Math.Min(SignatureWindow, last.Length - end - 1);
            // Every date the signature ends with holds its year's 19 or 20: a window without them signs nothing.
            var span = last.AsSpan(end + 1, length);
            if (!span.Contains("19", StringComparison.Ordinal) && !span.Contains("20", StringComparison.Ordinal)) continue;
            var window = last.Substring(end + 1, length).TrimStart();
            var tokens = Spaces().Split(window, MaxBodies + 2);
            int complete = end + 1 + length == last.Length ? tokens.Length : tokens.Length - 1;
            int date = complete > 1 ? Array.FindIndex(tokens, 1, Math.Min(MaxBodies, complete - 1), t => DateLine().IsMatch(t)) : -1;
            if (date > 0 && BodiesEndingAt(tokens, date - 1, 0) is { } bodies && bodies.Count == date) return bodies;
        }
        return [];
    }

    private static readonly char[] SentenceEnds = ['。', '；', ';', '！'];

    // Room for the bodies a signature lists (MaxBodies names of up to 30 characters and 中共 each), their spaces and the
    // date, and the start of what follows.
    private const int SignatureWindow = 220;

    /// <summary>
    /// A notice that opens with its addressees and ends with its bodies but no date (a copy that lost the date line:
    /// 各办事处、村（居）、部门单位： … 中共钱库镇委 / 钱库镇人民政府): the body lines that end the text sign it.
    /// </summary>
    private static IReadOnlyList<string> Undated(IReadOnlyList<string> lines)
    {
        int first = AddresseeLine.Opening(lines);
        int last = lines.Count - 1;
        while (last > Math.Max(first, 0) && string.IsNullOrWhiteSpace(lines[last])) last--;
        if (first >= 0) return BodiesEndingAt(lines, last, first + 1);
        // A copy that lost its addressees too (cut to its preamble) still ends as a notice: its own closing formula
        // (本通知自…起执行。, 特此公告。) right above the body lines.
        var bodies = BodiesEndingAt(lines, last, 0, out int top);
        int above = top - 1;
        while (above >= 0 && string.IsNullOrWhiteSpace(lines[above])) above--;
        return bodies.Count > 0 && above >= 0 && OwnClosingFormula().IsMatch(lines[above].Trim()) ? bodies : [];
    }

    /// <summary>Whether a line ends on the document's own closing formula (特此通知, 此复, 本通知自印发之日起执行 …).</summary>
    internal static bool EndsOnClosingFormula(string line) => OwnClosingFormula().IsMatch(line.Trim());

    // A document's last sentence speaking of itself: 特此通知, 此复, 本通知自印发之日起执行, 本办法由…负责解释 ….
    [GeneratedRegex(@"(?:特此(?:通知|公告|通告|批复|函告|报告|函复)|此复|本(?:通知|公告|通告|办法|意见|规定|细则|方案|措施|决定)[^。]{0,60}?(?:执行|施行|实施|解释|为准))[。！!]?$")]
    private static partial Regex OwnClosingFormula();

    /// <summary>The body lines that end at line <paramref name="last"/>, read upwards no further than <paramref name="floor"/>, top to bottom.</summary>
    private static List<string> BodiesEndingAt(IReadOnlyList<string> lines, int last, int floor) => BodiesEndingAt(lines, last, floor, out _);

    /// <param name="top">The first of the body lines (<paramref name="last"/> + 1 when there is none).</param>
    private static List<string> BodiesEndingAt(IReadOnlyList<string> lines, int last, int floor, out int top)
    {
        var bodies = new List<string>();
        top = last + 1;
        for (int j = last; j >= floor && bodies.Count < MaxBodies; j--)
        {
            var found = BodiesOf(lines[j]);
            if (found.Count == 0) break;
            bodies.InsertRange(0, found);
            top = j;
        }
        if (bodies.Count == 1 && top > floor) bodies[0] = WithBrokenStart(lines, top);
        return bodies;
    }

    /// <summary>
    /// A body's name the page broke over two lines, its first half on the line above (吕梁市某县新冠肺炎疫情防控 / 领导组办公室),
    /// also after the last sentence there (…支持和配合。吕梁市某县新冠肺炎疫情防控): both halves, where the line at
    /// <paramref name="at"/> opens on no name of its own and the half above opens as a name does (a unit's full name, 省, 市,
    /// 县, 区, 中共) without being a whole body's name (a joint signature's line); else the line as it is.
    /// </summary>
    internal static string WithBrokenStart(IReadOnlyList<string> lines, int at)
    {
        var name = lines[at].Trim();
        if (at == 0 || OpensAsName(name)) return name;
        var above = lines[at - 1].Trim();
        var head = above[(above.LastIndexOfAny(BrokenNameStops) + 1)..];
        return head.Length >= 2 && head.Length + name.Length <= MaxBrokenName && head.All(ChineseText.IsHan) && OpensAsName(head)
            && BodiesOf(head).Count == 0 && !head.StartsWith("特此", StringComparison.Ordinal) ? head + name : name;
    }

    private static readonly char[] BrokenNameStops = ['。', '；', ';', '！', '!', '：', ':'];
    private const int MaxBrokenName = 40;

    private static bool OpensAsName(string text) => NameOpening().IsMatch(text) || Places.PlaceNames.Default.OpensWithFullName(text);

    [GeneratedRegex(@"^(?:中共|中国|省|市|州|县|区|旗|镇|乡|街道)")]
    private static partial Regex NameOpening();

    // A contributor's line closing a text: the unit, then its writer's name (某区扶贫开发协会  赵某某, (某镇人民政府 李某)),
    // as units sign the items they send to a site or paper. Not an office-holder's title (某县人民政府 县长).
    [GeneratedRegex(@"^[（(]?(?<org>\p{IsCJKUnifiedIdeographs}{2,30}?(?:协会|学会|商会|联合会|委员会|人民政府|办事处|局|中心|办公室|委|办|院|站|所|队|社))[ \u3000]+(?![\p{IsCJKUnifiedIdeographs}]*(?:长|主任|书记|主席|委员|代表)[）)]?$)\p{IsCJKUnifiedIdeographs}{2,3}[）)]?$")]
    private static partial Regex ContributorLine();

    // A credit closing a post (发布：某县公安局, 【来源：某街道办事处】): the body that posted it, as a header's 来源 names it.
    [GeneratedRegex(@"^[【\[（(]?\s*(?:发布|发布单位|供稿|供稿单位|来源|信息来源)\s*[:：]\s*(?<org>[^\s】\]）)]{2,32})\s*[】\]）)]?$")]
    private static partial Regex CreditLine();

    /// <summary>
    /// The unit of a contributor's line ending the text (某区扶贫开发协会  赵某某), or the government body a closing credit
    /// names (发布：某县公安局; a news site or paper is none); null when the last line is neither.
    /// </summary>
    /// <param name="tail">The last lines (recognition view).</param>
    public static string? Contributor(IReadOnlyList<string> tail)
    {
        var last = tail.LastOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim();
        if (last is not null && CreditLine().Match(last) is { Success: true } credit && HeaderBlock.IsGovernmentBody(credit.Groups["org"].Value))
            return credit.Groups["org"].Value;
        // Only a short line with a space in it is read.
        if (last is null || last.Length > 40 || last.IndexOfAny([' ', '\u3000']) < 0) return null;
        return ContributorLine().Match(last) is { Success: true } m && !ReportOrg.GenericGovernment().IsMatch(m.Groups["org"].Value) ? m.Groups["org"].Value : null;
    }

    /// <summary>One body written with or without the places above it (上海市宝山区规划和自然资源局, 宝山区规划和自然资源局).</summary>
    public static bool SameBody(string a, string b) =>
        a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal);
}
