using ReportSearch.Host.Http;
using ReportSearch.Hosting;

namespace ReportSearch.Host.Api;

/// <summary>
/// While this host indexes an archive for the first time, the endpoints that read reports answer 503 with
/// <c>Retry-After</c> and the share indexed so far: an index that has read part of the archive would answer
/// "nothing found" for the rest, which a newcomer takes for the truth. Statistics stay available.
/// </summary>
/// <param name="indexer">The in-process indexer; null when another process indexes.</param>
public sealed class FirstIndexingFilter(IndexerService? indexer = null) : IEndpointFilter
{
    /// <summary>Seconds a client waits before asking again: a small archive is indexed within a few.</summary>
    public const int RetryAfterSeconds = 2;

    /// <summary>Endpoint metadata of the endpoints that answer during the first indexing (statistics).</summary>
    public sealed class AnswersWhileIndexing;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (indexer?.FirstIndexing is not { } first
            || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AnswersWhileIndexing>() is not null)
            return await next(context);
        context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return ApiProblems.IndexBuilding(first.Percent);
    }
}
