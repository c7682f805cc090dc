using System.Buffers;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Dates a document states about itself, in the lines that carry them: the venue line of a speech
/// (——2026年1月27日在…人民代表大会第四次会议上), a law's passage line (2018年11月2日 聊城市…会议通过), a date in
/// brackets under the title (（2018年1月2日）), a news item's 发布时间, and the signature date at the end.
/// Chinese numerals are read too (二〇二三年五月十日).
/// </summary>
internal static partial class DocumentDates
{
    private const string DatePattern = @"(?<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)";

    // ——2026年1月27日在云南省第十四届人民代表大会第四次会议上
    // ----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告; （2026年1月27日在…会议上）
    // Also glued to its title: 2012年政府工作报告 ——2012年2月1日在滨海新区第一届人民代表大会第三次会议上.
    // Copies may put markup debris before the dash (;;;;二〇一九年一月十日在…).
    // Not a clause that opens on a date and goes on to a meeting in another sentence part (2019年3月1日前完成交款的项目,
    // 建设单位应在业主大会成立之后…): the speaker stands between date and 在 without a break, and the meeting is where it
    // was said (…会议上, …会议开幕式上, …会议的报告).
    [GeneratedRegex(@"^(?:\S{2,40}?(?:报告|讲话)\s*(?=[—－―─]))?[—－\-―─;；*•·]*\s*[（(]?\s*" + DatePattern + @"[^在\d，,。；;]{0,24}?在(?<venue>[^，,。；;]{2,60}?(?:会议|大会))(?=[^，,。；;]{0,8}?上|的|[ \t\u3000）)]|$)")]
    private static partial Regex VenueLine();

    // ——2020116日在淀山湖镇第十九届人民代表大会第七次会议上: the page lost 年 and 月 (see DateText.NormalizeRun).
    [GeneratedRegex(@"^[—－\-―─;；*•·\s]*[（(]?\s*(?<run>(?:19|20)\d{3,6})日\s*在(?<venue>.{2,60}?(?:会议|大会))")]
    private static partial Regex RunDateVenueLine();

    // The session line inside a longer line, as flattened copies print it: …政 府 工 作 报 告 2016年12月16日在黄梅县第十六届
    // 人民代表大会第一次会议上 县长 …, or with the speaker between: 在斜桥镇第十五届人民代表大会第十次会议上 镇长 夏利锋 2016 年 3 月 2 日.
    [GeneratedRegex(DatePattern + @"\s*在(?<venue>[^。，,；;]{2,40}?人民代表大会[^。，,；;]{0,12}?会议)上")]
    private static partial Regex DateThenSessionInLine();

    [GeneratedRegex(@"在(?<venue>[^。，,；;]{2,40}?人民代表大会[^。，,；;]{0,12}?会议)上\s*[^。，,；;\d]{0,30}?" + DatePattern)]
    private static partial Regex SessionThenDateInLine();

    // ——2016年1月6日大连市西岗区第十七届人民代表大会第四次会议 (no 在): after the dash of a subtitle, or as a line of
    // its own that is nothing else (2019年1月29日保定市徐水区第二届人民代表大会第三次会议 over the speaker's line; a
    // news headline goes on: …会议开幕).
    [GeneratedRegex(@"^(?:[—－\-―─]+\s*" + DatePattern + @"\s*(?<venue>[^—]{2,40}?人民代表大会.{0,12}?会议)|" + DatePattern + @"\s*(?<venue>[^—\s]{2,40}?人民代表大会第[一二三四五六七八九十\d]+次会议)上?\s*$)")]
    private static partial Regex DashVenueLine();

    // ——在尉犁县第十八届人民代表大会第五次会议上, its date on a line of its own below: the venue without a date.
    [GeneratedRegex(@"^[—－\-―─]+\s*在(?<venue>[^—]{2,40}?人民代表大会.{0,12}?会议)")]
    private static partial Regex DatelessVenueLine();

    // A news page's byline: 厦门网 2021-12-28 17:45, 2012-01-13 11:24:06 来源:东北网 — the posting date and time.
    // Also with the time in words (2024-04-01 11时13分 浏览次数:) or the day first (15.07.2015 13:49, see DateText), and
    // with the page's counter run into the time where spans were flattened (2023-04-1017:21:42浏览次数:1524). And an
    // official account's post as crawlers save it, the account's name run into the stamp and the province it was posted
    // from after it (荆门住房公积金中心2023-05-0810:23发表于湖北).
    [GeneratedRegex(@"^(?:\S{2,12}\s+|\p{IsCJKUnifiedIdeographs}{2,20}?(?=(?:19|20)\d{2}-))?(?:" + DatePattern + @"|(?<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}))\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*时\s*\d{1,2}\s*分)(?:\s|$|(?=浏览|点击|阅读|来源|作者|编辑|发表于))")]
    private static partial Regex BylineDate();

    // A news page's byline with the timestamp among its fields: 来源:某市新闻传媒中心 责任编辑:王某 2019-09-06 16:56:31,
    // 某某 湖南日报·新湖南客户端 2026-01-20 11:13:25; or its date before the source field, perhaps without 日 and run into
    // it where the page set them in spans: 2015-03-26  来源:, 2011年09月29来源：.
    [GeneratedRegex(@"(?:^|\s)(?<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)|(?=\s*(?:来源|作者|编辑|责任编辑|责编|浏览|点击|阅读)\s*[:：]))")]
    private static partial Regex TimestampInByline();

