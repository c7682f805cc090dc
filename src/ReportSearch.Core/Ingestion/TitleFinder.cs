using System.Text.RegularExpressions;
using ReportSearch.Analysis;
using ReportSearch.Places;

namespace ReportSearch.Ingestion;

/// <summary>
/// Finds a document's title among its first lines. Page furniture comes before the heading on many sites
/// (您的位置: 首页 > 要闻, 来源, 【字体：大 中 小】, keyword lists), and speeches open with a salutation (各位代表：),
/// so the first line is not always the title. Preferred, in order: a heading line naming a document kind
/// (政府工作报告, 关于…的通知, …条例), a line right above a publication date or source (a news headline), and
/// else the first line that reads like a heading.
/// </summary>
internal static partial class TitleFinder
{
    private const int MaxTitleLength = 80;
    private const int ScanLines = 25;
    // A headline says what happened (燕园街道召开…调度会): shorter lines over a date are catalogue cells (昆山市淀山湖).
    private const int HeadlineLength = 8;
    private const int PersonNameChars = 3;
    // Short titles that name what they are by their last character (倡议书, 贺信, 致辞, 前言, 目录, 附表, 清单).
    private const string ShortKindEndings = "书信词言录表单";
    // How far below a cover note's signature the printed report's heading and subtitle stand.
    private const int SubtitleReach = 5;

    // Lines that are page furniture, labels or metadata rather than a heading.
    [GeneratedRegex(@"^(?:您的位置|您的当前位置|当前位置|所在位置|位置|\S{0,4}导航(?:菜单|栏)?$|上一篇|下一篇|第[\dA-Za-z一二三四五六七八九十]{1,4}版[:：]|首页|(?:本文|文章|新闻|信息)?来源|文件之[一二三四五六七八九十\d]{1,3}$|发布时间|发表时间|发布日期|更新时间|时间|作者|编辑|责任编辑|关键词|阅读量|浏览|点击|字号|字体|打印|关闭|分享|【(?![^】]{9,40}】[^【】]{4,})|\[|>|›|»|各位代表|同志们|尊敬的|(?:文章|语音)播报)")]
    private static partial Regex Furniture();

    // Also a bare trail (> 新闻 > 县区 > 石泉, 首页 > 动态).
    [GeneratedRegex(@"^(?:(?:您的位置|您的当前位置|当前位置|所在位置|您现在的位置)\s*[:：]|[>›»]|首页\s*[>›»])")]
    private static partial Regex LocationTrail();

    // Also with the outlet's name before it (澎湃新闻记者刘畅, 湖南日报记者 某某).
    [GeneratedRegex(@"^(?:本报|本网|本台|\p{IsCJKUnifiedIdeographs}{1,8}?(?:新闻|日报|晚报|时报|报|网|电视台|广播电视台|客户端))?\s*(?:特约)?(?:记者|通讯员)\s*(?:[\p{IsCJKUnifiedIdeographs}]\s*){2,4}(?:[、，,\s]+(?:记者|通讯员)?\s*(?:[\p{IsCJKUnifiedIdeographs}]\s*){2,4})*$")]
    private static partial Regex ReporterByline();

    [GeneratedRegex(@"^\d{1,2}\s*月\s*\d{1,2}\s*[日号](?:上午|下午|晚上?)?\s*[,，]")]
    private static partial Regex DayLead();

    // Two to four set phrases of four to seven characters, spaced: 不忘初心 牢记使命, 凝心聚力谋发展 踔厉奋发谱新篇.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{4,7}(?:[ \u3000]+\p{IsCJKUnifiedIdeographs}{4,7}){1,3}$")]
    private static partial Regex SloganBanner();

    // A news item's lead: 本报讯(记者…), 本报曲阜讯, 本网讯, 某某日报讯.
    [GeneratedRegex(@"^(?:本报|本网)\S{0,6}讯|^\S{2,8}(?:日报|晚报|客户端)\S{0,4}讯")]
    private static partial Regex NewsLead();

