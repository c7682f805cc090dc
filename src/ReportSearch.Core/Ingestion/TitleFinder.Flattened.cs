using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// A page stored with its line breaks as spaces (a dataset's one text field per page) runs its frame, heading and posting
/// line together: 您的位置: 首页 > 要闻 要闻 某县2025年政府工作报告 来源：某某日报 2026-02-03 09:02 【字体：大 中 小】 ——2026年…
/// The spaces stand where the lines broke, so the heading is the piece between the frame and the first piece that opens
/// the page's fields, a byline, a session line, a 文号 or the text. Found with the title finder's own tests for furniture
/// and headings; the page is assembled from the opening's lines it gives (<see cref="ReportAssembler"/>), so its header,
/// breadcrumbs and metadata are read from them.
/// </summary>
internal static partial class TitleFinder
{
    // Shorter lines are a heading's or a paragraph's; a flattened page runs on for hundreds of characters.
    internal const int FlattenedLineMin = 100;
    // The frame and heading of a flattened page stand in its first characters; further on is its text.
    private const int FlattenedHeadReach = 400;

    // A piece that opens the page's fields under the heading: what opens a date or source line under a headline
    // (来源：, 发布时间：, 2026-02-03; DateOrSourceLine), and the page's other fields, counters and switches (作者：, 浏览,
    // 【字体：, 分享, 正文：).
    [GeneratedRegex(@"^(?:发文日期|成文日期|发稿时间|更新时间|作者|(?:责任)?编辑|浏览|阅读|点击|字号|字体|【\s*(?:字号|字体)|分享|打印|正文)\s*[:：]?")]
    private static partial Regex PageFieldPiece();

    private static bool IsPostingPiece(string matching) => DateOrSourceLine().IsMatch(matching) || PageFieldPiece().IsMatch(matching);

    // A piece that opens what follows a heading other than the page's fields: a rule's first chapter or article (第一章,
    // 第一条), a session line ((2026年1月27日在…会议上),
    // 第十二届全国人大二次会议，…, 在某镇第十五届人民代表大会第十次会议上), a salutation, a leader's post before a name (国务院总理 李克强, 省长 王予波), an order's
    // name (中山市人民政府令), a news item's dateline (新华社北京7月15日电, 新浪湖南11月4日讯, 某某日报讯(记者…), or a
    // sentence of the text (自年初以来，…).
    [GeneratedRegex(@"^[（(](?:19|20)\d{2}\s*年|^[—―]|^第[一二三四五六七八九十百\d]{1,4}[章条节]$|^在\S{2,60}会议上$|^\S{2,20}(?:电|讯)$|^\S{2,16}讯[（(]|^第[一二三四五六七八九十\d]{1,3}届|^(?:各位代表|各位委员|同志们)|^\p{IsCJKUnifiedIdeographs}{0,14}(?:总理|省长|市长|县长|区长|旗长|州长|盟长|镇长|乡长|主席|书记|主任)$|^\p{IsCJKUnifiedIdeographs}{2,24}令$|[，,。；;]")]
    private static partial Regex BelowHeadingPiece();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Piece();

