using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// The catalogue block that government sites print above a published document:
/// <c>索引号: … 分类: … 发布机构: … 成文日期: … 名称: … 文号: … 发布日期: … 主题词:</c>, colons ASCII or full
/// width, several fields per line. Its lines become metadata and leave the body.
/// </summary>
internal sealed partial class HeaderBlock
{
    // Only lines near the top are examined: further down "名称：" or "来源：" is report text.
    public const int ScanLines = 40;

    [GeneratedRegex(@"(?<key>索引号|主题分类|分类|发布机构|发文机关|发文单位|发布单位|成文日期|发文日期|发布日期|发布时间|名称|标题|文号|发文字号|主题词|关键词|来源|信息来源|有效性|时效性|浏览次数|访问次数|点击数|阅读数)\s*[:：]")]
    private static partial Regex Field();

    private readonly Dictionary<string, string> _fields = [];
    private string? _pendingKey;
    private const int MaxSpacedLabel = 12;

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs} \u3000]{2,10}[:：]\s*$")]
    private static partial Regex SpacedLabelLine();

    public bool IsEmpty => _fields.Count == 0;

    public string? Get(params string[] keys)
    {
        foreach (var key in keys)
            if (_fields.TryGetValue(key, out var value) && value.Length > 0) return value;
        return null;
    }

    /// <summary>
    /// Parses <paramref name="matchingLine"/> (see <see cref="ChineseText.ForMatching"/>) when the whole line is
    /// header fields; returns false, recording nothing, for any other line.
    /// </summary>
    public bool TryAddLine(string matchingLine)
    {
        // Labels are often spaced out to align them (索 引 号：, 标　　题：) and their value put on the next line.
        if (matchingLine.Length <= MaxSpacedLabel && SpacedLabelLine().IsMatch(matchingLine))
            matchingLine = string.Concat(matchingLine.Where(c => c is not (' ' or '\u3000')));
        if (_pendingKey is not null)
        {
            var key = _pendingKey;
            _pendingKey = null;
            if (!Field().IsMatch(matchingLine))
            {
                if (!_fields.ContainsKey(key) || _fields[key].Length == 0) _fields[key] = matchingLine.Trim();
                return true;
            }
        }
        var matches = Field().Matches(matchingLine);
        if (matches.Count == 0 || matches[0].Index != 0) return false;
        for (int i = 0; i < matches.Count; i++)
        {
            int start = matches[i].Index + matches[i].Length;
            int end = i + 1 < matches.Count ? matches[i + 1].Index : matchingLine.Length;
            var key = matches[i].Groups["key"].Value;
            var value = matchingLine[start..end].Trim();
            if (!_fields.ContainsKey(key) || _fields[key].Length == 0) _fields[key] = value;
            if (i == matches.Count - 1 && value.Length == 0) _pendingKey = key;
        }
        return true;
    }
}
