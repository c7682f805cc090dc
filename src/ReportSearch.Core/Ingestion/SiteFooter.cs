using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// A web page's footer saved with the document: the site's copyright, its technical contractor, its registration
/// numbers, and the lines after them (the contractor's address, a telephone). No document says these of itself, and
/// the contractor's place (技术支持：北京市海淀区某某科技有限公司) was read as the document's. The footer begins at the
/// first line among the last few that opens with such a label; it and everything after it are dropped.
/// </summary>
internal static partial class SiteFooter
{
    // How far from the end a footer may begin.
    private const int FooterLines = 8;

    [GeneratedRegex(@"^(?:技术支持|技术维护|技术服务|网站维护|网站建设|网站制作|网站设计|设计制作|制作维护|版权所有|copyright|©|网站标识码|icp备案|备案号|(?:[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川蜀宁琼]\s*)?icp\s*[备证]|公安机关备案|\S{1,6}公网安备)", RegexOptions.IgnoreCase)]
    private static partial Regex FooterLabel();

    /// <summary>The body without a trailing site footer (the list itself when it has none).</summary>
    public static List<BodyLine> Without(List<BodyLine> body)
    {
        int seen = 0;
        int start = -1;
        for (int i = body.Count - 1; i >= 0 && seen < FooterLines; i--)
        {
            if (body[i].Text.Length == 0) continue;
            seen++;
            if (FooterLabel().IsMatch(ChineseText.ForMatching(body[i].Text).TrimStart('【', '[', '(', '（', ' '))) start = i;
        }
        // A document that is nothing but a footer stays as it is: it is read and rejected as it would be without this.
        if (start <= 0) return body;
        // The footer's row of links right above its first label (网站地图 | 联系我们 | 隐私声明) is the footer's too.
        for (int i = start - 1; i > 0 && (body[i].Text.Length == 0 || LinkRow().IsMatch(body[i].Text.Trim())); i--)
            if (body[i].Text.Length > 0) start = i;
        return body.GetRange(0, start);
    }

    // Two or more short items between bars: a site's links, not a sentence.
    [GeneratedRegex(@"^[^|｜。，,；;]{2,8}(?:\s*[|｜]\s*[^|｜。，,；;]{2,8}){1,}$")]
    private static partial Regex LinkRow();
}
