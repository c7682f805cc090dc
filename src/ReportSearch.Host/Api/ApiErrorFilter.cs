using ReportSearch.Host.Http;
using ReportSearch.Engine;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Host.Api;

/// <summary>
/// Maps the search core's expected failures to problem responses: a query or request that cannot run (its message is
/// already Chinese, for the user) is 400, a missing index is 503. Anything else is a bug and stays a 500.
/// </summary>
public sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (QuerySyntaxException e)
        {
            return ApiProblems.BadRequest(e.Code, e.Message);
        }
        catch (InvalidRequestException e)
        {
            return ApiProblems.BadRequest(e.Code, e.Message);
        }
        catch (IndexNotFoundException)
        {
            context.HttpContext.Response.Headers.RetryAfter = "5";
            return ApiProblems.IndexNotReady();
        }
    }
}
