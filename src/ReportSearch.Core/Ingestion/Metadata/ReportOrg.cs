using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Where a report names the body it comes from when no header or 关于-title says so: a title that opens with its unit
/// before its year or subject (五角场街道办事处2023年工作总结, 2022年北京市东城区人民政府工作报告), and a work
/// report's speaker line (东乌旗人民政府代旗长 周玉龙, 国务院总理 李克强) or the unit standing alone above 各位代表.
/// Only what the text states is taken; a body's own name is never built from a place name here.
/// </summary>
internal static partial class ReportOrg
{
    // The unit before the year or the subject: …人民政府/办事处 before 工作报告/总结/计划 or a year; a bureau, centre or
    // 镇政府 only before a year (南关区政府工作报告 names the report, not a body called 南关区政府).
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?)?(?!关于)(?<org>[^\s\d《》“”""（）()]{2,40}?(?:人民政府|办事处)(?=\s*(?:(?:19|20)\d{2}\s*年|工作(?:总结|报告|计划|要点|思路)|(?:政府|政务)?信息公开))|[^\s\d《》“”""（）()关]{2,40}?(?:镇政府|乡政府|局|委员会|中心|办公室)(?=\s*(?:19|20)\d{2}\s*年))")]
    private static partial Regex UnitBeforeSubject();

    /// <summary>The body a title opens with before its year or subject; null when the title does not open so.</summary>
    public static string? InTitle(string? title) =>
        title is not null && UnitBeforeSubject().Match(WithoutLeadingTag(title)) is { Success: true } m ? m.Groups["org"].Value : null;

    // What a site puts before a title's own words: its province in brackets ((贵州省)2021年黔西南州人民政府工作报告), a
    // 【column】, a book-title mark around the whole title (《成都市人民政府关于…的通报》).
    [GeneratedRegex(@"^(?:\s*(?:[（(【\[][^）)】\]]{2,8}[）)】\]]|《))+")]
    private static partial Regex LeadingTag();

    /// <summary>The title without what a site puts before its own words (a bracketed province or column, an opening 《).</summary>
    public static string WithoutLeadingTag(string title) => LeadingTag().Replace(title, "");

    // The place whose congress a session line names: 在淀山湖镇第十九届人民代表大会…, 在嫩江县第十三届人民代表大会….
    // Not a congress named by its level only (在县第十五届人民代表大会), which names no place.
    // Its loops are of sets, never of a group with a lookahead ((?:(?!x)[^y]){0,30}?): .NET 10's generated code throws
    // on a lazy group loop that backtracks at its bound (dotnet/runtime#129511; GeneratedRegexOracleTests).
    [GeneratedRegex(@"(?:^|在)\s*(?<place>[\p{IsCJKUnifiedIdeographs}-[在]]{2,20}?(?:省|市|区|县|镇|乡|旗|州|盟))\s*第?[一二三四五六七八九十百\d]+届人民代表大会")]
    private static partial Regex CongressPlace();

    // A work report titled by its place: 沾化县政府工作报告, 2019年广州市番禺区政府工作报告, 2012年苍山县两会《政府工作报告》.
    // The whole title, so that news about a report (…雨花区政府工作报告来了) is not one. A set loop, as above.
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?)?(?<place>[\p{IsCJKUnifiedIdeographs}-[年]]{2,20}?(?:省|市|区|县|镇|乡|旗|州|盟))(?:人民)?(?:两会)?[《“""]?(?:人民)?政府(?:工作)?报告[》”""]?\s*(?:[（(][^）)]{1,6}[）)])?$")]
    private static partial Regex PlaceOfWorkReport();

    // A level alone, which names no place (县, 自治县, 市辖区).
    [GeneratedRegex(@"^(?:自治|市辖|本|全)?(?:省|市|区|县|镇|乡|旗|州|盟)$")]
    private static partial Regex LevelAlone();

    /// <summary>The government whose work report a title names (2012年苍山县两会《政府工作报告》), or null.</summary>
    public static string? OfWorkReportTitle(string? title) => OfCongressPlace(null, title is null ? null : WithoutCongressWords(title));

    // A title that only names a congress session (在…人民代表大会上的讲话) is read for its place by OfCongressPlace, not here.
    private static string? WithoutCongressWords(string title) => title.Contains("人民代表大会", StringComparison.Ordinal) ? null : title;

    /// <summary>
    /// The government delivering a work report, by the place its session line or its title names (在淀山湖镇第十九届人民
    /// 代表大会 → 淀山湖镇人民政府; 沾化县政府工作报告 → 沾化县人民政府); null when neither names one. The place is taken as
    /// written (a former name stays: 嫩江县), never looked up.
    /// </summary>
    public static string? OfCongressPlace(string? venue, string? title)
    {
        foreach (var (text, pattern) in new[] { (venue, CongressPlace()), (title, CongressPlace()), (title is null ? null : WithoutLeadingTag(title), PlaceOfWorkReport()) })
        {
            if (text is null || pattern.Match(text) is not { Success: true } m) continue;
            var place = m.Groups["place"].Value;
            if (!LevelAlone().IsMatch(place)) return place + "人民政府";
        }
        return null;
    }

    // A speaker line: the body and the speaker's office, after the session line when they share a line
    // (…第四次会议大连市西岗区人民政府区长阎利军); a page's broken characters (????) are no part of the body's name.
    [GeneratedRegex(@"(?<org>[^\s—，。,：:（）()?？\uFFFD]{2,30}?(?:人民政府|人大常委会|人民代表大会常务委员会)|国务院)\s*(?:代理?|副)?(?:省长|市长|区长|县长|镇长|乡长|旗长|州长|盟长|主任|总理|主席)")]
    private static partial Regex SpeakerOffice();

    // A unit standing alone on its line, as under a session line: 昆明市官渡区发展和改革局.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,30}(?:人民政府|局|委员会|办公室|办事处)$")]
    private static partial Regex UnitAlone();

    // Where a session line's venue ends, when the speaker's body is glued to it.
    [GeneratedRegex(@"^.*(?:会议上?|大会上?|\d日)")]
    private static partial Regex VenueBefore();

    private const int SpeakerLines = 12;

    // The subject of a clause that opens with a government body and goes on with what it did: 2024年,在…引领下,
    // 小营街道办事处严格依照…; 付垅乡人民政府坚持…. Not an addressee (…人民政府:), a possessive (…人民政府的) or an
    // office under it (…办事处办公室). Not a government approving what another body does (经某县人民政府批准,某县国土资源局
    // 决定…; 某中心是经某区人民政府批准成立的): the approver is no subject, and the actor is not a government. Nor a
    // department under it (由杭州市萧山区人民政府环境保护部门…监督管理, a regulation's article naming who enforces it).
    [GeneratedRegex(@"(?:^|[,，;；:：])\s*(?<org>[\p{IsCJKUnifiedIdeographs}]{2,30}?(?:人民政府|办事处))(?=[\p{IsCJKUnifiedIdeographs}])(?![的之和与及各办在对])(?!批准|同意|授权|批复)(?!\p{IsCJKUnifiedIdeographs}{0,10}?部门)")]
    private static partial Regex SubjectBody();

    private const int OpeningSentences = 8;

    /// <summary>A government named only by its level: 区人民政府, 自治县人民政府, 本届政府, 十八届县人民政府, 街道办事处.</summary>
    [GeneratedRegex(@"^(?:(?:本届|上届|新一届|第?[一二三四五六七八九十百\d]+届)?(?:省|市|区|县|自治区|自治州|自治县|州|旗|盟|镇|乡|街道)?(?:人民)?政府|(?:街道)?办事处)$")]
    public static partial Regex GenericGovernment();

    /// <summary>
    /// The body a work report's speaker line names in the opening lines (<paramref name="matching"/>, normalized for
    /// matching), or the unit standing alone on the line above 各位代表; null when neither is there.
    /// </summary>
    public static string? OfSpeaker(IReadOnlyList<string> matching)
    {
        for (int i = 0; i < matching.Count && i < SpeakerLines; i++)
        {
            var line = matching[i].Trim();
            if (line.StartsWith("各位代表", StringComparison.Ordinal))
            {
                var above = i > 0 ? matching[i - 1].Trim() : "";
                return UnitAlone().IsMatch(above) ? above : null;
            }
            if (line.Length > 80) continue;
            if (SpeakerOffice().Match(line) is { Success: true } m)
            {
                var org = VenueBefore().Replace(m.Groups["org"].Value, "");
                // 自治区人民政府主席, 区人民政府区长: the level alone names no body.
                if (org.Length >= 2 && !GenericGovernment().IsMatch(org)) return org;
            }
        }
        return null;
    }

    /// <summary>
    /// The body the opening's sentences name as their subject (a disclosure report or summary without a byline:
    /// 2024年,在区政府…的引领下,小营街道办事处严格依照…); the first sentence of each of the first lines is read.
    /// </summary>
    public static string? OfOpening(IReadOnlyList<string> matching)
    {
        foreach (var line in matching.Take(OpeningSentences))
        {
            int end = line.IndexOf('。');
            var sentence = end < 0 ? line : line[..end];
            foreach (Match m in SubjectBody().Matches(sentence))
            {
                var org = m.Groups["org"].Value;
                // The agent of a passive (…的要求,由东港镇人民政府党政办公室编制) is the body, without its 由.
                if (org.StartsWith('由') && org.Length > 5) org = org[1..];
                // 我代表…人民政府 and 听取…代表…人民政府 are a speech's words, read as the speaker's (elsewhere).
                // A government's name opens with its place (付垅乡人民政府); a clause's words before it (顺利通过某省人民政府
                // 验收, 实行市人民政府…) make no name.
                if (!org.StartsWith('各') && !org.StartsWith('我') && !org.Contains("代表", StringComparison.Ordinal) && !GenericGovernment().IsMatch(org)
                    && ReportSearch.Places.PlaceNames.Default.OpensWithFullName(org) && !JoinsTwoThings(org)) return org;
            }
        }
        return null;
    }

    // A government's or office's name is its place's and the body's: a 和, 与 or 及 outside a place's name joins two
    // things (绍兴市城市建成区和绍兴县人民政府所在地, an article's area), as no such name does.
    private static bool JoinsTwoThings(string org)
    {
        var places = ReportSearch.Places.PlaceNames.Default.Find(org);
        for (int i = 0; i < org.Length; i++)
            if (org[i] is '和' or '与' or '及' && !places.Any(p => i >= p.Start && i < p.Start + p.Length)) return true;
        return false;
    }

    private const int IssuerLinesAbove = 3;

    /// <summary>
    /// The bodies standing alone on the lines right above the title (a red-header document's issuers, 中共…镇委员会 /
    /// …镇人民政府 / 关于印发…; a site's unit line over a title without one), joined with 、; null when none.
    /// </summary>
    public static string? AboveTitle(IReadOnlyList<string> matching, string? title)
    {
        if (title is null) return null;
        int at = -1;
        // The heading's first line: the title itself, or its start where the heading wraps (关于印发2021年区政府工作报告 /
        // 目标任务分解方案的通知).
        for (int i = 0; i < matching.Count && i < SpeakerLines; i++)
            if (matching[i].Trim() is { Length: >= MinHeadingStart } line && (line == title || title.StartsWith(line, StringComparison.Ordinal))) { at = i; break; }
        // A page whose title is a column label over the document (加快重点产业实施意见 / 中共柳河县委 柳河县人民政府 /
        // 关于支持…的实施意见): the red-header heading is the first line opening with 关于.
        if (at <= 0)
            for (int i = 1; i < matching.Count && i < SpeakerLines; i++)
                if (matching[i].TrimStart().StartsWith("关于", StringComparison.Ordinal)) { at = i; break; }
        // A title that opens with its issuers' line (中共柳河县委 柳河县人民政府 / 关于…的实施意见, joined into one title): the
        // heading proper starts on the next line, and the issuers' line is read as the lines above it are.
        if (at >= 0 && at + 1 < matching.Count && matching[at].Trim() != title && BodiesOn(OwnerOfBanner(matching[at].Trim())).Count > 0) at++;
        if (at <= 0) return null;
        var bodies = new List<string>();
        for (int i = at - 1; i >= 0 && bodies.Count < IssuerLinesAbove; i--)
        {
            var found = BodiesOn(OwnerOfBanner(matching[i].Trim()));
            if (found.Count == 0) break;
            bodies.InsertRange(0, found);
        }
        return bodies.Count == 0 ? null : string.Join('、', bodies);
    }

    // One body a line, or joint issuers on one line apart by spaces (中共柳河县委 柳河县人民政府); none for any other line.
    private static IReadOnlyList<string> BodiesOn(string line) =>
        UnitAlone().IsMatch(line) && !GenericGovernment().IsMatch(line) ? [line] : SignatureBlock.BodiesOf(line);

    private const int MinHeadingStart = 6;

    // A site's greeting over its pages: 欢迎访问平江县伍市镇人民政府网站! names the site's owner.
    [GeneratedRegex(@"^欢迎(?:访问|来到|光临|进入)\s*(?<owner>\p{IsCJKUnifiedIdeographs}{4,30}?)(?:门户)?(?:网站|网)?\s*[!！。.]?$")]
    private static partial Regex SiteBanner();

    /// <summary>The owner a site's greeting names (欢迎访问…人民政府网站! → …人民政府); any other line as it is.</summary>
    public static string OwnerOfBanner(string line) => SiteBanner().Match(line) is { Success: true } m ? m.Groups["owner"].Value : line;
    // The preamble of a disclosure report naming it: 现将《西安市西大街发展服务中心2025年政府信息公开工作年度报告》予以公布.
    [GeneratedRegex(@"现将《(?<title>[^《》]{4,60})》(?:\(以下简称[^)]*\))?[^。]{0,12}?(?:予以)?(?:公布|发布|印发)")]
    private static partial Regex PublishedHere();

    /// <summary>The body the title a preamble publishes opens with (现将《…中心2025年…年度报告》予以公布), or a people's
    /// congress's standing committee deciding in its session (某省第十一届人民代表大会常务委员会第十九次会议决定：…); null
    /// otherwise.</summary>
    public static string? OfPreamble(IReadOnlyList<string> matching)
    {
        foreach (var line in matching.Take(OpeningSentences))
        {
            if (PublishedHere().Match(line) is { Success: true } m && InTitle(m.Groups["title"].Value) is { } org) return org;
            if (line.Contains("常务委员会", StringComparison.Ordinal) && CommitteeDecides().Match(line) is { Success: true } d) return d.Groups["body"].Value;
        }
        return null;
    }

    // A notice naming the body that interprets it: 本通知由泰安市住房公积金中心负责解释, 以上政策由某中心负责解释. An
    // agency's notice is interpreted by the agency (policy-scan's tune part: 6 of 7 where the database's title names the
    // issuer); a government's measures or rules by one of its departments (本办法由市住建局负责解释), so those are not read.
    [GeneratedRegex(@"(?:本|以上|上述)(?:[一二两三四五六七八九十\d]项)?(?:通知|公告|通告|政策)[^。；;《》]{0,6}?由\s*(?<body>\p{IsCJKUnifiedIdeographs}{4,30}?(?:" + BodyNameEndings.Common + @"|厅|中心|管委会))\s*负责(?:具体)?解释")]
    private static partial Regex InterpretedBy();

    private const int InterpretationLines = 12;

    /// <summary>The body a notice's closing provisions name as interpreting it, where the notice names itself; null otherwise.</summary>
    public static string? OfInterpretation(IReadOnlyList<string> lines)
    {
        for (int i = lines.Count - 1; i >= Math.Max(0, lines.Count - InterpretationLines); i--)
            if (lines[i].Contains("解释", StringComparison.Ordinal) && InterpretedBy().Match(lines[i]) is { Success: true } m) return m.Groups["body"].Value;
        return null;
    }

    /// <summary>Whether a line tells a people's congress's standing committee deciding in its session: a 决定.</summary>
    public static bool IsCommitteeDecision(string line) =>
        line.Contains("常务委员会", StringComparison.Ordinal) && CommitteeDecides().Match(line) is { Success: true } m && m.Groups["verb"].Value == "决定";

    [GeneratedRegex(@"(?:^|[，,。；;])\s*(?<body>[\p{IsCJKUnifiedIdeographs}]{2,20}?人民代表大会常务委员会)第[一二三四五六七八九十百\d]{1,5}次会议(?:审议)?(?<verb>通过|决定)[：:，,]")]
    private static partial Regex CommitteeDecides();

    // A title opening with a street, town or township before its year or subject: 昌硕街道2022年工作总结和2023年工作计划.
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?)?(?<place>[^\s\d《》“”""（）()年关]{2,10}?(?<level>街道|镇|乡))(?=\s*(?:(?:19|20)\d{2}\s*年|工作(?:总结|报告|计划|要点)))")]
    private static partial Regex LocalPlaceBeforeSubject();

    // The local government named by its level as a clause's subject: …的坚强领导下,街道办事处高举…; ,镇人民政府坚持….
    [GeneratedRegex(@"(?:^|[,，;；:：。])\s*(?:我|本)?(?<body>街道办事处|镇人民政府|镇政府|乡人民政府|乡政府)")]
    private static partial Regex LevelBodySubject();

    /// <summary>
    /// The government of the street, town or township a title opens with, where the opening speaks of that level's
    /// government as its subject (昌硕街道2022年工作总结 … 街道办事处高举… → 昌硕街道办事处); null otherwise. The text
    /// gives both halves of the name; neither alone is taken.
    /// </summary>
    public static string? OfTitlePlaceAndLevelBody(string? title, IReadOnlyList<string> matching)
    {
        if (title is null || LocalPlaceBeforeSubject().Match(WithoutLeadingTag(title)) is not { Success: true } t) return null;
        var level = t.Groups["level"].Value;
        foreach (var line in matching.Take(OpeningSentences))
            foreach (Match m in LevelBodySubject().Matches(line))
                if (m.Groups["body"].Value.StartsWith(level[0]))
                    return t.Groups["place"].Value + (level == "街道" ? "办事处" : "人民政府");
        return null;
    }
}
