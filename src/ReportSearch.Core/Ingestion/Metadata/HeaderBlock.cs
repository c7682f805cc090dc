using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// The catalogue block that government sites print above a published document (索引号, 分类, 发布机构, 成文日期,
/// 名称, 文号, 发布日期, 有效性, …), read as a structure in every layout seen: <c>key: value</c> and <c>key | value</c>
/// lines, several fields on one line (<c>发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号</c>), tables flattened to
/// text without colons, bullet lists, and a label whose value stands on the next line. A field printed empty
/// (<c>文号: 发布日期: …</c>) stays empty: the next label is never its value. Its lines leave the body.
/// </summary>
internal sealed partial class HeaderBlock
{
    // Only lines near the top are examined: further down "名称：" or "来源：" is report text. A site's menu entries above
    // the block are not counted (<see cref="SiteFrameLines.IsMenuEntry"/>), so a block under a long menu is still read.
    public const int ScanLines = 40;
    private const int MaxPendingValue = 120;

    [GeneratedRegex(@"^[\s•·●▪■◆\-*]+")]
    private static partial Regex Bullet();

    // What a value of a table cell looks like when the label has no colon: a date, a number, a 文号.
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*[-/.年]|[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{0,12}[〔\[（(【［]\s*(?:19|20)\d{2}|[A-Za-z0-9]{4,}[-/])")]
    private static partial Regex TableValue();

    private readonly Dictionary<HeaderField, string> _fields = [];
    private readonly HashSet<HeaderField> _statedNone = [];
    private HeaderField? _pending;

    /// <summary>Whether the header says the field has no value (文号: 无, 文号: —): the document states it has none.</summary>
    public bool StatesNone(HeaderField field) => _statedNone.Contains(field) && Get(field) is null;

    public bool IsEmpty => _fields.Count == 0;

    /// <summary>The first non-empty value of <paramref name="field"/>, or null.</summary>
    public string? Get(HeaderField field) => _fields.TryGetValue(field, out var v) && v.Length > 0 ? v : null;

    /// <summary>
    /// Parses <paramref name="matchingLine"/> (see <see cref="ChineseText.ForMatching"/>) when it is header fields,
    /// or the value of a label the previous line ended with; returns false, recording nothing, for any other line.
    /// </summary>
    public bool TryAddLine(string matchingLine)
    {
        var line = Bullet().Replace(UnbracketLabels(matchingLine), "").TrimEnd();
        // A header line opens with a label: the line's first match starts at 0, or it is no header line.
        bool opensWithLabel = HeaderLabels.OpensWithLabel(line);
        if (_pending is { } pending)
        {
            _pending = null;
            if (!opensWithLabel)
            {
                if (!FitsAsValue(pending, line) || StartsOwnTitle(pending, line)) return false;
                Set(pending, line);
                return true;
            }
        }
        if (!opensWithLabel) return false;
        var matches = HeaderLabels.Label.Matches(line);

        bool colonMode = HasSeparator(matches[0]);
        var fields = matches.Cast<Match>().Where(m => colonMode ? HasSeparator(m) : true).ToList();
        if (!colonMode)
        {
            // A table flattened to text: labels without colons. One label alone is a header field only when the whole
            // line is the label (its value follows) or its value is plainly a date, a number or a 文号.
            var firstValue = ValueOf(line, fields, 0, out _);
            bool wholeLineIsLabel = fields.Count == 1 && fields[0].Length == line.Length;
            // Or an issuing body's label beside a body's name (发布机构 慈溪市住房和城乡建设局).
            bool bodyCell = HeaderLabels.FieldOf(fields[0].Groups["label"].Value) == HeaderField.Org && TitleFinder.IsBodyName(firstValue);
            if (fields.Count < 2 && !wholeLineIsLabel && !TableValue().IsMatch(firstValue) && !IsStatusCell(fields[0], firstValue) && !bodyCell) return false;
            if (wholeLineIsLabel && fields[0].Groups["label"].Length < 2) return false;
        }
        // A label opening a line of prose (来源：人民日报  近日，某县…, a page flattened to one line) makes no header line:
        // the document's text would go with it, and a text of one line was then no text at all.
        var last = fields[^1];
        if (IsProse(HeaderLabels.FieldOf(last.Groups["label"].Value), ValueOf(line, fields, fields.Count - 1, out _))) return false;
        for (int i = 0; i < fields.Count; i++)
        {
            var field = HeaderLabels.FieldOf(fields[i].Groups["label"].Value);
            var value = ValueOf(line, fields, i, out bool none);
            if (none) _statedNone.Add(field);
            // 字号 is the font-size switch on most sites (字号：大 中 小) and the 文号 on some (字号：浙卫发〔2023〕10号).
            if (field == HeaderField.Other && HeaderLabels.IsFontSizeOrNumber(fields[i].Groups["label"].Value) && ReportSearch.Analysis.DocNumberText.Canonical(value) is not null)
                field = HeaderField.DocNumber;
            Set(field, value);
            // An empty value may be on the next line; a value stated as none (无) is not.
            if (i == fields.Count - 1 && value.Length == 0 && !none) _pending = field;
        }
        return true;
    }

    // The heading's first line under another field's empty label (主题词： over 国务院办公厅对十届全国人大 / 四次会议第7240号
    // 建议的答复, where the block's 标题 holds them both): the heading printed again, which the text keeps whole.
    private bool StartsOwnTitle(HeaderField field, string line) =>
        field is not (HeaderField.Title or HeaderField.Summary) && line.Length >= MinTitleStart
        && Get(HeaderField.Title) is { } title && title.StartsWith(line, StringComparison.Ordinal);

    private const int MinTitleStart = 4;

    // A line under a label with an empty value is that value only when it has the value's shape: the title under an
    // empty 发布日期 is not a date, and a paragraph is no 分类.
    // Longer than any value of its field, with a sentence's commas or full stops: the text, not a field's value.
    private static bool IsProse(HeaderField field, string value) =>
        value.Length > (field == HeaderField.Title ? MaxPendingValue : MaxSummaryTitle) && value.AsSpan().IndexOfAny('。', '，') >= 0;

    // A date alone, with its time or not, under a label that takes no date is the next field's value, printed without
    // its label (来源： left empty over 2010-04-21 09:40): the posting date, not the source.
    // A line with 关于 is a heading's, and only a title or summary field takes it: under the empty 主题词 that closes a
    // gov.cn block stands the heading's first line (国务院办公厅关于推进 / 政务新媒体健康有序发展的意见), which as a
    // keyword left the title a fragment and the document without its issuer.
    private static bool FitsAsValue(HeaderField field, string line) => line.Length > 0 && !line.EndsWith('。')
        && (field is HeaderField.Title or HeaderField.Summary || !line.Contains("关于", StringComparison.Ordinal)) && field switch
    {
        HeaderField.WrittenDate or HeaderField.PublishedDate or HeaderField.RepealDate or HeaderField.ValidUntil or HeaderField.EffectiveDate
            => DateText.Normalize(line) is not null && line.Length <= 30,
        HeaderField.Source or HeaderField.Org or HeaderField.Title or HeaderField.Summary or HeaderField.Category when DocumentDates.IsDateOnly(line) => false,
        HeaderField.DocNumber => line.Length <= 40 && TableValue().IsMatch(line),
        HeaderField.IndexNumber => line.Length <= 60 && !line.Any(ChineseText.IsHan),
        HeaderField.Validity => line.Length <= 8,
        HeaderField.Org => line.Length <= 40,
        HeaderField.Title => line.Length <= MaxPendingValue,
        HeaderField.Summary => line.Length <= MaxSummaryTitle,
        _ => line.Length <= 20,
    };

    /// <summary>
    /// The header's own metadata: title (名称), issuing body (发布机构), written date (成文日期) and 文号 in its standard
    /// form (a value that is not a 文号 is kept as written only when short and without the 索引号's shape); null for no header.
    /// The place of the issuing body is found with the rest of the region (<see cref="MetadataInference"/>), not here.
    /// </summary>
    public ReportMetadata? ToMetadata()
    {
        if (IsEmpty) return null;
        var docNumber = Get(HeaderField.DocNumber);
        return new ReportMetadata
        {
            // A crawler's 标题 field is often the page's title bar (…工作报告_政务公开_某县人民政府): the title without it.
            Title = (Get(HeaderField.Title) is { } named && TitleLine.WithoutSiteName(named) is { Length: > 0 } title ? title : null) ?? TitleShaped(Get(HeaderField.Summary)),
            // A publisher that is no organization's name (a site's: 金宝博-金宝博官网) says nothing.
            // A publisher named with its channel (某中心微信公众号) is the body.
            Org = (Get(HeaderField.Org) is { } org && !NotAnOrg(org) ? PublisherOrIssuer.WithoutChannel(org) : null) ?? GovernmentBody(PublisherOrIssuer.WithoutChannel(Get(HeaderField.Source))),
            Date = DateText.Normalize(Get(HeaderField.WrittenDate)),
            // A value that is not a standard 文号 still counts when it numbers something (〔十五届〕第20号), not when it
            // is the template's empty shell (〔〕号).
            DocNumber = ReportSearch.Analysis.DocNumberText.Canonical(docNumber) ?? (docNumber is { Length: <= 30 } && docNumber.Any(ChineseText.IsHan) && docNumber.EndsWith('号') && docNumber.Any(IsNumeral) ? docNumber : null),
        };
    }

    // A source line naming a government body (来源: 龙岗区布吉街道办事处) names the publisher; a news site or paper
    // (厦门网, 赣南日报) does not.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,30}(?:" + BodyNameEndings.Common + @"|街道|镇|乡)$")]
    private static partial Regex GovernmentBodyName();

    [GeneratedRegex(@"[-_|/@.:：a-zA-Z0-9]|官网$|网站$|网$")]
    private static partial Regex SiteName();

    private static bool NotAnOrg(string org) => SiteName().IsMatch(org) || PublisherOrIssuer.IsPersonName(org);

    private static string? GovernmentBody(string? source) => source is not null && IsGovernmentBody(source) ? source : null;

    /// <summary>Whether a source or credit names a government body (龙岗区布吉街道办事处), not a news site or paper.</summary>
    internal static bool IsGovernmentBody(string name) => GovernmentBodyName().IsMatch(name);

    // 内容概述 holding the document's name (临湖镇2022年工作总结及2023年工作计划), not a sentence summing it up.
    private const int MaxSummaryTitle = 60;

    private static string? TitleShaped(string? summary) =>
        summary is { Length: >= 4 and <= MaxSummaryTitle } && !summary.Any(c => c is '。' or '，' or ',' or '；' or ';' or '…') && summary.Any(ChineseText.IsHan) ? summary : null;

    private static bool IsNumeral(char c) => char.IsDigit(c) || "一二三四五六七八九十百千零〇".Contains(c);

    // A table whose labels stand in brackets: [ 索引号 ] | 11500231…/2024-00117 | [ 发文字号 ] | |, 【发布机构】垫江县坪山镇,
    // and a numbered list of them (1. [索引号]11S000/ZK-2018-000034).
    [GeneratedRegex(@"[\[【［]\s*(?<label>[^\[\]【】［］|｜:：]{2,16}?)\s*[\]】］]")]
    private static partial Regex BracketedLabel();

    // Each bracketed label becomes the key of a key: value field; brackets around anything else (a 文号's year
    // 〔2024〕, a tag 【凝心聚力】) stay as they are.
    // A numbered list of them: 1. [索引号]11S000/ZK-2018-000034 / 2. [有效性] 现行有效.
    private static string UnbracketLabels(string line)
    {
        if (line.AsSpan().IndexOfAny('[', '【', '［') < 0) return line;
        var unbracketed = BracketedLabel().Replace(line, m => HeaderLabels.IsLabel(m.Groups["label"].Value) ? " " + m.Groups["label"].Value + ":" : m.Value).TrimStart();
        return unbracketed == line.TrimStart() ? line : ListNumber().Replace(unbracketed, "");
    }

    [GeneratedRegex(@"^\d{1,2}\s*[.、．]\s*")]
    private static partial Regex ListNumber();

    // A status cell of a flattened table: 效力状况 有效 附件下载 — (the status word first, whatever cells follow).
    [GeneratedRegex(@"^(?:现行有效|有效|已废止|废止|失效|已失效|已修订|修订)(?:\s|$)")]
    private static partial Regex StatusWord();

    private static bool IsStatusCell(Match label, string value) =>
        HeaderLabels.FieldOf(label.Groups["label"].Value) == HeaderField.Validity && StatusWord().IsMatch(value);

    private static bool HasSeparator(Match m) => m.Groups["sep"].Value.Trim().Length > 0;

    /// <param name="none">The value is stated as none (无, 暂无, -, /): returned empty.</param>
    private static string ValueOf(string line, List<Match> fields, int i, out bool none)
    {
        int start = fields[i].Index + fields[i].Length;
        int end = i + 1 < fields.Count ? fields[i + 1].Index : line.Length;
        var value = line[start..end].Trim(ValueEdges);
        none = value is "-" or "—" or "无" or "暂无" or "/";
        return none ? "" : value;
    }

    private void Set(HeaderField field, string value)
    {
        if (!_fields.TryGetValue(field, out var old) || old.Length == 0) _fields[field] = value;
        // Two publisher fields (发布部门: 华庄街道 … 发布机构: 华庄街道办事处): the one naming the body beats the place alone.
        else if (field == HeaderField.Org && value.Length > 0 && PublisherOrIssuer.IsWeak(old) && !PublisherOrIssuer.IsWeak(value)) _fields[field] = value;
        // Two posting dates: the page's first posting (DateText.FirstPosting).
        else if (field == HeaderField.PublishedDate && DateText.Normalize(old) is { } first && DateText.FirstPosting(first, DateText.Normalize(value)) != first)
            _fields[field] = value;
    }

    private static readonly char[] ValueEdges = [' ', '\t', '\u3000', ':', '：', '|', '｜'];
}