    /// <summary>
    /// The lines a flattened page's opening stood in: its frame, its heading (marked as standing over the page's fields
    /// where they follow it), each line under the heading (the posting fields, a session line, a byline, a 文号), and the
    /// text from its first sentence on as one line. Null where the line is no flattened page or its heading is not plain:
    /// more than one piece that neither repeats nor joins as an issuer and its 关于-title, a column's label and the
    /// heading, or two lines over a subtitle.
    /// </summary>
    internal static IReadOnlyList<BodyLine>? FlattenedOpening(string line)
    {
        if (line.Length < FlattenedLineMin) return null;
        if (OriginalHeadlineOpening(line) is { } repost) return repost;
        if (ReportedNoticeOpening(line) is { } reported) return reported;
        // Up to the reach, and on to the end of the piece it cuts (a 文号 under the heading is read whole).
        int reach = Math.Min(line.Length, FlattenedHeadReach);
        while (reach < line.Length && reach < FlattenedHeadReach + MaxTitleLength && !char.IsWhiteSpace(line[reach])) reach++;
        var found = SplitGluedPieces(Piece().Matches(line[..reach]));
        var pieces = found.Select(m => m.Value).ToArray();
        var lines = new List<BodyLine>();
        int start = FrameEnd(pieces);
        if (start > 0) lines.Add(new BodyLine(string.Join(" ", pieces[..start])));
        // A 文号 printed over the heading (冀科平规〔2023〕1号 / 河北省科学技术厅 / 关于印发…的通知): a line of its own.
        if (start < pieces.Length - 1 && DocNumberLine.IsNumberAlone(ChineseText.ForMatching(pieces[start]))) lines.Add(new BodyLine(pieces[start++]));
        // A crawler's or a catalogue's fields first (标题：… 发文单位：… 发文时间：… 正文：): a line each, as the header reader
        // reads them.
        int fieldsEnd = HeaderFieldLines(pieces, start, lines);
        if (fieldsEnd > start) start = FrameEnd(pieces[fieldsEnd..]) + fieldsEnd;
        int end = start;
        while (end < pieces.Length && !OpensBelowHeading(pieces[end])) end++;
        // A column's label printed before the posting fields (…购买保障性住房的通知 政策 2025-06-25 10:11:03 来源:…) opens
        // their line, not the heading's.
        bool columnOverFields = end - start >= 2 && end < pieces.Length && IsPageLabel(pieces[end - 1])
            && IsPostingPiece(ChineseNumerals.DatesToDigits(ChineseText.ForMatching(pieces[end])));
        if (columnOverFields) end--;
        // Only a heading that a piece below it closes within the reach is read; fields read without one are kept.
        if (end == start || end >= pieces.Length || Heading(pieces[start..end], pieces[end]) is not { } heading)
        {
            if (fieldsEnd == 0 || fieldsEnd >= pieces.Length) return null;
            lines.Add(new BodyLine(line[found[fieldsEnd].Index..]));
            return lines;
        }
        bool overFields = columnOverFields || IsPostingPiece(ChineseNumerals.DatesToDigits(ChineseText.ForMatching(pieces[end])));
        lines.AddRange(heading.Select((h, k) => new BodyLine(h, AboveMetadata: overFields && k == heading.Count - 1)));
        // Under the heading, each piece that opens a line starts one, up to the text's first sentence; the last line the
        // reach may have cut is left to the text.
        int lineStart = end, text = pieces.Length;
        for (int k = columnOverFields ? end + 2 : end; k < pieces.Length; k++)
        {
            if (OpensText(pieces[k])) { text = k; break; }
            // The speaker and the date after a session line stay on its line (在…会议上 某镇人民政府镇长 某某 2016 年 3 月 2 日),
            // as the session rules read such a line.
            if (k > lineStart && OpensBelowHeading(pieces[k]) && !pieces[k - 1].EndsWith("会议上", StringComparison.Ordinal))
            {
                lines.Add(new BodyLine(string.Join(" ", pieces[lineStart..k])));
                lineStart = k;
            }
        }
        if (text == pieces.Length) text = lineStart;
        else if (text > lineStart) lines.Add(new BodyLine(string.Join(" ", pieces[lineStart..text])));
        lines.Add(new BodyLine(line[found[text].Index..]));
        return lines;
    }

    // A rule's passage note run into its heading, and its first chapter after it, where the page lost the breaks between
    // them: 河北省科学技术进步条例(2011年3月30日…会议通过)第一章 / 总 / 则.
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[（(](?:19|20)\d{2}\s*年[^（()）]{0,120}?(?:通过|批准|公布|修订|修正|施行)[^（()）]{0,120}?[）)]")]
    private static partial Regex GluedPassageNote();

    /// <summary>
    /// The pieces of a flattened line, with a heading glued to its 文号 and addressees (SplitGluedHeading) and a passage
    /// note run into a heading split off (the heading, the note, what follows), so that they open the lines under the
    /// heading as they do where a space stands before them.
    /// </summary>
    private static List<(string Value, int Index)> SplitGluedPieces(MatchCollection pieces)
    {
        var split = new List<(string Value, int Index)>(pieces.Count);
        foreach (Match piece in pieces)
        {
            foreach (var part in SplitGluedHeading(piece.Value, piece.Index))
            {
                // Read in simplified script, one character for one, as the title finder reads every line.
                var matching = ChineseText.ForMatching(part.Value);
                if (matching.Length != part.Value.Length || GluedPassageNote().Match(matching) is not { Success: true } note)
                {
                    split.Add(part);
                    continue;
                }
                split.Add((part.Value[..note.Index], part.Index));
                split.Add((part.Value.Substring(note.Index, note.Length), part.Index + note.Index));
                int after = note.Index + note.Length;
                if (after < part.Value.Length) split.Add((part.Value[after..], part.Index + after));
            }
        }
        return split;
    }