    // A line giving a publication date or source: what follows a news headline. Also a source named with its kind
    // (稿件来源:, 信息来源:) and a posting stamp after the poster's name (厦门网 2021-12-28 17:45, 建外街道 2020-12-31 12:11),
    // also an official account's post stamp with where it was posted from (荆门住房公积金中心2023-05-0810:23发表于湖北):
    // a news site's or an official account's line under its headline.
    [GeneratedRegex(@"^(?:(?:稿件|信息|文章|新闻)?来源|发布时间|发表时间|发布日期|时间|日期)\s*[:：]|^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}|^[^\s:：，。,]{2,16}\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}\s*发表于\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex DateOrSourceLine();

    [GeneratedRegex(@"^0[1-9]\s*\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ZeroNumberedSection();

    // A title naming the kind of document it is, or ending as a policy's title does without naming one of the kinds
    // (若干措施, 十条举措), or as a party committee's proposal does (中共深圳市委关于制定…第十五个五年规划的建议).
    [GeneratedRegex(@"(?:" + DocumentKindWords.Pattern + @"|措施|举措|的建议)(?:[（(][^）)]{1,20}[）)])?[》”]?$")]
    private static partial Regex KindEnding();

    // What only page furniture carries: a clock time (a posting stamp, 2021-07-23 10:26:26), a breadcrumb trail
    // (政府信息公开 > 政策文件 > 其他文件 >) or today's date with its weekday (| 2023年10月11日 星期三, a site's date bar).
    [GeneratedRegex(@"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|[>›»].*[>›»]|\s/\s.*\s/\s|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期[一二三四五六日天]")]
    private static partial Regex StampOrTrail();

    // What only a site's frame says: its greeting (欢迎访问…!, …欢迎您), its address, its menu (加入收藏, 返回首页, 马上注册), a
    // loading note (请稍候...), and cells of a table row or menu (公开目录 | 法定主动公开内容 | 发布日期).
    [GeneratedRegex(@"欢迎访问|欢迎光临|欢迎您|扫描二维码|扫一扫|www\.|\.gov\.cn|\.com(?![a-z])|加入收藏|设为首页|返回首页|关于我们|联系我们|网站地图|投稿邮箱|请稍候|马上注册|立即注册|会员注册|没有账号|[|｜][^|｜]*[|｜]")]
    private static partial Regex SiteFrame();

    // A speaker's byline or a photo caption: a post and a person's name, perhaps with what they do
    // (■大港街道办事处书记韩英; 街道党工委书记卢益芳讲话; 省长胡玉亭; 自治区主席艾尔肯·吐尼亚孜, a name with its dot), or a
    // government's head whose name the next line prints (阜平县人民政府县长, 代县长); a premier's (国务院总理温家宝). A heading names
    // a subject, not a person.
    [GeneratedRegex(@"(?:书记|主任|总理|省长|州长|镇长|乡长|县长|区长|市长|旗长|局长|部长|主席)(?!热线|信箱|会议|办公|接待|公开)(?:[\p{IsCJKUnifiedIdeographs}]{2,3}|[\p{IsCJKUnifiedIdeographs}]{1,6}[·•・][\p{IsCJKUnifiedIdeographs}]{1,8})(?:讲话|致辞|发言)?$|主席[\p{IsCJKUnifiedIdeographs}]{4}$|政府[代副]?(?:省长|州长|市长|县长|区长|旗长|镇长|乡长|主席)$")]
    private static partial Regex SpeakerByline();

    // A photo's caption: a sentence with its photographer (区长作政府工作报告。陈某 摄), or the scene alone (大会现场).
    [GeneratedRegex(@"(?:^|[。\s])[\p{IsCJKUnifiedIdeographs}]{2,4}\s*摄影?$|。.*摄影?$|^[\p{IsCJKUnifiedIdeographs}]{0,6}现场$")]
    private static partial Regex PhotoCaption();

    // A date alone in Chinese numerals (二○○三年十月三十一日, 二OO九年一月九日, with a Latin O for 〇): a signature's date.
    [GeneratedRegex(@"^[〇○零OoＯ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日$")]
    private static partial Regex ChineseDateAlone();

    // Lines a document prints that name nothing it is: a closing formula (特此通知), a greeting to a reader (您好!), a
    // day alone (8月10日, a post's first line), a session line without its report (在某区第二届人民代表大会第二次会议上),
    // and a unit's name alone down to its sections (中共某局党组, 省某局法规处, 某县公安局交警大队, 某镇党政办: the issuer over its
    // text or its signature). Also an attachment's note (附件:《…》, 附件1), which names another document, and the
    // text speaking of itself (本年度报告, 本办法), cut out of its first sentence. And a contact line under a notice
    // (联系电话:…, 联系人:…, 地址:…).
    [GeneratedRegex(@"^(?:联系(?:电话|人|方式)|咨询电话|监督电话|举报电话|电话|传真|电子邮箱|邮箱|邮编|地址)\s*[:：]|^附件\s*\d{0,2}\s*(?:[:：]|$)|^本\p{IsCJKUnifiedIdeographs}{0,4}(?:报告|办法|规定|细则|通知|意见|方案)$|^(?:特此\p{IsCJKUnifiedIdeographs}{2}|(?:您|你)好|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|在[^。，,]{2,60}?会议上|[\p{IsCJKUnifiedIdeographs}]{2,30}(?:党组|党委|处|大队|中队|支队|分局|(?<!怎么|如何)办))[！!。.]?$")]
    private static partial Regex NamesNothing();

    // Furniture glued before a heading on one line: a site's language switch, a forum's edit note, a list bullet, a
    // short column tag (【余杭区招商】); a long bracketed slogan (【凝心聚力谋发展 踔厉奋发谱新篇】…) is part of the title.
    // A picture or video tag ([组图], [图文]), the decorations of a list (★, ◇, ※) and a column's name before a space
    // (乡镇动态 某镇召开…) are furniture too, and so is a re-post's label of the original headline (原标题：); so is a page's
    // toolbar where its lines were run together (下载 打印 全屏 收藏 【字号： 加大 还原 减小 】), and a crawler's content
    // key with the stamp it wrote before it (2023-08-17 18:20，正文：原标题：…, a news corpus's record; the line may have been
    // cut at the stamp's space). So is a news outlet's dateline run into the heading it carries (荔枝新闻讯某市…指挥部关于…的通告).
    [GeneratedRegex(@"^(?:(?:选择语言|原[标標][题題]\s*[:：]|[,，]?\s*(?:(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[,，]\s*)?正文\s*[:：]|(?:下载|打印|全屏|收藏|分享|打印本页|关闭窗口)(?=\s|【)|【\s*(?:字号|字体)\s*[:：][^】]{0,20}】|本帖最后由.{1,60}?编辑|[•·●▪■◆★☆◇□▲△○◎※►]|【[^】]{1,8}】(?=.{4,})|\[(?:组图|图文|图片|多图|图|视频)\](?=.{4,})|\p{IsCJKUnifiedIdeographs}{2,4}(?:动态|要闻|快讯|资讯)\s+(?=\S{6,})|(?:工作报告|工作总结|工作计划|通知公告|政策文件|规划计划)\s+(?=\S{6,})|文件之[一二三四五六七八九十\d]{1,3}(?=\s*\S{4,})|\p{IsCJKUnifiedIdeographs}{2,8}?(?:新闻|日报|晚报|晨报|都市报|商报|网|电视台|客户端)讯(?=\S{6,}))\s*)+")]
    private static partial Regex FurniturePrefix();

    // After a heading: a picture or video tag ((图), （组图）, [视频]) or a page's counter ((点击数:120)).
    [GeneratedRegex(@"\s*(?:[（(\[【](?:组图|附图|图文|图片|多图|图|视频)[）)\]】]|[（(](?:点击数|点击量|点击|浏览次数|浏览|阅读)\s*[:：]?\s*\d+\s*次?[）)])$")]
    internal static partial Regex FurnitureSuffix();

    // A body's name as it signs a document (中宁县人民政府, 某镇森林防火指挥部 over 2026年2月9日): a signature, not a heading.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,30}(?:" + BodyNameEndings.Common + @"|党委|党工委|厅|委|指挥部|领导小组|管委会|中心|调查队)$")]
    private static partial Regex BodyName();

    /// <summary>A body's name alone (某县人民政府, 政府办公室): a signature or a site's owner, never a title.</summary>
    internal static bool IsBodyName(string text) => BodyName().IsMatch(ChineseText.ForMatching(text.Trim()));

    // A line holding a date alone (2026年2月9日, 2021-03-19): what stands under a signature.
    [GeneratedRegex(@"^(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})$")]
    private static partial Regex DateAlone();

    // How an issuer's name ends where it opens a title.
    // 厅 is a province's department (省教育厅) or 办公厅, not a hall (网上大厅, 政务服务大厅: a site's menu item).
    private const string IssuerEndings = BodyNameEndings.Common + "|(?<!大)厅";

    // The issuer's line above a title broken over lines (…办公室 / 关于印发…政务公开 / 工作要点的通知).
    [GeneratedRegex(@"(?:" + IssuerEndings + @")$")]
    private static partial Regex IssuerEnding();

    // A title's first line opening with its issuer, broken before its kind (某县人民政府办公室关于印发某县 / 城乡居民…办法的通知),
    // the State Council's or the Party centre's too (国务院关于在…先行区), a place for its government (德安县关于进一步促进…),
    // or an issuer printing a document under its own name (益阳市人民政府办公室印发《关于…). Followed by 关于 on the same
    // line, a centre, commission, ministry or court is an issuer too (广州住房公积金管理中心关于印发…转住房公积金个人 /
    // 住房贷款实施办法(暂行)的通知, a heading wrapped at a page's width).
    // A zone's name may hold its other name in brackets (宁波国家高新区（新材料科技城）管委会关于…).
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}（）]{1,29}?(?:" + IssuerEndings + @"|中心|委|部|院|署|省|市|县|区|州|盟|旗|镇|乡|街道)|国务院|中共中央)(?:关于|印发《)")]
    private static partial Regex IssuerThenAbout();

    // A notice's title that issues, forwards or publishes a document (关于印发…, 关于转发…).
    [GeneratedRegex(@"^关于(?:印发|转发|下发|公布|颁发)")]
    private static partial Regex IssuingNotice();

    // The second line of a session's heading: 第三次会议公告, 第五次会议决议.
    [GeneratedRegex(@"^第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")]
    private static partial Regex SessionContinuation();

    // A site's column label (计划总结, 通知公告, 政策文件, 规划计划) or a page template's label (文章详情, 新闻详情, 正文内容):
    // only words that name kinds or parts of pages.
    [GeneratedRegex(@"^(?:计划|总结|规划|通知|公告|公示|政策|文件|法规|解读|动态|要闻|新闻|信息|公开|政务|其他|人事|专题|专栏|资讯|图片|视频|文章|详情|详细|正文|内容|页面|政府|指南|年报|制度|目录)+$")]
    private static partial Regex ColumnLabel();

    /// <summary>A column's or a page template's label (通知公告, 文章详情) standing where a title would: never a title.</summary>
    internal static bool IsPageLabel(string text)
    {
        var matching = ChineseText.ForMatching(text.Trim());
        return matching.Length <= MaxPageLabelChars && ColumnLabel().IsMatch(matching);
    }

    private const int MaxPageLabelChars = 8;

    // A catalogue field that escaped the header block is never a title: any label the header reader knows
    // (HeaderLabels.OpensField: 索引号:…, 名称:…), and the end of a label split over two lines (名 / 称:…, 主题 / 词:…).
    [GeneratedRegex(@"^(?:称|词)\s*[:：|｜]")]
    private static partial Regex LabelEnd();

    // A short label and its short value (城市:广西, 地区：北京): a page's field, whatever its label, not a headline (四川筠连县：
    // 拟提高公积金贷款额度 says what happened).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}[:：]\s*\p{IsCJKUnifiedIdeographs}{1,8}$")]
    private static partial Regex ShortField();

    [GeneratedRegex(@"(?:之日起?(?:施行|生效|实施|执行)|(?:通过|批准|修正|修订|公布|施行)[）)])$")]
    private static partial Regex PassageOrEffectEnd();

    [GeneratedRegex(@"^(?:组\s*长|副组长|成\s*员|副主任|主\s*任)\s*[:：]")]
    private static partial Regex RosterLine();

    // A list of people, each with their unit in brackets (梁某某（某校区）张某（某镇中心小学）): a roster of those commended
    // or appointed, no heading.
    [GeneratedRegex(@"^(?:(\p{IsCJKUnifiedIdeographs}{2,4})[（(][^（()）]{2,30}[）)]\s*){2,}$")]
    private static partial Regex NamesWithUnits();

    private static bool IsNamesWithUnits(string matching) =>
        NamesWithUnits().Match(matching) is { Success: true } m && m.Groups[1].Captures.All(c => PublisherOrIssuer.IsPersonName(c.Value));

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"^[（(](?:[\p{IsCJKUnifiedIdeographs}]{2,8}(?:省|市|区|县|自治区)[）)][\p{IsCJKUnifiedIdeographs}\d]{4,}|[\p{IsCJKUnifiedIdeographs}]{2,3}[）)](?:19|20)\d{2}年)")]
    private static partial Regex PlaceTag();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")]
    private static partial Regex FullDateLead();

    // An aggregator's province tag before a heading that names its own place ((山东省)济南市历城区人民政府工作报告).
    [GeneratedRegex(@"^[（(][\p{IsCJKUnifiedIdeographs}]{2,7}(?:省|自治区)[）)](?=[\p{IsCJKUnifiedIdeographs}]{2,}(?:市|州|盟|县|区|旗))")]
    private static partial Regex ProvinceTag();

    // A session or date note in brackets after a heading (政府工作报告(2020年1月16日在…会议上)): the heading still ends in its kind.
    [GeneratedRegex(@"\s*[（(](?:19|20)\d{2}\s*年[^（()）]{0,60}[）)]$")]
    private static partial Regex TrailingDateNote();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[ \t\u3000]+(?=\p{IsCJKUnifiedIdeographs})")]
    internal static partial Regex SpaceBetweenHan();

    /// <summary>The title among <paramref name="lines"/> (cleaned body lines), or null.</summary>
    public static string? Find(IReadOnlyList<BodyLine> lines) => FindWithShape(lines).Title;

    /// <summary>The title, and whether it stands over a date or source line (a news headline).</summary>
    public static (string? Title, bool IsHeadline) FindWithShape(IReadOnlyList<BodyLine> lines)
    {
        var (title, isHeadline) = Choose(lines);
        return (WithStatusBelow(lines, title), isHeadline);
    }

    // What a heading's second line may say of the document's standing: a draft (征求意见稿, 草案, 送审稿, 讨论稿) or a rule
    // on trial (试行, 暂行). It belongs to the title (关于调整住房公积金缴存额的通知 / (征求意见稿)).
    [GeneratedRegex(@"^[（(]\s*(?:征求意见稿|草案|送审稿|讨论稿|试行|暂行)\s*[）)]$")]
    private static partial Regex StatusLine();

    private static string? WithStatusBelow(IReadOnlyList<BodyLine> lines, string? title)
    {
        if (title is null || title.EndsWith(')') || title.EndsWith('）')) return title;
        var nonEmpty = lines.Where(l => l.Text.Length > 0).Take(ScanLines).Select(l => l.Text.Trim()).ToList();
        // The status line under the line that ends the title: only lines in brackets are read as one, and only the line
        // above such a line is cleaned.
        for (int i = 1; i < nonEmpty.Count; i++)
            if (nonEmpty[i] is ['（' or '(', ..] status && StatusLine().IsMatch(ChineseText.ForMatching(status)) && Clean(nonEmpty[i - 1]) is { Length: >= HeadlineLength } above
                && title.EndsWith(above, StringComparison.Ordinal))
                return (title + status).Length <= MaxTitleLength ? title + status : title;
        return title;
    }

    private static (string? Title, bool IsHeadline) Choose(IReadOnlyList<BodyLine> lines)
    {
        var candidates = new List<(int Index, string Text, bool IsHeading, bool AboveMetadata)>();
        // A title under a long menu is still seen (TopLinesWindow).
        var window = new TopLinesWindow(ScanLines);
        int seen = 0;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0) continue;
            if (!window.Admit(ChineseText.ForMatching(line.Text))) break;
            candidates.Add((seen++, line.Text, line.IsHeading, line.AboveMetadata));
        }
        string? firstPlausible = null;
        // Whether every line so far was page furniture (导航菜单, 第2b版:本地, 您的当前位置:): the first line after it
        // stands where a title stands.
        bool furnitureSoFar = true;
        // Whether a sentence of the text has passed (a signature after one ends the document's own part).
        bool spoken = false;
        bool inHeadlineList = false;
        for (int i = 0; i < candidates.Count; i++)
        {
            var text = Clean(candidates[i].Text);
            // A text flattened into one line starts with its title and session line: keep the title.
            if (text.Length > MaxTitleLength && TitleLine.TitleAndSessionLine(text) is { Length: <= MaxTitleLength } head) text = head;
            // Also a short piece that goes on past its heading into a clause (…的通告为全力维护社会治安秩序，…如下：).
            else if ((text.Length > MaxTitleLength || text.Contains('。') || KindBeforeClause(text)) && HeadingGluedToText(text) is { } glued) text = glued;
            if (text.Contains('。')) spoken = true;
            // Once a rule's articles have begun (第一条 …), the lines below are its chapters' headings (水土保持规划, 城乡规划
            // of a regulation whose heading was lost) or an attachment's: the document's own heading stands above them.
            if (RuleArticle.Opening().IsMatch(ChineseText.ForMatching(text))) break;
            // A list of other pages' headlines under its label (相关新闻, 推荐阅读): each names another page, not this one.
            var listMatching = ChineseText.ForMatching(text).Trim();
            if (HeadlineLists.IsLabel(listMatching)) { inHeadlineList = true; continue; }
            if (inHeadlineList && HeadlineLists.IsHeadline(listMatching)) continue;
            inHeadlineList = false;
            bool opensText = i == 0 || furnitureSoFar;
            // A page's title bar (…凝聚城市向善力量_腾讯新闻) over its heading printed in full: the site after the bar's
            // separator, whichever site, is no part of the title, and the bar is the page's frame.
            if (i + 1 < candidates.Count && IsTitleBarOver(text, Clean(candidates[i + 1].Text))) { furnitureSoFar = opensText; continue; }
            // A speaker's byline above the heading (■…街道办事处书记韩英) is no more the text's start than furniture is, nor
            // is a column's label (政务公开, 通知公告).
            if (!IsFurniture(text) && !IsByline(text) && !IsPageLabel(text)) furnitureSoFar = false;
            // The page's location trail (当前位置:首页 → 动态 → 某某…) marks where its content starts: the slogans and menus
            // above it are the site's frame, and the first line after it stands where a title stands.
            if (LocationTrail().IsMatch(ChineseText.ForMatching(text))) { furnitureSoFar = true; firstPlausible = null; continue; }
            if (InBulletedList(candidates, i) || InTableRow(candidates, i) || InVerseLead(candidates, i)) continue;
            if (!Plausible(text)) continue;
            if (WrappedFragment(candidates, i)) continue;
            // A banner over the text, a slogan (不忘初心 牢记使命) or the site's owner alone (某镇人民政府), over a line that
            // could be the title and is no subtitle: the site's frame, and the line under it stands where a title stands.
            // Not over the page's date or source (then it is the headline), nor over the text's first sentence.
            if (opensText && !candidates[i].AboveMetadata && (SloganBanner().IsMatch(candidates[i].Text.Trim()) || IsBodyName(text)) && i + 1 < candidates.Count && Clean(candidates[i + 1].Text) is var below
                && Plausible(below) && !below.Contains('。') && !IsSubtitle(candidates[i + 1].Text) && !IsUnitNameOnly(below) && ChineseText.ForMatching(below) is { Length: >= HeadlineLength } belowMatching
                && !DateOrSourceLine().IsMatch(belowMatching))
            {
                furnitureSoFar = true;
                continue;
            }
            // A body's name over a date alone is a signature (an 印发 note's above the report it prints).
            // Once the text has spoken (现将…印发给你们。) and signed, what follows is an attachment: its heading is not the
            // document's title. A speech or report printed in full under its cover note (its ——在…会议上 line follows) is
            // what the page holds, and its heading is the title.
            if (i + 1 < candidates.Count && BodyName().IsMatch(ChineseText.ForMatching(text)) && IsDateAlone(candidates[i + 1].Text))
            {
                if (spoken && !candidates.Skip(i + 2).Take(SubtitleReach).Any(c => c.Text.StartsWith('—'))) break;
                // Where the text starts (某镇人民政府 / 2023-05-06 / 某镇召开…会议), it is the page's publisher and posting
                // stamp: the line under them stands where a title stands.
                if (opensText) (furnitureSoFar, i) = (true, i + 1);
                continue;
            }
            // A unit's bare name, where another unit's bare name also stands alone, labels a page's sections (a county
            // paper's items under 九道乡, 军店镇): no line of them is the page's title.
            // Each label stands over its item's text; names in a row are a menu, and the same name twice is a heading
            // repeated, neither a page's sections.
            if (IsSectionLabel(candidates, i, text) && candidates.Where((c, j) => IsSectionLabel(candidates, j, Clean(c.Text)) && Clean(c.Text) != text).Any()) continue;
            // A date printed after the heading (…行动计划(2021-2023年) 2021-08-31) is split off before its kind is read.
            var matching = TrailingDateNote().Replace(ChineseText.ForMatching(EndsInDate(text) ? TitleLine.Split(text).Title : TitleLine.WithoutSessionLine(text)), "");
            // A heading in two lines above its subtitle (决胜全面建成小康社会 / 夺取…伟大胜利 / ——在…上的报告).
            // A heading printed twice is one heading, not two halves.
            if (!KindEnding().IsMatch(matching) && i + 2 < candidates.Count && Plausible(Clean(candidates[i + 1].Text)) && Clean(candidates[i + 1].Text) != text && IsSubtitle(candidates[i + 2].Text))
                return (text + " " + Clean(candidates[i + 1].Text), false);
            // A kind inside a quotation still open (暂时调整实施《中华人民共和国药品管理法) is the quoted name's: the heading
            // goes on in the next line.
            if (KindEnding().IsMatch(matching) && !SectionSplitter.LooksLikeHeading(text) && OpenQuotes(matching) <= 0)
            {
                // Once the text has spoken, a heading among other headlines in a row (西安存量房带押过户 / 江西省全面推行… /
                // 广州市…的通告 / 郑州…的通知) is a list of links to other pages, whose label was lost.
                if (spoken && InHeadlineRun(candidates, i)) continue;
                // A bare kind (工作报告) is a column's label when a fuller heading ending so follows (上海市崇明区2017年政府工作报告).
                if (matching.Length <= 4 && candidates.Skip(i + 1).Any(c => FullerHeading(Clean(c.Text), matching))) continue;
                // A page's short name for the document (加快重点产业实施意见) over the document's own 关于-heading ending
                // in the same kind (关于支持重点产业加快发展的实施意见) a few lines on: the heading as written is the title.
                if (!matching.Contains("关于", StringComparison.Ordinal) && candidates.Skip(i + 1).Take(OwnHeadingReach).Any(c => OwnAboutHeading(Clean(c.Text), matching))) continue;
                var joined = JoinedWithBrokenStart(candidates, i, text);
                if (ClosesUnopenedName(joined)) continue;
                return (joined, false);
            }
            // A paper's headline stands over its lead (本报讯, 本报曲阜讯), perhaps with a subtitle between; a unit's bare
            // name above it is the page's column (吴村镇 / 集中精力美环境 / 本报曲阜讯…). Only where no heading opened the
            // text: a round-up's items under its own heading each have a lead.
            if (ClosesUnopenedName(text)) continue;
            if (firstPlausible is null && OverNewsLead(candidates, i) && matching.Length >= 4 && !IsUnitNameOnly(text)) return (text, true);
            bool overDate = candidates[i].AboveMetadata || i + 1 < candidates.Count && DateOrSourceLine().IsMatch(ChineseText.ForMatching(candidates[i + 1].Text));
            // Before the text has spoken: further down, a line over a date is a signature (安阳市房地产开发协会 / 2022年9月26日),
            // a numbered heading over a clause that opens on a date (04鼓励房企… / 2024年12月31日之前,…), or a speaker's
            // last words over a transcript's next time stamp (我先简要介绍这些,谢谢! / 2024-11-08 16:15:05).
            if (overDate && !spoken && matching.Length >= HeadlineLength && !IsPlaceNamesOnly(matching)) return (text, true);
            // A heading the format marks counts where the text starts, not a section's heading after its paragraphs.
            firstPlausible ??= opensText || candidates[i].IsHeading && !spoken ? WithUnfinishedEndJoined(candidates, i, text) : null;
        }
        return (firstPlausible, false);
    }

    // The title bar's title is the heading below it, followed by a bar's separator and the site's name.
    private static bool IsTitleBarOver(string bar, string heading) =>
        heading.Length >= HeadlineLength && bar.Length > heading.Length + 1 && bar.StartsWith(heading, StringComparison.Ordinal)
        && TitleLine.IsBarSeparator(bar[heading.Length]);

    private const int OwnHeadingReach = 3;

    /// <summary>
    /// The rest of a heading whose first line the page lost (实施方案》的通知 without its 关于印发《钱库镇道路交通安全集中整治,
    /// 实施条例》有关规定的决定): it closes a name it never opened, and is no title; the lines a heading was broken into
    /// are joined before this is asked.
    /// </summary>
    private static bool ClosesUnopenedName(string title) => title.IndexOf('》') is >= 0 and var close && title.LastIndexOf('《', close) < 0;

    private static bool OwnAboutHeading(string text, string shortName)
    {
        var m = ChineseText.ForMatching(text);
        return m.StartsWith("关于", StringComparison.Ordinal) && m.Length > shortName.Length && KindEnding().IsMatch(m)
            && m[^2..] == shortName[^2..] && Plausible(text);
    }

    // A later heading that names the same kind more fully.
    private static bool FullerHeading(string text, string kind)
    {
        var m = ChineseText.ForMatching(text);
        return m.Length > kind.Length && m.EndsWith(kind, StringComparison.Ordinal) && Plausible(text);
    }

    /// <summary>
    /// A title broken over lines: a short line naming the kind (第三次会议公告, 工作要点的通知) continues the line above
    /// it (牛村镇第十六届人民代表大会 / 第三次会议公告), and a 关于-title thus joined continues its issuer's line above.
    /// </summary>
    private static string JoinedWithBrokenStart(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i, string text)
    {
        const int FragmentLength = 10;
        var matching = ChineseText.ForMatching(text);
        // A notice issuing a document broken after the document's name (关于印发2021年区政府工作报告 / 目标任务分解方案的通知):
        // such a title ends in 通知, so the line below finishes it.
        if (IssuingNotice().IsMatch(matching) && !matching.EndsWith("通知", StringComparison.Ordinal) && i + 1 < candidates.Count
            && candidates[i + 1].Index == candidates[i].Index + 1 && Clean(candidates[i + 1].Text) is var rest
            && ChineseText.ForMatching(rest) is { Length: <= FragmentLength * 2 } restMatching && restMatching.EndsWith("通知", StringComparison.Ordinal)
            && !restMatching.StartsWith("关于", StringComparison.Ordinal) && (text + rest).Length <= MaxTitleLength)
            return WithIssuerAbove(candidates, i, text + rest);
        if (matching.StartsWith("关于", StringComparison.Ordinal)) return WithIssuerAbove(candidates, i, text);
        if (i == 0) return text;
        if (OpenQuotes(matching) < 0 && ClosingQuotedName(candidates, i, text) is { } quoted) return quoted;
        var above = Clean(candidates[i - 1].Text);
        var aboveMatching = ChineseText.ForMatching(above);
        // Only where the line above is plainly unfinished: a 关于-title without its kind (关于组织开展 / 2009年…活动的通知),
        // or a body whose session the line below numbers (…人民代表大会 / 第三次会议公告). A complete short title
        // (政府工作报告) stands alone.
        bool aboveIsAbout = aboveMatching.StartsWith("关于", StringComparison.Ordinal) || IssuerThenAbout().IsMatch(aboveMatching);
        // A 关于-title set in three lines or more (省政府办公厅关于印发江苏省加快完善 / 生育支持政策体系推动建设生育友好型社会 /
        // 若干措施的通知): the lines between are fragments. The last line may run to twice a fragment's length where it ends
        // in the kind (国务院办公厅关于同意以哈尔滨市名义 / 申办2009年第二十四届世界 / 大学生冬季运动会的复函).
        if (!aboveIsAbout && i >= 2 && (matching.Length <= FragmentLength || matching.Length <= 2 * FragmentLength && KindEnding().IsMatch(matching))
            && AboutHeadingOverLines(candidates, i, text) is { } over)
            return over;
        if (matching.Length > FragmentLength && !aboveIsAbout) return text;
        // Or the text's first line opening with a place named in full (承德市全面改善…薄弱学校 / 基本办学条件工作汇报): a
        // heading set in two lines, whose second holds only the rest of the topic and the kind. The text's first line is
        // the first under the page's furniture (a menu, a location trail) where a page saved it.
        bool firstOfText = candidates.Take(i - 1).All(c => IsFurniture(Clean(c.Text)));
        // Further down too (an attachment's heading under the notice that issues it: 驻马店市进一步促进房地产市场 / 平稳健康
        // 发展若干措施) where the line below ends in its kind and the line above is short and holds no clause's punctuation.
        bool placeHeadingAbove = (firstOfText || KindEnding().IsMatch(matching) && above.Length <= 2 * FragmentLength && aboveMatching.AsSpan().IndexOfAny(ClausePunctuation) < 0)
            && !IsUnitNameOnly(above) && ReportSearch.Places.PlaceNames.Default.OpensWithFullName(aboveMatching);
        // Or a bare kind (实施方案, 通知) under the text's first line: no title is its kind alone (推进建筑和市政基础设施设备更新
        // 工作 / 实施方案).
        bool bareKindUnder = firstOfText && matching.Length <= BareKindLength && IsFragment(above);
        bool unfinished = aboveIsAbout || SessionContinuation().IsMatch(matching) || placeHeadingAbove || bareKindUnder;
        if (!unfinished || candidates[i - 1].Index != candidates[i].Index - 1 || !Plausible(above) || KindEnding().IsMatch(aboveMatching) || aboveMatching.Contains('。')
            || aboveMatching.EndsWith("文件", StringComparison.Ordinal) || BodyName().IsMatch(aboveMatching) || IsUnitNameOnly(above)) return text;
        var joined = above + text;
        if (joined.Length > MaxTitleLength) return text;
        return aboveIsAbout ? WithIssuerAbove(candidates, i - 1, joined) : joined;
    }

    // How many lines a red-header document's 关于-title may be set in (某管委会关于 / 印发…推动 / 中小企业…专项资金 /
    // 使用管理办法的通知).
    private const int MaxHeadingLines = 5;

    /// <summary>
    /// A 关于-title set in three lines or more, joined from the line that opens it (关于…, or its issuer then 关于) down to
    /// <paramref name="text"/>, its last; null where the lines do not so read. A line between may read as a body's name
    /// (关于做好…人员 / 中级专业技术资格评审委员会 / 申报评审工作的通知): between a 关于-line and its kind it signs nothing.
    /// </summary>
    private static string? AboutHeadingOverLines(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i, string text)
    {
        var joined = text;
        for (int j = i - 1; j >= Math.Max(0, i - MaxHeadingLines + 1); j--)
        {
            if (candidates[j].Index != candidates[j + 1].Index - 1) return null;
            var line = Clean(candidates[j].Text);
            var lineMatching = ChineseText.ForMatching(line);
            if (!Plausible(line) || lineMatching.Contains('。') || KindEnding().IsMatch(lineMatching)) return null;
            joined = line + joined;
            if (joined.Length > MaxTitleLength) return null;
            bool opensTitle = lineMatching.StartsWith("关于", StringComparison.Ordinal) || IssuerThenAbout().IsMatch(lineMatching);
            if (opensTitle) return j < i - 1 && !IsUnitNameOnly(line) ? WithIssuerAbove(candidates, j, joined) : null;
        }
        return null;
    }

    // A heading's piece broken off at a line's end: no sentence, no kind, no body's or unit's name standing alone.
    private static bool IsFragment(string line)
    {
        var m = ChineseText.ForMatching(line);
        return Plausible(line) && !m.Contains('。') && !KindEnding().IsMatch(m) && !BodyName().IsMatch(m) && !IsUnitNameOnly(line);
    }

    /// <summary>
    /// A heading broken after a word no heading ends with (淮北市关于进一步促进房地产市场的 / 若干政策措施, 关于支持提取住房
    /// 公积金支付购房首付款的 / 通知, 中国银保监会…有关部门负责人就 / 《…》答记者问): the next line finishes it.
    /// </summary>
    private static string WithUnfinishedEndJoined(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i, string text)
    {
        if (!UnfinishedEnd().IsMatch(ChineseText.ForMatching(text)) || i + 1 >= candidates.Count || candidates[i + 1].Index != candidates[i].Index + 1) return text;
        var rest = Clean(candidates[i + 1].Text);
        // A bare kind (通知) is a column's label standing alone, and the heading's end here.
        bool finishes = Plausible(rest) || ChineseText.ForMatching(rest) is { Length: <= BareKindLength } bare && KindEnding().IsMatch(bare);
        return finishes && !rest.Contains('。') && (text + rest).Length <= MaxTitleLength ? text + rest : text;
    }

    [GeneratedRegex(@"(?:指出|表示|强调|认为|要求|介绍|透露)$")]
    private static partial Regex SpeechVerbEnd();

    [GeneratedRegex(@"(?:的|就|和|与|及|关于|对|在)$")]
    private static partial Regex UnfinishedEnd();

    // The document named as itself at a line's end: 以本通知, 按照本办法, 执行本规定.
    [GeneratedRegex(@"[本该此](?:通知|办法|规定|意见|细则|方案|决定|公告|通告|条例|措施|规划|计划|决议|批复)$")]
    private static partial Regex SelfNamingEnd();

    private const int BareKindLength = 4;

    /// <summary>How many 《 stay open at the line's end (negative: it closes ones opened above it).</summary>
    private static int OpenQuotes(string matching) => matching.Count(c => c == '《') - matching.Count(c => c == '》');

    /// <summary>
    /// A title set in lines that break inside a quoted name (国务院关于在海南博鳌乐城国际医疗旅游先行区 / 暂时调整实施《中华人民
    /// 共和国药品管理法 / 实施条例》有关规定的决定): the line that closes the quotation, joined up to the line that opens the
    /// title (关于…, or its issuer then 关于), one or two lines above it; null where they do not so read.
    /// </summary>
    private static string? ClosingQuotedName(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i, string text)
    {
        var joined = text;
        int open = OpenQuotes(ChineseText.ForMatching(text));
        for (int j = i - 1; j >= Math.Max(0, i - 2); j--)
        {
            if (candidates[j].Index != candidates[j + 1].Index - 1) return null;
            var line = Clean(candidates[j].Text);
            var lineMatching = ChineseText.ForMatching(line);
            if (!Plausible(line) || KindEnding().IsMatch(lineMatching) && OpenQuotes(lineMatching) <= 0) return null;
            joined = line + joined;
            open += OpenQuotes(lineMatching);
            if (open >= 0 && (lineMatching.StartsWith("关于", StringComparison.Ordinal) || IssuerThenAbout().IsMatch(lineMatching)))
                return joined.Length <= MaxTitleLength ? WithIssuerAbove(candidates, j, joined) : null;
        }
        return null;
    }

    // The issuer's line right above a 关于-title (广元市利州区人民政府 / 关于下达…的通知) opens the title as written.
    private static string WithIssuerAbove(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int first, string title)
    {
        if (first == 0 || candidates[first - 1].Index != candidates[first].Index - 1) return title;
        // A line of names between bars (中央人民政府 | 青海省人民政府 | 西宁市人民政府) is the page's links to other sites,
        // however it ends: no issuer.
        if (candidates[first - 1].Text.AsSpan().IndexOfAny(TitleLine.LinkBars) >= 0) return title;
        var issuer = Clean(candidates[first - 1].Text);
        return issuer.Length <= 30 && IssuerEnding().IsMatch(ChineseText.ForMatching(issuer)) && (issuer + title).Length <= MaxTitleLength ? issuer + title : title;
    }

    private const int ItemTextLength = 15;

    // A unit's bare name over a sentence of text (九道乡 / 23日,九道乡召开经济工作会,…), not over another name.
    private static bool IsSectionLabel(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i, string text) =>
        IsUnitNameOnly(text) && i + 1 < candidates.Count && Clean(candidates[i + 1].Text) is var next && next.Length >= ItemTextLength && !Plausible(next);

    // A line holding nothing but one place's name (九道乡).
    internal static bool IsUnitNameOnly(string text)
    {
        var m = ChineseText.ForMatching(text).Trim();
        return m.Length is >= 2 and <= 12 && PlaceNames.Default.Find(m) is [var only] && only.Start == 0 && only.Length == m.Length;
    }

    // The first words of a text's first sentence: 为深入贯彻…, 根据…, 2016年,我镇…, 今年以来, 一、基本情况, 各村、各部门:.
    // Also a year or a period that the sentence is about (2020年是全面建成小康之年, 一季度,全镇上下…).
    [GeneratedRegex(@"^(?:为|根据|按照|依据|遵照|今年以来|近年来|一年来|(?:19|20)\d{2}\s*年(?:以来|上半年|下半年|度)?\s*[,，是]|(?:今年|本年|上半年|下半年|[一二三四]季度)(?:以来)?\s*[,，]|我(?:镇|乡|县|区|市|街道|局|委)|[一二三四五六七八九十]+\s*[、.．]|各[^。：:，,]{1,40}[:：]|各位代表|现将|经研究)")]
    private static partial Regex TextOpening();

    // A document-sharing site's first page chunk (1、 and its page count 1 / 8) before the document's start.
    [GeneratedRegex(@"^1\s*、\s*(?:\d{1,3}\s*/\s*\d{1,3}\s*)?")]
    private static partial Regex FirstChunkMark();

    private const int GluedHeadingMin = 4;
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，：");

    // Whether a kind word stands before the piece's first clause, as a heading run into it ends on one: most lines with a
    // comma have none there, and the glued-heading reading is not tried on them.
    private static bool KindBeforeClause(string text)
    {
        int clause = text.AsSpan().IndexOfAny(ClauseEnds);
        return clause > GluedHeadingMin && KindWord().IsMatch(text.AsSpan(0, clause));
    }
    // What a dataset sets between a 文号 and the heading it runs into (石政发〔2020〕3号-北京市…的通知 各街道办事处…：).
    private static readonly char[] NumberHeadingSeparators = [' ', '\u3000', '\t', '-', '－', '—', '–', '_', '|', '｜'];
    private static readonly System.Buffers.SearchValues<char> ClausePunctuation = System.Buffers.SearchValues.Create("，,。；;：:！!？?");
    // How far on a heading printed twice (斜桥镇政府工作报告斜桥镇政府工作报告, …工作总结工作总结 …工作总结) repeats.
    private const int RepeatReach = 12;

    /// <summary>
    /// A heading glued to the text on a flattened line (绥棱县2018年政务公开工作要点实施方案为深入贯彻…, 镇2016年半年工作
    /// 总结2016年,我镇…) or printed twice (某镇政府工作报告某镇政府工作报告 2016-08-15 浏览…): the words up to a kind ending
    /// that the text's first words or the heading's repetition follow. Null when no kind ending is so followed.
    /// </summary>
    private static string? HeadingGluedToText(string text)
    {
        var line = FirstChunkMark().Replace(text, "");
        // A red-header document flattened into one line opens with its 文号 (冀科区〔2023〕1号某厅关于印发…的通知各市…：):
        // the heading starts after it.
        // Not a heading citing a number at its start (某市人民政府关于落实某政发〔2021〕12号文件的通知).
        if (ReportSearch.Analysis.DocNumberText.FindAll(line[..Math.Min(line.Length, MaxTitleLength)]).FirstOrDefault() is { Canonical: not null, Index: 0 } number
            && !ReportSearch.Analysis.DocNumberText.ReadsHeadingAsCode(ChineseText.Simplify(line[..number.Length])))
            line = line[number.Length..].TrimStart(NumberHeadingSeparators);
        var matching = ChineseText.ForMatching(line);
        if (matching.Length != line.Length) return null;
        foreach (Match kind in KindWord().Matches(matching))
        {
            int end = kind.Index + kind.Length;
            if (end < GluedHeadingMin) continue;
            if (end > MaxTitleLength) break;
            var heading = line[..end].Trim();
            // A heading has no clause of its own: words up to a comma are the text's (今年以来,全镇落实年度工作计划为民…).
            if (heading.AsSpan().IndexOfAny(ClausePunctuation) >= 0 || TextOpening().IsMatch(matching)) return null;
            var rest = matching[end..].TrimStart();
            int repeat = rest.IndexOf(matching[..end].Trim(), StringComparison.Ordinal);
            if (TextOpening().IsMatch(rest) || AddresseeLine.StartOf(rest).Success || repeat is >= 0 and <= RepeatReach) return Plausible(heading) ? heading : null;
        }
        return null;
    }

    [GeneratedRegex(@"报告|汇报|总结|小结|计划|思路|打算|要点|通知|通报|意见|办法|方案|决定|决议|规划|公告|通告|公示|条例|规定|规则|细则|简介|概况|答复|批复|纲要|讲话")]
    private static partial Regex KindWord();

    /// <summary>The subtitle line of a speech or report: ——在…上的报告, ——在…会议上, ——在…会议上的讲话.</summary>
    public static bool IsSubtitle(string text)
    {
        if (!text.StartsWith('—')) return false;
        var view = ChineseText.Simplify(text);
        return view.Contains('在') && (view.EndsWith('上') || view.EndsWith("上的讲话", StringComparison.Ordinal)) || view.EndsWith("报告", StringComparison.Ordinal);
    }

    /// <summary>A line that may be a title: short, has words, no sentence end, no furniture, no numbering, no salutation.</summary>
    // Four or more short field names apart by commas and nothing else: a table's header row (CSV).
    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}A-Za-z_]{1,10},){3,}[\p{IsCJKUnifiedIdeographs}A-Za-z_]{1,10}$")]
    private static partial Regex TableHeaderRow();

    private static bool Plausible(string text)
    {
        // A posting stamp glued after the heading (…会见印度总理莫迪2016-06-24 10:23, as a crawler joins the page's title
        // and its time) is split off later (TitleLine.Split); the heading before it is what is judged.
        if (EndsInDate(text) && TitleLine.Split(text) is { Date: not null, Title: { Length: >= HeadlineLength } heading }) text = heading;
        if (text.Length is < 2 or > MaxTitleLength) return false;
        // A Chinese document's heading has words of its own; a line of Latin letters alone is a site's code (dlrb).
        if (text.Count(ChineseText.IsHan) < 2) return false;
        if (text[^1] is '。' or '；' or ';' or '，' or ',' or '：' or ':' or '、') return false;
        // Nor is a table's header row (反映内容,反映时间,反映标题,答复内容,链接 over an exported record): field names, not words.
        if (TableHeaderRow().IsMatch(text)) return false;
        // Nor does a clause broken where a page's width cut it (今年以来，某县加大…力度，坚持…可持续的 / 帮扶机制…): a sentence
        // runs on past its comma to a word no heading ends with.
        bool hasComma = text.AsSpan().IndexOfAny('，', ',') >= 0;
        if (hasComma && UnfinishedEnd().IsMatch(text)) return false;
        // Nor a clause that reports what was done with a document it quotes (听取和讨论了…报告,审议通过了《中共山西省委关于…
        // 的建议》, a news item's caption): the text's words about a document, not a heading.
        if (hasComma && text.Contains("了《", StringComparison.Ordinal)) return false;
        // Nor one that names the document as "this" (…相关文件与本通知不符的,以本通知 / 为准。, a closing sentence cut at a
        // page's width): a heading names its kind, never refers to itself.
        if (SelfNamingEnd().IsMatch(text)) return false;
        // Nor does it hold a sentence's end: a photo's caption with its credit (任振鹤作政府工作报告。某某日报记者某某).
        if (text.IndexOf('。') >= 0) return false;
        if (text[0] is '—' or '-' or '―' || text.StartsWith("——", StringComparison.Ordinal)) return false;
        // A session line wrapped before its end (…人民代表大会第五次会议上) says where, not what.
        if (text.EndsWith("会议上", StringComparison.Ordinal) && text.IndexOfAny(['—', '―']) < 0 && !text.Contains("报告", StringComparison.Ordinal)) return false;
        // A heading cut short by a list (…村级组...) is not the whole title; the page prints it in full further on.
        if (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…')) return false;
        // An order's or announcement's number alone (第223号, 〔十五届〕第20号) numbers the document; it names nothing.
        if (DocNumberLine.IsSerialNumber(ChineseText.ForMatching(text.Trim()))) return false;
        // Nor does a 文号 alone (国办函〔2004〕36号), printed under a heading the page may have lost.
        if (DocNumberLine.IsNumberAlone(ChineseText.ForMatching(text.Trim()))) return false;
        // A bracket opens a numbered item ((一)…) or a note; a short place tag before a title ((山东省)济南市…报告) does not.
        if (text[0] is '（' or '(' && !PlaceTag().IsMatch(text)) return false;
        var matching = ChineseText.ForMatching(text);
        // A line led by a full date is a session or date line (2017年2月22日在…会议上), not a heading, whatever digits
        // print the date (二〇一二年二月十六日在…会议上, ２０２４年８月６日).
        if (FullDateLead().IsMatch(ChineseNumerals.DatesToDigits(matching))) return false;
        if (IsFurniture(text) || SectionSplitter.LooksLikeHeading(text)) return false;
        // A post's numbered section (01 发放购房消费券, 04鼓励房企给予团购优惠): a title is never numbered so.
        if (ZeroNumberedSection().IsMatch(matching)) return false;
        if (HeaderLabels.OpensField(matching) || LabelEnd().IsMatch(matching) || ShortField().IsMatch(matching) || IsPageLabel(matching)) return false;
        // An article of a rule (第九条 自治县人民政府应当…) and a line giving an e-mail address (新闻爆料:news@…) are text
        // and a site's frame, not headings, wherever a page lost the heading above them.
        if (RuleArticle.Opening().IsMatch(matching) || EmailAddress().IsMatch(matching)) return false;
        // An addressee line that lost its colon (市各有关单位, 各住房公积金缴存单位), and a sentence broken after its
        // speaker's verb (《指导意见》指出 / 要推动…): the text's start, not a heading.
        if (AddresseeLine.LostItsColon(matching) || SpeechVerbEnd().IsMatch(matching)) return false;
        // The end of a law's passage or effect note (…常务委员会第三十次会议通过）, 自发布之日起施行) and a group's roster
        // (副组长：某某某…) are no headings either.
        if (PassageOrEffectEnd().IsMatch(matching) && matching.IndexOfAny(['（', '(']) < 0 || RosterLine().IsMatch(matching) || IsNamesWithUnits(matching)) return false;
        if (IsByline(text) || ChineseDateAlone().IsMatch(matching) || PhotoCaption().IsMatch(matching) || NamesNothing().IsMatch(matching)) return false;
        // A person's name alone (a leader's name over a mailbox, a writer's): no heading, unless it names a kind (通知).
        if (matching.Length <= PersonNameChars && PublisherOrIssuer.IsPersonName(matching) && !KindEnding().IsMatch(matching) && !ShortKindEndings.Contains(matching[^1])) return false;
        // A reporter's byline (记 者 李 某) and a sentence led by its day (2月10号,某乡召开…) are no headings.
        if (ReporterByline().IsMatch(matching) || DayLead().IsMatch(matching)) return false;
        return true;
    }

    // Only a line ending in a digit or 日 can carry a printed date (cheap test before splitting the line).
    private static bool EndsInDate(string text) => text.Length > 0 && (char.IsAsciiDigit(text[^1]) || text[^1] is '日' or ')' or '）');

    private static bool IsDateAlone(string text)
    {
        var m = ChineseText.ForMatching(text).Trim();
        return DateAlone().IsMatch(m) || ChineseDateAlone().IsMatch(m);
    }

    // The byline is read without a session line glued after a title (政府工作报告—2021年7月29日在…会议上代理县长 某某).
    private static bool IsByline(string text)
    {
        var matching = ChineseText.ForMatching(TitleLine.WithoutSessionLine(text));
        // A headline of a meeting ends with its guest's post and name too (习近平会见印度总理莫迪): no byline.
        return SpeakerByline().IsMatch(matching) && !MeetingHeadline().IsMatch(matching);
    }

    [GeneratedRegex(@"会见|会晤|接见|会谈|通话|致电|致信|看望|慰问")]
    private static partial Regex MeetingHeadline();

    private const int MinWrappedLength = 16;

    private static readonly char[] SentenceMarks = ['，', ',', '、', '；', ';'];

    // A line cut at a page's width out of a paragraph (在某市市内五区和某航空港…、某经济开发区 over 、某高新区范围内,对拥有…),
    // in a text too short for HardWrapJoiner to tell its width: the next line, of the paragraph too, is exactly as long,
    // and the line neither ends a sentence nor names a kind. A heading and the line under it are seldom of one length.
    private static bool WrappedFragment(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i)
    {
        if (i + 1 >= candidates.Count || candidates[i].IsHeading) return false;
        var line = candidates[i].Text.Trim();
        var next = candidates[i + 1].Text.Trim();
        // The same line twice is a heading printed again (the page's heading over the article's), not a wrapped paragraph.
        if (line.Length < MinWrappedLength || line.Length != next.Length || line == next) return false;
        var matching = ChineseText.ForMatching(line);
        var nextMatching = ChineseText.ForMatching(next);
        // Lines of one length by chance (a heading with its page's title bar over the addressees or a posting line) are
        // told apart by what a sentence holds: its commas, or the next line going on after a comma.
        return !KindEnding().IsMatch(matching) && !"。！？；：:;!?".Contains(matching[^1])
            && !IsBylineOrStamp(next) && !nextMatching.EndsWith('：') && !nextMatching.EndsWith(':')
            && (matching.IndexOfAny(SentenceMarks) >= 0 || SentenceMarks.Contains(nextMatching[0]));
    }

    // So many short lines in a row, none a sentence or a label over what follows, make a list of other pages' headlines.
    private const int MinHeadlineRun = 3;

    private const int MinHeadlineChars = 6;

    private static bool InHeadlineRun(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i)
    {
        bool Headline(int k)
        {
            var clean = Clean(candidates[k].Text);
            var m = ChineseText.ForMatching(clean).Trim();
            return m.Length >= MinHeadlineChars && HeadlineLists.IsHeadline(m) && !m.EndsWith('：') && !m.EndsWith(':') && !DateOrSourceLine().IsMatch(m)
                && Plausible(clean) && !IsSubtitle(candidates[k].Text);
        }
        // Candidates are the page's non-empty lines in order: neighbours in the list are neighbours on the page.
        int first = i, last = i;
        while (first > 0 && Headline(first - 1)) first--;
        while (last + 1 < candidates.Count && Headline(last + 1)) last++;
        return last - first + 1 >= MinHeadlineRun;
    }

    // A line in a bulleted list (• 网络安全为人民 / • 保守国家秘密…): a slogan or menu item when another bulleted line adjoins it.
    private static bool InBulletedList(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i)
    {
        static bool Bulleted(string t) => t.Length > 0 && t[0] is '•' or '·' or '●' or '▪' or '◆';
        return Bulleted(candidates[i].Text) && (i > 0 && Bulleted(candidates[i - 1].Text) || i + 1 < candidates.Count && Bulleted(candidates[i + 1].Text));
    }

    // A table's cells, one a line where a page lost its layout (序号 / 姓名 / 工作单位 / 拟评职称, 4 / 新经验好做法 / 10): short
    // lines in a run of three or more, one of them the 序号 column's label or a number alone. No title stands among them.
    private const int MaxCellLength = 12;
    private const int MinCellRun = 3;

    private static bool InTableRow(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i)
    {
        static string Matching(string t) => ChineseText.ForMatching(t).Trim();
        static bool Cell(string t) => Matching(t) is { Length: > 0 and <= MaxCellLength } m && m.AsSpan().IndexOfAny(ClausePunctuation) < 0;
        static bool RowMark(string t) => Matching(t) is var m && (m == "序号" || m.Length <= 3 && m.All(char.IsAsciiDigit));
        return RunAround(candidates, i, Cell) is { Count: >= MinCellRun } run && run.Any(c => RowMark(c.Text));
    }

    // The lines next to line i, it included, that are all of a kind: empty when line i is not.
    private static List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> RunAround(
        List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i, Func<string, bool> ofKind)
    {
        if (!ofKind(candidates[i].Text)) return [];
        int start = i, end = i;
        while (start > 0 && ofKind(candidates[start - 1].Text)) start--;
        while (end + 1 < candidates.Count && ofKind(candidates[end + 1].Text)) end++;
        return candidates.GetRange(start, end - start + 1);
    }

    // An official account's post that opens in verse, a clause a line (正值“七夕”传统佳节 / 空气中弥漫着“甜蜜”的味道 / 来到
    // 某县民政局; 来到建水 / 我们除了回忆 / 还能带走什么？): short lines in a run of three or more, none a field, a date or a
    // source, a numbered heading or a unit's name alone (a profile's 中岗街道 / 一、基本情况), none naming a document's kind.
    // A post's lines, not its heading, which the page keeps elsewhere.
    private const int MaxVerseLength = 16;
    private const int MinVerseRun = 3;

    // Whether a line reads as a clause of verse; asked of each line of a run once for every line in it.
    private static readonly LineMemo<bool> VerseLines = new(t =>
    {
        var m = ChineseText.ForMatching(Clean(t)).Trim();
        if (m.Length is < 2 or > MaxVerseLength || m.AsSpan().TrimEnd("？！?!").IndexOfAny(ClausePunctuation) >= 0) return false;
        return m.Count(ChineseText.IsHan) >= 2 && !DateOrSourceLine().IsMatch(m) && !KindEnding().IsMatch(m) && !IsFurniture(m)
            && !HeaderLabels.OpensField(m) && !DateAlone().IsMatch(m) && !SectionSplitter.LooksLikeHeading(m) && !IsUnitNameOnly(m)
            && !IsBodyName(m) && !IsByline(m) && !ReporterByline().IsMatch(m);
    });

    private static bool InVerseLead(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i)
    {
        var run = RunAround(candidates, i, t => VerseLines[t]);
        if (run.Count < MinVerseRun) return false;
        // A site's menu under the heading (四川农业大学来棉调研就业创业工作 / 网站首页 / 领导活动 / 政府机构, a page saved as
        // text): words of four characters or fewer, every line after it to the run's end but the heading repeated, under a
        // line longer than any menu entry (a menu's 我要写信 / 返回 / 市委书记 is the menu throughout). A post's verse runs on in
        // clauses of several lengths (来到建水 / 我们除了回忆 / 还能带走什么？).
        // The heading printed again in the page's title bar (…工作 - 石棉县人民政府) is no verse either.
        var heading = Clean(candidates[i].Text);
        var after = run.SkipWhile(c => c.Index <= candidates[i].Index).Where(c => Clean(c.Text) != heading).ToList();
        return !(run[0].Index == candidates[i].Index && ChineseText.ForMatching(heading).Length > HeadlineLength
            && after.Count >= MinVerseRun - 1 && after.All(c => ChineseText.ForMatching(c.Text).Trim().Length <= MenuWordLength));
    }

    private const int MenuWordLength = 4;

    private static bool OverNewsLead(List<(int Index, string Text, bool IsHeading, bool AboveMetadata)> candidates, int i) =>
        i + 1 < candidates.Count && (NewsLead().IsMatch(ChineseText.ForMatching(candidates[i + 1].Text))
            // A line between is a subtitle unless it stands over the page's date itself (then it is the headline).
            || i + 2 < candidates.Count && !candidates[i + 1].AboveMetadata && Plausible(Clean(candidates[i + 1].Text)) && NewsLead().IsMatch(ChineseText.ForMatching(candidates[i + 2].Text)));

    // A line naming only places (昆山市淀山湖): a cell of a catalogue table, not a headline.
    private static bool IsPlaceNamesOnly(string matching)
    {
        var m = matching.Trim();
        if (m.Length is < 2 or > 20) return false;
        int covered = 0;
        foreach (var place in PlaceNames.Default.Find(m))
        {
            if (place.Start != covered) return false;
            covered = place.Start + place.Length;
        }
        return covered == m.Length;
    }

    /// <summary>A line of the page's frame (navigation, stamps, menus, image names, the site's name), not of the text.</summary>
    public static bool IsFrame(string text) => IsFurniture(text);

    /// <summary>A reporter's byline (澎湃新闻记者某某) or a posting or source line (发布时间：…, 上海公积金发布2023-04-30 21:00):
    /// what stands under a headline, a line of its own.</summary>
    internal static bool IsBylineOrStamp(string text)
    {
        var matching = ChineseText.ForMatching(text.Trim());
        return ReporterByline().IsMatch(matching) || DateOrSourceLine().IsMatch(matching);
    }

    private static bool IsFurniture(string text)
    {
        var matching = ChineseText.ForMatching(text);
        return matching.Length == 0 || matching.All(c => !ChineseText.IsHan(c) && !char.IsLetterOrDigit(c)) || Furniture().IsMatch(matching) || StampOrTrail().IsMatch(matching) || SiteFrame().IsMatch(matching)
            || matching.Length <= PageFrameLength && PageFrame().IsMatch(matching);
    }

    private const int PageFrameLength = 40;

    // A page's own lines around its content: an image's file name (cqyz_banner_2.jpg, 10.jpg某某新闻网), the site's name
    // alone (某某新闻网, 華文網, 某某网手机版, 某某频道), a label with the page's date (日期查询:2022年09月07日).
    // Also the page's credits (发布者:, 审核:, 供稿:), its reader switches (无障碍, 繁體, 长者模式, 扫一扫在手机打开) and a
    // row of menu items (首页 政务公开 政务服务 互动交流).
    [GeneratedRegex(@"\.(?:jpe?g|png|gif|bmp|webp)|^(?:发布者|发布人|发布单位|录入|审核|供稿|撰稿|初审|复审|终审|摄影|摄像)\s*[:：]|无障碍|繁體|长者模式|关怀版|扫一扫|^(?:[\p{IsCJKUnifiedIdeographs}]{2,6}[ \u3000]+){3,}[\p{IsCJKUnifiedIdeographs}]{2,6}$|^[\p{IsCJKUnifiedIdeographs}A-Za-z·]{2,14}(?:网|網|网站|手机版|客户端|频道)$|^[\p{IsCJKUnifiedIdeographs}]{1,8}\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*星期[一二三四五六日天])?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFrame();

    /// <summary>
    /// The heading as shown: pinyin readings, furniture glued before it, trailing separators (…的通知 |) and spacing
    /// between Han characters (政 府 工 作 报 告) removed.
    /// </summary>
    // Without the site's name a page's title bar glues after the title (…的通知_政务公开_某县人民政府): a page saved as text
    // keeps its title bar as its first line.
    // The title rules compare each line with the lines around it, cleaning the same few lines again and again (six
    // regular expressions each time).
    public static string Clean(string text) => CleanedHeadings[text];

    private static readonly LineMemo<string> CleanedHeadings = new(text =>
        Once(TitleLine.WithoutSiteName(ProvinceTag().Replace(WithoutFurnitureSuffix(WithoutSpaceBetweenHan(FurniturePrefix().Replace(ChineseText.StripPinyin(text).Trim(), "")).Trim()).TrimEnd(TrailingSeparators), ""))));

    // A heading printed twice in a row (原标题：滑县举行…宣讲活动滑县举行…宣讲活动: a re-post's original headline run into
    // the page's own), once.
    private static string Once(string heading)
    {
        int half = heading.Length / 2;
        return heading.Length >= 2 * MinRepeatedHeading && heading.Length % 2 == 0 && string.CompareOrdinal(heading, 0, heading, half, half) == 0
            ? heading[..half] : heading;
    }

    private const int MinRepeatedHeading = 4;

    // The spaces between Han characters a page sets in a heading (关于 印发…): only a line with a space, a tab or an
    // ideographic space has any, and the pattern, led by a lookbehind, is otherwise tried at each character.
    internal static string WithoutSpaceBetweenHan(string line) =>
        line.AsSpan().IndexOfAny(ChineseText.InlineSpaces) >= 0 ? SpaceBetweenHan().Replace(line, "") : line;

    // Every furniture suffix ends in a closing bracket (（组图）, (点击数：35次)): a line ending otherwise keeps its end, and the
    // pattern, free to start anywhere, is otherwise tried at each of its characters.
    internal static string WithoutFurnitureSuffix(string line) =>
        line.AsSpan().TrimEnd('\n') is [.., '）' or ')' or ']' or '】'] ? FurnitureSuffix().Replace(line, "") : line;

    private static readonly char[] TrailingSeparators = ['|', '｜', ' ', '\t'];
}
