using System.Diagnostics;

namespace ReportSearch.Host.Http;

/// <summary>
/// One structured line per request: method, path, status, elapsed time, and for searches the number of
/// results (set by the endpoint in <see cref="ResultCountKey"/>). The query string is not logged.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string ResultCountKey = "ReportSearch.ResultCount";

    public async Task InvokeAsync(HttpContext context)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            double ms = Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 1);
            var path = Sanitize(context.Request.Path.Value);
            if (context.Items.TryGetValue(ResultCountKey, out var count) && count is int results)
                LogSearch(logger, context.Request.Method, path, context.Response.StatusCode, ms, results);
            else
                LogRequest(logger, context.Request.Method, path, context.Response.StatusCode, ms);
        }
    }

    // Paths are user input: keep log lines single and short.
    private static string Sanitize(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "/";
        var clipped = path.Length > 200 ? path[..200] + "…" : path;
        return string.Create(clipped.Length, clipped, (span, s) =>
        {
            for (int i = 0; i < s.Length; i++) span[i] = char.IsControl(s[i]) ? '?' : s[i];
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs} ms with {ResultCount} results")]
    private static partial void LogSearch(ILogger logger, string method, string path, int statusCode, double elapsedMs, int resultCount);
}
