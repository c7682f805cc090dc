using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// The labels sites print in a catalogue block, mapped to one <see cref="HeaderField"/> each. Labels are matched
/// with spaces allowed between their characters (索 引 号, 文　　号), since sites pad them to align columns.
/// </summary>
internal static partial class HeaderLabels
{
    private static readonly (string Label, HeaderField Field)[] Table =
    [
        ("索引号", HeaderField.IndexNumber), ("索取号", HeaderField.IndexNumber), ("信息索引号", HeaderField.IndexNumber),
        ("主题分类", HeaderField.Category), ("信息分类", HeaderField.Category), ("组配分类", HeaderField.Category), ("体裁分类", HeaderField.Category),
        ("服务对象分类", HeaderField.Category), ("分类", HeaderField.Category), ("所属主题", HeaderField.Category), ("主题", HeaderField.Category),
        ("发布机构", HeaderField.Org), ("发文机关", HeaderField.Org), ("发文机构", HeaderField.Org), ("发文单位", HeaderField.Org),
        ("发布单位", HeaderField.Org), ("发布部门", HeaderField.Org), ("制发机关", HeaderField.Org), ("成文单位", HeaderField.Org), ("公开主体", HeaderField.Org), ("发布者", HeaderField.Org),
        ("信息公开主体", HeaderField.Org),
        // A budget's or final account's cover names the body it is of (预算主管部门：某区司法局, 预算单位：某福利院).
        ("预算主管部门", HeaderField.Org), ("预算单位", HeaderField.Org), ("决算单位", HeaderField.Org),
        ("成文日期", HeaderField.WrittenDate), ("发文日期", HeaderField.WrittenDate), ("生成日期", HeaderField.WrittenDate), ("印发日期", HeaderField.WrittenDate),
        // Law databases and their copies date a regulation by its promulgation: 颁布日期, 颁发时间 (效力级别 beside it).
        ("颁布日期", HeaderField.WrittenDate), ("颁布时间", HeaderField.WrittenDate), ("颁发日期", HeaderField.WrittenDate), ("颁发时间", HeaderField.WrittenDate),
        ("文号", HeaderField.DocNumber), ("发文字号", HeaderField.DocNumber), ("文件编号", HeaderField.DocNumber), ("发文文号", HeaderField.DocNumber),
        ("文件文号", HeaderField.DocNumber), ("文件字号", HeaderField.DocNumber), ("备注/文号", HeaderField.DocNumber),
        ("发文号", HeaderField.DocNumber), ("发文编号", HeaderField.DocNumber), ("公文字号", HeaderField.DocNumber), ("文件号", HeaderField.DocNumber),
        ("名称", HeaderField.Title), ("标题", HeaderField.Title), ("文件名称", HeaderField.Title), ("信息名称", HeaderField.Title), ("内容概述", HeaderField.Summary),
        ("发布日期", HeaderField.PublishedDate), ("发布时间", HeaderField.PublishedDate), ("公开日期", HeaderField.PublishedDate), ("公开时间", HeaderField.PublishedDate),
        ("发表时间", HeaderField.PublishedDate), ("更新时间", HeaderField.PublishedDate), ("更新日期", HeaderField.PublishedDate), ("时间", HeaderField.PublishedDate), ("日期", HeaderField.PublishedDate),
        ("发稿时间", HeaderField.PublishedDate), ("发稿日期", HeaderField.PublishedDate), ("录入时间", HeaderField.PublishedDate), ("录入日期", HeaderField.PublishedDate),
        ("上传时间", HeaderField.PublishedDate), ("上传日期", HeaderField.PublishedDate),
        ("有效性", HeaderField.Validity), ("时效性", HeaderField.Validity), ("效力状况", HeaderField.Validity), ("效力状态", HeaderField.Validity), ("时效", HeaderField.Validity),
        ("是否有效", HeaderField.Validity), ("状态", HeaderField.Validity), ("效力", HeaderField.Validity),
        ("废止时间", HeaderField.RepealDate), ("废止日期", HeaderField.RepealDate), ("失效时间", HeaderField.RepealDate), ("失效日期", HeaderField.RepealDate),
        ("有效期至", HeaderField.ValidUntil), ("有效期", HeaderField.ValidUntil),
        ("施行日期", HeaderField.EffectiveDate), ("实施日期", HeaderField.EffectiveDate), ("生效日期", HeaderField.EffectiveDate), ("生效时间", HeaderField.EffectiveDate),
        ("主题词", HeaderField.Other), ("关键词", HeaderField.Other), ("关键字", HeaderField.Other), ("来源", HeaderField.Source), ("信息来源", HeaderField.Source),
        ("公开方式", HeaderField.Other), ("公开范围", HeaderField.Other), ("公开形式", HeaderField.Other), ("浏览次数", HeaderField.Other), ("访问次数", HeaderField.Other),
        ("阅读次数", HeaderField.Other), ("点击数", HeaderField.Other), ("阅读数", HeaderField.Other), ("作者", HeaderField.Other), ("责任编辑", HeaderField.Other),
        ("字号", HeaderField.Other), ("著录日期", HeaderField.Other), ("服务对象", HeaderField.Other), ("效力级别", HeaderField.Other), ("法规类别", HeaderField.Category), ("类别", HeaderField.Category),
        ("公开日", HeaderField.PublishedDate),
    ];