    // The fields that make a short line a byline.
    [GeneratedRegex(@"来源|编辑|责编|作者|记者|通讯员|客户端|发布")]
    private static partial Regex BylineField();

    private const int MaxBylineLength = 80;

    // A news item opening with the session it reports: 2016年12月15日-16日,哈林格尔镇召开了第十四届人民代表大会第六次会议.
    // Also with the session first and in its short form: 2022年1月4日,佛山市顺德区十七届人大二次会议召开第二次全体会议.
    [GeneratedRegex(@"^" + DatePattern + @"(?:\s*[-—至]\s*\d{1,2}日)?\s*[,，]?(?:[^。]{0,20}?(?:召开|举行)了?(?<venue>[^。，,]{0,30}?人民代表大会第[一二三四五六七八九十\d]+次会议)|\s*(?<venue>[^。，,]{2,30}?[一二三四五六七八九十]{1,3}届人大[一二三四五六七八九十]{1,2}次会议)(?:召开|举行|开幕|闭幕|隆重))")]
    private static partial Regex SessionSentence();

    // 第十二届全国人大二次会议，2014年3月5日
    [GeneratedRegex(@"^(?<venue>第[一二三四五六七八九十]{1,3}届.{0,16}?(?:人大|人民代表大会).{0,10}?会议)\s*[，,、 ]\s*" + DatePattern)]
    private static partial Regex SessionThenDate();

    // 2018年11月2日 聊城市第十七届人民代表大会常务委员会第十四次会议通过 / 1986年10月11日 国务院发布. Its body is a name: a
    // news byline (2022-01-21 09:09 | 来源: 某区发布, an account named …发布) has a time, fields and separators instead,
    // and a news sentence a comma (2021年8月5日,北京市住建委发布《…》: what a body did, not this text's passage).
    [GeneratedRegex(@"^" + DatePattern + @"\s*(?<body>[^\s:：|｜,，。][^:：|｜,，。]{1,60}?)(?<step>通过|批准|发布|公布|施行)")]
    private static partial Regex PassageLine();

    // One step of a law's history under its title: 2001年4月12日 …会议通过, 2021年5月28日 …的决定》第二次修正,
    // also several in one bracketed line (（2000年10月31日…通过 2000年10月31日…公布 自2001年1月1日起施行）).
    // A regulation is of the latest step that made its text law: the city's 通过, the province's 批准 of it (the step
    // that puts it in force, and the date legal databases list), a later 修正 or 修订. 公布 only announces and is no
    // step of its own, but it ends one: 2012年3月31日…批准2021年10月28日…修订 is two.
    [GeneratedRegex(DatePattern + @"\s*(?:(?!(?:19|20)\d{2}\s*年)[^，。；;（）()]){0,160}?(?<step>通过|批准|修正|修订|修改|公布)")]
    private static partial Regex HistoryStep();

    private const int HistoryLines = 12;

    // （2018年1月2日）, [2023-03-15] or a signature line that is only a date, possibly with the time (glued:
    // 2021-03-2918:26) or the weekday of a newspaper page (2017年08月07日 星期一).
    [GeneratedRegex(@"^[（(\[【]?\s*" + DatePattern + @"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:星期[一二三四五六日天])?\s*[）)\]】]?$")]
    private static partial Regex DateOnlyLine();

    /// <summary>Whether a line (the recognition view) is a date alone, perhaps with its time, weekday or brackets.</summary>
    public static bool IsDateOnly(string line) => DateOnlyLine().IsMatch(line.Trim());

    // A signature's body and its date on one line, as a page glues or spaces them: 大同市住房公积金管理中心2024年12月9日,
    // 昆明市呈贡区住房和城乡建设局 2025年4月20日.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,40}?(?:" + SigningBodyEnd + @")\s*" + DatePattern + "$")]
    private static partial Regex SignedDateLine();

    /// <summary>
    /// Whether a line (the recognition view) closes a document with its date: a date alone, a signing body with its date
    /// on the same line, or the issuing line (…办公室2020年12月10日印发, 2022年8月5日印发).
    /// </summary>
    public static bool IsClosingDateLine(string line)
    {
        var trimmed = line.Trim();
        return DateOnlyLine().IsMatch(trimmed) || SignedDateLine().IsMatch(trimmed) || IssuedLine().IsMatch(trimmed) || IssuedDateLine().IsMatch(trimmed);
    }

    private const int BylineReach = 4;

    /// <summary>
    /// A date with its weekday at the top (2026年07月20日 星期一) with a byline stamped to the minute under it
    /// (2023年12月27日13:20 澎湃新闻 作者：某某): the site's clock, the day the page was fetched; the byline dates the item.
    /// A newspaper page's date with its weekday and no such byline stays the item's.
    /// </summary>
    private static bool IsSiteClock(IReadOnlyList<string> lines, int at) =>
        lines[at].Contains("星期", StringComparison.Ordinal)
        && lines.Skip(at + 1).Take(BylineReach).Any(l => StampedByline().IsMatch(l));

    [GeneratedRegex(@"^" + DatePattern + @"\s*\d{1,2}:\d{2}")]
    private static partial Regex StampedByline();

