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
        if (document.Body is not null) walker.Walk(document.Body);
        walker.Break();
        return walker.Lines;
    }

    /// <summary>
    /// Walks the tree depth-first with an explicit stack: a page's nesting depth never becomes the depth of
    /// our call stack (a deep page would otherwise overflow it on an indexing thread).
    /// </summary>
    private sealed class Walker
    {
        public readonly List<BodyLine> Lines = [];
        private readonly StringBuilder _line = new();
        private bool _heading;

        private sealed class Frame(INode node, bool insideArticle, bool preformatted, bool block)
        {
            public readonly INode Node = node;
            public readonly bool InsideArticle = insideArticle, Preformatted = preformatted, Block = block;
            public int Next;
        }

        public void Walk(INode root)
        {
            var stack = new Stack<Frame>();
            stack.Push(new Frame(root, insideArticle: false, preformatted: false, block: false));
            while (stack.Count > 0)
            {
                var frame = stack.Peek();
                var children = frame.Node.ChildNodes;
                if (frame.Next >= children.Length)
                {
                    stack.Pop();
                    if (frame.Block) Break();
                    continue;
                }
                var child = children[frame.Next++];
                if (child is IText text) AppendText(text.Data, frame.Preformatted);
                else if (child is IElement element && Enter(element, frame) is { } inner) stack.Push(inner);
            }
        }

        // What entering an element does before its children: null when they are not visited at all.
        private Frame? Enter(IElement element, Frame parent)
        {
            var tag = element.LocalName;
            if (Skipped.Contains(tag) || IsHidden(element)) return null;
            // Page-level header/footer hold site navigation; inside an article they hold its title or byline.
            if (!parent.InsideArticle && tag is "header" or "footer") return null;
            if (tag == "br") { Break(); return null; }

            bool block = Blocks.Contains(tag);
            if (block) Break();
            if (tag is "h1" or "h2" or "h3" or "h4") _heading = true;
            return new Frame(element, parent.InsideArticle || tag is "article" or "main", parent.Preformatted || tag == "pre", block);
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
