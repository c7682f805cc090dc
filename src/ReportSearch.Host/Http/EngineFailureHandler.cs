using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using ReportSearch.Host.Serving;

namespace ReportSearch.Host.Http;

/// <summary>
/// An error of the index itself while a request reads it (a damaged or truncated file, a commit that cannot be
/// read) is the service being unavailable, not a bug in the request: 503 problem+json with a Chinese detail and
/// <c>Retry-After</c>, never 500. The failure is handed to <see cref="IndexProvider"/> so that
/// <c>/health/ready</c> reports the damage. Every other exception is left to the default handler (500).
/// </summary>
public sealed class EngineFailureHandler(IndexProvider provider, ILogger<EngineFailureHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancel)
    {
        if (!IsEngineFailure(exception)) return false;
        provider.ReportFailure(exception);
        log.LogError(exception, "Index read failed during {Method} {Path}: answered 503", http.Request.Method, http.Request.Path);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "30";
        await ApiProblems.IndexUnavailable().ExecuteAsync(http);
        return true;
    }

    /// <summary>
    /// Thrown by the engine: an I/O error, or any exception raised inside Lucene's code (damaged bytes surface as
    /// index-out-of-range and similar errors from its decoders) or our engine layer right above it.
    /// </summary>
    public static bool IsEngineFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is IOException) return true;
            var frames = new StackTrace(e, fNeedFileInfo: false).GetFrames();
            if (frames.Any(f => f.GetMethod()?.DeclaringType?.Namespace is { } ns
                    && (ns.StartsWith("Lucene.Net", StringComparison.Ordinal) || ns == "ReportSearch.Engine")))
                return true;
        }
        return false;
    }
}
