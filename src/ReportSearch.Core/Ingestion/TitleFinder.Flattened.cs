using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// A page stored with its line breaks as spaces (a dataset's one text field per page) runs its frame, heading and posting
/// line together: 您的位置: 首页 > 要闻 要闻 某县2025年政府工作报告 来源：某某日报 2026-02-03 09:02 【字体：大 中 小】 ——2026年…
/// The spaces stand where the lines broke, so the heading is the piece between the frame and the first piece that opens
/// the page's fields, a byline, a session line, a 文号 or the text.
/// </summary>
internal static partial class TitleFinder
{
    // Shorter lines are a heading's or a paragraph's; a flattened page runs on for hundreds of characters.
    private const int FlattenedLineMin = 100;
    // The frame and heading of a flattened page stand in its first characters; further on is its text.
    private const int FlattenedHeadReach = 240;

    [GeneratedRegex(@"[ \t\u3000\u00a0]+")]
    private static partial Regex SpaceRun();

    // A piece that opens the page's fields (来源：, 发布时间：, 【字体：), or its date and time, under the heading.
    [GeneratedRegex(@"^(?:(?:稿件|信息|文章|新闻)?来源|发布时间|发表时间|发布日期|发文日期|成文日期|发稿时间|更新时间|时间|日期|作者|(?:责任)?编辑|浏览|阅读|点击|字号|字体|【\s*(?:字号|字体)|分享|打印|正文)\s*[:：]?|^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")]
    private static partial Regex PostingPiece();

    // A piece that opens what follows a heading other than the page's fields: a session line ((2026年1月27日在…会议上),
    // 第十二届全国人大二次会议，…), a salutation, a leader's post before a name (国务院总理 李克强, 省长 王予波), an order's
    // name (中山市人民政府令), a news item's dateline (新华社北京7月15日电, 新浪湖南11月4日讯, 某某日报讯(记者…), or a
    // sentence of the text (自年初以来，…).
    [GeneratedRegex(@"^[（(](?:19|20)\d{2}\s*年|^[—―]|^\S{2,20}(?:电|讯)$|^\S{2,16}讯[（(]|^第[一二三四五六七八九十\d]{1,3}届|^(?:各位代表|各位委员|同志们)|^\p{IsCJKUnifiedIdeographs}{0,14}(?:总理|省长|市长|县长|区长|旗长|州长|盟长|镇长|乡长|主席|书记|主任)$|^\p{IsCJKUnifiedIdeographs}{2,24}令$|[，,。；;]")]
    private static partial Regex BelowHeadingPiece();

    /// <summary>
    /// The heading of a flattened page, and whether the page's fields follow it (a news headline over its posting line);
    /// null where the line is no flattened page or the heading is not plain: more than one piece that neither repeats
    /// nor joins as an issuer and its 关于-title, a column's label and the heading, or two lines over a subtitle.
    /// </summary>
    private static (string Heading, bool OverPostingLine)? FlattenedHeading(string line)
    {
        if (line.Length < FlattenedLineMin) return null;
        // Up to the reach, and on to the end of the piece it cuts (a 文号 under the heading is read whole).
        int reach = Math.Min(line.Length, FlattenedHeadReach);
        while (reach < line.Length && reach < FlattenedHeadReach + MaxTitleLength && !char.IsWhiteSpace(line[reach])) reach++;
        var pieces = SpaceRun().Split(line[..reach].Trim());
        int start = FrameEnd(pieces);
        int end = start;
        while (end < pieces.Length && !OpensBelowHeading(pieces[end])) end++;
        // Only a heading that a piece below it closes within the reach is read.
        if (end == start || end >= pieces.Length) return null;
        var heading = pieces[start..end].Select(Clean).ToList();
        // A heading printed twice, perhaps once in full-width brackets and once in half-width ones.
        if (heading.Count == 2 && Words(heading[1]) == Words(heading[0])) heading.RemoveAt(1);
        var marker = pieces[end];
        string? joined = heading.Count switch
        {
            1 => heading[0],
            // An issuer before its 关于-title (沧州市教育局 关于…的汇报), joint issuers too (中共中央 国务院关于…的意见).
            2 when IsIssuerName(heading[0]) && AboutTitle(heading[1]) => heading[0] + heading[1],
            // A column's label before the heading ending so (工作报告 2020年某县政府工作报告).
            2 when heading[1].EndsWith(heading[0], StringComparison.Ordinal) && heading[1].Length > heading[0].Length => heading[1],
            // A heading in two lines over its subtitle (决胜… 夺取… ——在…上的报告).
            2 when IsSubtitle(marker) => heading[0] + " " + heading[1],
            _ => null,
        };
        if (joined is null) return null;
        var clean = joined;
        var matching = ChineseText.ForMatching(clean);
        if (!Plausible(clean) || matching.Length < HeadlineLength && !KindEnding().IsMatch(matching)) return null;
        return (clean, PostingPiece().IsMatch(ChineseNumerals.DatesToDigits(ChineseText.ForMatching(marker))));
    }

    // Where the page's frame ends: its furniture (您的位置:, 首页, 【法宝引证码】), pieces without a word (>, CLI.12.5115678),
    // a link, and a location trail's last step with its repetition as the column's heading (> 云南要闻 云南要闻).
    // A page's toolbar run into its text (下载 打印 全屏 收藏 【字号： 加大 还原 减小 】): each of its words is a piece.
    [GeneratedRegex(@"^(?:下载|打印|全屏|收藏|分享|关闭|加大|还原|减小|大|中|小)$")]
    private static partial Regex ToolbarPiece();

    private static bool IsIssuerName(string text)
    {
        var matching = ChineseText.ForMatching(text);
        return matching.Length <= 30 && !matching.Contains("关于", StringComparison.Ordinal) && (IssuerEnding().IsMatch(matching) || BodyName().IsMatch(matching) || matching is "中共中央" or "国务院");
    }

    private static bool AboutTitle(string text)
    {
        var matching = ChineseText.ForMatching(text);
        return matching.StartsWith("关于", StringComparison.Ordinal) || IssuerThenAbout().IsMatch(matching);
    }

    // A heading's words and numbers, whatever its brackets and dashes.
    private static string Words(string text) => string.Concat(ChineseText.ForMatching(text).Where(c => ChineseText.IsHan(c) || char.IsAsciiDigit(c)));

    private static int FrameEnd(string[] pieces)
    {
        int k = 0;
        string? lastStep = null;
        while (k < pieces.Length)
        {
            var piece = pieces[k];
            if (piece is ">" or "›" or "»" or ">>" && k + 1 < pieces.Length) { lastStep = pieces[k + 1]; k += 2; continue; }
            if (piece == lastStep || !piece.Any(ChineseText.IsHan) || ToolbarPiece().IsMatch(piece) || IsFurniture(piece) || IsPageLabel(piece)) { k++; continue; }
            break;
        }
        return k;
    }

    private static bool OpensBelowHeading(string piece)
    {
        var matching = ChineseNumerals.DatesToDigits(ChineseText.ForMatching(piece));
        return PostingPiece().IsMatch(matching) || BelowHeadingPiece().IsMatch(matching) || IsSubtitle(piece) || AddresseeLine.StartOf(matching).Success
            || DocNumberLine.IsNumberAlone(matching) || DocNumberLine.IsSerialNumber(matching) || IsByline(piece);
    }
}
