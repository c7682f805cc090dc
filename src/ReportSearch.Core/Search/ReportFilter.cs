using ReportSearch.Analysis;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// District and year filters of one search: those of the request combined with those written in the query.
/// Several districts (or years) mean any of them; a year range narrows further.
/// </summary>
internal sealed class ReportFilter
{
    private readonly HashSet<string> _districts;
    private readonly HashSet<int> _years;
    private readonly int? _from;
    private readonly int? _to;

    public ReportFilter(SearchRequest request, ParsedQuery query)
    {
        _districts = request.Districts.Concat(query.Districts).Select(TextNormalizer.NormalizeToString).ToHashSet(StringComparer.Ordinal);
        _years = request.Years.Concat(query.Years).ToHashSet();
        _from = Max(request.FromYear, query.FromYear);
        _to = Min(request.ToYear, query.ToYear);
    }

    /// <summary>False when no district filter is set: then a district need not even be normalized.</summary>
    public bool FiltersDistricts => _districts.Count > 0;

    public bool DistrictMatches(string? normalizedDistrict) =>
        _districts.Count == 0 || (normalizedDistrict is not null && _districts.Contains(normalizedDistrict));

    public bool YearMatches(int? year)
    {
        if (_years.Count == 0 && _from is null && _to is null) return true;
        if (year is null) return false;
        return (_years.Count == 0 || _years.Contains(year.Value)) && (_from is null || year >= _from) && (_to is null || year <= _to);
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
