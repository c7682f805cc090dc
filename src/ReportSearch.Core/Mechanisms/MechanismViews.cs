namespace ReportSearch.Mechanisms;

// The JSON contract of GET /api/v1/mechanisms, /api/v1/mechanisms/{name} and the search response's precedent
// card (camelCase). Change names only together with the API version.

/// <summary>
/// Where and when a mechanism is first named: the earliest report whose year has a strong source (its header, session
/// line, 印发 line, signature, title …), by year, then date. Only when no report's year is strong is the earliest of
/// the others given, with <paramref name="Inferred"/> set: a guess, never to be presented as fact.
/// </summary>
/// <param name="Basis">How the report's year is known: the origin (header, sessionLine, issuedLine, signature,
/// document, title, sidecar; body, inferred, path), camelCase as in the report's origins; null when the index does
/// not say (built before it recorded origins).</param>
/// <param name="BasisLabel">The same in Chinese, as the pages show it after 依据： (会议届次, 印发日期, 正文中的年份（推断）).</param>
public sealed record FirstAppearance(int Year, string? Date, string? Region, IReadOnlyList<string> RegionPath, string ReportId, string? Title,
    string? Basis = null, string? BasisLabel = null, bool Inferred = false);

public sealed record YearCount(int Year, int Count);

/// <summary>A mechanism in the list (and the precedent card): counts are distinct reports and regions.</summary>
public sealed record MechanismSummary(
    string Name,
    int Reports,
    int Regions,
    FirstAppearance? First,
    IReadOnlyList<YearCount> Years,
    string? Definition);

public sealed record MechanismListPage(int Total, int Page, int Size, string Sort, IReadOnlyList<MechanismSummary> Mechanisms);

public sealed record MechanismDefinition(string Text, string ReportId, string? Title, int? Year, string? Region, IReadOnlyList<string> RegionPath, string? Section);

public sealed record MechanismReportRef(string Id, string? Title, int? Year, string? Date);

/// <summary>One region's reports of a name: the first ones, earliest first, and how many there are in all.</summary>
/// <param name="Reports">The first <see cref="MechanismPaging.ReportsPerRegion"/> (the rest: <see cref="MechanismRegionReports"/>).</param>
/// <param name="ReportCount">All of the region's reports that name it.</param>
public sealed record MechanismRegionGroup(string? Region, IReadOnlyList<string> RegionPath, IReadOnlyList<MechanismReportRef> Reports, int ReportCount);

/// <summary>A page of a name's regions (GET /api/v1/mechanisms/{name}/regions), in the order of its page's list.</summary>
public sealed record MechanismRegionPage(string Name, int Total, int Page, int Size, IReadOnlyList<MechanismRegionGroup> Regions);

/// <summary>A page of one region's reports of a name (GET /api/v1/mechanisms/{name}/reports), earliest first.</summary>
/// <param name="Total">All of the region's reports that name it.</param>
public sealed record MechanismRegionReports(string Name, string? Region, IReadOnlyList<string> RegionPath, int Total, int Page, int Size,
    IReadOnlyList<MechanismReportRef> Reports);

public sealed record MechanismTimelineRow(string? Region, IReadOnlyList<string> RegionPath, IReadOnlyList<int> Counts);

/// <param name="Years">Every year from the first to the last naming, gaps included.</param>
/// <param name="Totals">Distinct reports per year.</param>
/// <param name="Regions">Reports per year for each region, in order of first appearance.</param>
public sealed record MechanismTimeline(IReadOnlyList<int> Years, IReadOnlyList<int> Totals, IReadOnlyList<MechanismTimelineRow> Regions);

/// <param name="ByRegion">The first <see cref="MechanismPaging.RegionsShown"/> regions, in order of first appearance
/// (reports without a known place last), each with its first reports (the rest: <see cref="MechanismRegionPage"/>).</param>
/// <param name="Senses">When the name stands for different things in different places (definitions that differ):
/// each of them, earliest first; empty for a name with one sense.</param>
/// <param name="RegionGroups">How many groups the whole list of regions has (the regions, and one for reports
/// without a known place).</param>
public sealed record MechanismDetail(
    string Name,
    IReadOnlyList<string> Variants,
    int Reports,
    int Regions,
    FirstAppearance? First,
    IReadOnlyList<MechanismDefinition> Definitions,
    IReadOnlyList<MechanismRegionGroup> ByRegion,
    MechanismTimeline Timeline,
    IReadOnlyList<MechanismSense>? Senses = null,
    int RegionGroups = 0);

/// <summary>One sense of a name used for different things: "六个一 · 西园街道 2020", with its own first appearance,
/// definition, regions and timeline.</summary>
public sealed record MechanismSense(
    string Label,
    string? Definition,
    FirstAppearance? First,
    int Reports,
    IReadOnlyList<string> Regions,
    MechanismTimeline Timeline);

public enum MechanismSort { First, Count, Spread }

/// <summary>A list request: name filter (normalized), place (any level of the region path), year.</summary>
public sealed record MechanismQuery(string? Name, string? District, int? Year, MechanismSort Sort, int Page, int Size)
{
    public const int MaxSize = 100;
    public const int MaxPage = 1000;
}
