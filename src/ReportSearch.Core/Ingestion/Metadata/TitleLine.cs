using System.Buffers;
using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// What a title line carries besides the title: a date printed before or after it (glued or not:
/// <c>白杨街道2022年工作总结2023-01-12</c>), a 文号 (<c>鲁政发〔2014〕20号《山东省人民政府关于…》</c>) and a speaker
/// byline (<c>…工作报告 区长 张三</c>, <c>…的讲话（张三）</c>). They are split off; the title is what remains.
/// </summary>
internal static partial class TitleLine
{
    // The end of a title inside a number's code where the number is glued after it (…的若干意见宁建规〔2023〕4号: the
    // pattern reads up to 16 characters as the code): the title's last kind word, then the real code of two to eight
    // characters. Not 规划, which codes hold (…的通知沪规划资源规〔2020〕3号 ends at 通知).
    [GeneratedRegex(@"(?!规划)(?:" + DocumentKindWords.Pattern + @"|措施|举措)(?=[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,8}$)", RegexOptions.RightToLeft)]
    private static partial Regex KindInCode();

    // The canonical form opens with the code as the text wrote it (宁建规〔2023〕4号), so the code's length and the shorter
    // number's canonical form follow from it.
    private static (int Index, int Length, string Canonical) WithoutTitleInCode(string simplified, int index, int length, string canonical)
    {
        var kind = KindInCode().Match(simplified, index, canonical.IndexOf('〔'));
        if (!kind.Success) return (index, length, canonical);
        int cut = kind.Index + kind.Length - index;
        return (index + cut, length - cut, canonical[cut..]);
    }

    /// <param name="SessionDate">The date is a session line's (the document's own), not a posting date.</param>
    /// <param name="Venue">The session line's venue (周王庙镇第十五届人民代表大会第七次会议上), when one was glued to the title.</param>
    public sealed record Parts(string Title, string? Date, string? DocNumber, bool SessionDate = false, string? Venue = null);

