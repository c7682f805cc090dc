using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// A web page's footer saved with the document: the site's copyright, its technical contractor, its registration
/// numbers, and the lines after them (the contractor's address, a telephone). No document says these of itself, and
/// the contractor's place (技术支持：北京市海淀区某某科技有限公司) was read as the document's. The footer begins at the
/// first line among the last few that opens with such a label; it and everything after it are dropped. So is a list of
/// other governments' sites ending the page (上级政府网站 / 中国政府网 / 江西省人民政府 / … / 靖安县人民政府): its last
/// name had been read as the document's signature, and its place as the document's.
/// </summary>
internal static partial class SiteFooter
{
    // How far from the end a footer may begin.
    private const int FooterLines = 8;

    [GeneratedRegex(@"^(?:技术支持|技术维护|技术服务|网站维护|网站建设|网站制作|网站设计|设计制作|制作维护|版权所有|copyright|©|网站标识码|icp备案|备案号|(?:[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川蜀宁琼]\s*)?icp\s*[备证]|公安机关备案|\S{1,6}公网安备)", RegexOptions.IgnoreCase)]
    private static partial Regex FooterLabel();

    /// <summary>The body without a trailing site footer (the list itself when it has none).</summary>
    public static List<BodyLine> Without(List<BodyLine> body) => WithoutSiteLinks(WithoutLabelledFooter(body));

    private static List<BodyLine> WithoutLabelledFooter(List<BodyLine> body)
    {
        int seen = 0;
        int start = -1;
        for (int i = body.Count - 1; i >= 0 && seen < FooterLines; i--)
        {
            if (body[i].Text.Length == 0) continue;
            seen++;
            if (FooterLabel().IsMatch(ChineseText.ForMatching(body[i].Text).TrimStart(LabelOpeners))) start = i;
        }
        // A document that is nothing but a footer stays as it is: it is read and rejected as it would be without this.
        if (start <= 0) return body;
        // The footer's row of links right above its first label (网站地图 | 联系我们 | 隐私声明) is the footer's too.
        for (int i = start - 1; i > 0 && (body[i].Text.Length == 0 || LinkRow().IsMatch(body[i].Text.Trim())); i--)
            if (body[i].Text.Length > 0) start = i;
        return body.GetRange(0, start);
    }

    // A list of sites is this many names at least: a signature block names one to three issuers, and a date follows it.
    private const int MinSiteNames = 4;

    // A trailing run of other sites' names (or of several on one line), their group headings (上级政府网站, 县市区政府网站,
    // 友情链接) and the site's own links: cut where it begins, when it names enough sites and something in it says these
    // are sites (a heading or the site's links). Names alone may be a document's list of units (an attachment's 参会单位),
    // which is its text and stays searchable.
    private static List<BodyLine> WithoutSiteLinks(List<BodyLine> body)
    {
        int start = body.Count, names = 0;
        bool saysSites = false;
        for (int i = body.Count - 1; i > 0; i--)
        {
            var text = ChineseText.ForMatching(body[i].Text).Trim();
            if (text.Length == 0) continue;
            if (LinkHeading().IsMatch(text) || LinkRow().IsMatch(text) || OwnLinks().IsMatch(text)) saysSites = true;
            else if (SiteNames().IsMatch(text)) names++;
            else break;
            start = i;
        }
        return names >= MinSiteNames && saysSites && start > 0 ? body.GetRange(0, start) : body;
    }

    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,16}(?:人民政府|政府网|门户网站|政府网站)\s*)+$")]
    private static partial Regex SiteNames();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{0,8}(?:政府网站|网站|友情链接|相关链接|网站链接)[:：]?$")]
    private static partial Regex LinkHeading();

    // The site's own links in a row (网站地图 网站帮助 隐私声明 关于我们), and its sponsor's line (主办：万载县人民政府
    // 承办：…办公室): part of the list's run, not enough to make one (an event's notice ends in its 主办单位 too).
    [GeneratedRegex(@"^(?:(?:网站地图|网站帮助|隐私声明|关于我们|联系我们|网站声明|使用帮助)(?:\s+\S{2,6})*|(?:主办|承办|协办)(?:单位)?\s*[:：].*)$")]
    private static partial Regex OwnLinks();

    // Two or more short items between bars: a site's links, not a sentence.
    [GeneratedRegex(@"^[^|｜。，,；;]{2,8}(?:\s*[|｜]\s*[^|｜。，,；;]{2,8}){1,}$")]
    private static partial Regex LinkRow();

    private static readonly char[] LabelOpeners = ['【', '[', '(', '（', ' '];
}