    /// <summary>
    /// A piece where a page lost every break around its heading (冀科农规〔2021〕2号河北省科学技术厅关于印发《…》的通知各市
    /// （含定州、辛集市）科技局：…): its 文号, the heading up to its kind where the addressees or the 文号 follow right
    /// after it, and the rest, as the lines they stood in. Other pieces stay whole.
    /// </summary>
    private static IEnumerable<(string Value, int Index)> SplitGluedHeading(string value, int index)
    {
        var matching = ChineseText.ForMatching(value);
        // A heading's last word glued to the addressees after a break (关于印发《…》的 / 通知各市（含定州、辛集市）科技局：…):
        // the word ends the heading's piece before it.
        if (matching.Length == value.Length && LeadingKindWord().Match(matching) is { Success: true } kind
            && AddresseeLine.StartOf(matching[kind.Length..]).Success)
        {
            yield return (value[..kind.Length], index);
            yield return (value[kind.Length..], index + kind.Length);
            yield break;
        }
        if (matching.Length != value.Length || !matching.Contains("关于", StringComparison.Ordinal)) { yield return (value, index); yield break; }
        int from = 0;
        if (DocNumberLine.LeadingNumberLength(matching) is { } numberLength && numberLength < matching.Length)
        {
            yield return (value[..numberLength], index);
            from = numberLength;
            while (from < matching.Length && NumberHeadingSeparators.Contains(matching[from])) from++;
        }
        // The heading's end: the first kind word after 关于 that the addressees (各…：) or a 文号 follow at once.
        int about = matching.IndexOf("关于", from, StringComparison.Ordinal);
        int end = -1;
        foreach (Match addressee in AddresseeLine.Within(matching))
            if (addressee.Index > about && addressee.Index - from <= MaxTitleLength + MaxIssuersBeforeTitle) { end = addressee.Index; break; }
        // A number's code is read from as far back as it may reach (的通知冀科成市函〔2017〕6号): the heading ends at the
        // last kind word within it.
        foreach (var (at, _, canonical) in DocNumberText.FindAll(matching[..(end < 0 ? matching.Length : end)]))
        {
            int bracket = at + canonical.IndexOf('〔');
            for (int k = bracket - 1; k > about && k >= at; k--)
                if (KindEnding().IsMatch(matching[from..k])) { end = k; break; }
            if (end > about) break;
        }
        if (end <= about || end - from > MaxTitleLength || !KindEnding().IsMatch(matching[from..end]) || OpenQuotes(matching[from..end]) > 0)
        {
            yield return (value[from..], index + from);
            yield break;
        }
        yield return (value[from..end], index + from);
        yield return (value[end..], index + end);
    }

    [GeneratedRegex(@"^(?:" + DocumentKindWords.Pattern + ")")]
    private static partial Regex LeadingKindWord();

    // The issuers' names a glued heading may open with (河北省科学技术厅河北省商务厅河北省财政厅…关于印发…).
    private const int MaxIssuersBeforeTitle = 40;

    // A field's value may run over a few short pieces (报告人：某县人民政府县长 某某); a longer run is the text.
    private const int MaxFieldLine = 60;
    private const int MaxValuePiece = 20;

    [GeneratedRegex(@"^正文\s*[:：]$")]
    private static partial Regex TextLabel();

    [GeneratedRegex(@"[:：|｜]$")]
    private static partial Regex BareLabel();

