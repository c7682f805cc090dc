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
    [FromQuery(Name = "org")] string[]? Org = null);

/// <summary>Which page of the hits, in which order: /search only (an export is the whole list from its start).</summary>
public sealed record SearchPageParameters(
    [FromQuery(Name = "sort")] string[]? Sort = null,
    [FromQuery(Name = "page")] string[]? Page = null,
    [FromQuery(Name = "size")] string[]? Size = null);

/// <summary>The parameters of /mechanisms.</summary>
public sealed record MechanismListParameters(
    [FromQuery(Name = "q")] string[]? Query = null,
    [FromQuery(Name = "district")] string[]? District = null,
    [FromQuery(Name = "year")] string[]? Year = null,
    [FromQuery(Name = "sort")] string[]? Sort = null,
    [FromQuery(Name = "page")] string[]? Page = null,
    [FromQuery(Name = "size")] string[]? Size = null);
