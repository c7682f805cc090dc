using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Markdown's inline markup taken off a line, leaving what a reader sees: an article saved from a public account or
/// a site as markdown (公众号 exporters write <c>![](https://mmbiz…)</c> for every picture and <c>**一、管制时间**</c>
/// for bold) would otherwise index picture addresses, show asterisks in snippets, and hide its heading
/// (<c>**中元节文明祭祀倡议书**</c>) from the title rules. Pictures go (their address is no text of the report; an
/// exported picture's alt text is empty or 图片), a link keeps its words, and bold or underline markers go. A single
/// <c>*</c> or <c>_</c> stays: in a report it is more often a footnote mark or part of a code than emphasis.
/// </summary>
internal static partial class MarkdownInline
{
    [GeneratedRegex(@"!\[[^\]\n]*\]\([^)\n]*\)")]
    private static partial Regex Picture();

    [GeneratedRegex(@"\[(?<words>[^\]\n]+)\]\([^)\n]*\)")]
    private static partial Regex Link();

    // Bold and underline markers (**, __, ***), also the empty pairs an exporter leaves around a picture (****).
    [GeneratedRegex(@"\*{2,}|_{2,}")]
    private static partial Regex StrongMarkers();

    public static string Plain(string line)
    {
        // Most lines carry no markup: no allocation for them.
        if (line.AsSpan().IndexOfAny('*', '_', '[') < 0) return line;
        var plain = Picture().Replace(line, "");
        plain = Link().Replace(plain, "${words}");
        return StrongMarkers().Replace(plain, "");
    }
}
