namespace ReportSearch.Search;

/// <summary>
/// A search request whose parameters are out of range (page, size, a year range): the request, not the query text,
/// is at fault. <see cref="Exception.Message"/> is shown to the user (Simplified Chinese); <see cref="Code"/> is a
/// stable identifier for programs and logs, shared with the host's own checks (bad_page, bad_size, bad_year_range).
/// </summary>
public sealed class InvalidRequestException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
