using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>其他地区的类似报告 on the report view, checked against the API's own answer over real HTTP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RelatedBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;

    private List<string> ShownIds() => Driver.FindElements(By.CssSelector("#related-list li a"))
        .Select(a => Uri.UnescapeDataString(new Uri(a.GetAttribute("href")!).AbsolutePath["/reports/".Length..])).ToList();

    [BrowserFact]
    public async Task The_report_view_lists_the_apis_related_reports_and_the_toggle_keeps_the_same_level()
    {
        var hit = (await Api.Search(browser.Host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&district={Api.Q("南山街道")}&year=2019")).Hits.Single();
        var any = await Api.Get<RelatedReports>(browser.Host.Client, $"api/v1/reports/{hit.Id}/related?size=10");
        var same = await Api.Get<RelatedReports>(browser.Host.Client, $"api/v1/reports/{hit.Id}/related?size=10&level=same");
        Assert.NotEmpty(any.Reports);

        Driver.Navigate().GoToUrl(browser.Host.BaseAddress + $"reports/{Api.Q(hit.Id)}");
        var section = Wait.For(() => Driver.FindElement(By.Id("related")) is { Displayed: true } s ? s : null, "the related section");
        Assert.Equal("其他地区的类似报告", section.FindElement(By.TagName("h2")).Text);
        Wait.For(() => ShownIds().SequenceEqual(any.Reports.Select(r => r.Id)), "the API's related reports, in order");
        var items = Driver.FindElements(By.CssSelector("#related-list li"));
        for (int i = 0; i < items.Count; i++)
        {
            var r = any.Reports[i];
            Assert.Contains(r.Title!, items[i].Text);
            if (r.Year is { } year) Assert.Contains($"{year} 年", items[i].Text);
            Assert.Contains(r.Region is { Count: > 0 } region ? string.Join(" › ", region) : r.District!, items[i].Text);
            foreach (var shared in r.SharedMechanisms.Take(1).Concat(r.SharedTerms.Take(1))) Assert.Contains(shared, items[i].Text);
        }

        Driver.FindElement(By.Id("related-same-level")).Click();
        Wait.For(() => ShownIds().SequenceEqual(same.Reports.Select(r => r.Id)), "the same-level reports");
        if (same.Reports.Count == 0) Assert.Contains("同级", Driver.FindElement(By.Id("related-status")).Text);
        Driver.FindElement(By.Id("related-same-level")).Click();
        Wait.For(() => ShownIds().SequenceEqual(any.Reports.Select(r => r.Id)), "all other places again");
    }

    // The relatedness floor shows nothing rather than padding: a report with no report on its subject elsewhere (the
    // API says so) gets the section's empty state, never an empty list without a word.
    [BrowserFact]
    public async Task A_report_with_no_report_on_its_subject_elsewhere_says_there_is_none()
    {
        string? lonely = null;
        foreach (var hit in (await Api.Search(browser.Host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&size=50")).Hits)
            if ((await Api.Get<RelatedReports>(browser.Host.Client, $"api/v1/reports/{hit.Id}/related?size=10")).Reports.Count == 0)
            {
                lonely = hit.Id;
                break;
            }
        Assert.True(lonely is not null, "every report of the test archive has related reports: the empty state is not reached");

        Driver.Navigate().GoToUrl(browser.Host.BaseAddress + $"reports/{Api.Q(lonely!)}");
        Wait.For(() => Driver.FindElement(By.Id("related-status")).Text == "暂无其他地区的类似报告。" ? "shown" : null, "the empty state");
        Assert.Empty(ShownIds());
    }
}
