using System.Globalization;
using Microsoft.Extensions.Primitives;
using ReportSearch.Search;

namespace ReportSearch.Host.Api;

/// <summary>
/// Turns the query string of GET /api/v1/search into a <see cref="SearchRequest"/>. Every parameter arrives
/// as text and is checked here, so no input reaches the search as an unexpected type or size; the ranges of
/// page and size are checked by the search service itself (same rule for CLI and API).
/// </summary>
public static class SearchRequestBinder
{
    // Far above what the query language accepts (200 characters): longer input is refused before any parsing.
    public const int MaxQueryChars = 1000;
    public const int MaxFilterValues = 50;
    public const int MaxDistrictChars = 100;

    public sealed record Outcome(SearchRequest? Request, IResult? Error);

    public static Outcome Bind(StringValues q, StringValues district, StringValues year, StringValues from, StringValues to,
        StringValues sort, StringValues page, StringValues size, StringValues kind = default, StringValues org = default)
    {
        var query = string.Join(' ', q.OfType<string>());
        if (query.Length > MaxQueryChars)
            return Fail("query_too_long", $"查询过长：最多 {MaxQueryChars} 个字符。");

        if (district.Count > MaxFilterValues || year.Count > MaxFilterValues || kind.Count > MaxFilterValues || org.Count > MaxFilterValues)
            return Fail("too_many_filters", $"筛选条件过多：district、year、kind 和 org 各最多 {MaxFilterValues} 个。");
        var districts = Values(district);
        if (districts.Any(d => d.Length > MaxDistrictChars))
            return Fail("bad_district", $"区域名称过长：最多 {MaxDistrictChars} 个字符。");
        var kinds = Values(kind);
        var orgs = Values(org);
        if (kinds.Concat(orgs).Any(v => v.Length > MaxDistrictChars))
            return Fail("bad_filter", $"文种或发文机关过长：最多 {MaxDistrictChars} 个字符。");

        var years = new List<int>();
        foreach (var y in year.OfType<string>())
        {
            if (!TryYear(y, out int value)) return Fail("bad_year", "年份 year 必须是四位数字，例如 2020。");
            years.Add(value);
        }
        if (!TryOptionalYear(from, out var fromYear)) return Fail("bad_year", "起始年份 from 必须是四位数字，例如 2019。");
        if (!TryOptionalYear(to, out var toYear)) return Fail("bad_year", "结束年份 to 必须是四位数字，例如 2021。");

        if (!TrySort(sort, out var order)) return Fail("bad_sort", "排序 sort 只能是 relevance（相关度）、newest（最新）或 oldest（最早）。");
        if (!TryOptionalInt(page, 1, out int pageNumber))
            return Fail("bad_page", $"页码 page 必须是 1 到 {SearchRequest.MaxPage} 之间的整数。");
        if (!TryOptionalInt(size, 10, out int pageSize))
            return Fail("bad_size", $"每页条数 size 必须是 1 到 {SearchRequest.MaxSize} 之间的整数。");

        return new Outcome(new SearchRequest
        {
            Query = query,
            Districts = districts,
            Years = years,
            FromYear = fromYear,
            ToYear = toYear,
            Kinds = kinds,
            Orgs = orgs,
            Sort = order,
            Page = pageNumber,
            Size = pageSize,
        }, null);
    }

    private static List<string> Values(StringValues values) => values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).ToList();

    private static Outcome Fail(string code, string detail) => new(null, ApiProblems.BadRequest(code, detail));

    internal static bool TryYear(string? text, out int year) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 9999;

    private static bool TryOptionalYear(StringValues values, out int? year)
    {
        year = null;
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrWhiteSpace(values[0]))) return true;
        if (values.Count > 1 || !TryYear(values[0], out int y)) return false;
        year = y;
        return true;
    }

    // Out-of-range numbers are passed on for the service to refuse with its own message; only non-numbers
    // and repeats are refused here. Values beyond int are clamped so they still read as out of range.
    internal static bool TryOptionalInt(StringValues values, int fallback, out int value)
    {
        value = fallback;
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrWhiteSpace(values[0]))) return true;
        if (values.Count > 1) return false;
        var text = values[0]!.Trim();
        bool negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        value = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) ? v : negative ? int.MinValue : int.MaxValue;
        return true;
    }

    // No sort given: relevance for a search, newest first for a browse by filters alone (the service decides).
    private static bool TrySort(StringValues values, out SortOrder? sort)
    {
        sort = null;
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrWhiteSpace(values[0]))) return true;
        if (values.Count > 1) return false;
        switch (values[0]!.Trim().ToLowerInvariant())
        {
            case "relevance": sort = SortOrder.Relevance; return true;
            case "newest": sort = SortOrder.Newest; return true;
            case "oldest": sort = SortOrder.Oldest; return true;
            default: return false;
        }
    }
}
