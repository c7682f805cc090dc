using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// The year of a session of the National People's Congress from its numbers: 第十三届全国人民代表大会第二次会议 is
/// 2019 (the 13th congress first met in 2018; one session a year). Local congresses started in other years, so
/// only the national one is computed.
/// </summary>
internal static partial class CongressSession
{
    // The year each National People's Congress held its first session.
    private static readonly int[] FirstSessionYear = [0, 1954, 1959, 1964, 1975, 1978, 1983, 1988, 1993, 1998, 2003, 2008, 2013, 2018, 2023, 2028];

    // A session the text looks back to (第十一届全国人民代表大会第一次会议以来的五年, 以后, 之后) is a past one, not its own.
    [GeneratedRegex(@"第(?<n>[一二三四五六七八九十]{1,3})届全国人民代表大会第(?<s>[一二三四五六七八九十]{1,2})次会议(?!以来|以后|之后|后)")]
    private static partial Regex Session();

    public static int? YearIn(string text)
    {
        var m = Session().Match(text);
        if (!m.Success) return null;
        int n = ChineseNumerals.Value(m.Groups["n"].Value), s = ChineseNumerals.Value(m.Groups["s"].Value);
        if (n < 1 || n >= FirstSessionYear.Length || s is < 1 or > 5) return null;
        return FirstSessionYear[n] + s - 1;
    }
}
