namespace ReportSearch.Host.Http;

/// <summary>
/// HEAD is GET without the body (RFC 9110 §9.3.2), on every GET route: monitors and link checkers probe with
/// HEAD, and a 404 there reads as "site down". Rather than listing HEAD beside GET on each route (and forgetting
/// one), the request is routed as a GET; Kestrel knows from the request line that it is a HEAD and sends the
/// GET's status and headers (Content-Length, ETag, caching) without the body. The method is restored afterwards,
/// so the request log still says HEAD.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        try { await next(context); }
        finally { context.Request.Method = HttpMethods.Head; }
    });
}
