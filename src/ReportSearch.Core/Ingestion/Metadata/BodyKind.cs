using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// The kind of a document with no title that names one, from the shape of its opening: the annual report on
/// government information disclosure (its mandated 一、总体情况 under a reference to the 政府信息公开条例), a summary
/// opening with its own heading (一、2022年工作总结), a work report's first part (一、2013年工作回顾 and
/// 在区人大、区政协的监督帮助下), a news item (a dateline 1月17日下午，…, a byline 本报讯（记者…）,
/// a newspaper page 第12版:区街新闻).
/// </summary>
internal static partial class BodyKind
{
    private const int OpeningLines = 8;
    private const int NewsLines = 12;

    [GeneratedRegex(@"政府信息公开条例|政府信息公开工作")]
    private static partial Regex Disclosure();

    [GeneratedRegex(@"^一\s*[、.．]\s*总体情况")]
    private static partial Regex OverallSituation();

    // 2022年工作总结; not 2023年工作回顾, which opens a work report's first part as often as a summary.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:19|20)\d{2}\s*年度?(?:上半年|全年)?工作总结")]
    private static partial Regex SummaryHeading();

    // 1月17日下午，…; 1月5日至8日，…: an event reported by its day.
    [GeneratedRegex(@"^\d{1,2}\s*月\s*\d{1,2}\s*日(?:至\d{1,2}日)?(?:上午|下午|晚上?)?\s*[，,]")]
    private static partial Regex Dateline();

    // 本报讯 (记者 林伊婷), 本网钦南讯, 来源:…作者:记者…, 第12版:区街新闻.
    [GeneratedRegex(@"本报讯|本网\S{0,4}讯|讯\s*[（(]?\s*记者|[（(]\s*记者|作者\s*[:：]\s*记者|^第\s*\d{1,3}\s*[A-Za-z]?\s*版\s*[:：]")]
    private static partial Regex NewsByline();

    // A headline reporting an event: 鹿乡镇第二十届人民代表大会第二次会议召开, 燕园街道召开…调度会.
    [GeneratedRegex(@"召开|开幕|闭幕|举行")]
    private static partial Regex EventHeadline();

    private const int DatelineLines = 3;

    // A government work report's formula for its year: 在区人大、区政协的监督帮助下 (a summary thanks its superiors).
    [GeneratedRegex(@"在[^，。,]{0,6}人大[、和及][^，。,]{0,6}政协的监督")]
    internal static partial Regex CongressSupervision();

    // The first part of a work report: 一、2013年工作回顾.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:19|20)\d{2}\s*年度?(?:政府)?工作回顾")]
    private static partial Regex YearInReview();

    /// <param name="matching">The recognition view of the body lines, from the top.</param>
    public static string? Of(IReadOnlyList<string> matching)
    {
        var opening = matching.Take(OpeningLines).Select(l => l.Trim()).ToList();
        if (opening.Any(l => Disclosure().IsMatch(l)) && opening.Any(l => OverallSituation().IsMatch(l))) return "报告";
        if (opening.Take(3).Any(l => SummaryHeading().IsMatch(l))) return "总结";
        if (opening.Take(5).Any(l => YearInReview().IsMatch(l)) && opening.Any(l => CongressSupervision().IsMatch(l))) return "报告";
        if (opening.Take(DatelineLines).Any(l => Dateline().IsMatch(l)) || matching.Take(NewsLines).Any(l => NewsByline().IsMatch(l.Trim()))) return "新闻";
        return null;
    }

    /// <summary>新闻 for a title that names no kind but reports an event (…会议召开, …隆重开幕); null otherwise.</summary>
    public static string? OfHeadline(string? title) => title is not null && EventHeadline().IsMatch(title) ? "新闻" : null;
}
