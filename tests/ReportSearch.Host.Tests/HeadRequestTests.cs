using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReportSearch.Mechanisms;

namespace ReportSearch.Host.Tests;

/// <summary>
/// HEAD answers like GET, without the body, on every route that answers GET. The routes are read from the host's
/// own endpoint data source, so a route added later is covered without touching this test.
/// </summary>
public sealed class HeadRequestTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Every_get_route_answers_head_with_the_same_status_and_headers_and_no_body()
    {
        var reportId = (await Api.Search(host.Client, "q=" + Api.Q(TestArchive.CommonTerm))).Hits[0].Id;
        var mechanism = (await Api.Get<MechanismListPage>(host.Client, "api/v1/mechanisms?size=1")).Mechanisms[0].Name;
        var values = new Dictionary<string, string>
        {
            ["id"] = reportId,
            ["name"] = mechanism,
            ["path"] = "nothing-here",
            ["documentName"] = "v1",
        };

        var routes = host.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => e.RoutePattern).ToList();
        var checkedStatus = new Dictionary<string, HttpStatusCode>();
        foreach (var pattern in routes)
        {
            var path = string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => Uri.EscapeDataString(
                    values.TryGetValue(parameter.Name, out var v) ? v : throw new InvalidOperationException($"no test value for {{{parameter.Name}}} in {pattern.RawText}")),
                _ => "",
            }))));
            var url = path + "?q=" + Api.Q(TestArchive.CommonTerm);

            using var get = await host.Client.GetAsync(url);
            var getBody = await get.Content.ReadAsByteArrayAsync();
            using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            var headBody = await head.Content.ReadAsByteArrayAsync();

            Assert.True(get.StatusCode == head.StatusCode, $"{pattern.RawText}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode}");
            Assert.Empty(headBody);
            Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
            // A length HEAD announces is the GET's (a streamed GET announces none, and neither does its HEAD).
            if (head.Content.Headers.TryGetValues("Content-Length", out var announced))
                Assert.True(long.Parse(announced.Single()) == getBody.Length, $"{pattern.RawText}: HEAD announces {announced.Single()} bytes, GET sent {getBody.Length}");
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            checkedStatus[pattern.RawText ?? path] = head.StatusCode;
        }

        // The routes monitors probe answer 200, not 404.
        foreach (var route in (string[])["/", "/api/v1/search", "/api/v1/stats", "/reports/{id}", "/api/v1/reports/{id}", "/health/ready", "/health/live"])
            Assert.True(checkedStatus.TryGetValue(route, out var status) && status == HttpStatusCode.OK,
                $"{route}: {(checkedStatus.TryGetValue(route, out var s) ? (int)s : "not enumerated")}; checked: {string.Join(", ", checkedStatus.Keys)}");
    }
}
