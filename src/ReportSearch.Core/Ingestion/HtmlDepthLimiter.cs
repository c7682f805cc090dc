using System.Text;

namespace ReportSearch.Ingestion;

/// <summary>
/// Flattens element nesting beyond a fixed depth before the HTML parser sees the page. The parser's tree
/// builder looks through the stack of open elements for every block it opens (the "p in button scope"
/// check), so 20,000 nested &lt;div&gt;s cost 20,000² steps; no real report nests more than a few dozen
/// levels. One linear pass: tags deeper than <see cref="MaxDepth"/> are dropped (a block tag becomes &lt;br&gt;,
/// so its text still breaks lines), text is kept. Comments and raw-text elements (script, style…) are
/// copied untouched and never counted.
/// </summary>
internal static class HtmlDepthLimiter
{
    public const int MaxDepth = 256;
    // An end tag closes a matching open element only this near the top of the stack; further down the
    // tree builder would treat it as misnested anyway, and the bound keeps the pass linear.
    private const int EndTagSearch = 32;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    // Elements whose end tag is optional are closed implicitly by their next sibling: they never nest deep.
    private static readonly HashSet<string> ImplicitlyClosed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot", "colgroup", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "main", "aside", "blockquote", "pre", "ul", "ol", "dl", "table", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "address", "figure", "figcaption", "form", "fieldset", "header", "footer", "center", "nav",
    };

    public static string Limit(string html)
    {
        // Fewer tags than the limit cannot nest beyond it: the common case costs one count.
        if (html.AsSpan().Count('<') <= MaxDepth) return html;
        var output = new StringBuilder(html.Length);
        var open = new List<(string Name, bool Kept)>();
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0) { output.Append(html, i, html.Length - i); break; }
            output.Append(html, i, lt - i);
            i = lt;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = CopyThrough(html, output, i, end < 0 ? html.Length : end + 3);
                continue;
            }
            bool endTag = i + 1 < html.Length && html[i + 1] == '/';
            int nameStart = i + (endTag ? 2 : 1), nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { output.Append('<'); i++; continue; }
            int close = TagEnd(html, nameEnd);
            var name = html[nameStart..nameEnd];
            bool selfClosing = close > 0 && html[close - 1] == '/';
            int after = close < 0 ? html.Length : close + 1;

            if (!endTag && RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                int end = html.IndexOf("</" + name, after, StringComparison.OrdinalIgnoreCase);
                i = CopyThrough(html, output, i, end < 0 ? html.Length : end);
                continue;
            }
            if (Void.Contains(name) || ImplicitlyClosed.Contains(name) || selfClosing && !endTag)
            {
                i = CopyThrough(html, output, i, after);
                continue;
            }
            bool kept;
            if (endTag)
            {
                int match = -1;
                for (int k = open.Count - 1; k >= Math.Max(0, open.Count - EndTagSearch); k--)
                    if (string.Equals(open[k].Name, name, StringComparison.OrdinalIgnoreCase)) { match = k; break; }
                kept = match < 0 || open[match].Kept;
                if (match >= 0) open.RemoveRange(match, open.Count - match);
            }
            else
            {
                kept = open.Count < MaxDepth;
                open.Add((name, kept));
            }
            if (kept) i = CopyThrough(html, output, i, after);
            else
            {
                if (BlockTags.Contains(name)) output.Append("<br>");
                i = after;
            }
        }
        return output.ToString();
    }

    private static int CopyThrough(string html, StringBuilder output, int from, int to)
    {
        output.Append(html, from, to - from);
        return to;
    }

    // The '>' that ends a tag, skipping quoted attribute values; -1 when the tag never ends.
    private static int TagEnd(string html, int from)
    {
        char quote = '\0', previous = ' ';
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            // A quote opens a value only right after '=' (spaces allowed); a stray one elsewhere is just a character.
            if (c is '"' or '\'' && previous == '=') quote = c;
            else if (c == '>') return i;
            if (!char.IsWhiteSpace(c)) previous = c;
        }
        return -1;
    }
}
