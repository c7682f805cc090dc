using System.Text.RegularExpressions;

namespace ReportSearch.Analysis;

/// <summary>An article of a regulation or rule opening its line (第十七条, 第4条; not 第X条例, a law's name).</summary>
internal static partial class RuleArticle
{
    [GeneratedRegex(@"^\s*第[一二三四五六七八九十百零〇\d]{1,5}条(?!例)", RegexOptions.Multiline)]
    public static partial Regex Opening();
}
