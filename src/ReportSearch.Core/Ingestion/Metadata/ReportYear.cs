using ReportSearch.Analysis;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// The year a report is about, by kind, with the evidence it rests on. Strong evidence sets the year facet; a year
/// that is only the first one the opening mentions is a mentioned year, never the report's own.
/// <list type="bullet">
/// <item>a policy, reply or law: its own date (成文, 印发, signature), never a posting date when it has its own;</item>
/// <item>a government work report: the session's year — the title's year, the session line's date, the national
/// congress's numbers, or the year the report plans (2020年工作安排) or reviews plus one (2019年工作回顾);</item>
/// <item>a summary, plan or 要点: the title's year (the first: 2022年工作总结和2023年工作计划 is 2022), else the year
/// the opening speaks of;</item>
/// <item>news and the rest: the title's year, else the document's date, else the posting date.</item>
/// </list>
/// The latest plausible year comes from the injected clock: a year after next year is a target, not a report's.
/// </summary>
internal static partial class ReportYear
{
    public sealed record Result(int? Year, MetadataOrigin Origin, IReadOnlyList<int> Mentioned);

    /// <summary>The latest year a report may be about by the injected clock: next year's plan is written this year.</summary>
    public static int LatestPlausible(TimeProvider clock) => clock.GetUtcNow().Year + 1;

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex YearInText();

    // A year that is a target or a horizon, never the report's own: 到2027年, 力争到2035年, 至2030年, 2035年远景目标;
    // or one cited as the origin of something: 原2007年印发的…, 自2015年以来; or the base a figure is compared with:
    // 比2006年增长, 较2015年提高, 由2010年的162.4亿元增加到….
    // A deadline is a target too: 截止于2026年12月31日, 申请受理截止时间为2026年12月31日 (截止, as often written for 截至).
    [GeneratedRegex(@"(?:到|至|力争|截至|截止于?|止(?:时间|日期)为|远景|目标|前|后|原|自|从|比|较|由)\s*$")]
    private static partial Regex TargetBefore();

    // The end of a period (2014-2018年, 2021—2025年): a plan's horizon, never the report's own year.
    [GeneratedRegex(@"(?:19|20)\d{2}\s*年?\s*[-—–－~～]\s*$")]
    private static partial Regex SpanEndBefore();

    private const int SpanStartChars = 8;

    // What follows a year can make it a horizon or a starting point: 2035年远景目标, 2020年前, 2005年以来, 2007年印发的;
    // or the base a figure is a multiple of (完成生产总值126.4亿元，是2006年的2.2倍), as 比2006年增长 is.
    [GeneratedRegex(@"^\s*年\s*(?:远景目标|目标|前|以前|以来|印发|制定|出台|发布|颁布|版|[末底]?的\s*[\d.一二两三四五六七八九十]+\s*倍)")]
    private static partial Regex NotOwnYearAfter();

    // A day that bounds a period, 前 or 以后 after it: a deadline (在2026年6月30日前缴清契税) or a cut-off (2014年12月31日前
    // 发放的贷款, 2016年1月1日及以后出生): a policy's terms, never its own year, as 2020年前 is not.
    // The day a text lapses is one too (2027年12月25日废止, 2025年12月31日止).
    [GeneratedRegex(@"^\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:[（(][^）)]{1,6}[）)])?\s*(?:及|或)?(?:前|以前|之前|以后|之后|废止|失效|止|到期)")]
    private static partial Regex BoundingDayAfter();

    private const int BoundingDayChars = 20;

    // A review published at the start of 2024 looks ahead to 2024 (部署2024年各项工作, 展望2024年) but is about 2023.
    [GeneratedRegex(@"(?:部署|谋划|安排|展望|规划)\s*$")]
    private static partial Regex LooksAhead();

    // A work report plans the session's year: 2020年工作安排, 2020年政府工作的总体要求和主要预期目标, 对今后五年和2012年的
    // 工作提出建议, 今年…
    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年(?:政府)?(?:的)?(?:工作(?:提出)?(?:安排|任务|建议|部署|思路|重点)|主要(?:预期)?目标|主要工作|经济社会发展(?:的)?主要(?:预期)?目标|重点工作)")]
    private static partial Regex PlannedYear();

