using System.Net;

namespace ReportSearch.Host.Tests;

public sealed class RequestLoggingFixture : HostFixture
{
    public string LogPath { get; } = Path.Combine(Path.GetTempPath(), "reportsearch-requestlog-" + Guid.NewGuid().ToString("N") + ".log");

    protected override string[] ExtraArgs =>
    [
        "--Serilog:MinimumLevel:Default=Information",
        "--Serilog:WriteTo:1:Name=File",
        $"--Serilog:WriteTo:1:Args:path={LogPath}",
        "--Serilog:WriteTo:1:Args:outputTemplate={Message:lj} {Properties:j}{NewLine}",
    ];
}

/// <summary>One line per request through Serilog's request logging, with the result count and a neutralized path.</summary>
public sealed class RequestLoggingTests(RequestLoggingFixture host) : IClassFixture<RequestLoggingFixture>
{
    private string WaitForLog(Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string text = "";
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(host.LogPath))
            {
                using var s = new FileStream(host.LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                text = new StreamReader(s).ReadToEnd();
                if (done(text)) return text;
            }
            Thread.Sleep(100);
        }
        return text;
    }

    [Fact]
    public async Task A_search_is_logged_with_its_result_count_and_without_its_query()
    {
        var search = await Api.Search(host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&size=1");
        var log = WaitForLog(t => t.Contains("HTTP GET /api/v1/search responded 200"));
        var line = log.Split('\n').Last(l => l.Contains("HTTP GET /api/v1/search responded 200"));
        Assert.Contains($"\"ResultCount\":{search.Total}", line);
        Assert.DoesNotContain(TestArchive.CommonTerm, line);
        Assert.DoesNotContain("q=", line);
    }

    [Fact]
    public async Task Control_characters_in_a_path_cannot_forge_log_lines()
    {
        using var response = await host.Client.GetAsync(new Uri(host.Server.BaseAddress + "api/v1/reports/x%0AHTTP%20GET%20/forged%20responded%20200", new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var log = WaitForLog(t => t.Contains("/api/v1/reports/x?HTTP GET /forged"));
        Assert.Contains("HTTP GET /api/v1/reports/x?HTTP GET /forged responded 200 responded 404", log);
        Assert.DoesNotContain(log.Split('\n'), l => l.StartsWith("HTTP GET /forged", StringComparison.Ordinal));
    }
}
