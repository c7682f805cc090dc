using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Rewrites dates written in Chinese numerals into digits, so one set of date rules reads both:
/// 一九五四年 → 1954年, 二〇二三年五月十日 → 2023年5月10日, 第十三届 stays (not a date).
/// </summary>
internal static partial class ChineseNumerals
{
    // After the first numeral a year may hold the digit 0 typed for 〇 (二0一一年一月二十日), as many Word copies do.
    [GeneratedRegex(@"(?<y>[〇○零OＯ一二三四五六七八九][〇○零OＯ0０一二三四五六七八九]{3})年(?:(?<m>[一二三四五六七八九十]{1,2})月(?:(?<d>[一二三四五六七八九十]{1,3})日)?)?")]
    private static partial Regex ChineseDate();

    public static string DatesToDigits(string text)
    {
        if (!text.Contains('年')) return text;
        return ChineseDate().Replace(text, m =>
        {
            var sb = new StringBuilder();
            foreach (char c in m.Groups["y"].Value) sb.Append(Digit(c));
            sb.Append('年');
            if (m.Groups["m"].Success) sb.Append(Value(m.Groups["m"].Value)).Append('月');
            if (m.Groups["d"].Success) sb.Append(Value(m.Groups["d"].Value)).Append('日');
            return sb.ToString();
        });
    }

    /// <summary>The value of a small Chinese number (一 … 九十九): 十 = 10, 十三 = 13, 二十 = 20, 二十四 = 24.</summary>
    public static int Value(string s)
    {
        int ten = s.IndexOf('十');
        if (ten < 0) return s.Length == 1 ? Digit(s[0]) : int.Parse(string.Concat(s.Select(c => (char)('0' + Digit(c)))));
        int tens = ten == 0 ? 1 : Digit(s[ten - 1]);
        int ones = ten == s.Length - 1 ? 0 : Digit(s[ten + 1]);
        return tens * 10 + ones;
    }

    private static int Digit(char c) => c switch
    {
        // Typed with a Latin or full-width letter O for 〇 (二O一一年五月二十日), as many copies are.
        '〇' or '○' or '零' or 'O' or 'Ｏ' or '0' or '０' => 0, '一' => 1, '二' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => 0,
    };
}