    /// <summary>
    /// The header fields opening at <paramref name="start"/>, each with the short pieces of its value, added to
    /// <paramref name="lines"/> a line each; where they end (<paramref name="start"/> where none opens there). A bare 正文:
    /// ends them: the text is its value.
    /// </summary>
    private static int HeaderFieldLines(string[] pieces, int start, List<BodyLine> lines)
    {
        static bool OpensField(string piece) => HeaderLabels.OpensField(ChineseText.ForMatching(piece));
        int k = start;
        while (k < pieces.Length && OpensField(pieces[k]))
        {
            if (TextLabel().IsMatch(ChineseText.ForMatching(pieces[k]))) { lines.Add(new BodyLine(pieces[k])); return k + 1; }
            int fieldStart = k++;
            // A label printed apart from its value (索引号： 1133…/2023-00215, 标题： 关于…的通知): the next piece is the value.
            if (BareLabel().IsMatch(pieces[fieldStart]) && k < pieces.Length && !OpensField(pieces[k]) && !TextLabel().IsMatch(pieces[k]) && pieces[k].Length <= MaxTitleLength) k++;
            int length = string.Join(" ", pieces[fieldStart..k]).Length;
            while (k < pieces.Length && !OpensField(pieces[k]) && !OpensText(pieces[k]) && pieces[k].Length <= MaxValuePiece && length + 1 + pieces[k].Length <= MaxFieldLine)
                length += 1 + pieces[k++].Length;
            lines.Add(new BodyLine(string.Join(" ", pieces[fieldStart..k])));
            if (k < pieces.Length && !OpensField(pieces[k])) break;
        }
        return k;
    }

    // The heading's lines as the page printed them: one piece, a heading printed twice (perhaps once in full-width brackets
    // and once in half-width ones) once, an issuer before its 关于-title (沧州市教育局 关于…的汇报, 中共中央 国务院关于…的意见)
    // as one line, a column's label before the heading ending so (工作报告 2020年某县政府工作报告) and a heading in two lines
    // over its subtitle (决胜… 夺取… ——在…上的报告) as two; null for anything else or what no heading reads like.
    private static List<string>? Heading(string[] pieces, string marker)
    {
        var heading = pieces.ToList();
        if (heading.Count >= 2 && Words(heading[1]) == Words(heading[0])) heading.RemoveAt(1);
        // A heading broken before its end (关于调整优化有关落户政策 推进…的实施意见 (征求意见稿); 某市人民政府办公室关于…发展的
        // 若干措施): a 关于-title or a piece left unfinished, then the rest ending in its kind, perhaps over a
        // draft's status, which is read with it.
        string? status = heading.Count == 3 && StatusLine().IsMatch(ChineseText.ForMatching(heading[2])) ? heading[2] : null;
        (List<string> Lines, string Title)? read = heading.Count == (status is null ? 2 : 3) && BrokenHeading(heading[0], heading[1]) is { } whole
            ? ([whole, .. status is null ? Array.Empty<string>() : [status]], Clean(whole))
            : heading.Count >= 3 && status is null && HeadingOverLines(heading) is { } joined ? ([joined], Clean(joined.Replace(" ", "")))
            : heading.Count switch
        {
            1 => (heading, Clean(heading[0])),
            2 when IsIssuerName(heading[0]) && AboutTitle(heading[1]) => ([heading[0] + " " + heading[1]], Clean(heading[0] + heading[1])),
            2 when Clean(heading[1]) is var full && full.EndsWith(Clean(heading[0]), StringComparison.Ordinal) && full.Length > Clean(heading[0]).Length => (heading, full),
            2 when IsSubtitle(marker) => (heading, Clean(heading[0]) + " " + Clean(heading[1])),
            // A draft's or trial's status under the heading (关于…的通知 (征求意见稿)): a line of its own, read with the title.
            2 when StatusLine().IsMatch(ChineseText.ForMatching(heading[1])) => (heading, Clean(heading[0])),
            _ => null,
        };
        if (read is not { } r) return null;
        var matching = ChineseText.ForMatching(r.Title);
        // A body's name before a colon addresses the text to it (某市人民政府：你市…文收悉): a reply's first words, no heading.
        if (matching.IndexOfAny(['：', ':']) is > 0 and var colon && IsIssuerName(matching[..colon])) return null;
        return Plausible(r.Title) && (matching.Length >= HeadlineLength || KindEnding().IsMatch(matching)) ? r.Lines : null;
    }

