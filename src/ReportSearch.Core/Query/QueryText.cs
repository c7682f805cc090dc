using System.Text;

namespace ReportSearch.Query;

/// <summary>
/// Writes a parsed query back in the query language, so that a query the service proposes (a "did you mean") is built
/// from parsed terms and never by pasting text: <see cref="QueryParser.Parse"/> of the result gives the same terms
/// (their normalized forms) and the same filters. Terms are written in their normalized form.
/// </summary>
public static class QueryText
{
    /// <summary>The query text, or null when a value cannot be written so that it parses back (it holds a quotation mark).</summary>
    public static string? Format(ParsedQuery query)
    {
        var parts = new List<string>();
        foreach (var group in query.Groups)
        {
            var terms = group.Select(Term).ToList();
            if (terms.Any(t => t is null)) return null;
            parts.Add(string.Join(" OR ", terms));
        }
        foreach (var term in query.Excluded)
        {
            if (Term(term) is not { } text) return null;
            parts.Add("-" + text);
        }
        foreach (var (field, values) in new[]
        {
            ("district", query.Districts), ("kind", query.Kinds), ("org", query.Orgs), ("validity", query.Validities), ("docNumber", query.DocNumbers),
        })
        {
            foreach (var value in values)
            {
                if (Value(value) is not { } text) return null;
                parts.Add($"{field}:{text}");
            }
        }
        parts.AddRange(query.Years.Select(y => $"year:{y}"));
        if (query.FromYear is not null || query.ToYear is not null) parts.Add($"year:{query.FromYear}..{query.ToYear}");
        return string.Join(' ', parts);
    }

    private static string? Term(QueryTerm term)
    {
        var value = Value(term.Normalized);
        return value is null ? null : term.Field == TermField.Title ? "title:" + value : value;
    }

    // A value is quoted when it would otherwise read as syntax: spaces, an operator, a leading minus, a field name, a bar.
    private static string? Value(string value)
    {
        if (value.Length == 0 || value.Any(c => c is '"' or '“' or '”')) return null;
        bool plain = !value.Any(c => char.IsWhiteSpace(c) || c is '|' or '｜' or ':' or '：') && value[0] is not '-' and not '－'
            && value is not "OR" and not "AND";
        return plain ? value : new StringBuilder().Append('"').Append(value).Append('"').ToString();
    }
}
