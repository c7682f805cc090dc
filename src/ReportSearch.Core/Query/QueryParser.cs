using System.Text;
using ReportSearch.Analysis;

namespace ReportSearch.Query;

/// <summary>
/// Parses the query language: whitespace-separated terms (AND; a bare AND between terms says the same),
/// "quoted terms", OR or | between terms, -excluded terms, and the fields district:, year:, year:A..B, kind:,
/// org:, validity:, docNumber: and title:. A query of filters alone browses the reports they select. Errors name the problem in
/// Simplified Chinese, since staff read them.
/// </summary>
public static class QueryParser
{
    public const int MaxLength = 200;
    public const int MaxTerms = 16;

    /// <param name="hasOtherFilters">The request filters by other means (URL parameters): then a query with no
    /// terms at all, or only exclusions, browses the filtered reports instead of being an error.</param>
    public static ParsedQuery Parse(string? query, bool hasOtherFilters = false)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            if (hasOtherFilters) return new ParsedQuery([], [], [], [], null, null);
            throw new QuerySyntaxException("empty_query", "查询为空：请输入要搜索的词语。");
        }
        if (query.Length > MaxLength)
            throw new QuerySyntaxException("query_too_long", $"查询过长：最多 {MaxLength} 个字符，当前 {query.Length} 个。");

        var lexemes = Lex(query);
        var groups = new List<List<QueryTerm>>();
        var excluded = new List<QueryTerm>();
        var districts = new List<string>();
        var kinds = new List<string>();
        var orgs = new List<string>();
        var validities = new List<string>();
        var docNumbers = new List<string>();
        var years = new List<int>();
        int? from = null, to = null;
        bool pendingOr = false;
        int termCount = 0;

        foreach (var lex in lexemes)
        {
            if (lex.IsOr)
            {
                if (pendingOr || groups.Count == 0 || groups[^1].Count == 0)
                    throw new QuerySyntaxException("dangling_or", "OR 的前面缺少搜索词。");
                pendingOr = true;
                continue;
            }

            var (field, value) = SplitField(lex);
            if (field is not null and not "title")
            {
                if (pendingOr) throw new QuerySyntaxException("or_with_filter", $"OR 不能连接筛选条件（{FilterList}）。");
                if (lex.Negated) throw new QuerySyntaxException("negated_filter", $"筛选条件（{FilterList}）不能用 - 排除。");
                if (value.Length == 0) throw new QuerySyntaxException("empty_filter", $"{field}: 后面缺少值。");
                switch (field)
                {
                    case "district": districts.Add(ScriptFold(value)); break;
                    case "kind": kinds.Add(ScriptFold(value)); break;
                    case "org": orgs.Add(ScriptFold(value)); break;
                    case "validity": validities.Add(Validity(value)); break;
                    case "docNumber": docNumbers.Add(DocNumberKey(value)); break;
                    default: ParseYear(value, years, ref from, ref to); break;
                }
                continue;
            }

            if (++termCount > MaxTerms)
                throw new QuerySyntaxException("too_many_terms", $"搜索词过多：最多 {MaxTerms} 个。");
            var term = MakeTerm(value, field == "title" ? TermField.Title : TermField.Any) with { Quoted = lex.Quoted };

            if (lex.Negated)
            {
                if (pendingOr) throw new QuerySyntaxException("or_with_exclusion", "OR 不能连接排除词（-词语）。");
                excluded.Add(term);
            }
            else if (pendingOr)
            {
                groups[^1].Add(term);
                pendingOr = false;
            }
            else
            {
                groups.Add([term]);
            }
        }

        if (pendingOr) throw new QuerySyntaxException("dangling_or", "OR 的后面缺少搜索词。");
        // Filters alone (typed or given with the request) browse what they select, newest first.
        bool filtered = hasOtherFilters || districts.Count > 0 || years.Count > 0 || from is not null || to is not null || kinds.Count > 0 || orgs.Count > 0
            || validities.Count > 0 || docNumbers.Count > 0;
        if (groups.Count == 0 && excluded.Count > 0 && !filtered)
            throw new QuerySyntaxException("only_exclusions", "查询只有排除词：请至少给出一个要查找的词语。");
        if (groups.Count == 0 && !filtered)
            throw new QuerySyntaxException("empty_query", "查询为空：请输入要搜索的词语。");

        return new ParsedQuery(groups, excluded, districts, years, from, to) { Kinds = kinds, Orgs = orgs, Validities = validities, DocNumbers = docNumbers };
    }

    /// <summary>The 时效性 value <paramref name="value"/> names (<see cref="ValidityText.All"/>); anything else is an error.</summary>
    public static string Validity(string value) => ValidityText.Parse(value) ?? throw BadValidity(value);

    private static QuerySyntaxException BadValidity(string value) =>
        new("bad_validity", $"时效性不能是“{value}”：只能是 {string.Join("、", ValidityText.All)}，例如 validity:{ValidityText.InForce}。");

    /// <summary>
    /// The key a typed 文号 is compared by (<see cref="DocNumberText.Key"/>: every bracket form of 国发〔2017〕35号 gives
    /// the same). A number has digits: a value without any cannot be one, and is an error rather than a filter that
    /// silently finds nothing.
    /// </summary>
    public static string DocNumberKey(string value)
    {
        if (!value.Any(c => char.IsDigit(c) || "〇一二三四五六七八九十".Contains(c)))
            throw new QuerySyntaxException("bad_doc_number", $"文号“{value}”无效：请写成 docNumber:国发〔2017〕35号（方括号、圆括号均可）。");
        return DocNumberText.Key(value);
    }

    private static QueryTerm MakeTerm(string raw, TermField field)
    {
        var normalized = TextNormalizer.NormalizeToString(raw);
        if (normalized.Length == 0)
            throw new QuerySyntaxException("empty_term", $"“{raw}”中没有可搜索的字符。");
        return new QueryTerm(raw, normalized, field);
    }

    private static string ScriptFold(string value) => TextNormalizer.NormalizeToString(value);

    private static void ParseYear(string value, List<int> years, ref int? from, ref int? to)
    {
        var parts = value.Split("..");
        if (parts.Length == 1 && TryYear(parts[0], out int y)) { years.Add(y); return; }
        if (parts.Length == 2)
        {
            int? a = parts[0].Length == 0 ? null : TryYear(parts[0], out int f) ? f : throw BadYear(value);
            int? b = parts[1].Length == 0 ? null : TryYear(parts[1], out int t) ? t : throw BadYear(value);
            if (a is null && b is null) throw BadYear(value);
            if (a > b) throw new QuerySyntaxException("bad_year_range", $"年份范围“{value}”的起始年份晚于结束年份。");
            from = a is null ? from : from is null ? a : Math.Max(from.Value, a.Value);
            to = b is null ? to : to is null ? b : Math.Min(to.Value, b.Value);
            return;
        }
        throw BadYear(value);
    }

    private static QuerySyntaxException BadYear(string value) =>
        new("bad_year", $"年份“{value}”无效：请写成 year:2020 或 year:2019..2021。");

    private static bool TryYear(string s, out int year) =>
        int.TryParse(TextNormalizer.NormalizeToString(s), System.Globalization.NumberStyles.None, null, out year) && year is >= 1000 and <= 9999;

    private static (string? Field, string Value) SplitField(Lexeme lex)
    {
        if (lex.Quoted) return (null, lex.Text);
        foreach (var field in Fields)
        {
            if (lex.Text.Length > field.Length && lex.Text.StartsWith(field, StringComparison.OrdinalIgnoreCase)
                && lex.Text[field.Length] is ':' or '：')
            {
                var value = lex.Text[(field.Length + 1)..];
                if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = value[1..^1];
                return (field, value);
            }
        }
        return (null, lex.Text);
    }

    // As written in a query (matched ignoring case); every one but title: is a filter.
    private static readonly string[] Fields = ["district", "year", "title", "kind", "org", "validity", "docNumber"];
    private static readonly string FilterList = string.Join("、", Fields.Where(f => f != "title").Select(f => f + ":"));

    private readonly record struct Lexeme(string Text, bool Quoted, bool Negated, bool IsOr);

    private static List<Lexeme> Lex(string q)
    {
        var result = new List<Lexeme>();
        int i = 0;
        while (i < q.Length)
        {
            char c = q[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '|' or '｜') { result.Add(new Lexeme("|", false, false, true)); i++; continue; }

            bool negated = false;
            if (c is '-' or '－' && i + 1 < q.Length && !char.IsWhiteSpace(q[i + 1]) && (i == 0 || char.IsWhiteSpace(q[i - 1])))
            {
                negated = true;
                i++;
                c = q[i];
            }

            if (IsQuote(c) && !IsLiteralChineseQuote(q, i))
            {
                int close = FindClosingQuote(q, i + 1, c);
                if (close < 0) throw new QuerySyntaxException("unbalanced_quote", "引号不成对：请检查查询中的引号。");
                result.Add(new Lexeme(q[(i + 1)..close], true, negated, false));
                i = close + 1;
                continue;
            }

            var word = new StringBuilder();
            while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] is not '|' and not '｜')
            {
                // Inside a word only a quote that opens a field's value (title:"…") is syntax; Chinese quotation
                // marks elsewhere are text, so a pasted sentence (实行“六个一”工作) is searched as written.
                if (IsQuote(q[i]) && (q[i] == '"' || word.Length > 0 && word[^1] is ':' or '：'))
                {
                    // title:"…" keeps its quoted value, spaces included.
                    int close = FindClosingQuote(q, i + 1, q[i]);
                    if (close < 0) throw new QuerySyntaxException("unbalanced_quote", "引号不成对：请检查查询中的引号。");
                    word.Append('"').Append(q, i + 1, close - i - 1).Append('"');
                    i = close + 1;
                    continue;
                }
                word.Append(q[i++]);
            }
            var text = word.ToString();
            if (!negated && text == "OR") result.Add(new Lexeme(text, false, false, true));
            else if (!negated && text == "AND") continue; // the same as the space around it
            else if (text.Length > 0) result.Add(new Lexeme(text, false, negated, false));
        }
        return result;
    }

    // A Chinese quotation opening a lexeme is a quoted term, unless text follows its closing mark without a
    // space: then it is part of a pasted sentence (“六个一”工作机制) and stays text.
    private static bool IsLiteralChineseQuote(string q, int open)
    {
        if (q[open] == '"') return false;
        int close = FindClosingQuote(q, open + 1, q[open]);
        return close >= 0 && close + 1 < q.Length && !char.IsWhiteSpace(q[close + 1]) && q[close + 1] is not '|' and not '｜';
    }

    // ASCII quotes pair with themselves; Chinese quotes “ ” pair with each other.
    private static bool IsQuote(char c) => c is '"' or '“' or '”';

    private static int FindClosingQuote(string q, int from, char open)
    {
        for (int j = from; j < q.Length; j++)
        {
            if (open == '"' ? q[j] == '"' : q[j] is '”' or '“') return j;
        }
        return -1;
    }
}