    /// <summary>
    /// A heading the page broke over three lines or more (中共河北省委 / 河北省人民政府 / 关于深入实施创新驱动发展战略 /
    /// 推进产业转型升级的意见; 科技部关于印发《中央财政科技计划 / （专项、基金等）项目管理专业机构 / 管理暂行规定》的通知):
    /// its issuers' names first, then pieces each left unfinished (a 关于-title not yet at its 的…, a verb awaiting its
    /// object, …的, a 《 not closed) up to the one ending in its kind; the issuers and the title as one line. Null for
    /// anything else: pieces that read as finished before the last are lines of their own.
    /// </summary>
    private static string? HeadingOverLines(List<string> pieces)
    {
        int issuers = 0;
        while (issuers < pieces.Count - 1 && IsIssuerName(pieces[issuers])) issuers++;
        if (pieces.Count - issuers < 2 && issuers < 2) return null;
        var title = "";
        for (int k = issuers; k < pieces.Count; k++)
        {
            title += pieces[k];
            var matching = ChineseText.ForMatching(title);
            bool finished = KindEnding().IsMatch(matching) && OpenQuotes(matching) <= 0
                && (!matching.Contains("关于", StringComparison.Ordinal) || AboutTitleEnd().IsMatch(matching));
            if (k == pieces.Count - 1)
                return finished && !IsSubtitle(pieces[k]) && matching.Length <= MaxTitleLength ? string.Join(" ", pieces[..issuers].Append(title)) : null;
            bool unfinished = AboutTitle(title) || UnfinishedEnd().IsMatch(matching) || IssuingVerbEnd().IsMatch(matching) || OpenQuotes(matching) > 0;
            if (finished || !unfinished) return null;
        }
        return null;
    }

    // A 关于-title ends on 的 and its kind (关于…的通知, 关于…的若干意见（试行）), its quoted name closed before.
    [GeneratedRegex(@"的[^的》]{1,8}》?$")]
    private static partial Regex AboutTitleEnd();

    // A heading line ending on the verb of an issuing note (中共中央办公厅国务院办公厅印发 / 《关于…》的通知): its object follows.
    [GeneratedRegex(@"(?:印发|转发|批转|发布)$")]
    private static partial Regex IssuingVerbEnd();

    private static string? BrokenHeading(string first, string second)
    {
        var firstMatching = ChineseText.ForMatching(first);
        var secondMatching = ChineseText.ForMatching(second);
        bool unfinished = AboutTitle(first) || UnfinishedEnd().IsMatch(firstMatching);
        return unfinished && !KindEnding().IsMatch(firstMatching) && KindEnding().IsMatch(secondMatching) && !IsSubtitle(second)
            && first.Length + second.Length <= MaxTitleLength ? first + second : null;
    }

    // The first piece of the text itself: a sentence's (自年初以来，…), a salutation or the addressees.
    private static bool OpensText(string piece)
    {
        var matching = ChineseText.ForMatching(piece);
        return SentencePunctuation().IsMatch(matching) && !IsPostingPiece(ChineseNumerals.DatesToDigits(matching)) || AddresseeLine.StartOf(matching).Success
            || matching.StartsWith("各位代表", StringComparison.Ordinal) || matching.StartsWith("同志们", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[，,。；;！!？?]")]
    private static partial Regex SentencePunctuation();

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

    // Where the page's frame ends: its furniture (您的位置:, 首页, 【法宝引证码】), pieces without a word (>, CLI.12.5115678),
    // a link, a toolbar, and a location trail's last step with its repetition as the column's heading (> 云南要闻 云南要闻).
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

    // Whom the text addresses, in words no addressee list uses (全体缴存职工:, 广大市民朋友:): a few words and a colon,
    // where the page's fields were read before it. Not a list (濉溪县、各区人民政府、各有关单位:), which only the addressee
    // reader reads: the place it names first is a recipient, which a line of its own would put where a subject stands.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,16}[:：]$")]
    private static partial Regex SalutationPiece();

    private static bool OpensBelowHeading(string piece)
    {
        var matching = ChineseNumerals.DatesToDigits(ChineseText.ForMatching(piece));
        return IsPostingPiece(matching) || BelowHeadingPiece().IsMatch(matching) || IsSubtitle(piece) || AddresseeLine.StartOf(matching).Success
            || SalutationPiece().IsMatch(matching) && !HeaderLabels.OpensField(matching)
            || DocNumberLine.IsNumberAlone(matching) || DocNumberLine.OpensWithNumber(matching) || DocNumberLine.IsSerialNumber(matching) || IsByline(piece);
    }
}
