using System.Net;
using System.Text.Json;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests;

/// <summary>/api/v1/reports/{id}/related over real HTTP: other places only, the level filter, and its errors.</summary>
public sealed class RelatedApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<ReportView> SyntheticReport(string district, int year)
    {
        var hit = (await Api.Search(host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&district={Api.Q(district)}&year={year}")).Hits.First();
        return await Api.Get<ReportView>(host.Client, $"api/v1/reports/{hit.Id}");
    }

    // A report's place: its region, or its district when the gazetteer does not know it (the synthetic ones).
    private static IReadOnlyList<string> Place(ReportLabel r) => r.Region ?? (r.District is { } d ? [d] : []);

    private static string PlaceOf(ReportLabel r) => string.Join('›', Place(r));

    [Theory]
    [InlineData("东湖镇", 2020)]
    [InlineData("南山街道", 2019)]
    [InlineData("北岭乡", 2018)]
    public async Task Related_reports_are_never_the_report_itself_nor_from_its_own_place_and_say_what_they_share(string district, int year)
    {
        var report = await SyntheticReport(district, year);
        var related = await Api.Get<RelatedReports>(host.Client, $"api/v1/reports/{report.Id}/related?size=20");
        Assert.Equal(report.Id, related.Id);
        Assert.Equal("any", related.Level);
        // The other synthetic districts' reports share the planted mechanism and wording: there are some.
        Assert.NotEmpty(related.Reports);
        Assert.InRange(related.Reports.Count, 1, 20);
        Assert.Equal(related.Reports.Count, related.Reports.Select(r => r.Id).Distinct().Count());
        foreach (var r in related.Reports)
        {
            Assert.NotEqual(report.Id, r.Id);
            Assert.NotNull(r.Region);
            Assert.NotEqual(PlaceOf(report), PlaceOf(r));
            // A title may be null: an untitled report is shown as （无标题）.
            Assert.True(r.SharedTerms.Count + r.SharedMechanisms.Count > 0, $"{r.Id} shares nothing");
        }
        Assert.Equal(related.Reports.OrderByDescending(r => r.Score).Select(r => r.Id), related.Reports.Select(r => r.Id));
        // The mechanism the synthetic reports all name is shared by those from the other synthetic districts.
        var otherSynthetic = related.Reports.Where(r => TestArchive.Synthetic.Any(s => s.District == r.District && s.District != district)).ToList();
        Assert.NotEmpty(otherSynthetic);
        Assert.All(otherSynthetic, r => Assert.Contains(TestArchive.CommonTerm, r.SharedMechanisms));
    }

    [Fact]
    public async Task Level_same_keeps_only_places_at_the_reports_own_level()
    {
        var report = await SyntheticReport("东湖镇", 2021);
        int depth = Place(report).Count;
        var any = await Api.Get<RelatedReports>(host.Client, $"api/v1/reports/{report.Id}/related?size=50");
        var same = await Api.Get<RelatedReports>(host.Client, $"api/v1/reports/{report.Id}/related?size=50&level=same");
        Assert.Equal("same", same.Level);
        Assert.All(same.Reports, r => Assert.Equal(depth, Place(r).Count));
        Assert.All(same.Reports, r => Assert.NotEqual(PlaceOf(report), PlaceOf(r)));
        // Every same-level report found among all others is kept by the filter.
        Assert.Subset(same.Reports.Select(r => r.Id).ToHashSet(), any.Reports.Where(r => Place(r).Count == depth).Select(r => r.Id).ToHashSet());
        Assert.NotEmpty(same.Reports);
    }

    [Fact]
    public async Task An_unknown_report_is_a_404_problem_in_chinese()
    {
        using var response = await host.Client.GetAsync("api/v1/reports/no-such-report/related");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("report_not_found", problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("size=0", "bad_size")]
    [InlineData("size=51", "bad_size")]
    [InlineData("size=abc", "bad_size")]
    [InlineData("size=1&size=2", "bad_size")]
    [InlineData("level=province", "bad_level")]
    public async Task Bad_parameters_are_400_problems_in_chinese(string query, string code)
    {
        var report = await SyntheticReport("南山街道", 2022);
        using var response = await host.Client.GetAsync($"api/v1/reports/{report.Id}/related?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
    }
}
