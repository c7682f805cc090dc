using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>The search page, report view and widget in a real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;
    private string Url(string relative) => browser.Host.BaseAddress + relative;
    private static readonly string Term = Api.Q(TestArchive.CommonTerm);

    [BrowserFact]
    public void Typing_a_query_and_pressing_enter_shows_marked_results()
    {
        Driver.Navigate().GoToUrl(Url(""));
        var box = Driver.FindElement(By.Id("q"));
        box.SendKeys(TestArchive.CommonTerm + Keys.Enter);
        var mark = Wait.For(() => Driver.FindElements(By.CssSelector("#results mark")).FirstOrDefault(), "a <mark> in the results");
        Assert.Equal(TestArchive.CommonTerm, mark.Text);
        Assert.Contains("q=" + Term, Driver.Url);
        Assert.Matches(@"找到 \d+ 篇报告", Driver.FindElement(By.Id("status")).Text);
        Assert.Equal("polite", Driver.FindElement(By.Id("status")).GetAttribute("aria-live"));
    }

    [BrowserFact]
    public void Clicking_a_district_facet_narrows_the_results_and_clicking_again_removes_it()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Term}"));
        var facet = Wait.For(() => FacetButton("南山街道"), "the 南山街道 facet");
        int expected = int.Parse(facet.FindElement(By.CssSelector(".facet-count")).Text);
        facet.Click();

        Wait.For(() => Driver.Url.Contains("district=" + Api.Q("南山街道")), "district in the URL");
        Wait.For(() => FacetButton("南山街道")?.GetAttribute("aria-pressed") == "true", "the facet to show as selected");
        var hits = Wait.For(() => HitMetas() is { Count: > 0 } m && m.All(t => t.Contains("南山街道")) ? m : null, "only 南山街道 hits");
        Assert.Equal(expected, hits.Count);

        FacetButton("南山街道")!.Click();
        Wait.For(() => !Driver.Url.Contains("district="), "the filter to be removed");
        Wait.For(() => HitMetas().Any(t => !t.Contains("南山街道")), "other districts again");
    }

    [BrowserFact]
    public void Paging_moves_to_the_next_page_and_back_restores_the_first()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Term}"));
        var firstPage = Wait.For(() => HitTitles() is { Count: 10 } t ? t : null, "ten hits on page 1");
        Driver.FindElement(By.CssSelector("#pager a[aria-label='第 2 页']")).Click();
        Wait.For(() => Driver.Url.Contains("page=2"), "page=2 in the URL");
        var secondPage = Wait.For(() => HitTitles() is { Count: > 0 } t && !t.SequenceEqual(firstPage) ? t : null, "page 2 hits");
        Assert.Empty(secondPage.Intersect(firstPage));
        Assert.Equal("2", Driver.FindElement(By.CssSelector("#pager [aria-current='page']")).Text);

        Driver.Navigate().Back();
        Wait.For(() => !Driver.Url.Contains("page=2") && HitTitles().SequenceEqual(firstPage), "page 1 again after Back");
    }

    [BrowserFact]
    public void Opening_a_result_shows_the_report_with_its_matches_marked()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Term}&district={Api.Q("东湖镇")}&year=2020"));
        var link = Wait.For(() => Driver.FindElements(By.CssSelector("#results .hit-title a")).FirstOrDefault(), "a result link");
        link.Click();
        Wait.For(() => Driver.Url.Contains("/reports/"), "the report view");
        var marks = Wait.For(() => Driver.FindElements(By.CssSelector("#report-body mark")) is { Count: > 0 } m ? m : null, "marks in the report");
        Assert.All(marks, m => Assert.Equal(TestArchive.CommonTerm, m.Text));
        Assert.Contains("东湖镇", Driver.FindElement(By.Id("meta")).Text);
        Assert.Contains("2020", Driver.FindElement(By.Id("meta")).Text);
        Assert.Contains("synthetic", Driver.FindElement(By.Id("meta")).Text);

        Assert.True(marks.Count >= 2, $"the report opened shows {marks.Count} match(es): the step to a second one needs two");
        Driver.FindElement(By.Id("first-match")).Click();
        Wait.For(() => Driver.FindElements(By.CssSelector("#report-body mark.current")).Count == 1
            && Driver.FindElement(By.CssSelector("#match-status")).Text.Contains("第 1 处"), "the first match to be current");
        // Clicked by script: the first match's smooth scroll may still be moving the page under a pointer click.
        Driver.ExecuteScript("document.getElementById('next-match').click()");
        Wait.For(() => Driver.FindElement(By.CssSelector("#match-status")).Text.Contains("第 2 处"), "the second match to be current");
    }

    [BrowserFact]
    public void No_search_fires_during_an_ime_composition_only_after_it_ends()
    {
        Driver.Navigate().GoToUrl(Url(""));
        Wait.For(() => Driver.FindElement(By.Id("q")).Displayed, "the search box");
        PageActivity.Install(Driver);
        Driver.ExecuteScript("""
            const box = document.getElementById('q');
            box.focus();
            box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
            for (const value of ['l', 'liu', 'liu ge', 'liu ge yi', '六个一']) {
              box.value = value;
              box.dispatchEvent(new CompositionEvent('compositionupdate', { bubbles: true, data: value }));
              box.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: value }));
            }
            box.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter', isComposing: true, keyCode: 229 }));
            """);
        // Settled: any typing delay started by these events has run out. Nothing was asked, nothing is pending.
        PageActivity.WaitUntilSettled(Driver, "after the composition's keystrokes");
        Assert.Empty(PageActivity.Requests(Driver));
        Assert.Equal("", Driver.FindElement(By.Id("status")).Text);

        Driver.ExecuteScript("document.getElementById('q').dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '六个一' }));");
        Wait.For(() => PageActivity.Requests(Driver).Any(r => r.Contains("/api/v1/search")), "a search after compositionend");
        var mark = Wait.For(() => Driver.FindElements(By.CssSelector("#results mark")).FirstOrDefault(), "results after the composition");
        Assert.Equal(TestArchive.CommonTerm, mark.Text);
    }

    [BrowserFact]
    public async Task Script_payloads_in_a_report_show_as_text_and_never_run()
    {
        var search = await Api.Search(browser.Host.Client, $"q={Api.Q(TestArchive.XssMarker)}");
        var id = Assert.Single(search.Hits).Id;

        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(TestArchive.XssMarker)}"));
        var snippet = Wait.For(() => Driver.FindElements(By.CssSelector("#results .snippet")).FirstOrDefault(), "the snippet");
        Assert.Contains(TestArchive.XssScript, snippet.Text);
        Assert.Empty(Driver.FindElements(By.CssSelector("#results img, #results script")));

        Driver.Navigate().GoToUrl(Url($"reports/{id}?q={Api.Q(TestArchive.XssMarker)}"));
        var body = Wait.For(() => Driver.FindElement(By.Id("report-body")) is { Text.Length: > 0 } b ? b : null, "the report text");
        Assert.Contains(TestArchive.XssScript, body.Text);
        Assert.Contains(TestArchive.XssImage, body.Text);
        Assert.Empty(Driver.FindElements(By.CssSelector("#report img, #report script")));
        Assert.Throws<NoAlertPresentException>(() => Driver.SwitchTo().Alert());
    }

    [BrowserFact]
    public void Widget_on_another_origin_shows_results_through_cors()
    {
        Driver.Navigate().GoToUrl(browser.DemoOrigin.ToString());
        var shadow = Wait.For(() => Driver.FindElement(By.Id("widget")).GetShadowRoot(), "the widget's shadow root");
        var box = Wait.For(() => shadow.FindElement(By.CssSelector("input")), "the widget's input");
        box.SendKeys(TestArchive.CommonTerm + Keys.Enter);
        var marks = Wait.For(() => shadow.FindElements(By.CssSelector("mark")) is { Count: > 0 } m ? m : null, "marked results in the widget");
        Assert.Equal(TestArchive.CommonTerm, marks[0].Text);

        var items = shadow.FindElements(By.CssSelector("li"));
        Assert.InRange(items.Count, 1, 3); // size="3"
        Assert.All(items, li => Assert.Contains(BrowserFixture.WidgetDistrict, li.FindElement(By.CssSelector(".meta")).Text));
        var href = shadow.FindElement(By.CssSelector("a.title")).GetAttribute("href")!;
        Assert.StartsWith(browser.Host.BaseAddress + "reports/", href);
        Assert.NotEqual(new Uri(Driver.Url).Port, browser.Host.BaseAddress.Port);
    }

    private IWebElement? FacetButton(string value) =>
        Driver.FindElements(By.CssSelector("#district-facets .facet-button")).FirstOrDefault(b => b.GetAttribute("data-value") == value);

    private List<string> HitMetas() => Driver.FindElements(By.CssSelector("#results .hit-meta")).Select(e => e.Text).ToList();

    private List<string> HitTitles() => Driver.FindElements(By.CssSelector("#results .hit-title a")).Select(e => e.GetAttribute("href")!).ToList();
}
