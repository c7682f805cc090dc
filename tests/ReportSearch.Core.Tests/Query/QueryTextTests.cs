using ReportSearch.Analysis;
using ReportSearch.Query;

namespace ReportSearch.Core.Tests.Query;

/// <summary>A parsed query written back (<see cref="QueryText"/>) parses to the same terms and filters, for random queries.</summary>
public sealed class QueryTextTests
{
    private static readonly string[] Words = ["营商环境", "六个一", "河长制", "放管服", "數字經濟", "title:乡村振兴", "\"智慧 养老\"", "CAD", "2020年", "a-b", "国发〔2017〕35号"];
    private static readonly string[] Filters = ["district:西园街道", "kind:工作总结", "org:\"晋江市 人民政府\"", "year:2020", "year:2018..2021", "year:..2019", $"validity:{ValidityText.InForce}", "docNumber:国发[2017]35号"];

    [Fact]
    public void Written_queries_parse_back_to_the_same_query()
    {
        var random = new Random(21);
        for (int i = 0; i < 500; i++)
        {
            var parts = new List<string>();
            int terms = random.Next(1, 4);
            for (int t = 0; t < terms; t++)
            {
                var word = Words[random.Next(Words.Length)];
                parts.Add(random.Next(5) == 0 && t > 0 ? "-" + word : word);
                if (random.Next(4) == 0) parts.Add("OR " + Words[random.Next(Words.Length)]);
            }
            for (int f = random.Next(3); f > 0; f--) parts.Add(Filters[random.Next(Filters.Length)]);
            var text = string.Join(' ', parts);
            ParsedQuery parsed;
            try { parsed = QueryParser.Parse(text); }
            catch (QuerySyntaxException) { continue; } // an OR after an exclusion and the like
            var written = QueryText.Format(parsed);
            Assert.NotNull(written);
            var again = QueryParser.Parse(written);
            Assert.Equal(Describe(parsed), Describe(again));
        }
    }

    [Fact]
    public void A_term_holding_a_quotation_mark_is_not_written()
    {
        var parsed = new ParsedQuery([[new QueryTerm("a\"b", "a\"b", TermField.Any)]], [], [], [], null, null);
        Assert.Null(QueryText.Format(parsed));
    }

    private static string Describe(ParsedQuery q) => string.Join(" | ",
        string.Join(" & ", q.Groups.Select(g => string.Join(" / ", g.Select(t => $"{t.Field}:{t.Normalized}")))),
        string.Join(",", q.Excluded.Select(t => $"{t.Field}:{t.Normalized}")),
        string.Join(",", q.Districts), string.Join(",", q.Years), q.FromYear, q.ToYear,
        string.Join(",", q.Kinds), string.Join(",", q.Orgs), string.Join(",", q.Validities), string.Join(",", q.DocNumbers));
}
