using Microsoft.AspNetCore.Mvc;

namespace ReportSearch.Host.Api;

// The query parameters of the API, bound with [AsParameters]: the names are declared once here, so OpenAPI lists
// exactly what the handlers read. Every value stays text until a binder parses it (see ParameterText), which
// reads them as StringValues (a string[] converts implicitly). Not StringValues here: the framework's analyzer
// (ASP0020) does not accept it as a bindable query type, and warnings are errors.

/// <summary>What to search for and which reports: shared by /search, /search.csv and /search.atom.</summary>
public sealed record SearchFilterParameters(
    [FromQuery(Name = "q")] string[]? Query = null,
    [FromQuery(Name = "district")] string[]? District = null,
    [FromQuery(Name = "year")] string[]? Year = null,
    [FromQuery(Name = "from")] string[]? From = null,
    [FromQuery(Name = "to")] string[]? To = null,
    [FromQuery(Name = "kind")] string[]? Kind = null,
    [FromQuery(Name = "org")] string[]? Org = null,
    [FromQuery(Name = "validity")] string[]? Validity = null,
    [FromQuery(Name = "docNumber")] string[]? DocNumber = null,
    [FromQuery(Name = "fallback")] string[]? Fallback = null);

/// <summary>Which page, in which order: /search and /mechanisms (an export is the whole list from its start).</summary>
public sealed record PageParameters(
    [FromQuery(Name = "sort")] string[]? Sort = null,
    [FromQuery(Name = "page")] string[]? Page = null,
    [FromQuery(Name = "size")] string[]? Size = null);

/// <summary>How many values of each list facet: /search only (an export lists reports, not facets).</summary>
public sealed record FacetParameters(
    [FromQuery(Name = "facetSize")] string[]? FacetSize = null);

/// <summary>Which mechanisms: /mechanisms (each at most once, unlike a search's filters).</summary>
public sealed record MechanismFilterParameters(
    [FromQuery(Name = "q")] string[]? Query = null,
    [FromQuery(Name = "district")] string[]? District = null,
    [FromQuery(Name = "year")] string[]? Year = null);

/// <summary>How many related reports, from which places: /reports/{id}/related.</summary>
public sealed record RelatedParameters(
    [FromQuery(Name = "size")] string[]? Size = null,
    [FromQuery(Name = "level")] string[]? Level = null);

/// <summary>Which page of a mechanism's regions: /mechanisms/{name}/regions.</summary>
public sealed record MechanismRegionsParameters(
    [FromQuery(Name = "page")] string[]? Page = null,
    [FromQuery(Name = "size")] string[]? Size = null);

/// <summary>Which region, which page of its reports: /mechanisms/{name}/reports.</summary>
public sealed record MechanismReportsParameters(
    [FromQuery(Name = "region")] string[]? Region = null,
    [FromQuery(Name = "page")] string[]? Page = null,
    [FromQuery(Name = "size")] string[]? Size = null);