    // A local congress or a street's deliberative assembly in session: 人民代表大会第六次会议, 议政代表会第五次会议.
    [GeneratedRegex(@"代表(?:大)?会第[一二三四五六七八九十\d]+次会议")]
    private static partial Regex LocalSession();

    // …and reviews the year before: 2019年工作回顾, 一、2019年工作回顾, a heading 一、关于2014年政府工作.
    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年(?:(?:政府)?工作)?回顾|关于(?<year>(?:19|20)\d{2})\s*年政府工作(?=\s*(?:\n|$))")]
    private static partial Regex ReviewedYear();

    private static readonly HashSet<string?> ReviewKinds = ["总结", "计划", "要点"];

    // The period a report's figures cover, one calendar year: 统计时限为2025年1月1日至2025年12月31日, 统计期限自2021年1月1日起至2021年12月31日止.
    [GeneratedRegex(@"(?:统计|数据)[^。]{0,12}?(?:时限|期限|期间|区间|时段|时间)[^。\d]{0,6}?(?<year>(?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日\s*起?\s*(?:至|到|-|—|－)\s*\k<year>\s*年\s*12\s*月\s*31\s*日")]
    private static partial Regex ReportingPeriod();

    /// <param name="docNumberYear">The year in the document's 文号 (国发〔2017〕35号 → 2017): a policy's own year when it states no date.</param>
    public static Result Of(string? title, string? kind, bool workReport, DocumentDates.Found dates, IReadOnlyList<string> matching, int latestYear, int? docNumberYear = null)
    {
        var opening = string.Join('\n', matching.Take(40));
        var mentioned = MentionedYears(opening, latestYear);
        var own = Own(title, kind, workReport, dates, opening, latestYear, docNumberYear);
        return new Result(own.Year, own.Origin, mentioned.Where(y => y != own.Year).ToList());
    }

