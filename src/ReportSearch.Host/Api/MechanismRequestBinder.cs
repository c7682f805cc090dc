using Microsoft.Extensions.Primitives;
using ReportSearch.Mechanisms;

namespace ReportSearch.Host.Api;

/// <summary>
/// Turns the query string of GET /api/v1/mechanisms into a <see cref="MechanismQuery"/>: every parameter arrives as
/// text, is checked here and refused with a Chinese message (400) when it is not what the API documents.
/// </summary>
public static class MechanismRequestBinder
{
    public const int MaxNameChars = 100;

    public sealed record Outcome(MechanismQuery? Query, IResult? Error);

    public static Outcome Bind(StringValues q, StringValues district, StringValues year, StringValues sort, StringValues page, StringValues size)
    {
        if (q.Count > 1 || district.Count > 1 || year.Count > 1)
            return Fail("repeated_parameter", "q、district 和 year 各只能给一个。");
        var name = q.Count == 1 ? q[0]?.Trim() : null;
        if (name?.Length > MaxNameChars) return Fail("query_too_long", $"名称过长：最多 {MaxNameChars} 个字符。");
        var place = district.Count == 1 ? district[0]?.Trim() : null;
        if (place?.Length > SearchRequestBinder.MaxDistrictChars)
            return Fail("bad_district", $"区域名称过长：最多 {SearchRequestBinder.MaxDistrictChars} 个字符。");

        int? yearValue = null;
        if (year.Count == 1 && !string.IsNullOrWhiteSpace(year[0]))
        {
            if (!SearchRequestBinder.TryYear(year[0], out int y)) return Fail("bad_year", "年份 year 必须是四位数字，例如 2020。");
            yearValue = y;
        }
        if (!TrySort(sort, out var order)) return Fail("bad_sort", "排序 sort 只能是 first（首见最早）、count（报告最多）或 spread（分布最广）。");
        if (!SearchRequestBinder.TryOptionalInt(page, 1, out int pageNumber) || pageNumber is < 1 or > MechanismQuery.MaxPage)
            return Fail("bad_page", $"页码 page 必须是 1 到 {MechanismQuery.MaxPage} 之间的整数。");
        if (!SearchRequestBinder.TryOptionalInt(size, 20, out int pageSize) || pageSize is < 1 or > MechanismQuery.MaxSize)
            return Fail("bad_size", $"每页条数 size 必须是 1 到 {MechanismQuery.MaxSize} 之间的整数。");
        return new Outcome(new MechanismQuery(
            string.IsNullOrEmpty(name) ? null : name, string.IsNullOrEmpty(place) ? null : place, yearValue, order, pageNumber, pageSize), null);
    }

    // Most reports first when no order is given: the names staff meet most often.
    private static bool TrySort(StringValues values, out MechanismSort sort)
    {
        sort = MechanismSort.Count;
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrWhiteSpace(values[0]))) return true;
        if (values.Count > 1) return false;
        switch (values[0]!.Trim().ToLowerInvariant())
        {
            case "first": sort = MechanismSort.First; return true;
            case "count": sort = MechanismSort.Count; return true;
            case "spread": sort = MechanismSort.Spread; return true;
            default: return false;
        }
    }

    private static Outcome Fail(string code, string detail) => new(null, ApiProblems.BadRequest(code, detail));
}
