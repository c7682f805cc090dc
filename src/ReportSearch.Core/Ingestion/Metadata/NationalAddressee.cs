using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// The addressee line of a central document: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构 (or …及新疆生产建设兵团
/// …卫生健康委). A document addressed to every province is national, whatever city it cites as an example.
/// </summary>
internal static partial class NationalAddressee
{
    [GeneratedRegex(@"^各省、?自治区、?直辖市(?:及新疆生产建设兵团|、新疆生产建设兵团)?.{0,40}[:：]$|^.{0,30}国务院各部委、?各直属机构.{0,30}[:：]$")]
    private static partial Regex Line();

    private const int ScanLines = 12;

    public static bool IsIn(IEnumerable<string> openingMatchingLines) => openingMatchingLines.Take(ScanLines).Any(l => Line().IsMatch(l.Trim()));
}
