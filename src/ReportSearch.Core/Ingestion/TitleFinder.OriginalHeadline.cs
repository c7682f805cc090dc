using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// A portal's re-post labels the headline it copied (原标题：), and a news corpus that kept the re-post as one line runs
/// that headline on into the text: 2023-08-04 21:53，正文：原标题：入户宣传签协议 举手之劳暖人心为进一步提高…，…. The
/// label says a headline starts there; a news item's lead says where the text starts (为进一步…, 近日，, 8月13日，), so the
/// headline is what stands between them, also where it has no kind word to end on and where it is printed in two parts
/// across a space.
/// </summary>
internal static partial class TitleFinder
{
    // The label, after whatever the crawler wrote before it (its stamp and content key: 2023-08-04 21:53，正文：).
    [GeneratedRegex(@"^.{0,30}?原标题\s*[:：]\s*")]
    private static partial Regex OriginalHeadlineLabel();

    // The first words of a news item's lead: its purpose (为进一步…, 为切实…), its time (近日，, 日前, 8月13日，, 2023年8月1日上午)
    // or its basis (根据…). Not a bare 为, which a headline uses for whom it serves (某县为百名老人送温暖).
    [GeneratedRegex(@"^(?:为(?:了|进一步|深入|全面|全力|切实|加快|加强|做好|推动|推进|提升|提高|确保|保障|有效|营造|落实|贯彻|持续|更好|巩固|扎实|积极|助力|维护|防范|严厉|迎接|庆祝|丰富|弘扬|传承|增强|强化|规范|引导|满足|促进|不断)|近日|日前|近期|连日来|今年以来|近年来|根据|按照|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|[，,])|本报讯)")]
    private static partial Regex NewsLeadOpening();

    // Where a re-post's headline is printed in two parts (入户宣传签协议 举手之劳暖人心), one space stands between them.
    private const int MaxHeadlineParts = 2;

    /// <summary>
    /// A flattened re-post's opening split where its original headline ends and the lead begins: the label and the
    /// headline as one line, the text from the lead on as the other. Null where no lead opens within a title's length
    /// before the first clause, or what stands before it reads as no headline.
    /// </summary>
    private static IReadOnlyList<BodyLine>? OriginalHeadlineOpening(string line)
    {
        // Read in simplified script (原標題), one character for one, as the title finder reads every line.
        var matching = ChineseNumerals.DatesToDigits(ChineseText.ForMatching(line));
        if (matching.Length != line.Length) return null;
        var label = OriginalHeadlineLabel().Match(matching);
        if (!label.Success) return null;
        int start = label.Length;
        int limit = Math.Min(line.Length, start + MaxTitleLength);
        for (int end = start + GluedHeadingMin; end < limit; end++)
        {
            if (ClausePunctuation.Contains(matching[end - 1])) return null;
            if (!NewsLeadOpening().IsMatch(matching.AsSpan(end))) continue;
            var headline = line[start..end].Trim();
            if (headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadlineParts || !Plausible(Clean(headline))) return null;
            return [new BodyLine(line[..end].TrimEnd(), IsHeading: true), new BodyLine(line[end..])];
        }
        return null;
    }
}