    // The keys a crawler writes above a page's text (title: …, url: …, author: …, content:), in any case. English words
    // of a text are no labels: these count only with their colon (CrawlerLabel).
    private static readonly (string Label, HeaderField Field)[] CrawlerTable =
    [
        ("title", HeaderField.Title), ("url", HeaderField.Other), ("author", HeaderField.Other), ("source", HeaderField.Source),
        ("content", HeaderField.Other),
    ];

    // Declared before the patterns that use it: static fields are set in the order they are written.
    private static readonly string CrawlerLabel = "(?i:" + string.Join("|", CrawlerTable.Select(t => t.Label)) + @")(?![A-Za-z_])";

    private static readonly Dictionary<string, HeaderField> ByLabel = Table.Concat(CrawlerTable).ToDictionary(t => t.Label, t => t.Field);

    /// <summary>
    /// A label at a field boundary (line start, after a space, a bar or a bullet), with spaces allowed inside it, and
    /// the separator after it: a colon or a bar (<c>key: value</c>, <c>key | value</c>), or only spaces in a table
    /// flattened to text (<c>索引号 MB1670946/2023-00023 生成日期 2023-01-17</c>). A crawler's key only with its colon.
    /// A label of four characters or more with its colon also where a flattened page runs it into the value before it
    /// (<c>发文机关:省住房公积金管理局成文日期:2026-07-02</c>, <c>来源:某中心发表时间:2022-06-01</c>): no text's words end
    /// in 成文日期: so.
    /// </summary>
    public static readonly Regex Label = new(LabelPattern(), RegexOptions.Compiled);

    // Label's pattern tried at the line's start only: a header line opens with its first label, and a line that does
    // not is no header line, however many labels its text holds further on (a search of the whole line, led by a
    // lookbehind and so tried at every character, was a fortieth of parsing).
    private static readonly Regex LabelAtStart = new(@"\G(?:" + LabelPattern() + ")", RegexOptions.Compiled);

    private static string LabelPattern() =>
        @"(?<=^|[\s|｜•·●▪■◆\-*])(?:(?<label>" + Alternatives() + @")(?<sep>\s*[:：|｜]|(?=\s)|$)|(?<label>" + CrawlerLabel + @")(?<sep>\s*[:：]))"
        + @"|(?<label>" + Alternatives(GluedLabelLength) + @")(?<sep>\s*[:：])";

    /// <summary>Whether <see cref="Label"/> matches at the start of <paramref name="line"/>: whether its first match starts there.</summary>
    public static bool OpensWithLabel(string line) => LabelAtStart.IsMatch(line);

    private const int GluedLabelLength = 4;

    // Every label (of at least minLength characters), longest first (so 主题分类 wins over 分类), spaces allowed inside.
    private static string Alternatives(int minLength = 0) =>
        string.Join("|", Table.Select(t => t.Label).Where(l => l.Length >= minLength).OrderByDescending(l => l.Length).Select(Spaced));

    // The spaces a page sets inside a label to align a table's labels: ASCII and ideographic (a no-break space is read
    // as an ASCII one, ChineseText.TrimLine).
    private const string LabelSpaces = " \u3000";

    // 索引号 → 索[ 　]*引[ 　]*号
    private static string Spaced(string label) => string.Join("[" + LabelSpaces + "]*", label.Select(c => Regex.Escape(c.ToString())));

    // A crawler's key in any case (Title:, TITLE:) is its lower-case entry.
    private static string Unspaced(string text) => string.Concat(text.Where(c => !LabelSpaces.Contains(c))).ToLowerInvariant();

    /// <summary>The label 字号, which names the font-size switch or, where its value is one, the 文号.</summary>
    public static bool IsFontSizeOrNumber(string matchedLabel) => Unspaced(matchedLabel) == "字号";

    /// <summary>Whether <paramref name="text"/> is one label and nothing else (spaces inside it allowed).</summary>
    public static bool IsLabel(string text) => ByLabel.ContainsKey(Unspaced(text));

    /// <summary>Whether a line opens with a label and its colon or bar (类别:房地产综合规定, 发布机构｜某局): a field, whatever follows.</summary>
    public static bool OpensField(string line) => line.AsSpan().IndexOfAny(FieldSeparators) >= 0 && OpeningLabel.IsMatch(line);

    // A field's label is followed by one of these (OpeningLabel): a line without any opens no field.
    private static readonly System.Buffers.SearchValues<char> FieldSeparators = System.Buffers.SearchValues.Create(":：|｜");

    // Anchored at the line's start, so a title candidate is not searched through for a label.
    internal static readonly Regex OpeningLabel = new(
        @"^(?:" + Alternatives() + @"|" + CrawlerLabel + @")\s*[:：|｜]",
        RegexOptions.Compiled);

    public static HeaderField FieldOf(string matchedLabel) => ByLabel[Unspaced(matchedLabel)];
}
