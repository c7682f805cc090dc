using System.Text;
using ReportSearch.Query;

namespace ReportSearch.Index;

/// <summary>
/// Writes a <see cref="MatchQuery"/> as an FTS5 MATCH expression. User text never reaches the expression as
/// syntax: every token is written inside a double-quoted FTS5 string (with embedded quotes doubled), and the
/// expression is passed to SQLite as a bound parameter.
/// </summary>
public static class Fts5Expression
{
    public static string Build(MatchQuery query)
    {
        var sb = new StringBuilder();
        sb.Append('(');
        for (int g = 0; g < query.Groups.Count; g++)
        {
            if (g > 0) sb.Append(" AND ");
            var group = query.Groups[g];
            sb.Append('(');
            for (int p = 0; p < group.Count; p++)
            {
                if (p > 0) sb.Append(" OR ");
                AppendPhrase(sb, group[p]);
            }
            sb.Append(')');
        }
        sb.Append(')');
        if (query.Excluded.Count > 0)
        {
            sb.Append(" NOT (");
            for (int e = 0; e < query.Excluded.Count; e++)
            {
                if (e > 0) sb.Append(" OR ");
                AppendPhrase(sb, query.Excluded[e]);
            }
            sb.Append(')');
        }
        return sb.ToString();
    }

    private static void AppendPhrase(StringBuilder sb, MatchPhrase phrase)
    {
        if (phrase.Field == TermField.Title) sb.Append("{title} : ");
        sb.Append('"');
        for (int i = 0; i < phrase.Phrase.Tokens.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(phrase.Phrase.Tokens[i].Replace("\"", "\"\""));
        }
        sb.Append('"');
        if (phrase.Phrase.LastIsPrefix) sb.Append(" *");
    }
}
