namespace ReportSearch.Query;

/// <summary>
/// A query that cannot be run as written. <see cref="Exception.Message"/> is shown to the user (Simplified
/// Chinese); <see cref="Code"/> is a stable identifier for programs and logs.
/// </summary>
public sealed class QuerySyntaxException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
