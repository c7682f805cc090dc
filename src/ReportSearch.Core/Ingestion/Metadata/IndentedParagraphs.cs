using System.Buffers;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Paragraphs run together on one line, each still opening with its indent of two ideographic spaces: a text whose line
/// breaks a crawler or a table cell dropped (…降到最低程度。　　二〇〇五年十二月十五日　　公开程序：…). The metadata rules read
/// such a line as the paragraphs it was, so that a signature's date or a 印发 line stands on a line of its own again.
/// Only the rules' view is split; the text indexed and shown keeps its lines.
/// </summary>
internal static partial class IndentedParagraphs
{
    // An indent inside a line: two or more ideographic spaces after some text.
    [GeneratedRegex(@"(?<=\S)\u3000{2,}(?=\S)")]
    private static partial Regex InnerIndent();

    // A closing date run in without its indent: after the last sentence and before the site's footer or the text's end
    // (…按有关程序报批。二〇〇六年二月五日公开程序：本单位审核后公开). A date opening a sentence (。2020年3月5日，全县…) goes on
    // with a comma or a time of day, and is not split off.
    [GeneratedRegex(@"(?<=。)(?=(?:[〇○零OＯ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:$|公开程序|公开方式|责任部门|主题词|抄送|（此件|\(此件))|(?<=日)(?=公开程序|公开方式|责任部门|主题词|抄送|（此件|\(此件)")]
    internal static partial Regex RunInClosingDate();

    // A closing date run in is followed by the footer's first label or ends the line: a line with neither holds none.
    internal static bool MayHoldClosingDate(string view) =>
        view.AsSpan().TrimEnd('\n') is [.., '日'] || view.AsSpan().IndexOfAny(FooterLabels) >= 0;

    private static readonly SearchValues<string> FooterLabels = SearchValues.Create(["公开程序", "公开方式", "责任部门", "主题词", "抄送", "此件"], StringComparison.Ordinal);

    // A line shorter than this holds one paragraph at the most (a table's cells are spaced 姓　　名).
    private const int MinRunLength = 60;

    public static IEnumerable<BodyLine> Split(BodyLine line)
    {
        if (line.Text.Length < MinRunLength || line.IsHeading) { yield return line; yield break; }
        // The closing date is found on the simplified view (公開程序 is 公开程序), which keeps Han positions, and the line
        // as printed is cut there. Every form of the closing date ends in 日: other lines need no view.
        // Nor can a line without 日 hold one: the closing-date pattern, led by lookbehinds and searched along the whole
        // line, runs only where the view was made.
        bool mayCloseWithDate = line.Text.Contains('日');
        var view = mayCloseWithDate ? ChineseText.Simplify(line.Text) : line.Text;
        if (!InnerIndent().IsMatch(line.Text) && !(mayCloseWithDate && MayHoldClosingDate(view) && RunInClosingDate().IsMatch(view))) { yield return line; yield break; }
        int start = 0;
        foreach (Match indent in InnerIndent().Matches(line.Text))
        {
            foreach (var part in ClosingDateParts(line.Text, view, start, indent.Index)) yield return line with { Text = part };
            start = indent.Index + indent.Length;
        }
        foreach (var part in ClosingDateParts(line.Text, view, start, line.Text.Length)) yield return line with { Text = part };
    }

    // The paragraph text[start..end] cut before a run-in closing date and before the footer after it.
    private static IEnumerable<string> ClosingDateParts(string text, string view, int start, int end)
    {
        int from = start;
        foreach (Match cut in RunInClosingDate().Matches(view[..end], start))
        {
            if (text[from..cut.Index].Trim() is { Length: > 0 } part) yield return part;
            from = cut.Index;
        }
        if (text[from..end].Trim() is { Length: > 0 } last) yield return last;
    }
}
