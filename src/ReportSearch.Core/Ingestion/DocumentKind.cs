using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>The kind of document (报告, 总结, 计划, 要点, 通知, 意见, 办法, …) from the ending of its title.</summary>
internal static partial class DocumentKind
{
    // Longest endings first: 复函 is a 函, 实施意见 an 意见, 工作要点 a 要点.
    [GeneratedRegex(@"(?<kind>报告|汇报|总结|小结|计划|思路|打算|安排|谋划|要点|通知|意见|办法|方案|决定|决议|规划|公告|通告|条例|规定|规则|细则|简介|概况|函|答复|批复|纲要|讲话|法)(?:（[^）]{1,20}）|\([^)]{1,20}\))?$")]
    private static partial Regex Ending();

    // A title joining a review and a plan (2022年工作总结和2023年工作计划, …总结暨…思路): the review is what it mainly is.
    [GeneratedRegex(@"(?:总结|小结|回顾|情况)\s*(?:和|及|与|暨|以及|、)\s*(?:(?:19|20)\d{2}\s*年度?)?.{0,12}?(?:计划|思路|打算|安排|谋划|要点)")]
    private static partial Regex ReviewAndPlan();

    public static string? FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var matching = ChineseText.ForMatching(title).TrimEnd('。', ' ', '|', '｜');
        var m = Ending().Match(matching);
        var kind = m.Success ? m.Groups["kind"].Value : null;
        // …总结和…计划 is mainly a review; …计划执行情况与…计划的报告 is a report, as its ending says.
        if (ReviewAndPlan().IsMatch(matching) && kind is null or "计划" or "思路" or "打算" or "安排" or "谋划" or "要点") return "总结";
        if (kind is null) return null;
        return kind switch
        {
            "细则" => "办法",
            "汇报" => "报告",
            "小结" => "总结",
            "思路" or "打算" or "安排" or "谋划" => "计划",
            "概况" => "简介",
            // A speech's own title is 在…上的讲话; …发表重要讲话 is news about one.
            "讲话" => matching.EndsWith("的讲话", StringComparison.Ordinal) ? "讲话" : null,
            "通告" => "公告",
            "批复" => "函",
            // 法 only as the name of a law (中华人民共和国国籍法), not a word ending in 法 (办法 is caught above).
            "法" => title.Contains("中华人民共和国", StringComparison.Ordinal) || title.EndsWith("组织法", StringComparison.Ordinal) ? "法" : null,
            _ => kind,
        };
    }
}