    private static (int? Year, MetadataOrigin Origin) Own(string? title, string? kind, bool workReport, DocumentDates.Found dates, string opening, int latestYear, int? docNumberYear)
    {
        var fromTitle = YearInTitleOf(title, latestYear);
        int? ownDate = dates.Date is not null && !dates.DateIsPosting ? int.Parse(dates.Date[..4]) : null;
        int? posting = dates.Date is not null && dates.DateIsPosting ? int.Parse(dates.Date[..4]) : null;

        if (workReport)
        {
            // The session line's date is the session's year, also where the title names the year reviewed
            // (紫帽镇人民政府2022年工作报告 delivered in January 2023) or the next one (a 2020 report heard in December 2019).
            if (dates.DateFromVenue && ownDate is not null) return (ownDate, MetadataOrigin.SessionLine);
            // A title naming the year the report reviews (紫帽镇人民政府2022年工作报告 over 一、2022年工作回顾) is one
            // year behind the session's.
            if (fromTitle is not null && FirstYear(ReviewedYear(), opening, latestYear) == fromTitle) return (fromTitle + 1, MetadataOrigin.Title);
            if (fromTitle is not null) return (fromTitle, MetadataOrigin.Title);
            if (CongressSession.YearIn(opening) is { } session) return (session, MetadataOrigin.SessionLine);
            if (FirstYear(PlannedYear(), opening, latestYear) is { } planned) return (planned, MetadataOrigin.Body);
            if (FirstYear(ReviewedYear(), opening, latestYear) is { } reviewed) return (reviewed + 1, MetadataOrigin.Body);
            if (SessionYearInWords(opening, latestYear) is { } spoken) return (spoken, MetadataOrigin.Body);
            if (ownDate is not null) return (ownDate, MetadataOrigin.Document);
            return (posting, MetadataOrigin.Header);
        }
        // A policy, reply or law is of the year it was written or passed; a year in its title is its subject
        // (关于同意…申办2009年…运动会的复函).
        bool policy = kind is not (null or "报告" or "总结" or "计划" or "要点" or "规划" or "方案" or "新闻");
        if (policy && ownDate is not null) return (ownDate, MetadataOrigin.Document);
        // A policy re-posted years later: its 文号's year is its own, the posting date is not.
        if (policy && docNumberYear is not null && docNumberYear <= latestYear) return (docNumberYear, MetadataOrigin.Document);
        // A news item is of the day it reports: 长春市绿园区2021年“十大新闻事件”揭晓, posted on 2022-01-21, is 2022 news
        // looking back on the year just ended. Only the next year: a date years after the title's is a re-posting.
        if (kind == "新闻" && (ownDate ?? posting) is { } reported && fromTitle is not null && reported == fromTitle + 1 && reported <= latestYear)
            return (reported, ownDate is not null ? MetadataOrigin.Document : MetadataOrigin.Header);
        // A headline of a summing-up or planning meeting (我镇召开2023年度工作总结大会 over 1月5日，…) names the year
        // reviewed or planned, not the meeting's own.
        if (kind is null or "新闻" && fromTitle is not null && MeetingYear(title!, opening, latestYear) is { } held) return (held, MetadataOrigin.Body);
        if (fromTitle is not null) return (fromTitle, MetadataOrigin.Title);
        // A policy without its own date that names the day it takes effect (本通知自2024年9月30日起施行) was written
        // shortly before: that day's year, or the year before for New Year's Day (a rule in force from 1 January is issued
        // in December or earlier). policy-scan's tune part, the 153 records that state such a day: 143 right (135 with
        // the day's year alone); the year the body gives most often was right for about two in three.
        if ((policy || kind is null) && InForceYear(dates.InForceFrom, latestYear) is { } inForce) return (inForce, MetadataOrigin.Document);
        // An annual report states the year it covers: 本报告中所列数据统计期限自2025年1月1日至2025年12月31日 (an annual
        // 政府信息公开 report is dated in January of the next year).
        if (!policy && FirstYear(ReportingPeriod(), opening, latestYear) is { } covered) return (covered, MetadataOrigin.Body);
        // Without that line: the annual 政府信息公开 report is published by 31 March of the next year (the 条例's
        // 每年3月31日前公布上一年度报告), so dated then it covers the year before; its page's 生成 date is not its year.
        if (AnnualDisclosureReport(title) && dates.Date is { } dated && int.Parse(dated[5..7]) <= DisclosureReportDueMonth)
            return (int.Parse(dated[..4]) - 1, MetadataOrigin.Body);
        if (ReviewKinds.Contains(kind) && YearOfOpening(opening, latestYear) is { } y) return (y, MetadataOrigin.Body);
        if (ownDate is not null) return (ownDate, MetadataOrigin.Document);
        if (CongressSession.YearIn(opening) is { } s) return (s, MetadataOrigin.SessionLine);
        // A text that opens on its own year (2019年，涟水县将…; 2017年末，全县总户数…) posted two years or more after it
        // is a re-posting: the year it speaks of stands, as a title's year does.
        if (posting is not null && LeadYear(opening, latestYear) is { } lead && posting >= lead + RepostingGap) return (lead, MetadataOrigin.Body);
        if (posting is not null) return (posting, MetadataOrigin.Header);
        // News of a people's congress session dated by day and month only (1月17日，友谊县第十二届人民代表大会第三次会议
        // 开幕): the session's year is the one the work report plans, or the one it reviews plus one.
        if (kind is null or "新闻" && LocalSession().IsMatch(opening))
        {
            // The session hears the budget's execution and approves the next one (2024年财政预算执行情况和2025年财政预算
            // 草案的报告): it sits in the year of the budget it approves.
            if (FirstYear(PlanAfterExecution(), opening, latestYear) is { } budget) return (budget, MetadataOrigin.Body);
            if (FirstYear(PlannedYear(), opening, latestYear) is { } planned) return (planned, MetadataOrigin.Body);
            if (FirstYear(ReviewedYear(), opening, latestYear) is { } reviewed) return (reviewed + 1, MetadataOrigin.Body);
            if (SessionYearInWords(opening, latestYear) is { } spoken) return (spoken, MetadataOrigin.Body);
            // …会议指出,2022年,在区委、区政府的坚强领导下…: the year the session looks back on.
            if (FirstYear(YearUnderReview(), opening, latestYear) is { } underReview && underReview + 1 <= latestYear) return (underReview + 1, MetadataOrigin.Body);
        }
        if (kind is null or "新闻" && MeetingYear(opening, opening, latestYear) is { } meeting) return (meeting, MetadataOrigin.Body);
        // Last, the first year of the opening that is neither a target nor an origin: weak evidence (Body), which a
        // stronger source (sidecar, header, path) replaces. A profile's first year is often its unit's history
        // (1986年建镇): its figures' year instead.
        if (kind == "简介") return (YearOfProfile(opening, latestYear), MetadataOrigin.Body);
        return (YearOfOpening(opening, latestYear, NewestCitedNumberYear(opening, latestYear)), MetadataOrigin.Body);
    }