    // The date and the speaker under a report's title: 2016年11月2日  王四平, (2005年5月10日 向巴平措).
    [GeneratedRegex(@"^[（(]?\s*" + DatePattern + @"\s+(?<name>\p{IsCJKUnifiedIdeographs}{2,4})\s*[）)]?$")]
    private static partial Regex DateAndSpeakerLine();

    // Words that end a date line without being a person's name: 2019年1月1日 起施行, 2020年5月1日 印发.
    private const string NotANameChars = "起施行印发布通过批准修订正实";

    // A page's title with its posting date printed after it: 定海路街道2019年工作总结和2020年重点工作安排 2020-10-19.
    [GeneratedRegex(@"^\S.{3,80}?\s+(?<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})$")]
    private static partial Regex TitleThenPostingDate();

    private const int TitleDateLines = 3;

    // A document's own date as a field of its own (- 公文生成日期:2026-01-19), where no header block was recognized.
    [GeneratedRegex(@"^[-•*·\s]*(?:成文日期|发文日期|公文生成日期|生成日期|印发日期)\s*[:：|｜]?\s*" + DatePattern)]
    private static partial Regex WrittenDateLine();

    // The last sentence of a cover note (…现予印发。 / …请认真贯彻执行。): a date-only line under it is the note's date.
    [GeneratedRegex(@"(?:印发|执行|实施|遵照|通知如下)[^。]{0,12}。$")]
    private static partial Regex CoverNoteEnd();

    // The same where a dataset flattened the note and what it issues into one line: the note's last sentence, its date
    // glued after it, then the issued text (…现印发给你们，请认真组织实施。2011年11月23日为落实…). Not a sentence that opens
    // on a date of its own (…同步停止执行。2026年1月1日前，个人销售住房…): a cut-off or a start, then its clause.
    [GeneratedRegex(@"(?:印发|执行|实施|遵照)[^。]{0,12}。\s*" + DatePattern + @"(?![\d日]|\s*(?:前|后|以前|以后|之前|之后|起|止|至|到|[，,]))")]
    private static partial Regex CoverNoteThenDate();

    private const int CoverNoteLines = 12;

    // A short notice's list of attachments, under its text and over its date (附：2010年度…先进单位名单).
    [GeneratedRegex(@"^附(?:件)?\s*[\d一二三四五六七八九十]*\s*[:：]")]
    private static partial Regex AttachmentLine();

    // How many lines of its own a cover note (or a short notice) may run to under its addressees.
    private const int CoverNoteSpan = 3;

    /// <summary>
    /// Whether the cover note ending at <paramref name="noteEnd"/> stands right under its addressee line (各镇人民政府，县政府
    /// 各部门：): the note's date under it is the note's wherever the page's menus put it, not only in the first lines.
    /// </summary>
    private static bool AddresseeJustAbove(IReadOnlyList<string> lines, int noteEnd)
    {
        for (int k = noteEnd - 1; k >= 0 && k >= noteEnd - CoverNoteSpan; k--)
            if (Analysis.AddresseeLine.StartOf(lines[k].Trim()).Success) return true;
        return false;
    }

    // How the name of a body that signs ends: …人民政府, …办事处, …委员会, …办公厅, …厅, …局, …管理中心 (a 住房公积金
    // centre signs its notices), an office by its short name (…公安局扫黑办, 县防控办).
    private const string SigningBodyEnd = BodyNameEndings.Common + "|" + BodyNameEndings.GroupsAndBrigades + "|厅|院|部|党委|党工委|中心|" + BodyNameEndings.OfficeShortName;

    // The issuing body signing above a date.
    [GeneratedRegex(@"(?:" + SigningBodyEnd + @")$")]
    private static partial Regex SignatureBody();

    // The signature and its date run into one line where a page set them flush right (某县农业农村局办公室 2023年3月1日),
    // or glued where a crawler dropped the break (合肥市住房公积金管理委员会办公室2024年10月23日).
    [GeneratedRegex(@"^(?<body>\p{IsCJKUnifiedIdeographs}{2,40}?(?:" + SigningBodyEnd + @"))[ \u3000]*" + DatePattern + @"$")]
    private static partial Regex SignedLine();

