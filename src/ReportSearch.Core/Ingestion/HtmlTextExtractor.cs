using System.Text;
using AngleSharp.Dom;

namespace ReportSearch.Ingestion;

/// <summary>
/// The visible text of an HTML document as body lines: block elements and &lt;br&gt; break lines, h1–h4 become
/// heading lines; scripts, styles, navigation, hidden elements and page header/footer (outside an article) are
/// left out. Comments are not text nodes and never appear.
/// </summary>
internal static class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "head", "iframe", "svg", "canvas", "button", "select", "option", "object", "embed", "audio", "video", "map",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "aside", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "figure", "figcaption", "form", "fieldset",
        "header", "footer", "center", "body",
    };

    private static readonly HashSet<string> NavigationRoles = new(StringComparer.OrdinalIgnoreCase) { "navigation", "banner", "contentinfo", "menu", "menubar" };

    public static List<BodyLine> Lines(IDocument document)
    {
        var walker = new Walker();
        if (document.Body is not null) walker.Visit(document.Body, insideArticle: false, preformatted: false);
        walker.Break();
        return walker.Lines;
    }

    private sealed class Walker
    {
        public readonly List<BodyLine> Lines = [];
        private readonly StringBuilder _line = new();
        private bool _heading;

        public void Visit(INode node, bool insideArticle, bool preformatted)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text) AppendText(text.Data, preformatted);
                else if (child is IElement element) VisitElement(element, insideArticle, preformatted);
            }
        }

        private void VisitElement(IElement element, bool insideArticle, bool preformatted)
        {
            var tag = element.LocalName;
            if (Skipped.Contains(tag) || IsHidden(element)) return;
            // Page-level header/footer hold site navigation; inside an article they hold its title or byline.
            if (!insideArticle && tag is "header" or "footer") return;
            if (tag == "br") { Break(); return; }

            bool block = Blocks.Contains(tag);
            bool heading = tag is "h1" or "h2" or "h3" or "h4";
            if (block) Break();
            if (heading) _heading = true;
            Visit(element, insideArticle || tag is "article" or "main", preformatted || tag == "pre");
            if (block) Break();
        }

        private static bool IsHidden(IElement element)
        {
            if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true") return true;
            if (element.GetAttribute("role") is { } role && NavigationRoles.Contains(role)) return true;
            var style = element.GetAttribute("style");
            return style is not null && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase);
        }

        private void AppendText(string data, bool preformatted)
        {
            foreach (var c in data)
            {
                if (preformatted && c == '\n') { Break(); continue; }
                // HTML collapses runs of white space into one space; nbsp and ideographic spaces stay as written.
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_line.Length > 0 && _line[^1] != ' ') _line.Append(' ');
                    continue;
                }
                _line.Append(c);
            }
        }

        public void Break()
        {
            var text = _line.ToString().Trim();
            _line.Clear();
            if (text.Length > 0) Lines.Add(new BodyLine(text, _heading));
            _heading = false;
        }
    }
}
