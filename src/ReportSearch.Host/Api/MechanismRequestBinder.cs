using Microsoft.Extensions.Primitives;
using ReportSearch.Host.Http;
using ReportSearch.Mechanisms;
using static ReportSearch.Host.Api.ParameterText;

namespace ReportSearch.Host.Api;

/// <summary>
/// Turns the query string of GET /api/v1/mechanisms into a <see cref="MechanismQuery"/>: every parameter arrives as
/// text, is checked here and refused with a Chinese message (400) when it is not what the API documents.
/// </summary>
public static class MechanismRequestBinder
{
    public const int DefaultSize = 20;

    // Most reports first when no order is given: the names staff meet most often.
    public static readonly IReadOnlyDictionary<string, MechanismSort> Sorts = new Dictionary<string, MechanismSort>
    {
        ["first"] = MechanismSort.First,
        ["count"] = MechanismSort.Count,
        ["spread"] = MechanismSort.Spread,
    };

    public static Bound<MechanismQuery> Bind(MechanismFilterParameters p, PageParameters paging)
    {
        StringValues q = p.Query, district = p.District;
        if (q.Count > 1 || district.Count > 1 || p.Year?.Length > 1)
            return Bound<MechanismQuery>.Fail("repeated_parameter", "q、district 和 year 各只能给一个。");
        var name = q.Count == 1 ? q[0]?.Trim() : null;
        if (name?.Length > RequestLimits.MaxMechanismNameChars)
            return Bound<MechanismQuery>.Fail("query_too_long", $"名称过长：最多 {RequestLimits.MaxMechanismNameChars} 个字符。");
        var place = district.Count == 1 ? district[0]?.Trim() : null;
        if (place?.Length > RequestLimits.MaxFilterChars) return ParameterProblems.DistrictTooLong();

        if (!TryOptionalYear(p.Year, out int? year)) return ParameterProblems.BadYear();
        if (!TryChoice(paging.Sort, Sorts, MechanismSort.Count, out var order))
            return Bound<MechanismQuery>.Fail("bad_sort", "排序 sort 只能是 first（首见最早）、count（报告最多）或 spread（分布最广）。");
        if (!TryOptionalInt(paging.Page, 1, out int pageNumber) || pageNumber is < 1 or > MechanismQuery.MaxPage)
            return Bound<MechanismQuery>.Fail("bad_page", $"页码 page 必须是 1 到 {MechanismQuery.MaxPage} 之间的整数。");
        if (!TryOptionalInt(paging.Size, DefaultSize, out int pageSize) || pageSize is < 1 or > MechanismQuery.MaxSize)
            return Bound<MechanismQuery>.Fail("bad_size", $"每页条数 size 必须是 1 到 {MechanismQuery.MaxSize} 之间的整数。");
        return Bound<MechanismQuery>.Ok(new MechanismQuery(
            string.IsNullOrEmpty(name) ? null : name, string.IsNullOrEmpty(place) ? null : place, year, order, pageNumber, pageSize));
    }
}
