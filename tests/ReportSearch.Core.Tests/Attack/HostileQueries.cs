using System.Text;

namespace ReportSearch.Core.Tests.Attack;

/// <summary>
/// A deterministic generator of hostile queries: operators in the wrong places, unbalanced quotes, filters
/// with broken values, Lucene and SQL syntax, control and invalid characters, extremes of length. Shared by
/// the search-service fuzzer and the HTTP fuzzer.
/// </summary>
public static class HostileQueries
{
    private static readonly string[] Atoms =
    [
        "六个一", "机制", "工作", "的", "西园街道", "2020", "a", "Z", "六個一", "１２３", "政務(wù)公開",
        "AND", "OR", "NOT", "and", "or", "|", "||", "-", "--", "+", "!", "&&", "和", "或",
        "\"", "“", "”", "'", "`", "(", ")", "[", "]", "{", "}", "<", ">", "/", "\\", "*", "?", "~", "^", ":", "::", ";", ",", "，", "。",
        "title:", "district:", "year:", "kind:", "org:", "title:\"", "district:\"\"", "year:..", "year:2022..2019", "year:-1", "year:99999999999999999999",
        "year:2020..", "year:..2020", "district:*", "org:(", "kind:\\", "foo:bar", "body:x", "id:1", "_id:*",
        "*:*", "a~2", "a^10", "[a TO z]", "{a TO z}", "/.*/", "/[a-z]+/", "field:[* TO *]", "NEAR(a b)", "\"a b\"~5",
        "'; DROP TABLE reports; --", "1=1", "%", "%_%", "${jndi:ldap://x}", "{{7*7}}", "<script>window.__xss=1</script>", "<img src=x onerror=alert(1)>",
        "\0", "\u0001", "\u001b[31m", "\r\n", "\t", "\u00a0", "\u3000", "\u200b", "\u200e", "\u202e", "\ufeff", "\uffff", "\ufffd",
        "\ud800", "\udc00", "\ud83d\ude00", "𠀀", "\u0301", "e\u0301", "İ", "ß", "ﬁ", "Å", "\u2028",
        "../../etc/passwd", "/etc/passwd", "C:\\Windows", "%00", "%2e%2e", "&amp;", "&#x3c;",
    ];

    public static IEnumerable<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++) yield return One(random);
    }

    private static string One(Random random)
    {
        switch (random.Next(10))
        {
            case 0: // extremes of length
                return new string(Atoms[random.Next(Atoms.Length)][0], random.Next(150, 400));
            case 1: // many terms
                return string.Join(random.Next(2) == 0 ? " " : " OR ", Enumerable.Range(0, random.Next(10, 40)).Select(_ => Atoms[random.Next(Atoms.Length)]));
            case 2: // random code units, surrogates included
                return new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => (char)random.Next(0, 0x10000)).ToArray());
            default:
                var sb = new StringBuilder();
                int parts = random.Next(1, 7);
                for (int p = 0; p < parts; p++)
                {
                    sb.Append(Atoms[random.Next(Atoms.Length)]);
                    if (random.Next(3) > 0) sb.Append(random.Next(4) == 0 ? "" : " ");
                }
                return sb.ToString();
        }
    }
}