    [GeneratedRegex(@"\s*[（(]?\s*(?<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)]?\s*$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^\s*(?<date>(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"\s*[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*起?\s*(?:施行|执行|实施|生效)\s*[）)]\s*$")]
    private static partial Regex InForceNote();

    [GeneratedRegex(@"(?<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)")]
    private static partial Regex DateInFields();

    // A speaker's office and name after the title: 区长 张三, 县委书记 李四, or a name in brackets.
    [GeneratedRegex(@"(?:[\s——]+(?:[\p{IsCJKUnifiedIdeographs}]{0,8}(?:长|书记|主任|主席|委员|代表|同志)\s*)?[\p{IsCJKUnifiedIdeographs}]{2,3}|\s*[（(](?!全文|摘要|草案|节选|试行|暂行|修订|修正)[\p{IsCJKUnifiedIdeographs}]{0,8}(?:长|书记|主任|主席)?\s*[\p{IsCJKUnifiedIdeographs}]{2,3}[）)])\s*$")]
    private static partial Regex Byline();

    // A session line glued to the title after a dash: 政府工作报告—2021年7月29日在…会议上自治县人民政府代理县长孙立良.
    // Without a dash only after a space and with its date: 政府工作报告 2010年1月29日在周王庙镇第十五届人民代表大会….
    [GeneratedRegex(@"(?:\s*(?:——|—|--)\s*(?<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?|\s+(?<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))\s*在(?<venue>.{4,})$")]
    private static partial Regex GluedSessionLine();

    [GeneratedRegex(@"^(?<head>[^，。,:：]{4,60}?(?:报告|讲话|致辞|发言))\s*(?:各位代表|各位委员|同志们)")]
    private static partial Regex HeadingBeforeAddress();

    [GeneratedRegex(@"(?:报告|讲话|致辞|发言)$")]
    private static partial Regex SpeechEnding();

    // The site's name a page's title bar adds after the title (…工作会议_某县人民政府, …会议-某县人民政府门户网站,
    // …会议 | 某市政府网): the site, not the document.
    // A bar's last part (a site's or a column's name) after what comes before it; a title before it has MinTitleInBar
    // characters or more.
    [GeneratedRegex(@"^(?<title>.+?)\s*(?:[_|｜]|[-－—]{1,2})\s*(?<site>[\p{IsCJKUnifiedIdeographs}]{2,30})$")]
    internal static partial Regex SiteAfterTitle();

    private const int MinTitleInBar = 4;

    /// <summary>A unit's profile page is titled by the unit's name, however short (渡普镇 - 某县人民政府门户网站).</summary>
    internal static bool NamesUnitAlone(string title) => ReportSearch.Places.Gazetteer.Default.IsPlaceName(title.Trim());

    [GeneratedRegex(@"(?:网站|门户|政府网|政务网|新闻网|网|融媒体中心|客户端)$")]
    private static partial Regex SiteName();

    /// <summary>
    /// The title without a site's name glued after it by the page's title bar, nor the column the bar names before the
    /// site (…的通知_政务公开_某县人民政府, …会议_通知公告_某某网).
    /// </summary>
    internal static string WithoutSiteName(string t)
    {
        // The bar's separator stands between title and site: a line without one is no bar, and the pattern's lazy title
        // would be tried at each of its lengths.
        if (t.AsSpan().IndexOfAny(BarSeparatorMarks) < 0) return t;
        if (SiteAfterTitle().Match(t) is not { Success: true } m || m.Groups["title"].Length < MinTitleInBar
            || !(TitleFinder.IsBodyName(m.Groups["site"].Value) || SiteName().IsMatch(m.Groups["site"].Value)))
            return t;
        var title = m.Groups["title"].Value;
        while (SiteAfterTitle().Match(title) is { Success: true } column && TitleFinder.IsPageLabel(column.Groups["site"].Value))
        {
            // A column after fewer characters than any title has (附件_政务公开, +1_政务公开, 通知_政务公开: the page's first
            // line, a picture's caption or a counter, put in the bar): the bar holds no title.
            if (column.Groups["title"].Length < MinTitleInBar) return "";
            title = column.Groups["title"].Value;
        }
        // A bar with no title before its column (_政务公开_某某网, where the title line was a picture) holds no title; nor
        // does a bar of bodies' names (中央人民政府 | 青海省人民政府 | 西宁市人民政府: the page's links to other sites).
        var bare = title.Trim(BarSeparators);
        return bare.Length == 0 || TitleFinder.IsPageLabel(bare) && bare.Length < title.Length || NamesSitesOnly(bare) ? "" : title;
    }

    private static readonly char[] BarSeparators = ['_', '|', '｜', '-', '－', '—', ' ', '\u3000'];

    /// <summary>Whether the character is one a title bar sets between the title and the site (_, |, -).</summary>
    internal static bool IsBarSeparator(char c) => c != ' ' && c != '\u3000' && Array.IndexOf(BarSeparators, c) >= 0;

    /// <summary>The bars a page sets between links to other sites (中央人民政府 | 青海省人民政府).</summary>
    internal static readonly char[] LinkBars = ['|', '｜'];

    // What is left of a bar after its site's name, where each part between its bars names a body or a site (中央人民政府
    // | 青海省人民政府, 国务院｜某省人民政府): more sites, no title.
    private static bool NamesSitesOnly(string bare) =>
        bare.Split(LinkBars, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts
        && parts.All(p => TitleFinder.IsBodyName(p) || p.All(ChineseText.IsHan) && SiteName().IsMatch(p) || p == "国务院");

    // The marks SiteAfterTitle separates a title from its site by.
    private static readonly SearchValues<char> BarSeparatorMarks = SearchValues.Create("_|｜-－—");

    /// <summary>The title line without a session line glued after a dash.</summary>
    public static string WithoutSessionLine(string line) => GluedSessionLine().Match(line) is { Success: true, Index: >= 4 } m ? line[..m.Index] : line;

    /// <summary>
    /// The start of a text flattened into one line: its title and the session line glued to it, up to the session's
    /// 会议(上); the line as it is when it does not start so.
    /// </summary>
    public static string TitleAndSessionLine(string line)
    {
        // A speech run together with its heading: 桥头镇2023年度政府工作报告各位代表:现在,我代表….
        if (HeadingBeforeAddress().Match(line) is { Success: true } glued && !GluedSessionLine().IsMatch(glued.Groups["head"].Value))
            return glued.Groups["head"].Value;
        if (GluedSessionLine().Match(line) is not { Success: true, Index: >= 4 } m) return line;
        int end = line.IndexOf("会议", m.Index, StringComparison.Ordinal);
        if (end < 0) return line;
        end += 2;
        return line[..(end < line.Length && line[end] == '上' ? end + 1 : end)];
    }

    // A page's posting fields run on after the title on its line (…工作会议 发布时间：2023-03-15 来源：某镇, or glued:
    // …工作会议来源：某镇人民政府发布时间：…): the page's, not the title's.
    // The bare 时间 or 日期 only with a date after it (…工作报告 时间：2025-02-22 作者：…).
    [GeneratedRegex(@"(?:发布时间|发布日期|发稿时间|信息来源|来源|浏览次数|点击数|阅读次数|作者|责任编辑|编辑)\s*[:：]|(?:时间|日期)\s*[:：]\s*(?=(?:19|20)\d{2}\s*[-/.年])")]
    private static partial Regex PostingField();

    private const int MinTitleBeforeFields = 6;

    public static Parts Split(string title)
    {
        string? date = null, docNumber = null;
        var t = WithoutSiteName(title.Trim());
        if (PostingField().Match(t) is { Success: true } field && field.Index >= MinTitleBeforeFields)
        {
            date = DateText.Normalize(DateInFields().Match(t, field.Index).Groups["date"].Value);
            t = t[..field.Index].TrimEnd();
        }
        var session = GluedSessionLine().Match(t);
        if (session.Success && session.Index >= 4)
        {
            date = DateText.Normalize(session.Groups["date"].Value);
            t = t[..session.Index];
        }
        // The day it takes effect printed after it (…的通知(2025年6月23日起施行)) is a note, not the title's, nor its date.
        if (InForceNote().Match(t) is { Success: true, Index: >= 4 } note) t = t[..note.Index].TrimEnd();
        var m = TrailingDate().Match(t);
        // A year alone is part of a title (…2023年); only a full date is split off, and only when a title remains.
        if (date is null && m.Success && m.Index >= 4 && DateText.Normalize(m.Groups["date"].Value) is { } trailing) { date = trailing; t = t[..m.Index].TrimEnd(); }
        else if (date is null && (m = LeadingDate().Match(t)).Success && t.Length - m.Length >= 4) { date = DateText.Normalize(m.Groups["date"].Value); t = t[m.Length..]; }

        var simplified = ChineseText.Simplify(t);
        foreach (var (found, foundLength, foundCanonical) in DocNumberText.FindAll(simplified))
        {
            var (index, length, canonical) = WithoutTitleInCode(simplified, found, foundLength, foundCanonical);
            // Only a number that opens or closes the line is the document's own; one inside the title is cited.
            // Also in brackets after the title: 关于…的通知（宁政发〔2020〕1号）.
            bool atStart = index == 0, atEnd = index + length == simplified.TrimEnd().Length;
            bool bracketedAtEnd = !atEnd && index > 0 && simplified[index - 1] is '（' or '(' && simplified.TrimEnd()[(index + length)..] is "）" or ")";
            if (!atStart && !atEnd && !bracketedAtEnd) continue;
            // A title citing a number at its start (关于落实宁政发〔2020〕1号文件的通知): the pattern read its words as the code.
            if (atStart && DocNumberText.ReadsHeadingAsCode(simplified[..length])) continue;
            var rest = (atStart ? t[length..] : t[..(bracketedAtEnd ? index - 1 : index)]).Trim().Trim('《', '》', ' ', '　');
            if (rest.Length < 4) continue;
            docNumber = canonical;
            t = rest;
            break;
        }
        // A speaker after a speech's title: 政府工作报告 区长 张三.
        var withoutSpeaker = Byline().Match(t);
        if (withoutSpeaker.Success && withoutSpeaker.Index > 0 && SpeechEnding().IsMatch(t[..withoutSpeaker.Index].TrimEnd()))
            t = t[..withoutSpeaker.Index].TrimEnd();
        bool sessionDate = session.Success && date is not null && session.Groups["date"].Success;
        return new Parts(t, date, docNumber, sessionDate, sessionDate ? session.Groups["venue"].Value.Trim() : null);
    }
}
