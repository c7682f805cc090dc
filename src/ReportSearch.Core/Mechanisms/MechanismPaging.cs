namespace ReportSearch.Mechanisms;

/// <summary>
/// How much of a name's reports one answer shows: its page lists the first regions, each with its first reports and
/// its count, and the rest comes a page at a time (GET /api/v1/mechanisms/{name}/regions and …/reports). A page reads
/// the title of each report it shows from the index, so these numbers, not the archive, set what a page costs: a name
/// in half of a 1 GB archive's reports is named in 1,615 regions and 27,678 reports.
/// </summary>
public static class MechanismPaging
{
    /// <summary>Reports shown under each region on a name's page and in a page of its regions.</summary>
    public const int ReportsPerRegion = 10;

    /// <summary>Regions a name's page lists; also the default size of a page of regions.</summary>
    public const int RegionsShown = 20;

    /// <summary>Default size of a page of one region's reports.</summary>
    public const int DefaultReportsSize = 50;

    /// <summary>The most regions or reports one page may ask for.</summary>
    public const int MaxSize = 100;

    /// <summary>The highest page number accepted: with pages of 100, ten million reports of one region.</summary>
    public const int MaxPage = 100_000;

    /// <summary>A region as the API names it (the <c>region</c> of …/reports): its path joined by ›, empty for reports
    /// without a known place. The one place for that form.</summary>
    public static string RegionKey(IReadOnlyList<string> path) => string.Join('›', path);
}
