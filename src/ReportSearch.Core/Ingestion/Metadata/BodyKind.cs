using System.Buffers;
using System.Text.RegularExpressions;
using ReportSearch.Analysis;

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
    // Also after a short unit name and glued to the text (镇2016年半年工作总结2016年,我镇…; 2021年上半年某乡政府工作总结…).
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+\s*[、.．]\s*)?[^\s\d，。,]{0,8}?(?:19|20)\d{2}\s*年度?(?:上半年|下半年|半年|全年)?[^\s\d，。,]{0,8}?工作总结")]
    private static partial Regex SummaryHeading();

    // 1月17日下午，…; 1月5日至8日，…: an event reported by its day.
    // Also with its year, where the sentence reports an event: 2026年2月6日,白济汛乡召开…部署会; 2021年11月17日、18日,…召开了….
    // Also a day alone or a span (23日,九道乡召开…; 12月26-27日,…), and a dated sentence after the opening one
    // (为切实做好征兵工作…。1月5日,某镇组织…). Not a day announced ahead (7月26日，某县将在…举办…).
    [GeneratedRegex(@"^\d{1,2}\s*月\s*\d{1,2}\s*(?:[-－~～]\s*\d{1,2}\s*)?[日号](?:至\d{1,2}日)?(?:上午|下午|晚上?)?\s*[，,](?![^。，,]{0,20}?(?:将|拟|定于))|^\d{1,2}\s*日(?:上午|下午|晚上?)?\s*[，,][^。]{0,40}?(?:召开|举行|开幕|闭幕|举办|开展|启动)|^[^。]{4,80}。\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上?)?\s*[，,][^。]{0,60}?(?:召开|举行|开幕|闭幕|举办|开展|启动|组织)|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[,，、至-]*\s*\d{1,2}日)?(?:上午|下午|晚上?)?\s*[，,、]+[^。]{0,60}?(?:召开|举行|开幕|闭幕|举办|开展|启动)")]
    private static partial Regex Dateline();

    // 该乡今年的七大工作任务…: the text speaks of the town in the third person, as a report about it does; the town's
    // own documents say 我镇, 本乡 or 全镇. So of a county or district (该县立足…): its own say 我县 or 全区. A superior's
    // 通报 about one is addressed to units, and is not read so.
    [GeneratedRegex(@"(?:^|。)\s*该(?:乡|镇|街道|苏木|县|区)")]
    private static partial Regex ThirdPersonTown();

    // A reporter at work (记者见到…, 记者了解到, 记者从…获悉) or a person quoted speaking (“…”村里渔家乐老板刘某说;
    // “…”他介绍说): a news item's voice. Documents of a body neither send reporters nor quote speech.
    // Also a text opening on a whole sentence quoted, then who said it (“香菇香起来,日子就富起来!”说起…, “…。”某村党员王某指着…
    // 说道): a feature's lead. A document may quote a slogan, never open on someone's spoken sentence.
    [GeneratedRegex(@"记者(?:近日|日前|今天|昨天)?(?:了解到|获悉|看到|见到|发现|采访|走访|注意到|从|在)|“[^”]{6,}”[^。“”]{0,24}?(?:说道?|介绍说?|表示|告诉记者)[。，,：:]|^“[^“”]{4,120}[。！？!?]”[^。“”]{0,40}?(?:说(?!明)|表示|介绍|告诉)")]
    private static partial Regex ReportersVoice();

    // A day inside the opening sentence, then what happened on it: 元旦将至,为了…,12月26-27日,某街道组织…开展…;
    // …第七届人民代表大会第一次会议9月26日上午在某宾馆隆重开幕. Not a day announced ahead (定于3月5日召开…).
    // Also a ceremony or activity held on a day at a place (某协会于2019年1月10日在某中学举行助学金发放仪式); not a meeting
    // 召开 so, which minutes record as well.
    [GeneratedRegex(@"^[^。]{0,80}?(?<![定将拟]|计划|准备)于(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上?)?\s*在[^。，,]{1,30}?(?:举行|举办)|^[^。]{0,80}?(?<!定于|将于|拟于|计划于|准备于)(?:[，,:：]\s*\d{1,2}\s*月\s*\d{1,2}\s*(?:[-－~～至]\s*\d{1,2}\s*)?日(?:上午|下午|晚上?)?\s*[，,][^。]{0,60}?(?:召开|举行|开幕|闭幕|举办|开展|启动|组织)|\d{1,2}\s*月\s*\d{1,2}\s*日?(?:上午|下午|晚上?)\s*(?:\d{1,2}\s*[:：]\s*\d{2}\s*)?在[^。]{1,40}?(?:召开|举行|开幕|闭幕|举办))")]
    private static partial Regex DayInTheSentence();

    // 某镇第十七届人民代表大会第一次会议胜利召开, …会议隆重开幕: a meeting's opening told as an event.
    [GeneratedRegex(@"(?:会议|大会)[^。]{0,40}?(?:隆重|胜利)(?:开幕|召开|闭幕|举行)")]
    private static partial Regex MeetingHeld();

    // The opening sentence tells of a visit or a deed done on a day it names, the day anywhere in it (我中心工作人员7月5日
    // 前往某镇…; 近年来…，日前，某景区…推出了…; 6月29日，考察小组前往…): what a news item reports. Not a day ahead
    // (定于/将于7月5日…, 7月5日将前往…).
    // Its loops are of sets, never of a group with a lookahead ((?:(?!x)[^y]){0,30}?): .NET 10's generated code throws
    // on a lazy group loop that backtracks at its bound (dotnet/runtime#129511; GeneratedRegexOracleTests).
    [GeneratedRegex(@"^[^。]{0,60}?(?<![定将拟要]于|计划于)(?:\d{1,2}\s*月\s*\d{1,2}\s*日|(?<=^|[，,]\s*)(?:近日|日前))(?:上午|下午|晚上?)?\s*[，,]?[^。；;将拟要]{0,30}?(?:前往|来到|赴|深入|走进|推出|参观|调研|考察|督导|慰问|走访|看望|抵达|召开|举行|举办|开展|组织|启动)")]
    private static partial Regex DayAndDeed();

    // A text opening on the day it tells of (2012年8月11日，…; 近日，某县的皮棉价格小幅回升): a news item's lead. Not a day
    // ahead (…将…, 定于…), which a notice announces, nor the day a rule takes effect (2022年1月1日,本办法正式施行后…).
    [GeneratedRegex(@"^(?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上?)?|近日|日前)\s*[，,](?:(?![将拟要]|定于|计划|施行|废止|生效|本(?:办法|规定|条例|细则|通知|意见|方案|决定))[^。；;]){4,}(?:[。；;]|$)")]
    private static partial Regex OpensOnItsDay();

    // A body making its result known (…于10月12日召开评审会议…现将通过人员名单予以公示): a 公示 or 公告, not news of it.
    [GeneratedRegex(@"现将|予以公示|进行公示|特此")]
    private static partial Regex MakesKnown();

    [GeneratedRegex(@"现将[^。]{0,40}?(?:予以|进行)?公示|公示如下")]
    private static partial Regex PutOnNotice();

    // 近日,亭口镇组织召开…推进会: a sentence opening on the recent day it reports; also yesterday or today
    // (昨日上午,某区第十八届人民代表大会第一次会议开幕).
    [GeneratedRegex(@"(?:^|。)\s*(?:近日|日前|近期|昨日|昨天|今天|今日)(?:上午|下午|晚上?)?\s*[,，][^。]{0,40}?(?:召开|举行|开展|组织|举办|启动|开幕|闭幕)")]
    private static partial Regex RecentDay();

    // 本报讯 (记者 林伊婷), 本网钦南讯, 来源:…作者:记者…, 第12版:区街新闻, a wire service's dateline (新华社北京3月5日电).
    // Also a paper's, site's or client's dateline with its correspondent (湖北日报客户端讯(通讯员朱悦), 东北网虎林3月24日讯)
    // and a reporter's byline (记者王刚报道), also a line of bylines alone (本报记者 吴某某 / 通讯员 夏某, 文/图 张某).
    // Also a news outlet's dateline (某某网讯, 某县融媒体中心讯, 某某新闻网讯) and a reporter who learned it (记者从…获悉), also
    // as 笔者, or unnamed after the day (25日,从全县…会议上获悉).
    [GeneratedRegex(@"本报讯|^(?:\d{1,2}\s*日|近日|日前|昨日|昨天|今天|今日)\s*[，,]\s*(?:笔者)?从[^。]{2,40}?(?:获悉|了解到)|笔者(?:从[^。]{1,30})?(?:获悉|了解到)|本网\S{0,4}讯|^[^\s，。,]{1,12}(?:网|报|电视台|广播电视台|融媒体中心|新闻中心)讯|[（(]\s*(?:通讯员|特约记者|融媒体记者)|^[^\s，。,:：]{2,16}消息\s*[:：]|记者(?:从[^。]{1,30})?(?:获悉|了解到)|讯\s*[（(]?\s*(?:记者|通讯员)|[（(]\s*记者|作者\s*[:：]\s*记者|\d{1,2}\s*月\s*\d{1,2}\s*日讯|^\S{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日电(?:\s|[（(]|$)|^(?:记者|通讯员)\s*\S{2,4}\s*报道|^第\s*\d{1,3}\s*[A-Za-z]?\s*版\s*[:：]|^(?:(?:本报|本网|本台)?(?:特约)?(?:记者|通讯员)\s*(?:[\p{IsCJKUnifiedIdeographs}]{2,3}\s*[、，,]?\s*){1,4})+$|^文\s*[/／]\s*(?:图\s*[/／:：]?\s*)?[\p{IsCJKUnifiedIdeographs}]{2,3}(?:\s|$)")]
    internal static partial Regex NewsByline();

    // Each of the byline's forms holds one of these words (讯 also in 通讯员) or opens with 文 (文/图 张三): the pattern,
    // with many forms free at its start, is read only on lines that do.
    private static readonly SearchValues<string> BylineWords = SearchValues.Create(["讯", "获悉", "了解到", "记者", "消息", "日电", "版"], StringComparison.Ordinal);

    internal static bool IsNewsByline(string line)
    {
        var trimmed = line.Trim();
        return (trimmed.AsSpan().IndexOfAny(BylineWords) >= 0 || trimmed.StartsWith('文')) && NewsByline().IsMatch(trimmed);
    }

    // A headline reporting an event: 鹿乡镇第二十届人民代表大会第二次会议召开, 燕园街道召开…调度会; a visit, an inspection
    // or a talk (某某乘船考察长江, 县领导到某镇调研…, 某镇走访慰问困难群众, 某街道举办…, 项目签约, 揭牌). A document's own
    // title names its kind (…视察办法, …考察工作时所提问题…的函) and is read before this.
    [GeneratedRegex(@"召开|开幕|闭幕|举行|举办|调研|视察|考察|慰问|走访|督导|座谈|签约|揭牌")]
    private static partial Regex EventHeadline();

    // A meeting's name as the headline (某乡民族团结工作专题推进会, 全镇防汛工作部署会), a column's tag before the
    // headline (金城里丨…, 建外丨…), a headline closing on a quoted phrase (满满“烟火气”, 共绘创城“同心圆”): a news item's.
    [GeneratedRegex(@"(?:推进|部署|动员|调度|座谈|培训|表彰|观摩|誓师|启动|工作)大?会$|^[^丨]{2,12}丨|[^\s“]{2}“[^“”]{1,12}”$")]
    private static partial Regex NewsHeadlineShape();

    private const int DatelineLines = 3;

    // A speech opens on its audience (同志们：; 各位领导、同志们：), then tells of the meeting it is given at (今天，我们召开…):
    // the day is the speaker's, not a reporter's. A work report's 各位代表： is read by its own formulas (向大会报告工作).
    [GeneratedRegex(@"^(?:(?:尊敬的|各位)[^：:，,。]{1,16}[、，,]\s*)*(?:同志们|同事们|女士们、?先生们|朋友们)\s*[：:！!]")]
    private static partial Regex SpeechSalutation();

    // A government work report's formulas for its year: 在区人大、区政协的监督帮助下 (a summary thanks its superiors), and
    // the tasks its congress set (较好完成了县十五届人大三次会议确定的各项任务目标).
    [GeneratedRegex(@"在[^，。,]{0,6}人大[、和及][^，。,]{0,6}政协的监督|[一二三四五六七八九十]+届人大[一二三四五六七八九十]+次会议确定的")]
    internal static partial Regex CongressSupervision();

    // The first part of a work report: 一、2013年工作回顾.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:19|20)\d{2}\s*年度?(?:政府)?工作回顾")]
    private static partial Regex YearInReview();

    // A cover note issuing what follows: its addressees (各村、社区,机关各部门:, AddresseeLine) then 现将…印发你们,请认真贯彻执行.
    [GeneratedRegex(@"印发(?:给)?你们|现予印发|现印发|印发(?:给)?各")]
    private static partial Regex IssuesIt();

    private const int CoverNoteLines = 4;

    // A summary speaking of its year's work from its first words: 2022年以来,在区委、区政府的正确领导下,…街道…;
    // 2023年,在市委…的坚强领导下,街道上下团结一心; 2013年,我镇以…为载体. What is done, not what will be (将, 计划).
    // Also 今年以来,在区委、区政府的坚强领导下,某街道紧紧围绕…; and of a part of the year (2023年上半年,…我镇…).
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年|今年)(?:以来|上半年|下半年|前三季度|第?[一二三四]季度)?\s*[,，]")]
    private static partial Regex YearOpensTheText();

    [GeneratedRegex(@"(?:正确|坚强)领导下|一年来|我(?:镇|乡|街道|街)(?!将)|取得|完成了|实现了")]
    private static partial Regex WorkDone();

    // A county's or a department's own review of a year it names (2018年，我县乡村治理成效突出; 2017年，全县地区生产总值
    // 完成560亿元，增长7.7%; 2013年，我厅…). Not of 今年以来: a county's words on the year so far are a progress note.
    [GeneratedRegex(@"^(?:19|20)\d{2}\s*年[^。]*?(?:我(?:县|区|旗|厅|局)(?!将)|全(?:县|区|旗|镇|乡)[^。；;]{0,20}?完成[^。；;]{0,20}?增长)")]
    private static partial Regex YearOfWorkDone();

    [GeneratedRegex(@"将|计划|思路|打算|目标是|力争|各位代表|向大会|人大[、和及][^，。,]{0,6}政协")]
    private static partial Regex NotAReview();

    // A profile: 【概况】/【简况】 or 一、基本情况 over the unit's place (…位于…, 地处…) and size (面积, 辖, 距…公里).
    [GeneratedRegex(@"^【(?:概况|简况|基本情况|简介)】|(?:^|[。\n])[^。，,\n]{2,20}?(?:位于|地处|坐落于|坐落在)[^。]{2,40}?[，,。]")]
    private static partial Regex ProfilePlace();

    [GeneratedRegex(@"面积|辖|距[^。，,]{1,12}公里|接壤|毗邻|人口")]
    private static partial Regex ProfileSize();

    private const int ProfileLines = 6;

    // What a page describing a sector, a facility or a project states: what there is now and its size in figures
    // (全县共有医疗卫生机构382所, 项目总投资9.7亿元, 总占地约652亩, 公路总里程为1462.7公里, 组建于2005年).
    [GeneratedRegex(@"(?:共有|现有|拥有|总数|总投资|投资总额|占地|建筑面积|总面积|播种面积|总里程|总人口|覆盖率|蓄积量|总量|组建于|成立于|始建于|坐落于|位于|地处)[^。；;，,]{0,16}?\d")]
    private static partial Regex StockFigure();

    private const int TopicLines = 12;
    private const int TopicChars = 1200;
    private const int TopicFigures = 2;

    [GeneratedRegex(@"工作报告|工作总结|工作计划|工作要点")]
    private static partial Regex NamesAnotherKind();

    [GeneratedRegex(@"[一二三四五六七八九十]+\s*[、.．]\s*(?:主要工作|工作开展|存在的|存在问题|下一步|主要做法|工作成效|工作措施)|存在的(?:主要)?问题|下一步工作(?:打算|计划|思路|安排)")]
    private static partial Regex WorkAccountPart();

    private const int WorkAccountLines = 20;
    private const int WorkAccountChars = 1500;

    // A project's page opening on the project itself: 项目位于…, 该项目总投资…, 项目占地….
    [GeneratedRegex(@"^(?:该|本)?项目(?:位于|选址|建设地点|总投资|计划总投资|占地|建设规模|建设内容)")]
    private static partial Regex ProjectOpening();

    /// <summary>
    /// 简介 for a page titled with a project's name (…年产10万吨…项目) whose text opens on the project (项目位于…) and
    /// states its size in figures at least twice (总投资…亿元, 占地…亩); null otherwise. A news item on projects opens on
    /// the day or the unit, a document's title names its kind (…项目的批复).
    /// </summary>
    /// <param name="belowTitle">The lines from the title's on (its first is the title).</param>
    public static string? OfProjectProfile(string? title, IReadOnlyList<string> belowTitle)
    {
        if (title is null || !title.TrimEnd().EndsWith("项目", StringComparison.Ordinal) || belowTitle.Count < 2 || !ProjectOpening().IsMatch(belowTitle[1].Trim())) return null;
        var opening = string.Join('\n', belowTitle.Skip(1).Take(ProfileLines));
        if (opening.Length > TopicChars) opening = opening[..TopicChars];
        return StockFigure().Count(opening) >= TopicFigures ? "简介" : null;
    }

    // A red-header document's heading among the first lines, under its issuer or 文号: 关于转发《…的紧急通知》,
    // 木老元乡2017年禁毒宣传方案的通知.
    [GeneratedRegex(@"^(?:关于\S{2,78}|\S{2,78}的(?:通知|意见|决定|通报|批复|请示|函|公告|通告))》?$")]
    private static partial Regex HeadingLine();

    private const int HeadingLines = 8;

    /// <summary>The kind of the document's own heading among the first lines (where a page's debris was taken for the title); null when none.</summary>
    public static string? OfHeadingLine(IReadOnlyList<string> matching)
    {
        foreach (var line in matching.Take(HeadingLines))
            if (HeadingLine().IsMatch(line.Trim()) && DocumentKind.FromTitle(line.Trim()) is { } kind && kind != "新闻") return kind;
        return null;
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*[、.．]\s*[^。，,]{0,24}现状$")]
    private static partial Regex StatusHeading();

    // A body introducing itself by its remit: 某区人事局是负责全区人事行政管理的职能部门, 某中心系主管…的事业单位.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,24}?(?:局|委员会|委|办公室|中心|院|所|站|馆|处|协会|学会)(?:是|系|为)[^。，,]{0,8}?(?:负责|主管|承担|从事)[^。]{2,60}?的[^。，,]{0,16}?(?:部门|机构|单位)")]
    private static partial Regex BodyRemit();

    // What an announcement about the body does next (现面向社会公开招聘…, 具体事项如下): no profile.
    [GeneratedRegex(@"招聘|招录|报名|如下")]
    private static partial Regex Announces();

    /// <summary>
    /// 简介 for a text that opens by placing and sizing a unit (【概况】嵊州市地处浙江东部…总面积…), or a body introducing
    /// itself by its remit (某区人事局是负责全区人事行政管理的职能部门); null otherwise.
    /// </summary>
    /// <summary>
    /// Whether the text goes on to account for its work (二、主要工作开展情况, 三、存在的问题, 下一步工作打算), as a summary
    /// or report does after its unit's 基本情况: no profile has those parts.
    /// </summary>
    public static bool HasWorkAccount(IReadOnlyList<string> matching)
    {
        var account = string.Join('\n', matching.Take(WorkAccountLines));
        return WorkAccountPart().IsMatch(account.Length > WorkAccountChars ? account[..WorkAccountChars] : account);
    }

    public static string? OfProfile(IReadOnlyList<string> matching)
    {
        var opening = string.Join('\n', matching.Take(ProfileLines).Select(l => l.Trim()));
        if (opening.Length > 600) opening = opening[..600];
        // A work report or summary may open with its unit's 基本情况 too (政府工作报告 / 一、基本情况 / …乡位于…); a study
        // opens on the state it then weighs (一、某村旅游资源现状 / 某村位于…).
        if (NamesAnotherKind().IsMatch(opening) || matching.Count > 0 && StatusHeading().IsMatch(matching[0].Trim())) return null;
        if (HasWorkAccount(matching)) return null;
        if (ProfilePlace().Match(opening) is { Success: true } m && ProfileSize().IsMatch(opening.AsSpan(m.Index))) return "简介";
        return matching.Count > 0 && BodyRemit().IsMatch(matching[0].Trim()) && !Announces().IsMatch(opening) ? "简介" : null;
    }

    /// <summary>
    /// 简介 for a page under a short topic name (教育设施, 金融服务行业, 某某项目) whose opening states what there is and
    /// how much, in figures (共有…所, 总投资…亿元, 占地…亩), at least twice; null otherwise. Read only where nothing else named
    /// the kind: a summary or a news item says what was done, and is caught before.
    /// </summary>
    public static string? OfTopicProfile(IReadOnlyList<string> matching)
    {
        var opening = string.Join('\n', matching.Take(TopicLines).Select(l => l.Trim()));
        if (opening.Length > TopicChars) opening = opening[..TopicChars];
        if (NamesAnotherKind().IsMatch(opening)) return null;
        return StockFigure().Count(opening) >= TopicFigures ? "简介" : null;
    }

    /// <param name="matching">The recognition view of the body lines, from the top.</param>
    public static string? Of(IReadOnlyList<string> matching)
    {
        var opening = matching.Take(OpeningLines).Select(l => l.Trim()).ToList();
        // The news rules read a line without a page's markup left before it; the document rules read it as it is.
        var untagged = opening.Select(l => LeadingTags().Replace(l, "")).ToList();
        if (opening.Any(l => Disclosure().IsMatch(l)) && opening.Any(l => OverallSituation().IsMatch(l))) return "报告";
        if (opening.Take(3).Any(l => SummaryHeading().IsMatch(l))) return "总结";
        if (opening.Take(5).Any(l => YearInReview().IsMatch(l)) && opening.Any(l => CongressSupervision().IsMatch(l))) return "报告";
        if (opening.Count > 0 && SpeechSalutation().IsMatch(opening[0]) && !opening.Any(l => l.Contains("向大会", StringComparison.Ordinal))) return "讲话";
        // A text addressed to units (各县区人民政府:) that speaks of one in the third person is a superior's 通报 about it.
        bool addressed = opening.Take(DatelineLines).Any(l => AddresseeLine.StartOf(l).Success);
        if (untagged.Take(DatelineLines).Any(l => Dateline().IsMatch(l) || RecentDay().IsMatch(l) || !addressed && ThirdPersonTown().IsMatch(l) || DayInTheSentence().IsMatch(l))
            || matching.Take(NewsLines).Any(IsNewsByline) || untagged.Any(l => MeetingHeld().IsMatch(FirstSentence(l)))
            || untagged.Take(DatelineLines).Any(l => ReportersVoice().IsMatch(l)) || untagged.Count > 0 && UnitInTheThirdPerson(untagged[0])
            || !addressed && TellsOfItsDay(untagged)) return "新闻";
        if (CoverNote(opening)) return "通知";
        if (opening.Count > 0 && YearOpensTheText().IsMatch(opening[0]) && FirstParagraph(opening[0]) is var first && (WorkDone().IsMatch(first) || YearOfWorkDone().IsMatch(first)) && !NotAReview().IsMatch(first)) return "总结";
        return null;
    }

    // The formulas by which a document names its own kind: 现将有关事项公告如下 (or …工作报告如下, …工作情况总结如下) at its start, 特此通知 at its end; an
    // opinion's 现就…提出如下实施意见, a letter's 具体事项函告如下 or 现函复如下 (a 函 answering a request).
    [GeneratedRegex(@"(?:现将|现就|并就)[^。]{0,40}?(?<kind>公告|通告|通知|报告|汇报|总结)如下|提出(?:如下|以下)(?:实施|指导)?(?<kind>意见)|(?:函告|函复)(?:如下|你)")]
    private static partial Regex KindAnnounced();

    // An answer to a request it names: 你市《关于…的请示》(某政〔2003〕84号)收悉, 某交公字〔2004〕117号文收悉 opens a 复函,
    // or a 批复 where it says so.
    [GeneratedRegex(@"(?:请示|报告)》[^。]{0,40}?收悉|号文收悉")]
    private static partial Regex RequestReceived();

    // A notice issuing a document it names: 《…若干措施》已经省政府同意，现印发给你们 (the 印发 notice's own words).
    [GeneratedRegex(@"(?:现|予以)(?:印发|转发)给你们|现将[^。]{1,80}?(?:印发|转发)给你们")]
    private static partial Regex IssuingFormula();

    [GeneratedRegex(@"特此(?<kind>公告|通告|通知|批复|答复)")]
    private static partial Regex KindClosing();

    [GeneratedRegex(@"现将[^。]{0,60}?(?:回复|答复)如下")]
    private static partial Regex RepliedHere();

    private const int ReplyLines = 40;

    // A body's answer to a citizen opening on its greeting (您好!, 某某网友:您好!), then the answer (您反映的…, 经核实…).
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{0,8}(?:网友|先生|女士|同志|市民|来信人)\s*[，,：:]?\s*)?(?:您|你)好\s*[！!，,。.]?\s*")]
    private static partial Regex GreetingOpening();

    // A citizen's own letter goes on by introducing or asking (您好!我是某村村民, 请问…): no answer.
    [GeneratedRegex(@"我是|本人(?:是|系)|请问|我想|我们村|我家|麻烦|求助|反映一下")]
    private static partial Regex AsksOrIntroduces();

    /// <summary>答复 for a text opening on a greeting to a citizen (您好!, 某某网友:您好!) that answers rather than asks.</summary>
    private static bool AnswersACitizen(IReadOnlyList<string> matching)
    {
        if (matching.Count < 2 || GreetingOpening().Match(matching[0].Trim()) is not { Success: true } g) return false;
        // The greeting alone on its line, or the answer's words right after it on the same line.
        var rest = matching[0].Trim()[g.Length..];
        var next = string.Join('\n', matching.Skip(1).Take(2));
        return (rest.Length == 0 || rest.StartsWith("您反映", StringComparison.Ordinal) || rest.StartsWith("你反映", StringComparison.Ordinal) || rest.StartsWith("您的来信", StringComparison.Ordinal))
            && !AsksOrIntroduces().IsMatch(rest) && !AsksOrIntroduces().IsMatch(next);
    }

    /// <summary>
    /// The kind a text names in its opening: an answer to a citizen (您好！…), or a formula (现将有关情况报告如下,
    /// 现印发给你们, 制定本方案, 现予公布). Read before the news rules, because a day-led sentence above such a formula
    /// (近日，我镇召开专题会议…，现将有关情况报告如下) is the document telling what it reports, not a reporter's lead. Null
    /// when the opening names none; the formulas further down are <see cref="OfLaterFormula"/>'s.
    /// </summary>
    /// <param name="matching">The recognition view of the body lines, from the top.</param>
    /// <param name="tail">The last lines (特此批复 decides a 批复 over a 函).</param>
    public static string? OfOpeningFormula(IReadOnlyList<string> matching, IReadOnlyList<string> tail)
    {
        if (AnswersACitizen(matching)) return "答复";
        foreach (var line in matching.Take(OpeningLines))
        {
            // A notice issuing a document, with a word on carrying it out (现印发给你们，并就贯彻落实提出如下意见), is the notice.
            if (IssuingFormula().IsMatch(line)) return "通知";
            // A government order promulgating a document (《某省河道管理办法》已经…常务会议通过，现予公布) is of that
            // document's kind; one amending or repealing a rule (…常务会议决定对《…办法》作如下修改) is a 决定.
            if (line.Contains("现予", StringComparison.Ordinal) && Promulgated().Match(line) is { Success: true } promulgated && DocumentKind.FromTitle(promulgated.Groups["title"].Value) is { } promulgatedKind) return promulgatedKind;
            if (line.Contains("决定", StringComparison.Ordinal) && AmendingDecision().IsMatch(line)) return "决定";
            // A standing committee deciding in session (…人民代表大会常务委员会第十九次会议决定：接受某某辞去…职务): a 决定.
            if (ReportOrg.IsCommitteeDecision(line)) return "决定";
            // A rule's preamble naming what it makes (为规范…，根据…，制定本办法。): the text is that rule.
            if (line.Contains("制定本", StringComparison.Ordinal) && MadeHere().Match(line) is { Success: true } made && DocumentKind.FromTitle(made.Groups["kind"].Value) is { } madeKind) return madeKind;
            if (KindAnnounced().Match(line) is { Success: true } m) return m.Groups["kind"].Success ? DocumentKind.FromTitle(m.Groups["kind"].Value) : "函";
            // A list made public for objections (现将评审通过人员名单予以公示, 公示期…): a public notice.
            if (line.Contains("公示", StringComparison.Ordinal) && PutOnNotice().IsMatch(line)) return "公告";
            if (RequestReceived().IsMatch(line)) return line.Contains("批复", StringComparison.Ordinal) || tail.Any(t => t.Contains("特此批复", StringComparison.Ordinal)) ? "批复" : "函";
        }
        return null;
    }

    /// <summary>The kind a text names below its opening or at its end (特此通知, …信件回复如下, an appointment under its
    /// addressees); null when it uses none. Read after the news rules.</summary>
    public static string? OfLaterFormula(IReadOnlyList<string> matching, IReadOnlyList<string> tail)
    {
        // Addressed to units, a document published with a superior's approval (某市人民政府，省政府有关部门：《某规划》已经…
        // 批准，现予公布) or an appointment decided (经研究决定：某某任某局副局长): the notice that tells them.
        if (matching.Count > 0 && AddressedPublication().IsMatch(matching[0].Trim())) return "通知";
        if (AddresseeLine.Opening(matching) is >= 0 and var addressee
            && Appointment().IsMatch(string.Join('\n', matching.Skip(addressee + 1).Take(AppointmentLines).Select(l => l.Trim())))) return "通知";
        // An answer to a citizen's letter or message (现将你反映的…信件回复如下): a reply, also under a mailbox page's
        // fields (信件编号, 写信时间, the letter itself).
        if (matching.Take(ReplyLines).Any(l => l.Contains("如下", StringComparison.Ordinal) && RepliedHere().IsMatch(l))) return "答复";
        foreach (var line in tail)
            if (KindClosing().Match(line) is { Success: true } m) return DocumentKind.FromTitle(m.Groups["kind"].Value);
        // Addressed to units and making something known to them (现将获奖人员名单公布如下, 现将有关情况通报如下): a notice.
        if (AddresseeLine.Opening(matching) is >= 0 and var at && matching.Skip(at + 1).Take(OpeningLines).Any(l => MadeKnown().IsMatch(l))) return "通知";
        return null;
    }

    [GeneratedRegex(@"现将[^。]{0,40}?(?:公布|通报|明确|安排)如下")]
    private static partial Regex MadeKnown();

    [GeneratedRegex(@"^[^。《》]{2,80}?[：:]\s*《[^》]{2,80}》[^。]{0,60}?(?:批准|同意|通过)[^。]{0,10}?现予(?:公布|印发)")]
    private static partial Regex AddressedPublication();

    // 经研究决定：/ 决定： then 某某(同志)任某职 (试用期一年) or 免去其…职务.
    [GeneratedRegex(@"决定[：:]\s*\n?\s*\p{IsCJKUnifiedIdeographs}{2,4}(?:同志)?(?:任|为|免去)\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Appointment();

    private const int AppointmentLines = 3;

    [GeneratedRegex(@"制定本(?<kind>实施细则|实施办法|实施意见|办法|规定|细则|条例|规则|意见|方案|预案|准则)(?:[。，,；;]|$)")]
    private static partial Regex MadeHere();

    [GeneratedRegex(@"^《(?<title>[^》]{4,80})》(?:已经|经)[^。]{0,80}?(?:通过|批准)[^。]{0,20}?现予(?:公布|发布)")]
    internal static partial Regex Promulgated();

    [GeneratedRegex(@"(?:常务会议|常务委员会第[^。]{1,10}次会议)(?:审议)?决定(?:对《[^》]{2,60}》作(?:如下)?修改|废止《)")]
    private static partial Regex AmendingDecision();

    // A text closing on its writers' names in brackets, two or more apart by spaces (…增长30%。（王某 李某某）): a news
    // item's contributors. A document closes on its issuer and date; a contact person is named with 联系人.
    [GeneratedRegex(@"(?:^|[。！？!?”])\s*[（(]\s*(?!联系|经办|签发|审核)\p{IsCJKUnifiedIdeographs}{2,3}(?:[ \u3000]+\p{IsCJKUnifiedIdeographs}{2,3}){1,3}\s*[）)]$")]
    private static partial Regex WritersClosing();

    /// <summary>新闻 for a text whose last line closes on its writers' names in brackets ((王某 李某某)); null otherwise.</summary>
    /// <param name="tail">The last lines (recognition view).</param>
    public static string? OfClosingByline(IReadOnlyList<string> tail)
    {
        var last = tail.LastOrDefault(l => l.Length > 0)?.TrimEnd();
        // Only a line ending in a bracket is read.
        return last is not null && (last.EndsWith('）') || last.EndsWith(')')) && WritersClosing().IsMatch(last) ? "新闻" : null;
    }

    /// <summary>新闻 for a title that names no kind but reports an event (…会议召开, …隆重开幕); null otherwise.</summary>
    // Two phrases side by side, a space between (入户巡查消除隐患 筑牢辖区安全之基, 热闹邻里节 满满“烟火气”): a
    // newspaper's couplet headline. A document's title is one phrase naming its kind.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}“”]{4,14}[ \u3000]+[\p{IsCJKUnifiedIdeographs}“”]{4,14}$")]
    private static partial Regex CoupletHeadline();

    /// <summary>新闻 for a title line printed as a couplet of two phrases; null otherwise.</summary>
    public static string? OfCoupletHeadline(string? titleLine) => titleLine is not null && CoupletHeadline().IsMatch(titleLine.Trim()) ? "新闻" : null;

    public static string? OfHeadline(string? title) => title is not null && (EventHeadline().IsMatch(title) || UnitActs(title) || NewsHeadlineShape().IsMatch(ChineseText.ForMatching(title))) ? "新闻" : null;

    // A unit named first and then doing something (安县沸水镇抓好秸秆禁烧工作, 某乡深入开展…宣传工作): a report of what it
    // did. A document's own title names its kind (…工作方案) and is read before this.
    [GeneratedRegex(@"^(?:深入|扎实|全面|积极|认真|持续|大力|多措并举)?(?:开展|抓好|加强|做好|推进|推动|部署|组织|启动|强化|举办)")]
    private static partial Regex ActionVerb();

    private static bool UnitActs(string title)
    {
        var matching = ChineseText.ForMatching(title);
        int covered = PlacesOpening(matching, 0);
        return covered > 0 && ActionVerb().IsMatch(matching.AsSpan(covered));
    }

    /// <summary>Where the chain of place names starting at <paramref name="from"/> ends; <paramref name="from"/> when none starts there.</summary>
    private static int PlacesOpening(string matching, int from)
    {
        int covered = from;
        foreach (var place in ReportSearch.Places.PlaceNames.Default.Find(matching))
        {
            if (place.Start < from) continue;
            if (place.Start != covered) break;
            covered = place.Start + place.Length;
        }
        return covered;
    }

    // A text opening on a stretch of time and then a unit by its name (今年以来，灌南县加大…; 近年来，盱眙大力开展…): a
    // report about the unit, in the third person. The unit's own summary says 我县 or 全县 there.
    // Also the unit first, then the stretch of time (某县某乡近年来不断创新…, 某区今年以来,…). So of a season or a
    // festival (连日来，某镇组织…; 春节前夕，某镇党委书记…带队走访; 当前正值春耕关键时期，某镇…).
    [GeneratedRegex(@"^(?:今年以来|近年来|年初以来|去年以来|近期|入冬以来|入夏以来|入春以来|入秋以来|开春以来|入汛以来|连日来|连日以来|近段时间以来"
        + @"|(?:春节|元旦|国庆节?|中秋节?|端午节?|清明节?|重阳节?|元宵节?|“?五一”?)(?:前夕|期间|来临之际|到来之际)|(?:当前|眼下|时下)正值[^，,。；;]{2,16}[，,])[，,]?\s*")]
    private static partial Regex StretchOfTime();

    // A feature's lead walking the reader into a place (走进某县某镇某村，只见…; 漫步在某镇街头): a reporter's scene. A
    // body's own document never opens so.
    [GeneratedRegex(@"^(?:记者)?(?:走进|步入|漫步在?|行走在|驱车(?:行驶)?在)")]
    private static partial Regex SceneOpening();

    private static bool UnitInTheThirdPerson(string line)
    {
        var matching = ChineseText.ForMatching(line);
        if (StretchOfTime().Match(matching) is { Success: true } m) return PlacesOpening(matching, m.Length) > m.Length;
        if (SceneOpening().Match(matching) is { Success: true } scene) return PlacesOpening(matching, scene.Length) > scene.Length;
        // The places are looked up only before a stretch word near the start (…以来, 近期), not along every first line.
        int stretch = StretchWordAt(matching);
        return stretch > 0 && PlacesOpening(matching[..stretch], 0) == stretch && StretchOfTime().IsMatch(matching.AsSpan(stretch));
    }

    private const int MaxUnitBeforeStretch = 30;

    // StretchOfTime's words, for the cheap look before it is matched.
    private static readonly string[] StretchWords = ["今年以来", "近年来", "年初以来", "去年以来", "近期", "入冬以来", "入夏以来", "入春以来", "入秋以来", "开春以来", "入汛以来", "连日来", "连日以来", "近段时间以来"];

    // Where the first of StretchWords stands within the first characters; -1 when none does.
    private static int StretchWordAt(string matching)
    {
        var head = matching.AsSpan(0, Math.Min(matching.Length, MaxUnitBeforeStretch + 4));
        int at = -1;
        foreach (var word in StretchWords)
            if (head.IndexOf(word.AsSpan(), StringComparison.Ordinal) is >= 0 and var i && (at < 0 || i < at)) at = i;
        return at is > 0 and <= MaxUnitBeforeStretch ? at : -1;
    }

    // The addressees open the text, or follow its 文号 (邻府办函〔2022〕7号); the 印发 sentence follows them.
    private static bool CoverNote(List<string> opening)
    {
        for (int i = 0; i < Math.Min(2, opening.Count); i++)
        {
            var addressee = AddresseeLine.StartOf(opening[i]);
            if (!addressee.Success) continue;
            // Under a 文号, or under a page's short debris (文章播报).
            if (i == 1 && ReportSearch.Analysis.DocNumberText.Canonical(opening[0]) is null && opening[0].Length > ShortDebris) return false;
            return IssuesIt().IsMatch(opening[i].AsSpan(addressee.Length).ToString()) || opening.Skip(i + 1).Take(CoverNoteLines).Any(l => IssuesIt().IsMatch(l));
        }
        return false;
    }

    private const int FirstParagraphChars = 200;
    private const int ShortDebris = 6;

    // A page's markup left in its text (<h3>  10月17日,…): no part of the sentence.
    [GeneratedRegex(@"^(?:<[a-zA-Z/][^<>]{0,30}>\s*)+")]
    private static partial Regex LeadingTags();

    /// <summary>Whether the opening tells of a day's visit or deed (DayAndDeed, its verse lines joined) or opens on the
    /// day it tells of (OpensOnItsDay), without making a result known (MakesKnown).</summary>
    private static bool TellsOfItsDay(List<string> untagged) =>
        ShortLinesJoined(untagged).Take(DatelineLines).Any(l => DayAndDeed().IsMatch(l) && !MakesKnown().IsMatch(l))
        || untagged.Count > 0 && OpensOnItsDay().IsMatch(untagged[0]) && !MakesKnown().IsMatch(untagged[0]);

    private const int VerseLineChars = 20;

    /// <summary>
    /// The lines with each run of short unpunctuated lines joined by commas: a public account's post sets its sentences
    /// as verse, a phrase a line (8月10日 / 正值“七夕”传统佳节 / 来到某县民政局 / …), and opens on a few such lines before
    /// its first paragraph; joined, the opening reads as the sentence it is.
    /// </summary>
    private static List<string> ShortLinesJoined(List<string> lines)
    {
        var joined = new List<string>(lines.Count);
        var run = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length is > 0 and <= VerseLineChars && !"。！？!?；;".Contains(line[^1])) { run.Add(line); continue; }
            if (run.Count > 0) { joined.Add(string.Join('，', run)); run.Clear(); }
            if (line.Length > 0) joined.Add(line);
        }
        if (run.Count > 0) joined.Add(string.Join('，', run));
        return joined;
    }

    private static string FirstSentence(string line) => line.IndexOf('。') is >= 0 and var end ? line[..end] : line;

    private static string FirstParagraph(string line) => line.Length > FirstParagraphChars ? line[..FirstParagraphChars] : line;
}
