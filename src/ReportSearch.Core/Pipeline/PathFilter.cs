using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Pipeline;

/// <summary>
/// Include/exclude globs on archive-relative paths ('/' separators, as stored in the index). A pattern with
/// no '/' matches the file name in any folder (like .gitignore); otherwise it matches the whole path.
/// <c>*</c> and <c>?</c> stay within one folder, <c>**</c> crosses folders. Matching ignores case, because
/// archives are often copied from Windows shares where "REPORT.TXT" and "report.txt" are the same file.
/// A path is kept when it matches some include (or there are none) and no exclude.
/// </summary>
public sealed class PathFilter
{
    private readonly List<Regex> _include;
    private readonly List<Regex> _exclude;

    public PathFilter(IEnumerable<string>? include, IEnumerable<string>? exclude)
    {
        _include = Compile(include);
        _exclude = Compile(exclude);
    }

    public static PathFilter All { get; } = new(null, null);

    public bool Includes(string relativePath) =>
        (_include.Count == 0 || _include.Any(r => r.IsMatch(relativePath))) && !_exclude.Any(r => r.IsMatch(relativePath));

    private static List<Regex> Compile(IEnumerable<string>? patterns) =>
        (patterns ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => ToRegex(p.Trim())).ToList();

    internal static Regex ToRegex(string glob)
    {
        glob = glob.Replace('\\', '/').TrimStart('/');
        var sb = new StringBuilder("^");
        // No folder in the pattern: any folder may come before the name.
        if (!glob.Contains('/')) sb.Append("(?:.*/)?");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                // "**/" also matches no folder at all, so "**/a.txt" matches "a.txt".
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        sb.Append('$');
        return new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
