using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Recognises lines that are web-page furniture rather than report text: 【打印】 【字体：大 中 小】, 下载 打印 全屏 收藏,
/// 分享到微信, 浏览次数, site banners such as 政府信息公开 规章库. A line is clutter only when every fragment of it is
/// such a word (or a counter's number), so a real sentence that mentions 打印 or 分享 is always kept.
/// </summary>
internal static partial class ClutterFilter
{
    private static readonly HashSet<string> Words =
    [
        "打印", "打印本页", "打印此页", "关闭", "关闭窗口", "关闭本页", "字体", "字号", "大", "中", "小", "加大", "还原", "减小",
        "放大", "缩小", "默认", "收藏", "加入收藏", "下载", "全屏", "分享", "分享到", "分享到微信", "分享到微博", "分享到qq",
        "分享到qq空间", "微信", "微博", "qq空间", "扫一扫", "扫一扫在手机打开当前页", "手机扫一扫", "返回", "返回顶部", "返回首页",
        "返回列表", "上一篇", "下一篇", "相关链接", "浏览次数", "浏览量", "访问次数", "点击数", "点击量", "阅读数", "阅读次数",
        "政府信息公开", "信息公开", "规章库", "信息公开目录", "信息公开指南", "信息公开制度", "信息公开年报", "依申请公开",
        "无障碍", "无障碍浏览", "长者模式", "网站地图", "english", "登录", "注册", "搜索", "简体", "繁体", "简体版", "繁体版",
        "视力保护色", "我要写信", "我要留言", "我要咨询", "我要投诉", "来源", "信息来源", "责任编辑", "编辑", "审核", "作者", "发布日期", "发布时间", "日期", "时间",
    ];

    private static readonly HashSet<string> Labels =
    [
        "浏览次数", "浏览量", "访问次数", "点击数", "点击量", "阅读数", "阅读次数", "来源", "信息来源", "责任编辑", "编辑", "审核", "作者",
        "发布日期", "发布时间", "日期", "时间",
    ];

    // A fragment may be "label：value" (浏览次数：1234, 字体：大, 来源：本网); the value must be short.
    private const int MaxValueLength = 20;

    private const int MaxClutterLength = 80;
    private const int MaxBannerLength = 40;

    /// <param name="matchingLine">The line as returned by <see cref="ChineseText.ForMatching"/>.</param>
    public static bool IsClutter(string matchingLine)
    {
        // A row of links to other sites (相关链接：国务院 浙江省人民政府 …): the site's frame, whatever it names.
        if (matchingLine.Length <= MaxLinkRowLength && LinkRow().IsMatch(matchingLine)) return true;
        if (matchingLine.Length == 0 || matchingLine.Length > MaxClutterLength) return false;
        // A picture's file name left where the picture stood (pc03301.png, 图片1.jpg).
        if (IsPictureFileName(matchingLine)) return true;
        // A site banner: 中山市人民政府西区街道办事处政府信息公开.
        if (matchingLine.Length <= MaxBannerLength && (matchingLine.EndsWith("政府信息公开", StringComparison.Ordinal) || matchingLine.EndsWith("信息公开平台", StringComparison.Ordinal)
            || matchingLine.EndsWith("信息公开专栏", StringComparison.Ordinal)))
            return true;

        bool sawWord = false;
        foreach (var fragment in Fragments(matchingLine))
        {
            // The furniture words are matched in lower case (分享到qq); most fragments have no letter to lower.
            var f = MayHaveCase(fragment) ? fragment.ToLowerInvariant() : fragment;
            if (Words.Contains(f)) { sawWord = true; continue; }
            if (IsCounterValue(f)) continue;
            int colon = f.AsSpan().IndexOfAny(':', '：');
            if (colon > 0 && IsLabelAndValue(f[..colon], f[(colon + 1)..])) { sawWord = true; continue; }
            return false;
        }
        return sawWord;
    }

    private const int MaxLinkRowLength = 300;

    [GeneratedRegex(@"^(?:相关链接|友情链接|网站链接|政府网站链接|链接)\s*[：:]")]
    private static partial Regex LinkRow();

    private static readonly string[] PictureExtensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"];

    private static bool IsPictureFileName(string line) =>
        !line.Contains(' ') && Array.Exists(PictureExtensions, e => line.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && line.Length > 4;

    // 浏览次数：1234, 来源：本网 — a label with any short value; 字体：大 — a furniture word whose value is furniture too.
    private static bool IsLabelAndValue(string label, string value) =>
        (Labels.Contains(label) && value.Length <= MaxValueLength && value.AsSpan().IndexOfAny("。，,；;！？") < 0)
        || (Words.Contains(label) && (value.Length == 0 || Words.Contains(value) || IsCounterValue(value)));

    private static IEnumerable<string> Fragments(string line) =>
        line.Split(FragmentBreaks, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] FragmentBreaks = [' ', '\t', '\u3000', '【', '】', '[', ']', '|', '｜', '(', ')', '（', '）', '·', '/', '丨'];

    /// <summary>The date a clutter line carries (2023-07-12 来源：某镇, 2023/7/12 浏览次数：35), normalized; null when none.</summary>
    public static string? DateIn(string matchingLine) =>
        DateInLine().Match(matchingLine) is { Success: true } m ? DateText.Normalize(m.Value) : null;

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)")]
    private static partial Regex DateInLine();

    // Whether lowering the fragment's case may change it: Han characters, the CJK marks and the full-width marks have no
    // case, and a line is mostly those (lowering goes through the culture tables for any non-ASCII text).
    internal static bool MayHaveCase(string fragment)
    {
        foreach (char c in fragment)
        {
            if (c < 0x80) { if (c is >= 'A' and <= 'Z') return true; }
            else if (c is not ((>= '\u3000' and <= '\u303F') or (>= '\u3400' and <= '\u9FFF') or (>= '\uFF01' and <= '\uFF20') or (>= '\uFF3B' and <= '\uFFEF'))) return true;
        }
        return false;
    }

    // The value half of "浏览次数：1234" or "浏览次数:-", or a date next to it.
    private static bool IsCounterValue(string f) => f.All(c => char.IsAsciiDigit(c) || c is '-' or '.' or ',');
}
