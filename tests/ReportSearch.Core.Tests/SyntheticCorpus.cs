using System.Text;

namespace ReportSearch.Core.Tests;

/// <summary>
/// Deterministic random reports over a small alphabet, so that phrases repeat often and in many contexts:
/// simplified and traditional characters, punctuation, Latin words, digits, full-width forms, whitespace
/// inside runs, pinyin annotations and a supplementary-plane character. Titles carry a district and a year.
/// </summary>
public static class SyntheticCorpus
{
    public static readonly string[] Districts = ["西园街道", "罗山街道", "东石镇", "金井镇", "青阳街道", "安海镇"];
    private static readonly string[] Han = "工作发展建设推进六个一机制服务企业社区项目经济治理开放中心".EnumerateRunes().Select(r => r.ToString()).ToArray();
    private static readonly string[] Traditional = ["個", "發", "展", "經", "濟", "會", "區", "務", "開", "實"];
    private static readonly string[] Extras = ["，", "。", "、", "“", "”", "（一）", "(", ")", "abc", "CAD", "x1", "2020", "１２", "Ａb", " ", "\u3000", "\n", "務(wù)", "區(qū)", "𨨏", "<b>", "&", "NEAR(", "*", "^", ":", "'"];

    public static (string Path, string Text) Report(int seed)
    {
        var random = new Random(seed);
        var district = Districts[random.Next(Districts.Length)];
        int year = 2015 + random.Next(8);
        var sb = new StringBuilder();
        // Reports name their city, as real ones do, so that every district resolves to its place in the gazetteer.
        sb.Append("晋江市").Append(district).Append(year).Append("年工作总结\n");
        int length = random.Next(80, 600);
        for (int i = 0; i < length; i++)
        {
            int roll = random.Next(100);
            if (roll < 70) sb.Append(Han[random.Next(Han.Length)]);
            else if (roll < 80) sb.Append(Traditional[random.Next(Traditional.Length)]);
            else sb.Append(Extras[random.Next(Extras.Length)]);
        }
        return ($"gen/{seed:D4}.txt", sb.ToString());
    }

    /// <summary>A random substring of 1–12 code points that never starts or ends inside a surrogate pair.</summary>
    public static string Substring(Random random, string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        int length = random.Next(1, 13);
        int start = random.Next(Math.Max(1, runes.Length - length));
        return string.Concat(runes.Skip(start).Take(length).Select(r => r.ToString()));
    }
}
