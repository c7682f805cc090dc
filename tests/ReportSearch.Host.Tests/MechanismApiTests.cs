using System.Text.Json;
using ReportSearch.Mechanisms;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests;

/// <summary>
/// GET /api/v1/mechanisms and /api/v1/mechanisms/{name} over real HTTP, checked against the search API: every report
/// of the test archive that names “六个一” says so in quotes, so a phrase search for it finds exactly the reports the
/// mechanism's counts, first appearance, years and regions are about — two code paths that must agree.
/// </summary>
public sealed class MechanismApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Name = TestArchive.CommonTerm;

    private async Task<List<SearchHit>> ReportsNaming(string name, string filter = "")
    {
        var response = await Api.Search(host.Client, $"q={Api.Q("\"" + name + "\"")}&size=50{filter}");
        Assert.Equal(response.Total, response.Hits.Count);
        return response.Hits.ToList();
    }

    private static string RegionKey(SearchHit hit) => string.Join('›', hit.Region is { Count: > 0 } r ? r : hit.District is null ? [] : [hit.District]);

    [Fact]
    public async Task The_list_entry_agrees_with_a_phrase_search_for_the_name()
    {
        var hits = await ReportsNaming(Name);
        var page = await Api.Get<MechanismListPage>(host.Client, "api/v1/mechanisms?size=100");
        var entry = Assert.Single(page.Mechanisms, m => m.Name == Name);
        Assert.Equal(hits.Count, entry.Reports);
        Assert.Equal(hits.Select(RegionKey).Where(k => k.Length > 0).Distinct().Count(), entry.Regions);
        Assert.Equal(hits.Where(h => h.Year is not null).GroupBy(h => h.Year!.Value).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
            entry.Years.Select(y => (y.Year, y.Count)));
        var earliest = hits.Where(h => h.Year is not null).OrderBy(h => h.Year).ThenBy(h => h.Date ?? "9999", StringComparer.Ordinal).First();
        Assert.Equal(earliest.Year, entry.First!.Year);
        Assert.Contains(hits, h => h.Id == entry.First.ReportId && h.Year == entry.First.Year && RegionKey(h) == string.Join('›', entry.First.RegionPath));
        Assert.Equal(page.Mechanisms.Select(m => m.Reports).OrderDescending(), page.Mechanisms.Select(m => m.Reports));
    }

    [Fact]
    public async Task The_mechanism_page_answers_for_any_written_form_and_agrees_with_the_search()
    {
        var hits = await ReportsNaming(Name);
        var detail = await Api.Get<MechanismDetail>(host.Client, "api/v1/mechanisms/" + Api.Q("“六個一”工作機制"));
        Assert.Equal(Name, detail.Name);
        Assert.Equal(hits.Count, detail.Reports);
        Assert.Equal(hits.Count, detail.ByRegion.Sum(g => g.ReportCount));
        Assert.Equal(hits.Select(h => h.Id).Order(StringComparer.Ordinal), (await AllReports(Name, detail.ByRegion, size: 2)).Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(detail.Timeline.Years.Select(y => hits.Count(h => h.Year == y)), detail.Timeline.Totals);
        Assert.Equal(detail.Timeline.Years.Min(), hits.Min(h => h.Year));
        Assert.Equal(detail.Timeline.Years.Max(), hits.Max(h => h.Year));
        Assert.Contains(detail.Variants, v => v.Contains(Name, StringComparison.Ordinal));
        // The seed report spells the mechanism out: its definition is found.
        Assert.Contains(detail.Definitions, d => d.Text.StartsWith("即建立一套会商机制", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_place_filter_counts_the_reports_of_that_place()
    {
        var hits = await ReportsNaming(Name, "&district=" + Api.Q("东湖镇"));
        var page = await Api.Get<MechanismListPage>(host.Client, $"api/v1/mechanisms?district={Api.Q("东湖镇")}&size=100");
        Assert.Equal(hits.Count, Assert.Single(page.Mechanisms, m => m.Name == Name).Reports);
        var year = hits[0].Year!.Value;
        var byYear = await Api.Get<MechanismListPage>(host.Client, $"api/v1/mechanisms?q={Api.Q("个一")}&year={year}&size=100");
        var entry = Assert.Single(byYear.Mechanisms);
        Assert.Equal((await ReportsNaming(Name, $"&year={year}")).Count, entry.Reports);
    }

    [Fact]
    public async Task The_list_body_is_exactly_the_contract_serialization()
    {
        var body = await host.Client.GetStringAsync("api/v1/mechanisms?sort=spread&size=5");
        var parsed = JsonSerializer.Deserialize<MechanismListPage>(body, SearchJson.Options)!;
        Assert.Equal(SearchJson.Serialize(parsed), body);
        Assert.Equal("spread", parsed.Sort);
        Assert.True(parsed.Mechanisms.Count <= 5);
    }

    [Fact]
    public async Task A_search_for_a_mechanism_name_carries_its_precedent_card_and_other_searches_do_not()
    {
        var entry = (await Api.Get<MechanismListPage>(host.Client, "api/v1/mechanisms?size=100")).Mechanisms.Single(m => m.Name == Name);
        var precedent = (await Api.Search(host.Client, $"q={Api.Q(Name)}")).Precedent;
        Assert.NotNull(precedent);
        Assert.Equal(SearchJson.Serialize(entry), SearchJson.Serialize(precedent));
        Assert.Null((await Api.Search(host.Client, $"q={Api.Q(Name + " 东湖镇")}")).Precedent);
        Assert.Null((await Api.Search(host.Client, $"q={Api.Q("工作总结")}")).Precedent);
    }

    /// <summary>Every report of each region, fetched a page at a time from …/reports.</summary>
    private async Task<List<MechanismReportRef>> AllReports(string name, IEnumerable<MechanismRegionGroup> regions, int size)
    {
        var all = new List<MechanismReportRef>();
        foreach (var g in regions)
        {
            var region = MechanismPaging.RegionKey(g.RegionPath);
            var reports = new List<MechanismReportRef>();
            for (int page = 1; ; page++)
            {
                var p = await Api.Get<MechanismRegionReports>(host.Client, $"api/v1/mechanisms/{Api.Q(name)}/reports?region={Api.Q(region)}&page={page}&size={size}");
                Assert.Equal(g.ReportCount, p.Total);
                Assert.Equal(g.RegionPath, p.RegionPath);
                reports.AddRange(p.Reports);
                if (p.Reports.Count < size) break;
            }
            // The page shows the region's first reports, and its count is its whole list's.
            Assert.Equal(g.ReportCount, reports.Count);
            Assert.Equal(g.Reports.Select(r => r.Id), reports.Take(g.Reports.Count).Select(r => r.Id));
            all.AddRange(reports);
        }
        return all;
    }

    [Fact]
    public async Task The_regions_and_their_reports_page_by_page_are_the_pages_lists_and_the_searchs_reports()
    {
        var hits = await ReportsNaming(Name);
        var detail = await Api.Get<MechanismDetail>(host.Client, "api/v1/mechanisms/" + Api.Q(Name));
        Assert.InRange(detail.ByRegion.Count, 1, MechanismPaging.RegionsShown);
        Assert.All(detail.ByRegion, g => Assert.InRange(g.Reports.Count, Math.Min(1, g.ReportCount), MechanismPaging.ReportsPerRegion));

        var regions = new List<MechanismRegionGroup>();
        for (int page = 1; ; page++)
        {
            var p = await Api.Get<MechanismRegionPage>(host.Client, $"api/v1/mechanisms/{Api.Q(Name)}/regions?page={page}&size=3");
            Assert.Equal(detail.RegionGroups, p.Total);
            regions.AddRange(p.Regions);
            if (p.Regions.Count < 3) break;
        }
        Assert.Equal(detail.RegionGroups, regions.Count);
        Assert.Equal(JsonSerializer.Serialize(detail.ByRegion), JsonSerializer.Serialize(regions.Take(detail.ByRegion.Count)));
        var reports = await AllReports(Name, regions, size: 1);
        Assert.Equal(hits.Select(h => h.Id).Order(StringComparer.Ordinal), reports.Select(r => r.Id).Order(StringComparer.Ordinal));
        // Each region's reports earliest first, as the page lists them.
        Assert.All(regions, g => Assert.Equal(g.Reports.Select(r => r.Year ?? int.MaxValue).Order(), g.Reports.Select(r => r.Year ?? int.MaxValue)));
    }

    [Fact]
    public async Task A_region_without_a_report_naming_it_and_an_unknown_name_are_404_with_their_codes()
    {
        async Task Is404(string url, string code)
        {
            using var response = await host.Client.GetAsync(url);
            Assert.Equal(404, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(code, doc.RootElement.GetProperty("code").GetString());
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", doc.RootElement.GetProperty("detail").GetString()!);
        }
        await Is404($"api/v1/mechanisms/{Api.Q(Name)}/reports?region={Api.Q("火星›没有的县")}", "mechanism_region_not_found");
        await Is404($"api/v1/mechanisms/{Api.Q("从未出现的机制")}/reports?region=", "mechanism_not_found");
        await Is404($"api/v1/mechanisms/{Api.Q("从未出现的机制")}/regions", "mechanism_not_found");
        // A page past the last is empty, not an error.
        var past = await Api.Get<MechanismRegionPage>(host.Client, $"api/v1/mechanisms/{Api.Q(Name)}/regions?page=1000");
        Assert.Empty(past.Regions);
        Assert.True(past.Total > 0);
    }

    [Theory]
    [InlineData("从未出现的机制")]
    [InlineData("%3Cscript%3E")]
    [InlineData("x")]
    public async Task An_unknown_name_is_404_with_a_code(string name)
    {
        using var response = await host.Client.GetAsync("api/v1/mechanisms/" + name);
        Assert.Equal(404, (int)response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("mechanism_not_found", doc.RootElement.GetProperty("code").GetString());
    }
}
