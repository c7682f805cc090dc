using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// A 文号 standing on a line of its own near the top, as a red-header document prints it above or under its title
/// (X府办发〔2021〕12号), also with the signer beside it (…12号 签发人：张三), with its date, or with the closing bracket
/// and 号 lost by the page (南兴府办函〔202058); an announcement's number under its heading (…公告 / 〔十五届〕第20号) and
/// an order's with its heading (某省人民政府令 / （第16号） is 某省人民政府令（第16号）).
/// Never the 索引号, which never has the 〔year〕serial号 shape.
/// </summary>
internal static partial class DocNumberLine
{
    // The first lines, and as many after the title: a site's menus may push the title and its 文号 down.
    private const int Lines = 20;
    private const int MaxLine = 40;
    /// <summary>Longer than any 文号 with its spaces (a code of 16 characters, the year, a serial of 5 digits, 号).</summary>
    private const int OpeningSpan = 64;

    // 第20号, 〔十五届〕第20号, 第一号: the number of an announcement (公告) by a congress or its standing committee.
    [GeneratedRegex(@"^(?:[〔\[（(【][^〕\]）)】]{1,8}[〕\]）)】])?第[\d一二三四五六七八九十百零〇]{1,6}号$")]
    private static partial Regex AnnouncementNumber();

    // What may stand beside a 文号 on its line: the signer of an upward report (签发人：张三) or the date.
    [GeneratedRegex(@"^\s*(?:签发人\s*[:：]?\s*\p{IsCJKUnifiedIdeographs}{2,4}(?:\s+\p{IsCJKUnifiedIdeographs}{2,4})*|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)?\s*[。.]?\s*$")]
    private static partial Regex BesideNumber();

    // A 文号 labelled in the text below a catalogue block's reach (文号：…, 发文字号：…).
    [GeneratedRegex(@"^(?:文\s*号|发文字号|发文文号)\s*[:：]\s*")]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+")]
    private static partial Regex LeadingDate();

    // Spaced or glued (冀科区〔2023〕1号河北省科学技术厅河北省财政厅关于印发…): the issuers, one or two, then 关于.
    [GeneratedRegex(@"^\s*\p{IsCJKUnifiedIdeographs}{2,40}?(?:人民政府|办公室|办公厅|委员会|办事处|局|厅)\s*关于")]
    private static partial Regex IssuerAndTitleAfter();

    // An order's heading: the issuer's name and 令 (某省人民政府令, 中华人民共和国国务院令), short, on a line of its own.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,24}令$")]
    private static partial Regex OrderHeading();

    /// <summary>Whether a line is an order's or announcement's serial number alone: 第223号, （第16号）, 〔十五届〕第20号.</summary>
    public static bool IsSerialNumber(string matchingLine) => AnnouncementNumber().IsMatch(Unwrapped(matchingLine));

    /// <summary>Whether a line is a 文号 alone (国办函〔2004〕36号, 浙卫发[2023]10号), also in round brackets (（皖政办秘〔2021〕82号）).</summary>
    public static bool IsNumberAlone(string matchingLine)
    {
        var line = Unwrapped(matchingLine);
        return DocNumberText.FindAll(line).FirstOrDefault() is { Canonical: not null, Index: 0 } found && found.Length == line.Length;
    }

    // Longer than an issuer's code (国科发创, 冀科平规, 中办发): a number read from the text's own words (关于落实宁政发〔2020〕…).
    private const int MaxCodeLength = 8;

    /// <summary>
    /// Whether a line opens with a 文号, perhaps with what follows it run on where a page was flattened
    /// (国科发创〔2016〕70号国家科技计划…管理部际联席会议各成员单位：): a line under the heading, not the heading's.
    /// </summary>
    public static bool OpensWithNumber(string matchingLine) => LeadingNumberLength(matchingLine) is not null;

    /// <summary>The length of the 文号 a line opens with (<see cref="OpensWithNumber"/>), or null.</summary>
    public static int? LeadingNumberLength(string matchingLine) =>
        DocNumberText.FindAll(matchingLine).FirstOrDefault() is { Canonical: not null, Index: 0 } found
        && found.Canonical.IndexOf('〔') is var bracket and > 0 and <= MaxCodeLength && !DocNumberText.ReadsHeadingAsCode(found.Canonical[..bracket])
            ? found.Length : null;

