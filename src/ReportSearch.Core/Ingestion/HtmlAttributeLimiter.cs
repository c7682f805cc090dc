using System.Text;

namespace ReportSearch.Ingestion;

/// <summary>
/// Keeps at most <see cref="MaxAttributes"/> attributes per tag before the HTML parser sees the page. The parser
/// compares each new attribute with the tag's earlier ones (duplicates are dropped), so one element with 100,000
/// attributes costs 100,000² steps; no real page needs more than a few dozen, and none of them carries report text.
/// One linear pass over the page (<see cref="Limit(string, out long)"/> counts its steps); pages without such a tag
/// come back unchanged. Comments and raw-text elements (script, style…) are copied untouched.
/// </summary>
internal static class HtmlAttributeLimiter
{
    public const int MaxAttributes = 64;

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

    public static string Limit(string html) => Limit(html, out _);

    /// <param name="steps">Characters the pass looked at: the work done, for tests that check it is linear.</param>
    public static string Limit(string html, out long steps)
    {
        steps = 0;
        StringBuilder? output = null; // created at the first tag that has too many attributes
        int copied = 0, i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            steps += (lt < 0 ? html.Length : lt) - i;
            if (lt < 0) break;
            i = lt + 1;
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                int next = end < 0 ? html.Length : end + 3;
                steps += next - i;
                i = next;
                continue;
            }
            int nameEnd = i;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            steps += nameEnd - i;
            if (nameEnd == i || !char.IsAsciiLetter(html[i])) continue; // an end tag, or text
            var name = html[i..nameEnd];
            // Attributes: name[=value] separated by spaces, up to '>'. The cut falls after the last kept one.
            int p = nameEnd, count = 0, cut = -1;
            while (p < html.Length)
            {
                while (p < html.Length && (char.IsWhiteSpace(html[p]) || html[p] == '/')) p++;
                if (p >= html.Length || html[p] == '>') break;
                if (++count == MaxAttributes + 1) cut = p;
                while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] is not ('>' or '=' or '/')) p++;
                while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
                if (p < html.Length && html[p] == '=')
                {
                    p++;
                    while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
                    if (p < html.Length && html[p] is '"' or '\'')
                    {
                        int close = html.IndexOf(html[p], p + 1);
                        p = close < 0 ? html.Length : close + 1;
                    }
                    else while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] != '>') p++;
                }
            }
            steps += p - nameEnd;
            if (cut >= 0)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, cut - copied);
                copied = p; // the '>' (or the end of the page) is copied with what follows
            }
            i = p;
            if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                int end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                int next = end < 0 ? html.Length : end;
                steps += next - i;
                i = next;
            }
        }
        if (output is null) return html;
        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }
}