    // A text is written no earlier than the newest document it cites: 根据…(成委发〔2022〕41号)… is of 2022 or later, so
    // a year it names in passing (社保最早缴纳时间即1992年7月) is not its own.
    private static int? NewestCitedNumberYear(string opening, int latestYear)
    {
        int? newest = null;
        foreach (var (_, _, number) in DocNumberText.FindAll(Head(opening)))
            if (DocNumberText.YearOf(number) is { } year && year <= latestYear && year > (newest ?? 0)) newest = year;
        return newest;
    }

    private static int? InForceYear(string? day, int latestYear)
    {
        if (day is null) return null;
        int year = int.Parse(day[..4]) - (day.EndsWith("-01-01", StringComparison.Ordinal) ? 1 : 0);
        return year >= 1949 && year <= latestYear ? year : null;
    }

    /// <summary>
    /// The year of a meeting <paramref name="text"/> names, by the month of the news item's dateline in
    /// <paramref name="opening"/>: a year's summing-up meeting early in the next (2月23日上午,燕东街道召开了2010年度工作
    /// 总结表彰大会) is of the next year, one in the year's last months of that year; a meeting planning the next year's
    /// work late in the year (12月28日，某镇召开2024年工作务虚会) is of the year it is held in, and so is the collection of
    /// the next year's contributions. Null without a dateline.
    /// </summary>
    private static int? MeetingYear(string text, string opening, int latestYear)
    {
        if (MonthOfDateline(opening) is not { } month) return null;
        if (FirstYear(SummingUpMeeting(), text, latestYear) is { } summed)
        {
            if (month <= EarlyMonths && summed + 1 <= latestYear) return summed + 1;
            if (month >= LateMonths) return summed;
        }
        if (month >= LateMonths && FirstYear(PlanningMeeting(), text, latestYear) is { } planning) return planning - 1;
        if (month >= CollectionMonths && FirstYear(NextYearsContributions(), text, latestYear) is { } covered) return covered - 1;
        return null;
    }

    // The residents' insurance contributions for a year are collected from the autumn before it (某镇召开2024年度城乡
    // 居民医保征缴工作推进会 on 9月12日, 2023).
    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年度?[^。，,；;\d]{0,20}?(?:征缴|参保缴费|参保登记|缴费)")]
    private static partial Regex NextYearsContributions();

    private const int CollectionMonths = 9;

    private const int RepostingGap = 2;
    private const int LeadLines = 3;

