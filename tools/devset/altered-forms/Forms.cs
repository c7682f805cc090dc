using System.Text;
using System.Text.RegularExpressions;
using ReportSearch.Analysis;

/// <summary>
/// Forms of a document a reader reads as the same document: another script, other digits, other punctuation widths,
/// another encoding, a page's frame around it. Metadata that changes under one of them is a rule reading the printed
/// form rather than the document. Forms that only make sense on line-based text apply to .txt and .md alone.
/// </summary>
internal static partial class Forms
{
    public sealed record Form(string Name, Func<string, string, string> Alter, Func<string, byte[]>? Encode = null, string? Extension = null);

    private static readonly Lazy<Icu.Transliterator> ToTraditional = new(() =>
    {
        ScriptConverter.ToSimplified(new Rune('國')); // loads ICU's data as the product does
        return Icu.Transliterator.CreateInstance("Simplified-Traditional");
    });

    private static readonly string[] Digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private static bool Lines(string ext) => ext is ".txt" or ".md";

    // Declared before All, which reads them as it is initialized.
    private static readonly string[] Tasks = ["完善工作机制", "加强队伍建设", "推进项目落地", "开展专项检查", "强化宣传引导", "做好信息报送", "落实资金保障"];
    private static readonly string[] Owners = ["牵头单位", "各责任单位", "相关部门", "各工作组"];