    private static string? DateAboveDisclosureNote(IReadOnlyList<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Contains("此件", StringComparison.Ordinal)) continue;
            if (i > 0 && DisclosureNote().IsMatch(lines[i]) && DateOnlyLine().Match(lines[i - 1]) is { Success: true } m)
                return DateText.Normalize(m.Groups["date"].Value);
            // A text flattened onto one line: …副校长(试用期一年)。 2020年2月27日 （此件主动公开）.
            if (DateBeforeDisclosureNote().Match(lines[i]) is { Success: true } run)
                return DateText.Normalize(run.Groups["date"].Value);
        }
        return null;
    }

    // An order is signed by the government's head (…自公布之日起施行。 省长 2018年5月9日 （此件主动公开）).
    [GeneratedRegex(@"[。；;]\s*(?:(?:\p{IsCJKUnifiedIdeographs}{2,30}?(?:" + SigningBodyEnd + @")|" + HeadsTitle + @"(?:\s*\p{IsCJKUnifiedIdeographs}{2,4})?)\s*)?(?<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[（(]\s*此件(?:主动公开|公开发布|依申请公开|删减后公开)\s*[）)]")]
    private static partial Regex DateBeforeDisclosureNote();

    // The title a government's head signs an order with (省长 某某, over its date).
    private const string HeadsTitle = "(?:省长|市长|州长|盟长|县长|区长|旗长|镇长|乡长|主席)";

    // The disclosure mark a 公文 prints under its date ((此件主动公开)): the date above it is the document's, whatever
    // stands above that (a signature cut short, an attachment's note).
    [GeneratedRegex(@"^\s*[（(]\s*此件(?:主动公开|公开发布|依申请公开|删减后公开)\s*[）)]\s*$")]
    private static partial Regex DisclosureNote();


    // Also as one field among others on a line (文章来源:… 作者:… 发布时间:2023-04-18) or in brackets (【信息时间:2025-08-25…】).
    // Fields apart by bars too: 本文来源:德党镇 |作者:杨俊佳|时间:2021/3/7 15:28:07. A news page may call it the update
    // date (来源: 渌口区人民政府 更新日期:2014-05-26), or the day it was filed or entered (发稿时间, 录入时间): the day the item
    // went up, a posting date all the same.
    // A field's name that says nothing else (发布时间, 发表时间) may also run into the field before it where spans were
    // flattened (来源:眉山市住房公积金管理中心发表时间:2022-06-0110:17); the bare 日期 and 时间 only stand apart.
    [GeneratedRegex(@"(?:(?:^|\s|【|\[|\||｜)(?:日期|时间)|(?:发布时间|发表时间|发布日期|信息时间|更新日期|更新时间|(?:发稿|录入|上传)(?:时间|日期)))\s*[:：|｜]?\s*" + DatePattern)]
    private static partial Regex PublishedLine();

    // The stamp closing a body's reply to a citizen's question (政民互动, 领导信箱): ( 某市民政局 于 2015-1-12 14:58 回复),
    // 某县国土资源局 于 2014年3月24日 答复, also closing the reply's last paragraph. The reply is the document; its date and
    // body are the stamp's.
    [GeneratedRegex(@"(?:^|[(（])\s*(?<body>\p{IsCJKUnifiedIdeographs}{2,30}?)\s*于\s*" + DatePattern + @"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:回复|答复)\s*[)）]?$")]
    private static partial Regex ReplyStamp();

    // A signature run into the text where a dataset flattened the document: the body and its date right after a
    // sentence's end (…完整性和真实性。河北省人民政府办公厅2024年1月29日石家庄市人民政府，…; …认真组织实施。某省人民政府
    // 办公厅2023年12月13日为深入贯彻…, the notice's signature before the plan it issues), also with the line breaks kept
    // as spaces (…请认真贯彻执行。 江西省人民政府办公厅 2020年2月5日), a long name broken over two lines (…另行通知。
    // 泰州市海陵区应对新型冠状病毒感染 肺炎疫情工作领导小组 2020年2月9日 注：…), its first line no closing formula; the
    // closing formula run into the name (特此通告某县公安局交通警察大队2023年…) is no part of it.
    [GeneratedRegex(@"[。；;]\s*(?:特此(?:通告|公告|通知|函告)[。！]?\s*)?(?<body>(?:(?!特此)\p{IsCJKUnifiedIdeographs}{6,30}\s+)?(?!特此)\p{IsCJKUnifiedIdeographs}{2,30}?(?:" + SigningBodyEnd + @"))\s*(?<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")]
    private static partial Regex SignatureInText();

    // A flattened text ending on its signature, the body perhaps left out: …免去其原职务 中共某局党组 2020年2月28日,
    // …主动接受监督。 2020年2月17日; where the flattening kept no space, also right after a date or a number the text
    // ended on (申报时间：…8月23日文水县乡村振兴中心2023年7月31日, 联系电话 188…28某县…办公室2023年8月11日) or after its
    // closing formula (特此通告某县公安局交通警察大队2023年…).
    [GeneratedRegex(@"(?:[。；;！]\s*|\s+|(?<=[日\d])(?!日)|(?<=特此(?:通告|公告|通知|函告)))(?:(?<body>(?!特此)\p{IsCJKUnifiedIdeographs}{2,30}?(?:" + SigningBodyEnd + @"|党组))\s*)?(?<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$")]
    private static partial Regex SignatureEndingLine();

    // The credits a post prints right after its signature's date, on the same line (…市场监督管理局2022年10月28日【来源：
    // 价格监督管理股|审核：…|编辑：…】, …指挥部2022年11月28日编辑/张某 责编/李某 校对/王某): not part of the signature. Nor
    // the note of the photos a police notice attaches, before them or alone (…安塞分局2023年7月24日附嫌疑人照片来源丨…).
    private const string PostCredit = @"[【\[（(]?\s*(?:来源|审核|审签|编辑|责编|责任编辑|校对|供稿|作者|撰稿|摄影|初审|复审|终审|转自|转载自)\s*[:：/|｜丨]";

    [GeneratedRegex(@"(?<=日)\s*(?:附[^。，；\s]{1,16}?(?:照片|图片|相片)\s*(?=$|" + PostCredit + @")|(?=" + PostCredit + @"))(?:" + PostCredit + @".*)?$")]
    private static partial Regex TrailingCredits();

    private static string WithoutTrailingCredits(string line) => line.Contains('日') ? TrailingCredits().Replace(line, "") : line;

    // A crawler's record opening on the stamp of the page it saved, then its content key (2023-08-17 18:20，正文：…): the
    // page's posting.
    [GeneratedRegex(@"^[,，]?\s*" + DatePattern + @"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[,，]\s*正文\s*[:：]")]
    private static partial Regex StampBeforeContent();

    // What a portal prints after a re-posted item, run into its last line where the page was flattened (…2023年8月17日
    // 返回搜狐，查看更多责任编辑：): not the text's end.
    [GeneratedRegex(@"\s*返回搜狐[，,]?\s*查看更多\s*(?:责任编辑\s*[:：]\s*\S{0,12})?$")]
    private static partial Regex RepostTail();

    // A line this long is a flattened text, not a signature line.
    internal const int FlattenedLength = 100;

    // What ReplyStamp and SignatureInText cannot match without, tested first: each tries a run of up to 30 Han
    // characters from nearly every position of a line (the stamp) or from every sentence's end (the signature), over
    // the last lines of every document and over all the first ones of a document without a date.
    private static bool MayHoldReplyStamp(string line) => line.Contains('于') && line.Contains('复');

    // The signature's date as SignatureInText writes it (2024年1月29日): its year's last digit, 年, month, 月, day, 日.
    [GeneratedRegex(@"\d年\d{1,2}月\d{1,2}日")]
    private static partial Regex FullDateInText();

    // The issuing line at the end of a policy: 山东省人民政府办公厅2020年12月10日印发, …办公室 2021年3月1日印发.
    [GeneratedRegex(@"^(?<body>\S.{1,40}?)\s*" + DatePattern + @"\s*(?:印发|发布|翻印)$")]
    private static partial Regex IssuedLine();

    // The same line where the page set its two cells apart: 修水县人民政府办公室 / 2022年8月5日印发.
    [GeneratedRegex(@"^" + DatePattern + @"\s*(?:印发|翻印)$")]
    private static partial Regex IssuedDateLine();

    /// <summary>
    /// What the first and last lines say: the document's date, a venue, a passing body, the body signing or issuing
    /// it, and whether the date is only a posting date (发布时间), which never beats the document's own.
    /// </summary>
    /// <param name="VenueDate">The session line's date even where another date came first (a county's 印发 note above
    /// the report it issues): a work report's own date.</param>
    /// <param name="Reply">The text closes with a body's reply stamp (某局 于 … 回复): it is that body's 答复.</param>
    /// <param name="InForceFrom">The day the text says it takes effect (本通知自2024年9月30日起施行): not its date, but a
    /// bound on it.</param>
    public sealed record Found(string? Date, string? Venue, string? PassedBy, bool DateFromVenue, string? Signer = null, bool DateIsPosting = false, bool DateFromIssuedLine = false, string? VenueDate = null, bool Reply = false, string? InForceFrom = null);

    // From (自, 从) the day a text takes effect, or from the day of its publication with the day in brackets (自公布之日
    // (2023年12月1日)起施行).
    private const string FromInForceDay = @"(?:自|从)\s*(?:(?<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|(?:公布|印发|发布|签发)之日\s*[（(]\s*(?<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[）)])\s*(?:零时|0时)?\s*";

    // A notice or measures naming itself and the day it takes effect: 本通知自2024年9月30日起施行, 五、以上政策自2025年1月1日
    // 起执行, 本措施自2023年12月1日起正式实施, 本通知由某中心负责解释,自2026年3月23日起执行, 本次政策调整自…开始执行, 本通知从…起
    // 执行, and without 起: (三)本通知自2022年10月31日执行. Not 自印发之日起 (no day), not another text's (原《…》自…起施行
    // names that one). Not a regulation's (本条例, 本办法, 本规定): one passed in November may take effect in March
    // (laws-scan with three lines dropped: off by one 23 → 59 when they counted).
    // Or the notice left unnamed where a sentence opens on the day (政策自2024年5月22日起执行。, 自2022年11月11日开始执行,
    // 以购房网签合同日期为准): the text's own closing words, 起 or 开始 said, and not a clause naming what took effect then
    // (自…起实施的《…》).
    [GeneratedRegex(@"(?:本|以上|上述)次?(?:通知|措施|意见|细则|方案|政策|公告|通告|文件|若干措施|政策措施|实施细则|实施方案|实施意见)[^。；;《》]{0,30}?" + FromInForceDay + @"(?:起|开始)?\s*(?:正式)?(?:施行|执行|实施|生效)"
        + @"|(?:^|[。；;]\s*)(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:以上|上述|新|此项|该)?(?:政策)?\s*" + FromInForceDay + @"(?:起|开始)\s*(?:正式)?(?:施行|执行|实施|生效)(?![的之])")]
    private static partial Regex InForceStatement();

    // Where the statement stands: among a text's closing provisions, before its signature.
    private const int InForceLines = 12;

    // A text amended since (2016年9月21日省人民政府令第223号修正, 根据2020年…的决定修正) keeps its first in-force day: that
    // day is the original's, not the amended text's. Not another text's amendment it cites (2016年1月1日《人口与计划生育法》
    // 修正案实施后生育二孩的, a 泰安 notice's terms; a revised edition, 修订版, or draft, 修订稿).
    [GeneratedRegex(DatePattern + @"[^。；;]{0,60}?(?:修正|修订)(?![案版稿])")]
    private static partial Regex AmendmentStep();

    private static string? InForceDay(IReadOnlyList<string> lines)
    {
        for (int i = lines.Count - 1; i >= Math.Max(0, lines.Count - InForceLines); i--)
            if (lines[i].AsSpan().IndexOfAny('自', '从') >= 0 && InForceStatement().Match(lines[i]) is { Success: true } m && DateText.Normalize(m.Groups["date"].Value) is { } day)
                return lines.Any(l => l.Contains('修') && AmendmentStep().IsMatch(l)) ? null : day;
        return null;
    }

    private const int HeadLines = 30;

    // 《 人民日报 》（ 2016年06月24日 02 版）, 《光明日报》(2021年3月5日 第1版): a paper's name, the day and the page it printed.
    [GeneratedRegex(@"《\s*\p{IsCJKUnifiedIdeographs}{2,12}报\s*》\s*[（(]\s*" + DatePattern + @"\s*(?:第\s*)?\d{1,2}\s*版\s*[）)]")]
    private static partial Regex PrintLine();

    // How far down a date in brackets under the heading and its subtitle ((2017年10月18日), printed in either width) is
    // the document's own: the page's title line and a two-line heading may stand above it.
    private const int BracketedDateLines = 8;

    // A government order (政府令) signed by its head above its date: 市长 危伟汉 / 2020年5月15日.
    [GeneratedRegex(@"^" + HeadsTitle + @"[\s\u3000]*\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex OfficialSigns();

    // The order's head: its title, 令, number and the sentence publishing it come first.
    private const int OrderSignatureLines = 12;
    private const int MaxSignerLength = 30;

    // A signature line names a body (…人民政府, …办事处, …局) and is short; a sentence ending in 局 is not one.
    private static bool IsSigner(string line) => line.Length <= MaxSignerLength && SignatureBody().IsMatch(line) && line.AsSpan().IndexOfAny("，。；：,;:") < 0;
    private const int TailLines = 6;

    private static string? LatestHistoryStep(IReadOnlyList<string> lines)
    {
        string? latest = null;
        int end = Math.Min(HistoryLines, lines.Count);
        for (int i = 0; i < end; i++)
        {
            // A step opens on its year; a list item's number ((3)…, 2.…) does not make a line one.
            var line = lines[i].TrimStart(StepListMarks);
            if (!OpensOnYear(line)) continue;
            var steps = HistoryStep().Matches(line);
            // A step wrapped after its date (2017年7月28日 山东省 / 第十二届…常务委员会第三十一次会议…修正) is read with
            // the next line.
            if (steps.Count == 0 && i + 1 < lines.Count) steps = HistoryStep().Matches(line + lines[i + 1].Trim());
            foreach (Match m in steps)
                if (m.Groups["step"].Value != "公布" && DateText.Normalize(m.Groups["date"].Value) is { } d && (latest is null || string.CompareOrdinal(d, latest) > 0)) latest = d;
            // A long history (a law amended six times, some steps wrapped over two or three lines) runs past the first
            // lines: each step read reads a few lines further.
            if (steps.Count > 0) end = Math.Min(lines.Count, Math.Max(end, i + 1 + HistoryStepReach));
        }
        return latest;
    }

    private const int HistoryStepReach = 4;
    private static readonly char[] StepListMarks = ['（', '(', ' '];

    private static bool OpensOnYear(string line) =>
        line.Length >= 5 && (line.StartsWith("19", StringComparison.Ordinal) || line.StartsWith("20", StringComparison.Ordinal))
        && char.IsAsciiDigit(line[2]) && char.IsAsciiDigit(line[3]) && !char.IsAsciiDigit(line[4]);

    // Cheap tests of what a pattern cannot match without, so that the patterns run on few of the head lines (the
    // patterns alone were most of the metadata rules' time). They decide nothing: each is implied by its pattern.
    // VenueLine and RunDateVenueLine need 在 and 会议 or 大会, wherever the two lines are joined.
    private static bool MayJoinIntoVenue(string line, string next) =>
        (line.Contains('在') || next.Contains('在')) && (line.Contains('会') || next.Contains('会'));

    /// <summary>
    /// Whether a venue line (VenueLine, RunDateVenueLine) starts at the line only once the next line is joined to it.
    /// The two lines are joined in a rented buffer: as strings (one for each pattern) they were, for nearly every one
    /// of the first lines (在 and 会 are everywhere), a tenth of what parsing allocated.
    /// </summary>
    private static bool VenueOnlyWhenJoined(string line, string next)
    {
        var buffer = ArrayPool<char>.Shared.Rent(line.Length + next.Length);
        try
        {
            line.CopyTo(buffer);
            next.CopyTo(buffer.AsSpan(line.Length));
            var joined = buffer.AsSpan(0, line.Length + next.Length);
            return VenueLine().IsMatch(joined) && !VenueLine().IsMatch(line) || RunDateVenueLine().IsMatch(joined) && !RunDateVenueLine().IsMatch(line);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Whether a line may hold a venue or session line (<see cref="VenuePatterns"/>): each names a meeting, 会议 or 大会.
    /// Most lines name neither, and the patterns, several unanchored, were tried at every 在 and every date of the first lines.
    /// </summary>
    internal static bool MayNameVenue(string line) =>
        line.Contains("会议", StringComparison.Ordinal) || line.Contains("大会", StringComparison.Ordinal);

    /// <summary>The venue and session patterns <see cref="Find"/> asks of a line only where <see cref="MayNameVenue"/> allows.</summary>
    internal static IEnumerable<Regex> VenuePatterns =>
        [VenueLine(), DashVenueLine(), DateThenSessionInLine(), SessionThenDateInLine(), SessionSentence(), RunDateVenueLine(), DatelessVenueLine(), SessionThenDate()];

    // Every label PublishedLine knows ends in 时间 or 日期; unanchored, its pattern is tried at every position.
    private static bool MayNamePosting(string line) =>
        line.Contains("时间", StringComparison.Ordinal) || line.Contains("日期", StringComparison.Ordinal);

    /// <param name="lines">The recognition view (simplified, digits) of the non-empty body lines.</param>
    /// <param name="notAfter">A date the document cannot be later than (the header's), for reading a run of digits.</param>
    public static Found Find(IReadOnlyList<string> lines, string? notAfter = null)
    {
        string? date = null, venue = null, passedBy = null, published = null, signer = null, venueDate = null, venueRun = null;
        // Whether the date is a step of a law's history (通过, 批准, 公布 …), which a later 修正 or 修订 replaces.
        bool passageDated = false;
        bool reply = false;
        bool fromVenue = false, fromIssued = false;
        for (int i = 0; i < Math.Min(HeadLines, lines.Count); i++)
        {
            var line = lines[i];
            Match m;
            // A venue line wrapped in two (——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上).
            if (venue is null && i + 1 < lines.Count && MayJoinIntoVenue(line, lines[i + 1]) && VenueOnlyWhenJoined(line, lines[i + 1]))
                line += lines[i + 1];
            bool mayNameVenue = venue is null && MayNameVenue(line);
            if (mayNameVenue && ((m = VenueLine().Match(line)).Success || (m = DashVenueLine().Match(line)).Success
                || (m = DateThenSessionInLine().Match(line)).Success || (m = SessionThenDateInLine().Match(line)).Success || (m = SessionSentence().Match(line)).Success))
            {
                venue = m.Groups["venue"].Value;
                venueDate = DateText.Normalize(m.Groups["date"].Value);
                if (date is null) { date = venueDate; fromVenue = date is not null; }
            }
            else if (mayNameVenue && (m = RunDateVenueLine().Match(line)).Success)
            {
                // Read once the page's posting date is known (below).
                venue = m.Groups["venue"].Value;
                venueRun = m.Groups["run"].Value;
            }
            else if (mayNameVenue && (m = DatelessVenueLine().Match(line)).Success) venue = m.Groups["venue"].Value;
            else if (mayNameVenue && (m = SessionThenDate().Match(line)).Success)
            {
                venue = m.Groups["venue"].Value;
                if (date is null) { date = DateText.Normalize(m.Groups["date"].Value); fromVenue = date is not null; }
            }
            else if (passedBy is null && (m = PassageLine().Match(line)).Success)
            {
                // A province's 批准 of a city's or an autonomous county's regulation dates it, but the body approved what
                // another passed: it is no issuer (the line of the body that passed it names that one).
                if (m.Groups["step"].Value != "批准") passedBy = m.Groups["body"].Value.Trim();
                date ??= DateText.Normalize(m.Groups["date"].Value);
                passageDated = true;
            }
            else if (date is null && (m = DateOnlyLine().Match(line)).Success && (i <= 3 && !IsSiteClock(lines, i) || i <= BracketedDateLines && line.Length > 0 && line[0] is '(' or '（' || i > 0 && SignatureBody().IsMatch(lines[i - 1])
                || i > 0 && i <= OrderSignatureLines && OfficialSigns().IsMatch(lines[i - 1].Trim())
                || i > 0 && (i <= CoverNoteLines || AddresseeJustAbove(lines, i - 1)) && CoverNoteEnd().IsMatch(lines[i - 1])
                || i > 1 && AttachmentLine().IsMatch(lines[i - 1]) && AddresseeJustAbove(lines, i - 1)
))
            {
                date = DateText.Normalize(m.Groups["date"].Value);
                if (i > 0 && IsSigner(lines[i - 1])) signer = SignatureBlock.WithBrokenStart(lines, i - 1);
            }
            else if (date is null && i <= 8 && (m = DateAndSpeakerLine().Match(line)).Success && m.Groups["name"].Value.AsSpan().IndexOfAny(NotANameChars) < 0
                && !m.Groups["name"].Value.StartsWith("星期", StringComparison.Ordinal))
                date = DateText.Normalize(m.Groups["date"].Value);
            else if (date is null && (m = WrittenDateLine().Match(line)).Success)
                date = DateText.Normalize(m.Groups["date"].Value);
            else if (date is null && i < CoverNoteLines && line.Contains('。') && line.Contains('年') && (m = CoverNoteThenDate().Match(line)).Success)
                date = DateText.Normalize(m.Groups["date"].Value);
            // Of several posting dates, the first posting (DateText.FirstPosting).
            else if ((m = MayNamePosting(line) ? PublishedLine().Match(line) : Match.Empty).Success || line.Length <= 60 && (m = BylineDate().Match(line)).Success
                || i < TitleDateLines && (m = TitleThenPostingDate().Match(line)).Success
                || line.Length <= MaxBylineLength && BylineField().IsMatch(line) && (m = TimestampInByline().Match(line)).Success
                || i == 0 && line.Contains("正文", StringComparison.Ordinal) && (m = StampBeforeContent().Match(line)).Success)
                published = DateText.FirstPosting(published, DateText.Normalize(m.Groups["date"].Value));
        }
        // A newspaper's print line under the article it printed (《 人民日报 》（ 2016年06月24日 02 版）): the article's first
        // publication, which a site re-posting it years later does not move.
        foreach (var line in lines)
            if (line.Contains('》') && PrintLine().Match(line) is { Success: true } print)
                published = DateText.FirstPosting(published, DateText.Normalize(print.Groups["date"].Value));
        // A 公文's date over its disclosure mark ((此件主动公开)), wherever it stands: before its attachments, or under a
        // signature cut short.
        if (date is null) date = DateAboveDisclosureNote(lines);
        if (venueRun is not null)
        {
            venueDate = DateText.NormalizeRun(venueRun, notAfter ?? published);
            if (date is null && venueDate is not null) { date = venueDate; fromVenue = true; }
        }
        // A law amended since it was passed is of its latest 修正/修订 (the text as it stands), not of its first passage.
        var latestStep = LatestHistoryStep(lines);
        if (latestStep is not null && (date is null || passageDated && string.CompareOrdinal(latestStep, date) > 0)) date = latestStep;
        for (int i = lines.Count - 1; i >= Math.Max(0, lines.Count - TailLines); i--)
        {
            Match m;
            if ((m = IssuedLine().Match(lines[i])).Success && DateText.Normalize(m.Groups["date"].Value) is { } issued)
            {
                // The 印发 line is the document's own date; it beats a date under the title only when that is absent.
                if (date is null) { date = issued; fromIssued = true; }
                signer ??= m.Groups["body"].Value.Trim();
                break;
            }
            if (date is null && (m = IssuedDateLine().Match(lines[i].Trim())).Success && DateText.Normalize(m.Groups["date"].Value) is { } printed)
            {
                (date, fromIssued) = (printed, true);
                if (i > 0 && IsSigner(lines[i - 1].Trim())) signer ??= SignatureBlock.WithBrokenStart(lines, i - 1);
                break;
            }
            if (date is null && MayHoldReplyStamp(lines[i]) && (m = ReplyStamp().Match(lines[i])).Success && DateText.Normalize(m.Groups["date"].Value) is { } replied)
            {
                date = replied;
                reply = true;
                signer ??= m.Groups["body"].Value.Trim();
                break;
            }
            if (date is null && i >= 4 && (m = DateOnlyLine().Match(lines[i])).Success)
            {
                date = DateText.Normalize(m.Groups["date"].Value);
                if (i > 0 && IsSigner(lines[i - 1])) signer ??= SignatureBlock.WithBrokenStart(lines, i - 1);
                break;
            }
            if (date is null && i >= 4 && (m = SignedLine().Match(WithoutTrailingCredits(lines[i].Trim()))).Success && IsSigner(m.Groups["body"].Value))
            {
                (date, signer) = (DateText.Normalize(m.Groups["date"].Value), signer ?? m.Groups["body"].Value);
                break;
            }
        }
        // A notice's signature over what it issues or announces (…公告 / 某县国土资源局 / 2014年3月24日 / 挂牌出让须知 …):
        // past the head and before the tail, the first body signing above a date alone.
        if (date is null)
            for (int i = Math.Min(HeadLines, lines.Count); i < lines.Count - TailLines; i++)
                if (IsSigner(lines[i - 1].Trim()) && DateOnlyLine().Match(lines[i].Trim()) is { Success: true } m && DateText.Normalize(m.Groups["date"].Value) is { } signed)
                {
                    (date, signer) = (signed, signer ?? SignatureBlock.WithBrokenStart(lines, i - 1));
                    break;
                }
        if (date is null)
            foreach (var line in lines)
                if (FullDateInText().IsMatch(line) && SignatureInText().Match(line) is { Success: true } m && DateText.Normalize(m.Groups["date"].Value) is { } signed)
                {
                    (date, signer) = (signed, signer ?? TitleFinder.WithoutSpaceBetweenHan(m.Groups["body"].Value));
                    break;
                }
        // A text flattened onto one long line that ends on its signature, perhaps with the label of the page's list of
        // links after it.
        if (date is null && lines.Count > 0 && lines[^1].Length >= FlattenedLength && SignatureEndingLine().Match(WithoutTrailingCredits(RepostTail().Replace(HeadlineLists.WithoutTrailingLabel(lines[^1]), ""))) is { Success: true } end
            && DateText.Normalize(end.Groups["date"].Value) is { } closing)
            (date, signer) = (closing, signer ?? (end.Groups["body"].Success ? end.Groups["body"].Value : null));
        return new Found(date ?? published, venue, passedBy, fromVenue, signer, date is null && published is not null, fromIssued, venueDate, reply, InForceDay(lines));
    }
}