    // A line that opens on a year as its time frame: 2019年，… / 2017年末，… / 2020年上半年，… / 2006年3月5日，… /
    // 2024年4月3日下午，…; not on an origin (2019年以来，…).
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})\s*年(?:末|底|初|上半年|下半年|前三季度|\d{1,2}\s*月(?:\s*\d{1,2}\s*日(?:上午|下午|晚上|晚|中午|凌晨|早上)?)?)?\s*[，,]")]
    private static partial Regex YearLead();

    // A news lead's first sentence giving its event's day: 新年伊始，某协会于2019年1月10日在某中学举行…
    [GeneratedRegex(@"^[^。！？]{0,40}?于\s*(?<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")]
    private static partial Regex EventDayInLead();

    private static int? LeadYear(string opening, int latestYear)
    {
        var lines = opening.Split('\n').Take(LeadLines).Select(l => l.Trim()).ToList();
        for (int i = 0; i < lines.Count; i++)
            // The event's day only in the text's first sentence: later ones tell of the past (该项目于2019年5月1日开工).
            if ((YearLead().Match(lines[i]) is { Success: true } m || i == 0 && (m = EventDayInLead().Match(lines[i])).Success)
                && DigitText.Value(m.Groups["year"].Value) is var year && year >= 1949 && year <= latestYear)
                return year;
            // A year inside an earlier line (8月10日至11日，2024年…棋王赛在某县举行) is the text's first: a later line
            // opening on another (2021年，某中心开班…) is its history, not its lead.
            else if (YearInText().IsMatch(lines[i])) return null;
        return null;
    }

    private const int DisclosureReportDueMonth = 3;
    private const int EarlyMonths = 3;
    private const int LateMonths = 11;

    // A session looking back: 2022年,在区委、区政府的坚强领导下; 2010年度工作总结.
    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年度?(?:\s*[,，]\s*在[^。]{2,30}?领导下|(?:政府|全镇|全乡|街道)?工作总结)")]
    private static partial Regex YearUnderReview();

    // A meeting looking back on a year: its summing-up, its commendations, its leaders' reports and reviews (述职评议),
    // its party groups' annual self-criticism (民主生活会): 2010年度工作总结表彰大会, 2023年度先进集体和先进个人表彰大会.
    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年度?[^。，,；;\d]{0,20}?(?:(?:总结|表彰|述职|评议)[^。，,；;\d]{0,10}?(?:大会|会议|会)|(?:民主|组织)生活会)")]
    private static partial Regex SummingUpMeeting();

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年度?\s*(?:工作)?(?:务虚会|谋划会|部署会|计划会|思路研讨会)")]
    private static partial Regex PlanningMeeting();

    // 2月23日上午,…: a news item dated by its day and month only.
    // At the start of one of the first lines (under the headline).
    [GeneratedRegex(@"(?:^|\n)\s*(?<m>\d{1,2})\s*月\s*\d{1,2}\s*日")]
    private static partial Regex DatelineMonth();

    private const int DatelineWindow = 300;

    private static int? MonthOfDateline(string opening) =>
        DatelineMonth().Match(opening, 0, Math.Min(DatelineWindow, opening.Length)) is { Success: true } m && DigitText.Value(m.Groups["m"].Value) is var month and >= 1 and <= 12 ? month : null;

    private static bool AnnualDisclosureReport(string? title) =>
        title is not null && title.Contains("信息公开", StringComparison.Ordinal) && title.Contains("年度报告", StringComparison.Ordinal);

    // How a session's speech places itself in time: 刚刚过去的2018年 (the year just ended: the session is the next),
    // 即将过去的2020年 (a December session: the year itself).
    [GeneratedRegex(@"刚刚?过去的\s*(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex JustEndedYear();

    [GeneratedRegex(@"即将过去的\s*(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex EndingYear();

    // 回顾“十一五”工作,展望“十二五”: a session between two five-year plans sits in the first year of the next.
    [GeneratedRegex(@"回顾[^。]{0,6}?十(?<done>[一二三四])五[^。]{0,30}?展望[^。]{0,6}?十(?<next>[二三四五])五")]
    private static partial Regex BetweenPlans();

    private static int? SessionYearInWords(string opening, int latestYear)
    {
        if (FirstYear(JustEndedYear(), opening, latestYear) is { } ended && ended + 1 <= latestYear) return ended + 1;
        if (FirstYear(EndingYear(), opening, latestYear) is { } ending) return ending;
        if (BetweenPlans().Match(opening) is { Success: true } plans && ChineseNumerals.Value(plans.Groups["next"].Value) == ChineseNumerals.Value(plans.Groups["done"].Value) + 1)
        {
            // 十一五 began in 2006; each plan is five years.
            int year = 2006 + 5 * (ChineseNumerals.Value(plans.Groups["next"].Value) - 1);
            return year <= latestYear ? year : null;
        }
        return null;
    }

    private static int? FirstYear(Regex pattern, string opening, int latestYear)
    {
        foreach (Match m in pattern.Matches(opening))
        {
            int year = DigitText.Value(m.Groups["year"].Value);
            if (year >= 1949 && year <= latestYear) return year;
        }
        return null;
    }

    // 2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划(草案)的报告: a report to the congress on the
    // plan or budget it asks to approve, of that plan's year.
    [GeneratedRegex(@"执行情况(?:与|和|及|暨)(?<year>(?:19|20)\d{2})\s*年.{0,20}?(?:计划|预算)")]
    private static partial Regex PlanAfterExecution();

    public static int? YearInTitleOf(string? title, int latestYear)
    {
        if (title is null) return null;
        if (PlanAfterExecution().Match(title) is { Success: true } plan && DigitText.Value(plan.Groups["year"].Value) is var planYear && planYear >= 1949 && planYear <= latestYear)
            return planYear;
        foreach (Match m in YearInTitle().Matches(title))
        {
            int year = DigitText.Value(m.Groups["year"].Value);
            if (year < 1949 || year > latestYear) continue;
            if (TargetBefore().IsMatch(title.AsSpan(0, m.Index).ToString())) continue;
            if (NotOwnYearAfter().IsMatch(title.AsSpan(m.Index + m.Length).ToString())) continue;
            // 2021—2025年规划: a span names its first year.
            return year;
        }
        return null;
    }

    // The year the opening gives most often, of those neither a target nor an origin (the latest of a tie): a body-only
    // policy or news item cites an older rule's start (对2016年7月1日以后…购买的, 惠州于2017年4月份落实限售政策) or a
    // notice's number ((2021年第24号)) before it states its own year's dates again and again. The first year was taken
    // until 2026-12-06: in policy-scan's held-out part (counted only) years two or more off went 50 → 33, right 380 → 389;
    // in the labelled set's held-out part right 193 → 192.
    private static int? YearOfOpening(string opening, int latestYear, int? citedNumberYear = null)
    {
        var head = Head(opening);
        int oldest = Math.Max(LastDayOfTerms(head, latestYear) is { } last ? last - MaxTermYears : int.MinValue, citedNumberYear ?? int.MinValue);
        return OwnYearCandidates(head, latestYear).Where(c => !c.NotOwn).Select(c => c.LooksAhead ? c.Year - 1 : c.Year).Where(year => year >= oldest)
            .GroupBy(year => year).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
    }

    // The last day a policy's terms run to (自发文之日起至2024年12月31日, 2025年6月30日止): the text was written within a few
    // years before it, so a year far older is one it cites (a birth-date bracket 1987年7月2日至…, 2016年"全面两孩"政策实施之后),
    // never its own. Only a day by the clock's next year: terms running further ahead (至2035年12月31日) bound nothing.
    [GeneratedRegex(@"(?:至|到|截至|截止(?:于|到)?)\s*(?<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:止|废止|失效|到期)")]
    private static partial Regex LastDayOfTermsPattern();

    private const int MaxTermYears = 5;

    private static int? LastDayOfTerms(string text, int latestYear)
    {
        int? last = null;
        foreach (Match m in LastDayOfTermsPattern().Matches(text))
            if (DigitText.Value(m.Groups["year"].Value) is var year && year > (last ?? 0) && year <= latestYear) last = year;
        return last;
    }

    private const int OpeningChars = 2000;

    private static string Head(string opening) => opening.Length > OpeningChars ? opening[..OpeningChars] : opening;

    [GeneratedRegex(@"^\s*年\s*\d{1,2}\s*月")]
    private static partial Regex MonthAfter();

    // What a unit or a thing became in a year of its history (成立, 建镇, 撤乡设镇, 更名 …): one list for both rules below.
    private const string HistoryVerbs = "成立|建镇|建乡|建区|建县|建市|建制|设立|设镇|设乡|组建|撤|更名|改称|改名|改为|划归|划入|始建|建成|竣工|命名";

    // A year an event happened, the verb right after it (1958年成立, 1995年5月撤乡建镇, 1998年建成的): history.
    [GeneratedRegex(@"^\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:" + HistoryVerbs + ")")]
    private static partial Regex EventYearAfter();

    // The year an event began, 以来 after it (2020年新冠肺炎疫情发生以来, 2018年脱贫攻坚战打响以来): the start of a span
    // reaching the document, never its own year, even where it opens the text (as 2022年以来， does in a summary of 2022).
    [GeneratedRegex(@"^\s*年[^，,。；;\d]{0,12}?(?:发生|爆发|暴发|开始|启动|实施|开展|打响|出台|颁布|换届)以来")]
    private static partial Regex EventStartAfter();

    // The year of an event the story goes on from, 后 after it (2008年返乡后，他…; 2019年机构改革后，): a point behind
    // the text's own time, as 以来 is. Not a time within the year (2022年春节后, 2021年底以后, 2020年5月后): the year's own.
    [GeneratedRegex(@"^\s*年(?![^，,。；;]*?(?:节|初|底|末|月|季度|半年))[^，,。；;\d]{1,10}?后[，,]")]
    private static partial Regex EventAfter();

    private const int EventStartWindow = 20;

    // Whether a position lies inside 《…》 (a cited document's title) in the text before it.
    private static bool InsideCitedTitle(string text, int at)
    {
        int open = text.LastIndexOf('《', at == 0 ? 0 : at - 1);
        return open >= 0 && at - open <= MaxCitedTitle && text.IndexOf('》', open) is var close && (close < 0 || close > at);
    }

    private const int MaxCitedTitle = 80;

    // A unit's history in its profile: 1986年建镇, 1995年5月成立, 2001年撤乡设镇, 2013年更名为….
    // A profile's history may name its subject between (1958年由某乡析出成立, 2013年经省政府批准更名): a wider gap.
    [GeneratedRegex(@"^\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[^，,。；;]{0,8}?(?:" + HistoryVerbs + "|批准)")]
    private static partial Regex FoundingAfter();

    // A profile is of the year its figures are (截至2020年末, 2020年户籍人口): the latest year it gives that is not its
    // unit's history.
    private static int? YearOfProfile(string opening, int latestYear)
    {
        var head = Head(opening);
        int? latest = null;
        foreach (var (year, _, end, _) in OwnYearCandidates(head, latestYear).Where(c => !c.NotOwn))
            if (!FoundingAfter().IsMatch(head.AsSpan(end, Math.Min(16, head.Length - end)).ToString()) && !PlannedBefore(head, end - YearDigits) && year > (latest ?? 0)) latest = year;
        return latest;
    }

    // A profile describes what is, so a year it plans or forecasts for (计划2035年达到2000亩, 预计2025年建成, 争取…, 确保…)
    // is ahead of it, even once the clock has passed it: a township's profile of 2009 planning its fields for 2022 had
    // been dated 2022. Not in plans and policies, whose 确保2024年…完成 is their own year's task.
    [GeneratedRegex(@"(?:计划|预计|争取|确保|有望)\s*$")]
    private static partial Regex PlannedVerbBefore();

    private const int YearDigits = 4;

    private static bool PlannedBefore(string text, int yearStart) =>
        yearStart > 0 && PlannedVerbBefore().IsMatch(text.AsSpan(Math.Max(0, yearStart - 4), Math.Min(4, yearStart)).ToString());

    // Years the opening names that are not targets or origins: searchable as mentioned years.
    private static List<int> MentionedYears(string opening, int latestYear) =>
        OwnYearCandidates(Head(opening), latestYear).Select(c => c.Year).Distinct().Take(5).ToList();

    // The date of another document the text cites: 1998年9月22日上海市…会议通过的《…》同时废止, 2007年印发的《…预案》,
    // 《…办法》(…,2021年8月9日修订版). Only a full date counts: 2022年,我镇执行县政府印发的《…》 is the text's own year.
    [GeneratedRegex(@"^\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:[^。；;，,]{0,60}?(?:通过|发布|印发|公布|批准)的《|[^。；;]*?(?:同时|即行)废止|\s*(?:修订|修正)(?:版|稿|本))")]
    private static partial Regex CitedDocument();

    private const int CitedWindow = 80;

    // 2022年以来,在区委、区政府的正确领导下,未央宫街道…: a summary's first words, its own year (a year 以来 later in the
    // text is a starting point).
    [GeneratedRegex(@"^\s*年以来\s*[,，]")]
    private static partial Regex SinceOpening();

    private const int OpeningLinesForSince = 3;

    private static bool OpensTheText(string opening, int start, int yearEnd) =>
        (start == 0 || opening[start - 1] == '\n') && opening.AsSpan(0, start).Count('\n') < OpeningLinesForSince
        && SinceOpening().IsMatch(opening.AsSpan(yearEnd, Math.Min(8, opening.Length - yearEnd)).ToString());

    // A line that is a year alone, after a bullet: ·2025年, 2024年度.
    [GeneratedRegex(@"^[\s·•\-*>]*(?:19|20)\d{2}\s*年度?\s*$")]
    private static partial Regex LoneYearLine();

    /// <summary>
    /// Whether the year at <paramref name="at"/> stands alone on its line next to another such line: a site's menu of
    /// years (政府信息公开年报 ·2025年 ·2024年 ·2023年 …), which says nothing of the document's own.
    /// </summary>
    private static bool InYearMenu(string text, int at)
    {
        var (start, end) = LineAround(text, at);
        if (!LoneYearLine().IsMatch(text.AsSpan(start, end - start))) return false;
        if (start > 0 && LineAround(text, start - 1) is var (ps, pe) && LoneYearLine().IsMatch(text.AsSpan(ps, pe - ps))) return true;
        return end < text.Length && LineAround(text, end + 1) is var (ns, ne) && LoneYearLine().IsMatch(text.AsSpan(ns, ne - ns));
    }

    // The line holding position at: its start and its end (the index of its '\n', or the text's length).
    private static (int Start, int End) LineAround(string text, int at)
    {
        int start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        int end = text.IndexOf('\n', at);
        return (start, end < 0 ? text.Length : end);
    }

    private static IEnumerable<(int Year, bool LooksAhead, int End, bool NotOwn)> OwnYearCandidates(string opening, int latestYear)
    {
        foreach (Match m in YearInText().Matches(opening))
        {
            int year = DigitText.Value(m.Groups["year"].Value);
            if (year < 1949 || year > latestYear || InYearMenu(opening, m.Index)) continue;
            var before = opening.AsSpan(Math.Max(0, m.Index - 4), Math.Min(4, m.Index)).ToString();
            if (TargetBefore().IsMatch(before)) continue;
            if (SpanEndBefore().IsMatch(opening.AsSpan(Math.Max(0, m.Index - SpanStartChars), Math.Min(SpanStartChars, m.Index)))) continue;

            // The match ends after 年: look at what follows the year itself.
            int yearEnd = m.Groups["year"].Index + m.Groups["year"].Length;
            if (NotOwnYearAfter().IsMatch(opening.AsSpan(yearEnd, Math.Min(8, opening.Length - yearEnd)).ToString()) && !OpensTheText(opening, m.Index, yearEnd)) continue;
            if (BoundingDayAfter().IsMatch(opening.AsSpan(yearEnd, Math.Min(BoundingDayChars, opening.Length - yearEnd)))) continue;

            if (CitedDocument().IsMatch(opening.AsSpan(yearEnd, Math.Min(CitedWindow, opening.Length - yearEnd)).ToString())) continue;
            // A year inside a cited title (根据《2018年度考核办法》) is that document's, and the year of an event in a unit's or
            // a thing's history (1958年成立…, 1998年建成的老桥) is history's: mentioned years, never the document's own.
            bool notOwn = InsideCitedTitle(opening, m.Index) || EventYearAfter().IsMatch(opening.AsSpan(yearEnd, Math.Min(12, opening.Length - yearEnd)))
                || EventStartAfter().IsMatch(opening.AsSpan(yearEnd, Math.Min(EventStartWindow, opening.Length - yearEnd)))
                || EventAfter().IsMatch(opening.AsSpan(yearEnd, Math.Min(EventStartWindow, opening.Length - yearEnd)));
            // Looking ahead to a year's work (部署2024年各项工作), not to a day in it (部署2023年4月1日至6月30日开展的检查).
            bool looksAhead = LooksAhead().IsMatch(before) && !MonthAfter().IsMatch(opening.AsSpan(yearEnd, Math.Min(6, opening.Length - yearEnd)));
            yield return (year, looksAhead, yearEnd, notOwn);
        }
    }
}
