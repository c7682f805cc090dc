using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>Accessibility and loading behaviour of the pages, measured in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;
    private string Url(string relative) => browser.Host.BaseAddress + relative;

    // Every visible text node against the first opaque background behind it (WCAG relative luminance).
    private const string LowContrast = """
        const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const rgba = s => s.match(/[\d.]+/g).map(Number);
        const background = el => { for (; el; el = el.parentElement) { const c = rgba(getComputedStyle(el).backgroundColor); if (c.length < 4 || c[3] > 0.9) return c.slice(0, 3); } return [255, 255, 255]; };
        const bad = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent.trim() || !el.checkVisibility?.() || el.closest('[disabled], .visually-hidden, noscript')) continue;
          const r = el.getBoundingClientRect();
          if (r.width < 2 || r.height < 2) continue;
          const a = lum(rgba(getComputedStyle(el).color).slice(0, 3)), b = lum(background(el));
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < 4.5) bad.push(`${el.tagName}.${el.className}: "${n.textContent.trim().slice(0, 20)}" ${ratio.toFixed(2)}`);
        }
        return bad;
        """;

    [BrowserFact]
    public async Task Search_and_report_pages_have_an_h1_and_text_contrast_of_at_least_4_5()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(TestArchive.CommonTerm)}"));
        Wait.For(() => Driver.FindElements(By.CssSelector("#results .hit")).Count > 0, "results");
        Assert.Single(Driver.FindElements(By.TagName("h1")));
        Assert.Single(Driver.FindElements(By.TagName("noscript")));
        Assert.Contains("/", Driver.FindElement(By.CssSelector(".shortcuts")).Text); // shortcuts are shown
        Driver.FindElement(By.CssSelector("#advanced summary")).Click();
        Assert.Empty((IEnumerable<object>)Driver.ExecuteScript(LowContrast)!);

        var id = (await Api.Search(browser.Host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&size=1")).Hits[0].Id;
        Driver.Navigate().GoToUrl(Url($"reports/{id}?q={Api.Q(TestArchive.CommonTerm)}"));
        Wait.For(() => Driver.FindElement(By.Id("report")).Displayed, "the report");
        Assert.Single(Driver.FindElements(By.TagName("h1")));
        Assert.Empty((IEnumerable<object>)Driver.ExecuteScript(LowContrast)!);
    }

    [BrowserFact]
    public void Over_a_thousand_reports_few_tab_stops_come_before_the_first_result()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(GeneratedArchive.Term)}"));
        Wait.For(() => Driver.FindElements(By.CssSelector("#results .hit-title a")).Count > 0, "results");
        var stops = (long)Driver.ExecuteScript("""
            const first = document.querySelector('#results .hit-title a');
            const focusable = [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex]')]
              .filter(e => e.tabIndex >= 0 && !e.disabled && e.checkVisibility());
            return focusable.indexOf(first);
            """)!;
        // Search box and button, advanced form toggle, facets (ten values, filter box, 更多, years, range): not 150.
        Assert.InRange(stops, 5, 45);
    }

    [BrowserFact]
    public void Old_results_stay_dimmed_while_new_ones_load()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(TestArchive.CommonTerm)}"));
        var facet = Wait.For(() => Driver.FindElements(By.CssSelector("#district-facets .facet-button")).FirstOrDefault(), "a facet");
        var count = facet.FindElement(By.CssSelector(".facet-count")).Text;
        var before = Driver.FindElements(By.CssSelector("#results .hit")).Count;
        // Hold every search answer back by a second, to look at the page in between.
        Driver.ExecuteScript("""
            const original = window.fetch;
            window.fetch = (...args) => String(args[0]).includes('/api/v1/search')
              ? new Promise(resolve => setTimeout(() => resolve(original(...args)), 1000)) : original(...args);
            """);
        facet.Click();
        var column = Driver.FindElement(By.CssSelector(".results-column"));
        Wait.For(() => column.GetAttribute("aria-busy") == "true", "the busy state", 2);
        Assert.Equal(before, Driver.FindElements(By.CssSelector("#results .hit")).Count); // still the old results
        Wait.For(() => double.Parse(Driver.FindElement(By.Id("results")).GetCssValue("opacity"), System.Globalization.CultureInfo.InvariantCulture) < 0.6, "dimmed results", 2);
        Wait.For(() => column.GetAttribute("aria-busy") is null && Driver.FindElement(By.Id("status")).Text.Contains($"找到 {count} 篇"), "the new results");
        Assert.Equal("1", Driver.FindElement(By.Id("results")).GetCssValue("opacity"));
    }

    [BrowserFact]
    public void Reduced_motion_turns_off_the_drawer_transition()
    {
        Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?>
        {
            ["features"] = new[] { new Dictionary<string, object?> { ["name"] = "prefers-reduced-motion", ["value"] = "reduce" } },
        });
        try
        {
            Driver.Navigate().GoToUrl(Url(""));
            var filters = Driver.FindElement(By.Id("filters"));
            Assert.Equal("0s", filters.GetCssValue("transition-duration"));
        }
        finally
        {
            Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["features"] = Array.Empty<object>() });
        }
    }

    [BrowserFact]
    public void A_network_failure_is_reported_in_chinese()
    {
        Driver.Navigate().GoToUrl(Url(""));
        Driver.ExecuteScript("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
        var box = Driver.FindElement(By.Id("q"));
        box.SendKeys(TestArchive.CommonTerm + Keys.Enter);
        var error = Wait.For(() => Driver.FindElement(By.Id("error")) is { Displayed: true } e ? e : null, "the error message");
        Assert.Contains("无法连接到检索服务", error.Text);
        Assert.DoesNotContain("Failed", error.Text);
    }
}
