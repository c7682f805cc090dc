using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// 时效性 where the document or its catalogue block says it: 现行有效, 已废止, 已修订, or null (unknown).
/// Sources: the header's 有效性/时效性/效力状况 value; its 废止时间 or 有效期至 date, judged against the injected
/// clock (a repeal date already passed means 已废止, an expiry still ahead 现行有效); and notes the text prints near its
/// top or end (（已废止）, 此件已被…废止, 已修订, 本规定已于…修订). 自…起施行 says when a text took effect, not that it
/// still is, so it decides nothing.
/// </summary>
internal static partial class DocumentValidity
{
    public const string InForce = "现行有效";
    public const string Repealed = "已废止";
    public const string Revised = "已修订";

    [GeneratedRegex(@"^[（(【\[]?\s*(?:此件|本文件|本文|该文件)?\s*(?:已被?.{0,30}?)?(?<what>废止|失效|修订|修正|修改)\s*[）)】\]]?[。.]?$")]
    private static partial Regex Note();

    [GeneratedRegex(@"有效期(?:至|到|截至)\s*(?<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})")]
    private static partial Regex ValidUntilInText();

    private const int NoteLines = 8;

    /// <param name="header">The header's 有效性 value, 废止时间 and 有效期至, when there is a header.</param>
    /// <param name="lines">The recognition view of the body's opening and closing lines.</param>
    public static string? Of(string? headerValidity, string? repealDate, string? validUntil, IReadOnlyList<string> lines, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var fromHeader = FromStatusWord(headerValidity);
        if (fromHeader is not null) return fromHeader;
        if (DateText.Normalize(repealDate) is { } repeal) return DateOnly.Parse(repeal) <= today ? Repealed : InForce;
        if (DateText.Normalize(validUntil) is { } until) return DateOnly.Parse(until) < today ? Repealed : InForce;

        foreach (var line in lines.Take(NoteLines).Concat(lines.Skip(Math.Max(NoteLines, lines.Count - NoteLines))))
        {
            var m = Note().Match(line.Trim());
            if (m.Success) return m.Groups["what"].Value is "废止" or "失效" ? Repealed : Revised;
            var u = ValidUntilInText().Match(line);
            if (u.Success && DateText.Normalize(u.Groups["date"].Value) is { } d) return DateOnly.Parse(d) < today ? Repealed : InForce;
        }
        return null;
    }

    // 有效, 现行有效, 有效期内 → in force; 失效, 废止, 已废止, 无效 → repealed; 已修订, 已修改 → revised.
    private static string? FromStatusWord(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.Contains("修订") || v.Contains("修改") || v.Contains("修正")) return Revised;
        if (v.Contains("废止") || v.Contains("失效") || v.Contains("无效") || v.Contains("过期")) return Repealed;
        if (v.Contains("有效")) return InForce;
        return null;
    }
}
