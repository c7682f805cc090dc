using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// The lines of a web page's frame above the document: menus and breadcrumbs (首页 | 政务公开 | 互动交流, 当前位置:首页 >
/// 新闻中心), prompts (请稍候..., 马上注册…, 您需要 登录 才可以…), bulleted banners of
/// slogans (• 网络安全为人民 网络安全靠人民) and debris with hardly any Han text. Where a page opens with them, the
/// document opens after them: the place rules read its first lines there (see <see cref="MetadataInference"/>).
/// </summary>
internal static partial class SiteFrameLines
{
    // A frame line opens with a prompt, a location or a site command. A greeting stays: it may name the site's owner
    // (欢迎访问平江县伍市镇人民政府网站!), the issuer of what it posts.
    [GeneratedRegex(@"^[\s>»›|｜•·●▪◆]*(?:当前位置|您的位置|您当前的位置|您现在的位置|所在位置|首页|主页|请稍候|登录|注册|马上注册|您需要|无障碍|长者模式|网站地图|设为首页|加入收藏|投稿|扫一扫|分享到|打印|关闭|字体|字号|【字体|返回)")]
    private static partial Regex FrameStart();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex YearDigits();

    private const int MinHan = 2;
    private const int MaxLeading = 30;

    /// <summary>How many of the first lines (recognition view) are the page's frame; none when all are.</summary>
    public static int Leading(IReadOnlyList<string> lines)
    {
        int n = 0;
        while (n < lines.Count && n < MaxLeading && IsFrameLine(lines[n])) n++;
        return n == lines.Count ? 0 : n;
    }
    private const int MinSeparators = 2;

    /// <summary>Whether a line (recognition view) is part of a page's frame rather than of the document.</summary>
    public static bool IsFrameLine(string line)
    {
        var text = line.AsSpan().Trim();
        int han = 0, separators = 0;
        foreach (char c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF') han++;
            else if (c is '|' or '｜' or '>' or '›' or '»' or '→') separators++;
        }
        // A line with a year in it may be a byline's date (发布时间:2021-03-24 | 来源:…): it stays with the document.
        if (YearDigits().IsMatch(line)) return false;
        if (han < MinHan || separators >= MinSeparators) return true;
        // A bulleted banner line: a slogan or a menu entry, never a sentence of the document.
        if (text.Length > 0 && text[0] is '•' or '·' or '●' or '▪' or '◆' && text.IndexOfAny('。', '；') < 0) return true;
        return FrameStart().IsMatch(line);
    }

    // A menu entry: a short line with no separator or sentence mark (政府信息, ·机构职能, ·2025年). A header field's label
    // has a colon or stands in a table's cell beside its value, and a title or a sentence is longer.
    private const int MaxMenuEntry = 8;

    // Lines near the top are scanned for a header block and a title only this far, menu entries or not: a long list of
    // short lines is not allowed to lead the scan into a body.
    public const int MaxScanLines = 150;

    // What may stand before a menu entry: a bullet, a dash, spaces.
    private const string BulletChars = " \t\u3000•·●▪■◆-*";

    /// <summary>
    /// Whether a line (recognition view) is an entry of a site's menu: 政府信息公开 pages print dozens of them (政府信息 /
    /// 公开指南 / ·机构职能 / ·2025年) above the header block and the title, so scans of the first lines do not count them.
    /// </summary>
    public static bool IsMenuEntry(string line)
    {
        var text = line.AsSpan().Trim().TrimStart(BulletChars);
        return text.Length <= MaxMenuEntry && text.IndexOfAny("：:|｜。，,；;") < 0;
    }
}
