using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>The embeddable widget on other origins: one the host refuses (CORS), one it allows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;

    private ISearchContext OpenWidget(Uri origin, string query = "")
    {
        Driver.Navigate().GoToUrl(origin + query);
        var shadow = Wait.For(() => Driver.FindElement(By.Id("widget")).GetShadowRoot(), "the widget's shadow root");
        Wait.For(() => shadow.FindElement(By.CssSelector("input")), "the widget's input");
        return shadow;
    }

    [BrowserFact]
    public void A_cors_refusal_is_explained_naming_the_setting_then_an_allowed_origin_gets_results()
    {
        var shadow = OpenWidget(browser.RefusedOrigin);
        Assert.False(shadow.FindElement(By.CssSelector(".more")).Displayed); // no "查看全部结果" before a search
        shadow.FindElement(By.CssSelector("input")).SendKeys(TestArchive.CommonTerm + Keys.Enter);
        var status = Wait.For(() => shadow.FindElement(By.CssSelector(".status")) is { Text.Length: > 0 } s && s.Text.Contains("Cors") ? s : null, "the CORS explanation");
        Assert.Contains("Cors:AllowedOrigins", status.Text);
        Assert.Contains(browser.RefusedOrigin.GetLeftPart(UriPartial.Authority), status.Text);
        Assert.Contains("跨域", status.Text);
        Assert.DoesNotContain("Failed to fetch", status.Text);
        Assert.Empty(shadow.FindElements(By.CssSelector("li")));

        shadow = OpenWidget(browser.DemoOrigin);
        Driver.ExecuteScript("window.__events = []; document.addEventListener('report-search:results', e => window.__events.push(e.detail.total));");
        shadow.FindElement(By.CssSelector("input")).SendKeys(TestArchive.CommonTerm + Keys.Enter);
        var marks = Wait.For(() => shadow.FindElements(By.CssSelector("mark")) is { Count: > 0 } m ? m : null, "results on the allowed origin");
        Assert.Equal(TestArchive.CommonTerm, marks[0].Text);
        var text = shadow.FindElement(By.CssSelector(".status")).Text;
        Assert.Matches(@"找到 \d+ 篇报告", text);
        Assert.DoesNotContain("毫秒", text);
        int total = TestArchive.Synthetic.Count(s => s.District == BrowserFixture.WidgetDistrict);
        Assert.Equal(total, Convert.ToInt32(Wait.For(() => Driver.ExecuteScript("return window.__events[0];"), "the results event")));
        Assert.True(shadow.FindElement(By.CssSelector(".more")).Displayed); // 5 reports, size 3: more to see
    }

    [BrowserFact]
    public void The_english_widget_explains_a_refusal_and_a_bad_query_in_english()
    {
        var shadow = OpenWidget(browser.RefusedOrigin, "?lang=en");
        shadow.FindElement(By.CssSelector("input")).SendKeys(TestArchive.CommonTerm + Keys.Enter);
        var status = Wait.For(() => shadow.FindElement(By.CssSelector(".status")) is { Text.Length: > 0 } s && s.Text.Contains("Cors") ? s : null, "the English CORS explanation");
        Assert.Contains("refused", status.Text);
        Assert.Contains("Cors:AllowedOrigins", status.Text);

        shadow = OpenWidget(browser.DemoOrigin, "?lang=en");
        shadow.FindElement(By.CssSelector("input")).SendKeys("\"" + TestArchive.CommonTerm + Keys.Enter);
        Wait.For(() => shadow.FindElement(By.CssSelector(".status")).Text.Contains("Unbalanced quotation marks"), "the English error");
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", shadow.FindElement(By.CssSelector(".status")).Text);
    }

    [BrowserFact]
    public void A_widget_removed_during_a_search_aborts_it()
    {
        var shadow = OpenWidget(browser.DemoOrigin);
        Driver.ExecuteScript("""
            window.__aborted = false;
            const original = window.fetch;
            window.fetch = (url, init) => {
              init?.signal?.addEventListener('abort', () => { window.__aborted = true; });
              return new Promise(() => {}); // never answers: the search stays in flight
            };
            """);
        shadow.FindElement(By.CssSelector("input")).SendKeys(TestArchive.CommonTerm + Keys.Enter);
        Wait.For(() => shadow.FindElement(By.CssSelector(".status")).Text.Length > 0, "the search in flight");
        Assert.Equal(false, Driver.ExecuteScript("return window.__aborted;"));
        Driver.ExecuteScript("document.getElementById('widget').remove();");
        Wait.For(() => Driver.ExecuteScript("return window.__aborted;") is true, "the fetch aborted on removal");
    }

    [BrowserFact]
    public void With_live_the_widget_searches_as_you_type_but_not_during_an_ime_composition()
    {
        var shadow = OpenWidget(browser.DemoOrigin);
        PageActivity.Install(Driver);
        Driver.ExecuteScript("""
            const w = document.getElementById('widget');
            w.setAttribute('live', '');
            const box = w.shadowRoot.querySelector('input');
            box.focus();
            box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
            box.value = 'liu ge yi';
            box.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText' }));
            """);
        // Settled: any typing delay started by these events has run out. Nothing was asked.
        PageActivity.WaitUntilSettled(Driver, "after the composition's keystrokes");
        Assert.Empty(PageActivity.Requests(Driver));
        Assert.Equal("", shadow.FindElement(By.CssSelector(".status")).Text);
        Driver.ExecuteScript("""
            const box = document.getElementById('widget').shadowRoot.querySelector('input');
            box.value = '六个一';
            box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '六个一' }));
            """);
        var marks = Wait.For(() => shadow.FindElements(By.CssSelector("mark")) is { Count: > 0 } m ? m : null, "results without pressing Enter");
        Assert.Equal(TestArchive.CommonTerm, marks[0].Text);
    }

    [BrowserFact]
    public void The_host_page_themes_the_widget_with_custom_properties_and_parts()
    {
        var shadow = OpenWidget(browser.DemoOrigin);
        Driver.ExecuteScript("""
            const style = document.createElement('style');
            style.textContent = 'report-search { --report-search-accent: rgb(10, 120, 60); } report-search::part(input) { border-color: rgb(200, 0, 0); }';
            document.head.append(style);
            """);
        Assert.Equal("rgba(10, 120, 60, 1)", shadow.FindElement(By.CssSelector("button")).GetCssValue("background-color"));
        Assert.Equal("rgba(200, 0, 0, 1)", shadow.FindElement(By.CssSelector("input")).GetCssValue("border-top-color"));
        // Page CSS without ::part still does not leak in.
        Driver.ExecuteScript("const s = document.createElement('style'); s.textContent = 'input { border-top-color: rgb(0, 0, 255) !important; }'; document.head.append(s);");
        Assert.Equal("rgba(200, 0, 0, 1)", shadow.FindElement(By.CssSelector("input")).GetCssValue("border-top-color"));
    }
}