    // An order prints its number in round brackets as often as not (某市人民政府令 / （第16号）).
    private static string Unwrapped(string line) =>
        line.Length > 2 && line[0] is '（' or '(' && line[^1] is '）' or ')' ? line[1..^1].Trim() : line;

    /// <summary>The 文号 of the first such line in <paramref name="matching"/> (the recognition view), or null.</summary>
    public static string? Find(IReadOnlyList<string> matching, string? title)
    {
        int titleAt = title is null ? -1 : IndexOf(matching, title);
        for (int i = 0; i < matching.Count && (i < Lines || titleAt >= 0 && i <= titleAt + Lines); i++)
        {
            var line = matching[i].Trim();
            // Under the heading of an announcement or an order (…公告, 某省人民政府令; blank lines between), or opening a
            // text whose heading the page left out. An order's number is cited with its heading (某省人民政府令第290号:
            // every government numbers its orders from 第1号), an announcement's as printed.
            if (IsSerialNumber(line))
            {
                var above = LineAbove(matching, i);
                if (above is null) return line;
                if (OrderHeading().IsMatch(above)) return above + line;
                if (above.EndsWith("公告", StringComparison.Ordinal)) return line;
            }
            // A date may stand before the number too (（2020年3月1日 南府发〔2020〕5号）).
            var t = LeadingDate().Replace(NumberLabel().Replace(line.Trim(NumberBrackets), ""), "");
            // A red-header document flattened into one line: its number, then its issuer and its 关于-title
            // (邵双政发〔2022〕60 号 双凤乡人民政府 关于修订印发…的通知 各村:…) or its addressees (冀人社发〔2024〕23号各市…局：).
            // Only a number at the line's start counts, so only the start is searched (the pattern run over a whole
            // paragraph was a tenth of the metadata rules' time).
            if (t.Length > MaxLine && DocNumberText.FindAll(t[..Math.Min(t.Length, OpeningSpan)]).FirstOrDefault() is { Canonical: not null, Index: 0 } opening
                && (IssuerAndTitleAfter().IsMatch(t[opening.Length..]) || AddresseeLine.StartOf(t[opening.Length..].TrimStart()).Success)) return opening.Canonical;
            // The whole text on one line, its heading first: the number between the heading's kind and the addressees
            // (…考评办法》的通知 包府办发〔2022〕43号 各旗、县、区人民政府，…：).
            if (t.Length > MaxLine && NumberAfterHeading(t) is { } afterHeading) return afterHeading;
            if (t.Length > MaxLine) continue;
            if (DocNumberText.RepairLostClosing(t) is { } repaired) return repaired;
            // The number opens the line and nothing but the signer or the date follows it: the pattern runs on nothing else.
            var found = DocNumberText.FindAll(t).FirstOrDefault();
            if (found.Canonical is not null && found.Index == 0 && BesideNumber().IsMatch(t[(found.Index + found.Length)..])) return found.Canonical;
        }
        return null;
    }

    // How a heading ends before its number: its kind.
    [GeneratedRegex(@"(?:通知|意见|办法|决定|方案|规定|批复|复函|函|公告|通告|通报|报告|细则|措施|纪要|规划|计划|要点)\s*$")]
    private static partial Regex HeadingKindEnd();

    private const int HeadingSpan = 300;

    private static string? NumberAfterHeading(string line)
    {
        var head = line[..Math.Min(line.Length, HeadingSpan + OpeningSpan)];
        foreach (var found in DocNumberText.FindAll(head))
            if (found.Canonical is not null && found.Index > 0 && found.Index <= HeadingSpan && HeadingKindEnd().IsMatch(head.AsSpan(0, found.Index).ToString())
                && AddresseeLine.StartOf(line[(found.Index + found.Length)..].TrimStart()).Success)
                return found.Canonical;
        return null;
    }

    // The nearest line above `i` with text on it, or null when there is none.
    private static string? LineAbove(IReadOnlyList<string> matching, int i)
    {
        for (int j = i - 1; j >= 0; j--)
            if (matching[j].Trim() is { Length: > 0 } above) return above;
        return null;
    }

    private static int IndexOf(IReadOnlyList<string> matching, string title)
    {
        for (int i = 0; i < matching.Count && i < HeaderBlock.ScanLines; i++)
            if (matching[i].Trim() == title) return i;
        return -1;
    }

    private static readonly char[] NumberBrackets = ['（', '）', '(', ')', ' '];
}
