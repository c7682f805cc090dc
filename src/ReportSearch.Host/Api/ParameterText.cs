using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using ReportSearch.Host.Http;

namespace ReportSearch.Host.Api;

/// <summary>
/// What a binder made of a query string: the request, or the 400 problem that says in Chinese what was wrong.
/// </summary>
public sealed record Bound<T>(T? Value, ProblemHttpResult? Error) where T : class
{
    public static Bound<T> Ok(T value) => new(value, null);
    public static Bound<T> Fail(string code, string detail) => new(null, ApiProblems.BadRequest(code, detail));
    public static implicit operator Bound<T>(ProblemHttpResult error) => new(null, error);
}

/// <summary>Refusals that more than one endpoint gives: one code and one message for one mistake, wherever it is made.</summary>
public static class ParameterProblems
{
    public static ProblemHttpResult QueryTooLong() =>
        ApiProblems.BadRequest("query_too_long", $"查询过长：最多 {RequestLimits.MaxQueryChars} 个字符。");

    public static ProblemHttpResult DistrictTooLong() =>
        ApiProblems.BadRequest("bad_district", $"区域名称过长：最多 {RequestLimits.MaxFilterChars} 个字符。");

    public static ProblemHttpResult BadYear() =>
        ApiProblems.BadRequest("bad_year", "年份 year 必须是四位数字，例如 2020。");
}

/// <summary>
/// The rules every API binder reads query parameters by. Parameters arrive as text (<see cref="StringValues"/>,
/// so a repeat is visible) and are parsed here, so that input the framework cannot convert gets our Chinese
/// 400 rather than its own: a value left out or blank means "not given", a repeat of a single-valued parameter
/// is refused, numbers are ASCII digits.
/// </summary>
public static class ParameterText
{
    public static bool IsAbsent(StringValues values) => values.Count == 0 || (values.Count == 1 && string.IsNullOrWhiteSpace(values[0]));

    /// <summary>The given values, trimmed, blanks dropped (for repeatable filters).</summary>
    public static List<string> Values(StringValues values) => values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).ToList();

    /// <summary>One of the named choices (case-insensitive), or <paramref name="fallback"/> when none is given.</summary>
    public static bool TryChoice<T>(StringValues values, IReadOnlyDictionary<string, T> choices, T fallback, out T choice)
    {
        choice = fallback;
        if (IsAbsent(values)) return true;
        return values.Count == 1 && choices.TryGetValue(values[0]!.Trim().ToLowerInvariant(), out choice!);
    }

    /// <summary>A year is four digits.</summary>
    public const int MinYear = 1000, MaxYear = 9999;

    public static bool TryYear(string? text, out int year) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and <= MaxYear;

    public static bool TryOptionalYear(StringValues values, out int? year)
    {
        year = null;
        if (IsAbsent(values)) return true;
        if (values.Count > 1 || !TryYear(values[0], out int y)) return false;
        year = y;
        return true;
    }

    // Out-of-range numbers are passed on for the caller (or the service) to refuse with its own message; only
    // non-numbers and repeats are refused here. Values beyond int are clamped so they still read as out of range.
    public static bool TryOptionalInt(StringValues values, int fallback, out int value)
    {
        value = fallback;
        if (IsAbsent(values)) return true;
        if (values.Count > 1) return false;
        var text = values[0]!.Trim();
        bool negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        value = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) ? v : negative ? int.MinValue : int.MaxValue;
        return true;
    }
}
