using System.Text.RegularExpressions;

namespace ReportSearch.Analysis;

/// <summary>
/// A notice's addressee line opening its text: 各办事处、村（居）、部门单位：, 各乡镇人民政府，县直各单位：. What it says of
/// the document: it is addressed to units, so it is a notice or letter of their superior, signed at its end.
/// </summary>
internal static partial class AddresseeLine
{
    // From 各 to the colon, in one sentence: long lists of a city's counties, zones and bodies run past 100 characters.
    // A city with one or two counties among its districts names them before the rest (濉溪县、各区人民政府、各有关单位：).
    // A unit writes to those within its bounds as 辖区各… (辖区各企业：, 辖各参保单位、参保职工：).
    private const string Addressees = @"(?:\p{IsCJKUnifiedIdeographs}{2,10}(?:县|市|旗)(?:人民政府)?、){0,2}(?:辖区?)?各[^。：:；;\n]{1,120}[:：]";

    [GeneratedRegex("^" + Addressees)]
    private static partial Regex Pattern();

    /// <summary>The addressees a line opens with (a cover note may go on after the colon on the same line).</summary>
    public static Match StartOf(string line) => Pattern().Match(line);

    // The same where a page was flattened and the addressees run on from the title (…的通知各区、县人民政府，…：).
    [GeneratedRegex(@"(?<=(?:^|\n|通知|意见|办法|决定|方案|规定|细则|措施|批复|函)[ \t\u3000]*)" + Addressees)]
    internal static partial Regex InText();

    /// <summary>The addressee lines of a text of several lines, also one run on from its title.</summary>
    // Every addressee line holds 各 and ends in a colon; the pattern, led by a lookbehind, is otherwise tried at each
    // character of the text.
    public static MatchCollection Within(string text) =>
        InText().Matches(text.Contains('各') && text.AsSpan().IndexOfAny('：', ':') >= 0 ? text : "");

    /// <summary>Whether the line is the addressees alone.</summary>
    public static bool IsMatch(string line)
    {
        var trimmed = line.Trim();
        return StartOf(trimmed) is { Success: true } m && m.Length == trimmed.Length;
    }

    /// <summary>
    /// Whether the line is an addressee line that lost its colon where a page was flattened (市各有关单位,
    /// 各住房公积金缴存单位): only addressees ending in a kind of unit, so as not to take a heading that opens with 各.
    /// </summary>
    public static bool LostItsColon(string line) => WithoutColon().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:[省市县区](?:直|属)?)?各[^。，,：:；;]{1,30}(?:单位|部门|政府|机关|机构|委员会|管委会|办事处|乡镇|街道|科室|缴存人|职工)$")]
    private static partial Regex WithoutColon();

    /// <summary>Whether the first non-empty line of <paramref name="lines"/> is an addressee line; its index, or -1.</summary>
    public static int Opening(IReadOnlyList<string> lines)
    {
        int first = 0;
        while (first < lines.Count && string.IsNullOrWhiteSpace(lines[first])) first++;
        return first < lines.Count && IsMatch(lines[first]) ? first : -1;
    }
}
