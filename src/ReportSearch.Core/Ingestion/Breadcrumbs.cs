using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Recognises a site navigation trail such as <c>- 首頁 &gt; 政務公開 &gt; 常泰街道 &gt; 規劃計劃</c>. It is dropped from
/// the body, but its steps are kept: the column a report was filed under often names the issuing unit.
/// </summary>
internal static partial class Breadcrumbs
{
    [GeneratedRegex(@"^[-–—•·*\s]*(?:(?:您?(?:当前|现在|目前)?(?:的)?所?在?位置|当前位置)\s*[:：]\s*)?")]
    private static partial Regex Lead();

    private static readonly char[] Separators = ['>', '＞', '›', '»', '→', '〉'];
    private const int MaxStepLength = 25;
    private const int MaxLineLength = 160;

    /// <summary>The steps of the trail (simplified, pinyin removed), or null when the line is not a trail.</summary>
    public static string[]? TryParse(string matchingLine)
    {
        if (matchingLine.Length > MaxLineLength || matchingLine.IndexOfAny(Separators) < 0) return null;
        var lead = Lead().Match(matchingLine);
        bool hadPositionLabel = lead.Value.Contains('位');
        var steps = matchingLine[lead.Length..].Split(Separators, StringSplitOptions.TrimEntries);
        if (steps.Any(s => s.Length == 0 || s.Length > MaxStepLength || s.AsSpan().IndexOfAny("。，,；;！？!?") >= 0)) return null;
        bool startsAtHome = steps[0] is "首页" or "主页" or "网站首页" or "返回首页" or "Home" or "home";
        if (steps.Length >= 3 || (steps.Length >= 2 && (startsAtHome || hadPositionLabel))) return steps;
        return null;
    }
}
