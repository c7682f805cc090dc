namespace ReportSearch.Host.Http;

/// <summary>
/// How much text the host accepts in a request before it looks at it. Checked by the API's binders and by the
/// page routes (a report or mechanism page for a name the API would refuse is a 404 page, not a lookup).
/// These are the host's own outer fences, far above what the engine accepts (<see cref="Query.QueryParser.MaxLength"/>),
/// so no input reaches the search as an unexpected size.
/// </summary>
public static class RequestLimits
{
    /// <summary>Far above what the query language accepts (200 characters): longer input is refused before any parsing.</summary>
    public const int MaxQueryChars = 1000;
    /// <summary>Values of one repeatable filter (district, year, kind, org).</summary>
    public const int MaxFilterValues = 50;
    /// <summary>One district, kind or org value.</summary>
    public const int MaxFilterChars = 100;
    public const int MaxPrefixChars = 100;
    public const int MaxReportIdChars = 200;
    public const int MaxMechanismNameChars = 100;
    /// <summary>A region's path, its levels joined by › (a mechanism's reports of one region).</summary>
    public const int MaxRegionPathChars = 200;
}