    public static readonly Form[] All =
    [
        new("trad", (t, _) => ToTraditional.Value.Transliterate(t)),
        new("colon", (t, _) => ColonAfterHan().Replace(t, m => m.Value == ":" ? "：" : ":")),
        new("cndate", (t, _) => ArabicDate().Replace(t, m => string.Concat(m.Groups[1].Value.Select(c => Digits[c - '0'])) + "年"
            + Small(int.Parse(m.Groups[2].Value)) + "月" + Small(int.Parse(m.Groups[3].Value)) + "日")),
        new("fwdigit", (t, _) => DigitsInHan().Replace(t, m => string.Concat(m.Value.Select(c => (char)(c - '0' + '０'))))),
        new("halfpunct", (t, ext) => Lines(ext) ? t.Replace('，', ',').Replace('：', ':').Replace('；', ';').Replace('（', '(').Replace('）', ')') : t),
        new("crlf", (t, _) => t.Replace("\r\n", "\n").Replace("\n", "\r\n")),
        new("blank", (t, ext) => Lines(ext) ? t.Replace("\n", "\n\n") : t),
        new("indent", (t, ext) => Lines(ext) ? LineStartHan().Replace(t, "\n\u3000\u3000") : t),
        new("frame", (t, ext) => Lines(ext)
            ? "首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流 | 专题专栏\n当前位置：首页 > 政务公开 > 通知公告\n【字体：大 中 小】 【打印本页】 【关闭窗口】\n" + t
              + "\n网站地图 | 联系我们 | 隐私声明\n技术支持：某某信息技术有限公司 建议使用1024×768分辨率\n"
            : t),
        new("gb18030", (t, _) => t, t => Encoding.GetEncoding("GB18030").GetBytes(t)),
        new("utf16", (t, _) => t, t => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(t)]),
        new("bom", (t, _) => t, t => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(t)]),
        new("html", (t, ext) => ext is ".txt" ? "<html><body>" + string.Concat(t.Replace("\r", "").Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>\n")) + "</body></html>" : t, Extension: ".html"),
        // A PDF's text layer saved as plain text: long lines broken at the page's width (not markdown, whose links a wrap
        // would break), and page numbers between pages.
        new("wrap", (t, ext) => ext is ".txt" ? string.Join("\n", ReportSearch.Ingestion.EscapedLineBreaks.Restore(t).Replace("\r", "").Split('\n').SelectMany(l => Wrap(l, 34))) : t),
        new("pagenum", (t, ext) => Lines(ext) ? string.Join("\n", t.Replace("\r", "").Split('\n').Select((l, i) => i > 0 && i % 20 == 0 ? $"\n— {i / 20} —\n\n" + l : l)) : t),
        // A header block as the table most 政府信息公开 pages print it: each label and each value in a cell of its own.
        new("table", (t, ext) => ext is ".txt" && HeaderField().IsMatch(t) ? "<html><body>" + string.Concat(t.Replace("\r", "").Split('\n').Select(TableOrParagraph)) + "</body></html>" : t, Extension: ".html"),
        new("spacedkey", (t, ext) => Lines(ext) ? HeaderField().Replace(t, m => string.Join(" ", m.Groups["key"].Value.ToCharArray()) + m.Groups["colon"].Value) : t),
        new("htmlbr", (t, ext) => ext is ".txt" ? "<html><body><div>" + string.Join("<br>\n", t.Replace("\r", "").Split('\n').Select(System.Net.WebUtility.HtmlEncode)) + "</div></body></html>" : t, Extension: ".html"),
        // An attachment after the signature (a table of tasks, as notices print one): the signature still signs the text
        // above it. No place, no year and no body in it.
        new("attach", (t, ext) => Lines(ext) ? t.TrimEnd() + "\n\n附件\n\n重点任务分解表\n\n序号　任务　责任单位　完成时限\n"
            + string.Concat(Enumerable.Range(1, 30).Select(i => $"{i}　{Tasks[i % Tasks.Length]}　{Owners[i % Owners.Length]}　{(i % 2 == 0 ? "长期坚持" : "年底前")}\n")) : t),
        // A page whose text a crawler stored with its line breaks as spaces (a dataset's one field per page).
        new("flat", (t, ext) => ext is ".txt" ? string.Join(" ", t.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)) : t),
        // Not a same-document form: a late posting line and a title bar's column and site, whose effect is read by hand.
        new("repost", (t, ext) => Lines(ext) ? FirstLine().Replace(t, "$1发布时间：2025-06-30 09:12 来源：本站\n") : t),
        new("titlebar", (t, ext) => Lines(ext) ? FirstLineEnd().Replace(t, "$1_政务公开_某某网") : t),
    ];

    private static IEnumerable<string> Wrap(string line, int width)
    {
        for (int i = 0; i < line.Length; i += width) yield return line.Substring(i, Math.Min(width, line.Length - i));
        if (line.Length == 0) yield return line;
    }

    private static string TableOrParagraph(string line)
    {
        var fields = HeaderField().Matches(line);
        if (fields.Count == 0 || fields[0].Index > 0 && line[..fields[0].Index].Trim().Length > 0)
            return "<p>" + System.Net.WebUtility.HtmlEncode(line) + "</p>\n";
        var cells = new System.Text.StringBuilder("<table><tr>");
        for (int i = 0; i < fields.Count; i++)
        {
            int valueStart = fields[i].Index + fields[i].Length, valueEnd = i + 1 < fields.Count ? fields[i + 1].Index : line.Length;
            cells.Append("<td>").Append(System.Net.WebUtility.HtmlEncode(fields[i].Value)).Append("</td><td>")
                .Append(System.Net.WebUtility.HtmlEncode(line[valueStart..valueEnd].Trim())).Append("</td>");
        }
        return cells.Append("</tr></table>\n").ToString();
    }

    private static string Small(int n) => n switch
    {
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10]),
    };

    [GeneratedRegex(@"(?<key>索引号|主题分类|分类|发布机构|发文机关|发文单位|成文日期|发文日期|生成日期|发布日期|发文字号|文号|名称|标题|有效性|时效性|废止时间|主题词|公开方式|公开范围)(?<colon>[:：])")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9][0-9])年([0-9]{1,2})月([0-9]{1,2})日")]
    private static partial Regex ArabicDate();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])[:：]")]
    private static partial Regex ColonAfterHan();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff\s])[0-9]+(?=[\u4e00-\u9fff])")]
    private static partial Regex DigitsInHan();

    [GeneratedRegex(@"\n(?=[\u4e00-\u9fff])")]
    private static partial Regex LineStartHan();

    [GeneratedRegex(@"^(\s*\S[^\n]*\n)")]
    private static partial Regex FirstLine();

    [GeneratedRegex(@"^(\s*(?:#\s*)?\S[^\n\r]*)")]
    private static partial Regex FirstLineEnd();
}
