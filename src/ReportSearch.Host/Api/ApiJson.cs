using System.Text;
using ReportSearch.Search;

namespace ReportSearch.Host.Api;

/// <summary>API bodies in exactly the contract's JSON form (<see cref="SearchJson"/>), the same bytes as `reportsearch search --json`.</summary>
public static class ApiJson
{
    public static IResult Ok<T>(T value) => Results.Text(SearchJson.Serialize(value), "application/json", Encoding.UTF8);
}
