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

    // The time a news item's lead opens on: 近日，, 日前, 8月13日，, 2023年8月1日上午.
    private const string LeadTime = @"近日|日前|近期|连日来|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|[，,])";

    // The first words of a news item's lead: its purpose (为进一步…, 为切实…), its time (近日，, 日前, 8月13日，, 今年5月，,
    // 2023年8月1日上午) or its basis (根据…). Not a bare 为, which a headline uses for whom it serves (某县为百名老人送温暖).
    [GeneratedRegex(@"^(?:为(?:了|进一步|深入|全面|全力|切实|充分|加快|加强|做好|推动|推进|提升|提高|确保|保障|有效|营造|落实|贯彻|持续|更好|巩固|扎实|积极|助力|维护|防范|严厉|迎接|庆祝|丰富|弘扬|传承|增强|强化|规范|引导|满足|促进|不断|倡导|牢固)|自[^，。！？；：]{1,20}以来[，,]|" + LeadTime + @"|眼下|今年以来|近年来|随着|根据|按照|今年\d{1,2}月|本报讯)")]
    private static partial Regex NewsLeadOpening();

    // Where a re-post's headline is printed in two parts (入户宣传签协议 举手之劳暖人心), one space stands between them.
    private const int MaxHeadlineParts = 2;

    // A lead may open on a quoted remark, a sentence or more (“垃圾分类、你我同行……”眼下，…); a quotation in a headline
    // names a campaign or a phrase (擦亮“文明底色”) without a sentence's punctuation.
    [GeneratedRegex(@"^“[^“”]{0,60}[，。！？、…；][^“”]{0,120}”")]
    private static partial Regex QuotedRemark();

    // A headline may open on its place or body and a colon (八步区：通过…), and exclaim (涉案140万余元！青海警方抓获11人).
    private const int MaxHeadlinePrefix = 12;

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
        if (CreditOpening(line, matching, start) is { } credited) return credited;
        int limit = Math.Min(line.Length, start + MaxTitleLength);
        int colon = -1, comma = -1;
        for (int end = start + GluedHeadingMin; end < limit; end++)
        {
            char last = matching[end - 1];
            if (last is '：' or ':' && colon < 0 && end - 1 - start <= MaxHeadlinePrefix) colon = end - 1;
            // The headline printed twice (水部街道：聚焦… 水部街道：聚焦…) prints its prefix twice.
            else if (last is '：' or ':' && colon >= 0 && RepeatsPrefix(matching, start, colon, end)) { }
            // A headline may hold one comma between its two parts (粗心母亲忙购物弄丢孩子，枣阳民警及时帮其找回), outside a
            // quotation (a remark's comma is the lead's) and where no exclamation parts it further.
            else if (last is '，' or ',' && comma < 0 && OpenQuotations(matching, start, end - 1) == 0 && matching.AsSpan(start, end - start).IndexOfAny("！!？?") < 0) comma = end - 1;
            else if (last is '！' or '!' or '？' or '?' && comma >= 0) return null;
            else if (last is not ('！' or '!' or '？' or '?') && ClausePunctuation.Contains(last)) return null;
            if (comma >= 0 && end - comma > MaxPartAfterComma) return null;
            // A quoted remark opens the lead only after a headline in two parts, which is whole before it: a quotation
            // further on in one part may be a caption's or the lead's own.
            bool lead = NewsLeadOpening().IsMatch(matching.AsSpan(end))
                || QuotedRemark().IsMatch(matching.AsSpan(end)) && InTwoParts(line.AsSpan(start, end - start).Trim());
            if (!lead) continue;
            // Past a comma only a lead's time or a quoted remark ends the headline: its purpose (为…) may be the text's
            // first clause's.
            if (comma >= 0 && !TimeOrRemarkLead().IsMatch(matching.AsSpan(end))) return null;
            var headline = line[start..end].Trim();
            var cleaned = Clean(headline);
            bool printedTwice = 2 * cleaned.Length <= headline.Count(c => !char.IsWhiteSpace(c));
            if (!printedTwice && headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadlineParts || !Plausible(cleaned)) return null;
            return [new BodyLine(line[..end].TrimEnd(), IsHeading: true), new BodyLine(line[end..])];
        }
        return null;
    }

    // A re-posting account's credit after the original headline (本文转自【某某警方】；): what follows is the text as posted.
    [GeneratedRegex(@"本文转自\s*【[^【】]{1,20}】\s*[；;：:。]")]
    private static partial Regex RepostCredit();

    /// <summary>
    /// A re-post whose original headline a re-posting account's credit ends (原标题：男子往车上贴…，刚摸到“门路”就被发现本文转自
    /// 【某某公安】；8月7日上午，…), perhaps a clause in it, as a headline may have: the headline as one line, the credit and
    /// the text as the other. Where the text after the credit opens with its own heading ending in a kind word before its
    /// lead (…本文转自【某某警方】；关于征集违法犯罪线索的通告近日，…), that heading is the document's: the label, headline and
    /// credit are one line, the heading another. Null where no credit stands within a title's length.
    /// </summary>
    private static IReadOnlyList<BodyLine>? CreditOpening(string line, string matching, int start)
    {
        var credit = RepostCredit().Match(matching, start, Math.Min(matching.Length - start, MaxTitleLength + RepostCreditReach));
        if (!credit.Success || credit.Index - start < GluedHeadingMin || credit.Index - start > MaxTitleLength) return null;
        int after = credit.Index + credit.Length;
        while (after < line.Length && char.IsWhiteSpace(line[after])) after++;
        if (OwnHeadingBeforeLead(matching, after) is int headingEnd)
            return [new BodyLine(line[..after].TrimEnd()), new BodyLine(line[after..headingEnd], IsHeading: true), new BodyLine(line[headingEnd..])];
        var headline = line[start..credit.Index].Trim();
        return Plausible(Clean(headline)) ? [new BodyLine(line[..credit.Index].TrimEnd(), IsHeading: true), new BodyLine(line[credit.Index..])] : null;
    }

    // A credit may name its account in a few characters more than a title holds.
    private const int RepostCreditReach = 30;

    // Where a heading ending in a kind word, opening at from, meets the lead (关于…的通告近日，…); null where none does.
    private static int? OwnHeadingBeforeLead(string matching, int from)
    {
        int limit = Math.Min(matching.Length, from + MaxTitleLength);
        for (int end = from + GluedHeadingMin; end < limit; end++)
        {
            if (ClausePunctuation.Contains(matching[end - 1])) return null;
            if (NewsLeadOpening().IsMatch(matching.AsSpan(end)) && KindEnding().IsMatch(matching.AsSpan(from, end - from)) && Plausible(matching[from..end]))
                return end;
        }
        return null;
    }

    // The second part of a headline after its comma is short; a longer run is the lead's first clause.
    private const int MaxPartAfterComma = 20;

    // The separators of a headline's two parts: a space, a comma, a bar (共同富裕新征程｜花园岗村…); not the colon after its
    // unit (枫坪乡：用心织密反诈安全网), whose one part a caption may run into before a remark.
    private static bool InTwoParts(ReadOnlySpan<char> headline) =>
        headline.IndexOfAny(ChineseText.InlineSpaces) >= 0 || headline.IndexOfAny("，,｜|") >= 0;

    // How many quotations (“…”) stand open between start and end.
    private static int OpenQuotations(string matching, int start, int end)
    {
        int open = 0;
        foreach (char c in matching.AsSpan(start, end - start))
            open += c == '“' ? 1 : c == '”' ? -1 : 0;
        return open;
    }

    [GeneratedRegex(@"^(?:" + LeadTime + @"|“)")]
    private static partial Regex TimeOrRemarkLead();

    // Whether the characters before end repeat the headline's prefix up to its colon.
    private static bool RepeatsPrefix(string matching, int start, int colon, int end)
    {
        int length = colon - start + 1;
        return end - start >= 2 * length && matching.AsSpan(end - length, length).SequenceEqual(matching.AsSpan(start, length));
    }
}
