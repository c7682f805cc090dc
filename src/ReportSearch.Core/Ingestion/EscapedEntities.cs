using System.Net;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// HTML character references left in a plain text by the crawler or database that saved it (新开办企业&amp;nbsp;1359家,
/// 同比增长15.2%。&amp;nbsp;&amp;nbsp;, &amp;ldquo;十四五&amp;rdquo;): read as the characters they stand for. Left as
/// written, they were words of the text (a search for nbsp found them, snippets showed them) and broke its lines:
/// a work report's speaker line 保定市徐水区人民政府区长&amp;nbsp; 李志永 was no longer seen as a byline.
/// </summary>
public static partial class EscapedEntities
{
    // A named reference, or a numbered one: what a page's source holds, not an ampersand of the text (R&D, 甲&乙).
    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});")]
    private static partial Regex Reference();

    /// <summary>The text with its character references decoded; the text itself where it holds none (Replace returns its input then).</summary>
    public static string Decode(string text) =>
        text.Contains('&') ? Reference().Replace(text, m => WebUtility.HtmlDecode(m.Value)) : text;
}
