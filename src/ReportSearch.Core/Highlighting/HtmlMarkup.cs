using System.Net;
using System.Text;

namespace ReportSearch.Highlighting;

/// <summary>HTML for display: the text escaped, and &lt;mark&gt; (the only markup we add) around each span.</summary>
public static class HtmlMarkup
{
    public static string Mark(string text, IReadOnlyList<TextSpan> spans)
    {
        var html = new StringBuilder(text.Length + spans.Count * 13 + 16);
        int at = 0;
        foreach (var span in spans)
        {
            html.Append(WebUtility.HtmlEncode(text[at..span.Start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[span.Start..span.End])).Append("</mark>");
            at = span.End;
        }
        html.Append(WebUtility.HtmlEncode(text[at..]));
        return html.ToString();
    }
}
