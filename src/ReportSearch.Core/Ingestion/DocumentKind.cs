using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>The kind of document (报告, 总结, 计划, 要点, 通知, 意见, 办法, …) from the ending of its title.</summary>
internal static partial class DocumentKind
{
    // Longest endings first: 复函 is a 函, 实施意见 an 意见, 工作要点 a 要点.
    [GeneratedRegex(@"(?<kind>报告|汇报|总结|计划|要点|通知|意见|办法|方案|决定|决议|规划|公告|通告|条例|规定|规则|细则|简介|概况|函|答复|批复|纲要|法)(?:（[^）]{1,20}）|\([^)]{1,20}\))?$")]
    private static partial Regex Ending();

    public static string? FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var m = Ending().Match(ChineseText.ForMatching(title).TrimEnd('。', ' '));
        if (!m.Success) return null;
        var kind = m.Groups["kind"].Value;
        return kind switch
        {
            "细则" => "办法",
            "汇报" => "报告",
            "概况" => "简介",
            "通告" => "公告",
            "批复" => "函",
            // 法 only as the name of a law (中华人民共和国国籍法), not a word ending in 法 (办法 is caught above).
            "法" => title.Contains("中华人民共和国", StringComparison.Ordinal) || title.EndsWith("组织法", StringComparison.Ordinal) ? "法" : null,
            _ => kind,
        };
    }
}
