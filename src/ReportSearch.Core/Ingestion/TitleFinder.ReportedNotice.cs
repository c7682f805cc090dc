using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// A news item that carries a notice whole opens on the reporter's lead naming it: 8月9日，某市融媒体中心发布《关于做好迎战
/// 台风“卡努”工作的通知》：各乡镇、各部门…, or 8月7日某县交警发布关于启用…的通告具体内容如下关于启用…的通告 为进一步….
/// The notice has no heading line of its own (or has it only after the lead), so its heading is the name the lead gives
/// it: the document is the notice, and the lead is the reporter's frame.
/// </summary>
internal static partial class TitleFinder
{
    // The lead's verb and the notice's name, in title marks and followed by its text (：各乡镇…, 。近日，…), or bare and
    // followed by the phrase that announces the text (具体内容如下).
    [GeneratedRegex(@"发布了?(?:《(?<quoted>[^《》\n]{6,80})》(?=[：:。])|(?<bare>[^《》，。：:；\s]{6,80}?)(?=[，,]?(?:具体|全文|通告|通知|公告)?(?:内容)?如下))")]
    private static partial Regex NoticeNamedByLead();

    // What may stand before the lead: a crawler's stamp and content key (2023-08-16 16:37，正文：) and the lead's time.
    [GeneratedRegex(@"^[\d\s:：\-/，,]*(?:正文[:：])?\s*")]
    private static partial Regex CrawlerStamp();

    // How far into the line the lead's verb may stand: the lead's time and the notice's issuer before it.
    private const int ReportedNoticeReach = 60;

    /// <summary>
    /// A flattened news item's opening split around the name of the notice its lead says it carries: the lead up to the
    /// name, the name as the heading, and the text from there on. Where the name is printed again as the notice's own
    /// heading after 具体内容如下, that heading is the line. Null where the lead names no notice in its first sentence or
    /// the name reads as no document's heading.
    /// </summary>
    private static IReadOnlyList<BodyLine>? ReportedNoticeOpening(string line)
    {
        // Read in simplified script, one character for one, as the title finder reads every line.
        var matching = ChineseNumerals.DatesToDigits(ChineseText.ForMatching(line));
        if (matching.Length != line.Length) return null;
        var found = NoticeNamedByLead().Match(matching, 0, Math.Min(matching.Length, ReportedNoticeReach + MaxTitleLength + 2));
        if (!found.Success || found.Index > ReportedNoticeReach) return null;
        var name = found.Groups["quoted"].Success ? found.Groups["quoted"] : found.Groups["bare"];
        if (!KindEnding().IsMatch(name.Value) || !name.Value.Contains("关于", StringComparison.Ordinal) || !Plausible(name.Value)) return null;
        if (found.Groups["bare"].Success)
        {
            // Only the name printed again as the heading over the text is read as it.
            int repeat = matching.IndexOf(name.Value, found.Index + found.Length, Math.Min(matching.Length - found.Index - found.Length, MaxTitleLength), StringComparison.Ordinal);
            if (repeat < 0) return null;
            int end = repeat + name.Length;
            return [new BodyLine(line[..repeat].TrimEnd()), new BodyLine(line[repeat..end], IsHeading: true), new BodyLine(line[end..].TrimStart())];
        }
        // A name in title marks is the notice's only where the lead is the text's first sentence: a headline before it
        // would be the item's own title.
        int stamp = CrawlerStamp().Match(matching).Length;
        var lead = matching.AsSpan(stamp, found.Index - stamp);
        if (lead.IndexOfAny("。！？!?；;") >= 0 || LeadTimeOpening().Match(lead.ToString()) is not { Success: true } time
            || lead[time.Length..].IndexOfAny("，,") >= 0)
            return null;
        return [new BodyLine(line[..name.Index].TrimEnd()), new BodyLine(line[name.Index..(name.Index + name.Length)], IsHeading: true), new BodyLine(line[(name.Index + name.Length)..])];
    }

    // The lead opening on its time (8月16日，, 近日，); the issuer follows up to the verb.
    [GeneratedRegex(@"^(?:" + LeadTime + @")[，,]?")]
    private static partial Regex LeadTimeOpening();
}
