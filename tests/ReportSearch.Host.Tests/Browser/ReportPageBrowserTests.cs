using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>The report view's tools in a real Chromium: print layout, citation, search within, the match bar.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPageBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;
    private string Url(string relative) => browser.Host.BaseAddress + relative;

    private async Task<string> ReportId(string district, int year)
    {
        var search = await Api.Search(browser.Host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&district={Api.Q(district)}&year={year}");
        return Assert.Single(search.Hits).Id;
    }

    [BrowserFact]
    public async Task Printing_shows_the_report_alone_with_source_date_and_permalink_and_indented_paragraphs()
    {
        var id = await ReportId("北岭乡", 2018);
        Driver.Navigate().GoToUrl(Url($"reports/{id}?q={Api.Q(TestArchive.CommonTerm)}"));
        Wait.For(() => Driver.FindElements(By.CssSelector("#report-body mark")).Count > 0, "the marked report");
        var footer = Driver.FindElement(By.Id("print-footer"));
        Assert.False(footer.Displayed); // on screen the footer is not shown
        Assert.True(Driver.FindElement(By.CssSelector(".topbar")).Displayed);

        Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        try
        {
            Wait.For(() => footer.Displayed, "the print footer");
            foreach (var chrome in new[] { ".topbar", ".footer", ".report-tools", "#back", ".match-bar" })
                Assert.False(Driver.FindElement(By.CssSelector(chrome)).Displayed, chrome + " hidden in print");
            Assert.Contains($"/reports/{id}", footer.Text);
            Assert.Contains("来源：", footer.Text);
            Assert.Contains("synthetic", footer.Text);
            var paragraph = Driver.FindElement(By.CssSelector("#report-body .section-text p"));
            double indent = double.Parse(paragraph.GetCssValue("text-indent").Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);
            double size = double.Parse(paragraph.GetCssValue("font-size").Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(2 * size, indent, 1); // two characters
            Assert.Equal("rgba(0, 0, 0, 0)", Driver.FindElement(By.CssSelector("#report-body mark")).GetCssValue("background-color"));
        }
        finally
        {
            Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "" });
        }
    }

    [BrowserFact]
    public async Task Without_a_query_there_is_no_match_bar_and_search_within_marks_the_report()
    {
        var id = await ReportId("东湖镇", 2021);
        Driver.Navigate().GoToUrl(Url($"reports/{id}"));
        Wait.For(() => Driver.FindElement(By.Id("report")).Displayed, "the report");
        Assert.False(Driver.FindElement(By.Id("match-bar")).Displayed);
        Assert.Empty(Driver.FindElements(By.CssSelector("#report-body mark")));

        var within = Driver.FindElement(By.Id("within-q"));
        within.SendKeys(TestArchive.CommonTerm + Keys.Enter);
        var marks = Wait.For(() => Driver.FindElements(By.CssSelector("#report-body mark")) is { Count: > 0 } m ? m : null, "marks after searching within");
        Assert.All(marks, m => Assert.Equal(TestArchive.CommonTerm, m.Text));
        Assert.True(Driver.FindElement(By.Id("match-bar")).Displayed);
        Assert.Contains($"共 {marks.Count} 处", Driver.FindElement(By.Id("match-status")).Text);
        Assert.Contains("/reports/" + id, Driver.Url);
        Assert.Contains("q=" + Api.Q(TestArchive.CommonTerm), Driver.Url);
        Wait.For(() => Driver.FindElements(By.CssSelector("#report-body mark.current")).Count == 1, "the first match current");
    }

    [BrowserFact]
    public async Task Copy_citation_puts_the_standard_chinese_citation_on_the_clipboard()
    {
        var id = await ReportId("南山街道", 2019);
        var report = await Api.Get<ReportSearch.Search.ReportView>(browser.Host.Client, $"api/v1/reports/{id}");
        Driver.Navigate().GoToUrl(Url($"reports/{id}"));
        Wait.For(() => Driver.FindElement(By.Id("report")).Displayed, "the report");
        // The clipboard of a headless browser is not readable from the test: record what the page writes.
        Driver.ExecuteScript("window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); };");
        Driver.FindElement(By.Id("copy-citation")).Click();
        var copied = Wait.For(() => Driver.ExecuteScript("return window.__copied;") as string, "the copied citation");
        var author = report.Org ?? report.District;
        Assert.StartsWith($"{author}《{report.Title}》", copied);
        if (report.Date is { } date) Assert.EndsWith($"，{int.Parse(date[..4])}年{int.Parse(date[5..7])}月{int.Parse(date[8..10])}日", copied);
        else Assert.EndsWith($"，{report.Year}年", copied);
        Assert.Equal("已复制引用", Driver.FindElement(By.Id("tool-status")).Text);

        Driver.FindElement(By.Id("copy-link")).Click();
        Wait.For(() => (Driver.ExecuteScript("return window.__copied;") as string) == browser.Host.BaseAddress + "reports/" + id, "the permalink copied");
    }
}
