using Serilog;
using Serilog.Events;

namespace ReportSearch.Host.Http;

/// <summary>
/// One structured line per request through Serilog's request logging: method, path, status, elapsed time, and
/// for searches and exports the number of results (<see cref="SetResultCount"/>, through the diagnostic
/// context). The query string is not logged, and the path is user input: control characters become '?' and
/// it is clipped, so a request cannot forge or flood log lines.
/// </summary>
public static class RequestLogging
{
    public const string ResultCountProperty = "ResultCount";
    private const int MaxPathChars = 200;

    /// <param name="logger">The host's logger (Serilog's static logger is not configured: nothing global).</param>
    public static IApplicationBuilder UseReportSearchRequestLogging(this IApplicationBuilder app, Serilog.ILogger logger) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            // Replaces Serilog's own properties, whose RequestPath would be the raw path.
            options.GetMessageTemplateProperties = (http, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(http.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(Sanitize(http.Request.Path.Value))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });

    /// <summary>Records how many results a request found; it appears as ResultCount on the request's log line.</summary>
    public static void SetResultCount(this IDiagnosticContext context, int count) => context.Set(ResultCountProperty, count);

    internal static string Sanitize(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "/";
        var clipped = path.Length > MaxPathChars ? path[..MaxPathChars] + "…" : path;
        return string.Create(clipped.Length, clipped, (span, s) =>
        {
            for (int i = 0; i < s.Length; i++) span[i] = char.IsControl(s[i]) ? '?' : s[i];
        });
    }
}
