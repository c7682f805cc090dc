using System.Text.RegularExpressions;

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

    // Lines that are page furniture, labels or metadata rather than a heading.
    [GeneratedRegex(@"^(?:您的位置|您的当前位置|当前位置|所在位置|位置|\S{0,4}导航(?:菜单|栏)?$|上一篇|下一篇|第[\dA-Za-z一二三四五六七八九十]{1,4}版[:：]|首页|来源|信息来源|发布时间|发表时间|发布日期|更新时间|时间|作者|编辑|责任编辑|关键词|阅读量|浏览|点击|字号|字体|打印|关闭|分享|【|\[|>|›|»|各位代表|同志们|尊敬的)")]
    private static partial Regex Furniture();

    // A line giving a publication date or source: what follows a news headline.
    [GeneratedRegex(@"^(?:发布时间|发表时间|发布日期|时间|来源|日期)\s*[:：]|^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")]
    private static partial Regex DateOrSourceLine();

    // A title naming the kind of document it is.
    [GeneratedRegex(@"(?:报告|汇报|总结|小结|计划|思路|打算|要点|通知|意见|办法|方案|决定|决议|规划|公告|通告|条例|规定|规则|细则|简介|概况|函|答复|批复|纲要|讲话|法)(?:[（(][^）)]{1,20}[）)])?$")]
    private static partial Regex KindEnding();

    // What only page furniture carries: a clock time (a posting stamp, 2021-07-23 10:26:26) or a breadcrumb trail
    // (政府信息公开 > 政策文件 > 其他文件 >).
    [GeneratedRegex(@"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|[>›»].*[>›»]")]
    private static partial Regex StampOrTrail();

    // Furniture glued before a heading on one line: a site's language switch, a forum's edit note, a list bullet, a
    // short column tag (【余杭区招商】); a long bracketed slogan (【凝心聚力谋发展 踔厉奋发谱新篇】…) is part of the title.
    [GeneratedRegex(@"^(?:(?:选择语言|本帖最后由.{1,60}?编辑|[•·●▪■◆]|【[^】]{1,8}】(?=.{4,}))\s*)+")]
    private static partial Regex FurniturePrefix();

    // A site's column label (计划总结, 通知公告, 政策文件, 规划计划): only words that name kinds of pages.
    [GeneratedRegex(@"^(?:计划|总结|规划|通知|公告|公示|政策|文件|法规|解读|动态|要闻|新闻|信息|公开|其他|人事|专题|专栏|资讯|图片|视频)+$")]
    private static partial Regex ColumnLabel();

    // A catalogue field that escaped the header block (索引号:…, 名称:…): never a title.
    [GeneratedRegex(@"^(?:索\s*引\s*号|主题分类|分类|发布机构|发文机关|成文日期|发文日期|生成日期|文\s*号|发文字号|文件编号|名\s*称|标\s*题|有效性|废止时间|时效性)\s*[:：|｜]")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^[（(](?:[\p{IsCJKUnifiedIdeographs}]{2,8}(?:省|市|区|县|自治区)[）)][\p{IsCJKUnifiedIdeographs}\d]{4,}|[\p{IsCJKUnifiedIdeographs}]{2,3}[）)](?:19|20)\d{2}年)")]
    private static partial Regex PlaceTag();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")]
    private static partial Regex FullDateLead();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[ \t\u3000]+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpaceBetweenHan();

    /// <summary>The title among <paramref name="lines"/> (cleaned body lines), or null.</summary>
    public static string? Find(IReadOnlyList<BodyLine> lines) => FindWithShape(lines).Title;

    /// <summary>The title, and whether it stands over a date or source line (a news headline).</summary>
    public static (string? Title, bool IsHeadline) FindWithShape(IReadOnlyList<BodyLine> lines)
    {
        var candidates = new List<(int Index, string Text, bool IsHeading, bool AboveMetadata)>();
        int seen = 0;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0) continue;
            if (++seen > ScanLines) break;
            candidates.Add((seen - 1, line.Text, line.IsHeading, line.AboveMetadata));
        }
        string? firstPlausible = null;
        // Whether every line so far was page furniture (导航菜单, 第2b版:本地, 您的当前位置:): the first line after it
        // stands where a title stands.
        bool furnitureSoFar = true;
        for (int i = 0; i < candidates.Count; i++)
        {
            var text = Clean(candidates[i].Text);
            // A text flattened into one line starts with its title and session line: keep the title.
            if (text.Length > MaxTitleLength && TitleLine.TitleAndSessionLine(text) is { Length: <= MaxTitleLength } head) text = head;
            bool opensText = i == 0 || furnitureSoFar;
            if (!IsFurniture(text)) furnitureSoFar = false;
            if (!Plausible(text)) continue;
            var matching = ChineseText.ForMatching(TitleLine.WithoutSessionLine(text));
            // A heading in two lines above its subtitle (决胜全面建成小康社会 / 夺取…伟大胜利 / ——在…上的报告).
            if (!KindEnding().IsMatch(matching) && i + 2 < candidates.Count && Plausible(Clean(candidates[i + 1].Text)) && IsSubtitle(candidates[i + 2].Text))
                return (text + " " + Clean(candidates[i + 1].Text), false);
            if (KindEnding().IsMatch(matching) && !SectionSplitter.LooksLikeHeading(text)) return (text, false);
            bool overDate = candidates[i].AboveMetadata || i + 1 < candidates.Count && DateOrSourceLine().IsMatch(ChineseText.ForMatching(candidates[i + 1].Text));
            if (overDate && matching.Length >= 6) return (text, true);
            firstPlausible ??= opensText || candidates[i].IsHeading ? text : null;
        }
        return (firstPlausible, false);
    }

    /// <summary>The subtitle line of a speech or report: ——在…上的报告, ——在…会议上.</summary>
    public static bool IsSubtitle(string text) => text.StartsWith('—') && text.Contains('在') && text.EndsWith('上') || text.StartsWith('—') && text.EndsWith("报告", StringComparison.Ordinal);

    /// <summary>A line that may be a title: short, has words, no sentence end, no furniture, no numbering, no salutation.</summary>
    private static bool Plausible(string text)
    {
        if (text.Length is < 2 or > MaxTitleLength) return false;
        // A Chinese document's heading has words of its own; a line of Latin letters alone is a site's code (dlrb).
        if (text.Count(ChineseText.IsHan) < 2) return false;
        if (text[^1] is '。' or '；' or ';' or '，' or ',' or '：' or ':' or '、') return false;
        if (text[0] is '—' or '-' || text.StartsWith("——", StringComparison.Ordinal)) return false;
        // A line led by a full date is a session or date line (2017年2月22日在…会议上), not a heading.
        if (FullDateLead().IsMatch(text)) return false;
        // A bracket opens a numbered item ((一)…) or a note; a short place tag before a title ((山东省)济南市…报告) does not.
        if (text[0] is '（' or '(' && !PlaceTag().IsMatch(text)) return false;
        var matching = ChineseText.ForMatching(text);
        if (IsFurniture(text) || SectionSplitter.LooksLikeHeading(text)) return false;
        if (HeaderField().IsMatch(matching) || matching.Length <= 8 && ColumnLabel().IsMatch(matching)) return false;
        return true;
    }

    private static bool IsFurniture(string text)
    {
        var matching = ChineseText.ForMatching(text);
        return matching.Length == 0 || matching.All(c => !ChineseText.IsHan(c) && !char.IsLetterOrDigit(c)) || Furniture().IsMatch(matching) || StampOrTrail().IsMatch(matching);
    }

    /// <summary>
    /// The heading as shown: pinyin readings, furniture glued before it, trailing separators (…的通知 |) and spacing
    /// between Han characters (政 府 工 作 报 告) removed.
    /// </summary>
    public static string Clean(string text) =>
        FurniturePrefix().Replace(SpaceBetweenHan().Replace(ChineseText.StripPinyin(text), "").Trim(), "").TrimEnd('|', '｜', ' ', '\t');
}
