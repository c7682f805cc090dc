using System.Text.RegularExpressions;

namespace ReportSearch.Analysis;

/// <summary>
/// The words a title ends in to name its document's kind (通知, 意见, 办法, 条例, 报告 …): one list for the kind read from a
/// title (Ingestion's DocumentKind), the title finder's headings, and the region rules, which tell a document's name from a
/// news headline by it.
/// </summary>
internal static partial class DocumentKindWords
{
    internal const string Pattern = "报告|汇报|年报|公报|总结|小结|计划|思路|打算|安排|谋划|要点|通知|通报|纪要|意见|办法|方案|决定|决议|规划|公告|通告|公示|条例|规定|规则|细则|简介|概况|函|答复|批复|纲要|讲话|法";

    /// <summary>A title's kind word at its end (group <c>kind</c>), a status in brackets after it or not (…实施办法（试行）).</summary>
    // Longest endings first: 复函 is a 函, 实施意见 an 意见, 工作要点 a 要点.
    [GeneratedRegex(@"(?<kind>" + Pattern + @")(?:（[^）]{1,20}）|\([^)]{1,20}\))?$")]
    public static partial Regex Ending();
}
