using System.Net;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests;

public sealed class ReportApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Report_has_metadata_sources_and_every_match_marked()
    {
        var hit = (await Api.Search(host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&district={Api.Q("东湖镇")}&year=2020")).Hits.Single();
        var report = await Api.Get<ReportView>(host.Client, $"api/v1/reports/{hit.Id}?q={Api.Q(TestArchive.CommonTerm)}");
        Assert.Equal(hit.Id, report.Id);
        Assert.Equal("东湖镇", report.District);
        Assert.Equal(2020, report.Year);
        Assert.NotEmpty(report.Sources);
        int inText = report.Sections.Sum(s => CountOf(s.Text, TestArchive.CommonTerm));
        int marked = report.Sections.Sum(s => CountOf(s.Html, "<mark>六个一</mark>"));
        Assert.Equal(2, inText);
        Assert.Equal(inText, marked);
        Assert.Equal(inText, report.Sections.Sum(s => s.MatchCount));
    }

    [Fact]
    public async Task Xss_payload_is_escaped_in_report_and_snippet_html()
    {
        var search = await Api.Search(host.Client, $"q={Api.Q(TestArchive.XssMarker)}");
        var hit = Assert.Single(search.Hits);
        foreach (var snippet in hit.Snippets) AssertEscaped(snippet.Html);
        Assert.Contains(hit.Snippets, s => s.Text.Contains(TestArchive.XssScript));

        var report = await Api.Get<ReportView>(host.Client, $"api/v1/reports/{hit.Id}?q={Api.Q(TestArchive.XssMarker)}");
        foreach (var section in report.Sections) AssertEscaped(section.Html);
        Assert.Contains(report.Sections, s => s.Html.Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.Contains(report.Sections, s => s.Html.Contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    [Fact]
    public async Task Raw_json_never_contains_an_unescaped_angle_bracket()
    {
        // SearchJson escapes < and > as \u003C / \u003E, so the body is safe even if inlined into a page.
        var search = await Api.Search(host.Client, $"q={Api.Q(TestArchive.XssMarker)}");
        var body = await host.Client.GetStringAsync($"api/v1/reports/{search.Hits[0].Id}?q={Api.Q(TestArchive.XssMarker)}");
        Assert.DoesNotContain("<", body);
        Assert.DoesNotContain(">", body);
    }

    [Fact]
    public async Task Unknown_report_is_a_404_problem()
    {
        using var response = await host.Client.GetAsync("api/v1/reports/does-not-exist?q=x");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("报告", await response.Content.ReadAsStringAsync());
    }

    private static void AssertEscaped(string html)
    {
        var withoutMarks = html.Replace("<mark>", "").Replace("</mark>", "");
        Assert.DoesNotContain("<", withoutMarks);
        Assert.DoesNotContain(">", withoutMarks);
    }

    private static int CountOf(string text, string term)
    {
        int n = 0;
        for (int at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
