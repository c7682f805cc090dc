using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>Reports whose title, body, district and org carry script payloads, written into the browser tests' archive.</summary>
public static class XssArchive
{
    public const string Marker = "跨站脚本测试材料";
    public const string ImagePayload = "<img src=x onerror=\"window.__xss=1\">";
    public const string ScriptPayload = "<script>window.__xss=1</script>";
    public const string SvgPayload = "\"><svg onload=window.__xss=1>";
    /// <summary>Reports carrying <see cref="Marker"/>: widget.txt, district.txt and mechanism.txt.</summary>
    public const int MarkedReports = 3;

    public static void WriteInto(TestArchive archive)
    {
        // Shown by the widget (its default district filter is the fixture's).
        archive.Write("xss/widget.txt", $"{BrowserFixture.WidgetDistrict}2021年工作总结\n\n{Marker}：{ImagePayload} {ScriptPayload} {SvgPayload}。\n");
        File.WriteAllText(Path.Combine(archive.ArchiveDir, "xss", "widget.txt.meta.json"),
            $$"""{"title":"标题{{Esc(ImagePayload)}}{{Esc(ScriptPayload)}}","district":"{{BrowserFixture.WidgetDistrict}}","org":"{{Esc(SvgPayload)}}机关","year":2021}""");
        // A district name that is a payload: it appears in facets, chips and hit metadata.
        archive.Write("xss/district.txt", $"某地2020年工作总结\n\n{Marker}：正文里也有 {SvgPayload} 与 {ScriptPayload}。\n");
        File.WriteAllText(Path.Combine(archive.ArchiveDir, "xss", "district.txt.meta.json"),
            $$"""{"title":"{{Esc(SvgPayload)}}标题","district":"{{Esc(ImagePayload)}}街道","year":2020}""");
    }

    /// <summary>A mechanism whose definition and report title carry payloads (its page, the list, the precedent card).</summary>
    public const string Mechanism = "三清单";

    public static void WriteMechanismInto(TestArchive archive)
    {
        archive.Write("xss/mechanism.txt", $"西湾镇2019年工作总结\n\n{Marker}：全面推行“{Mechanism}”工作法（即{ImagePayload}权力清单、{ScriptPayload}责任清单、负面清单），成效明显。\n");
        File.WriteAllText(Path.Combine(archive.ArchiveDir, "xss", "mechanism.txt.meta.json"),
            $$"""{"title":"机制{{Esc(ImagePayload)}}标题","district":"西湾镇","year":2019}""");
    }

    /// <summary>No payload ran and no payload element exists, in the page or inside any shadow root.</summary>
    public static void AssertNothingRan(ChromeDriver driver, string where)
    {
        Assert.True(driver.ExecuteScript("return typeof window.__xss") as string == "undefined", $"a payload ran on {where}");
        // No payload element was created, in the page or inside any shadow root.
        var injected = (long)driver.ExecuteScript("""
            const roots = [document, ...[...document.querySelectorAll('*')].filter(e => e.shadowRoot).map(e => e.shadowRoot)];
            return roots.reduce((n, r) => n + r.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length, 0);
            """)!;
        Assert.True(injected == 0, $"{injected} payload elements on {where}");
    }

    private static string Esc(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"");
}

/// <summary>Script payloads in titles, bodies, district names, orgs and queries show as text and never run: search page, report view, widget.</summary>
[Collection(BrowserCollection.Name)]
public sealed class XssBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;
    private string Url(string relative) => browser.Host.BaseAddress + relative;

    private void AssertNothingRan(string where) => XssArchive.AssertNothingRan(Driver, where);

    [BrowserFact]
    public void Search_page_shows_payloads_in_titles_bodies_and_district_facets_as_text()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(XssArchive.Marker)}"));
        Wait.For(() => Driver.FindElements(By.CssSelector("#results .hit")).Count >= 2, "the two payload reports");
        var text = Driver.FindElement(By.TagName("body")).Text;
        Assert.True(text.Contains(XssArchive.ImagePayload + "街道"), text);
        Assert.Contains("标题<img src=x", text);
        Assert.Contains("<svg onload=window.__xss=1>", text);
        AssertNothingRan("the search page");
    }

    [BrowserFact]
    public void A_payload_query_shows_literally_in_the_box_and_the_empty_result_message()
    {
        var query = XssArchive.ImagePayload + " " + XssArchive.ScriptPayload;
        using (PageActivity.OnEveryNewDocument(Driver))
            Driver.Navigate().GoToUrl(Url($"?q={Api.Q(query)}"));
        Wait.For(() => Driver.FindElement(By.CssSelector("#results, main")).Text.Length > 0, "the answer to the payload query");
        // Settled: the search was answered and shown, and every image has loaded or failed, so the handler an
        // injected one would carry has been queued.
        PageActivity.WaitUntilSettled(Driver, "the answer to the payload query");
        Assert.Contains(PageActivity.Requests(Driver), r => r.Contains("/api/v1/search"));
        Assert.Equal(query, Driver.FindElement(By.CssSelector("input[name=q], input[type=search]")).GetAttribute("value"));
        AssertNothingRan("the search page with a payload query");

        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(XssArchive.Marker)}&district={Api.Q(XssArchive.ImagePayload + "街道")}"));
        Wait.For(() => Driver.FindElements(By.CssSelector("#results .hit")).Count >= 1, "the report of the payload district");
        AssertNothingRan("the search page filtered by a payload district");
    }

    [BrowserFact]
    public async Task Report_view_shows_payload_title_body_and_org_as_text()
    {
        var hits = (await Api.Search(browser.Host.Client, $"q={Api.Q(XssArchive.Marker)}")).Hits;
        Assert.Equal(XssArchive.MarkedReports, hits.Count);
        foreach (var hit in hits)
        {
            Driver.Navigate().GoToUrl(Url($"reports/{Uri.EscapeDataString(hit.Id)}?q={Api.Q(XssArchive.Marker)}"));
            Wait.For(() => Driver.FindElement(By.Id("report")).Displayed, "the report");
            Wait.For(() => Driver.FindElement(By.Id("report")).Text.Contains("window.__xss=1"), "the payload shown as text");
            Assert.Contains(XssArchive.ScriptPayload, Driver.FindElement(By.Id("report")).Text);
            AssertNothingRan($"the report view of {hit.Id}");
        }
    }

    [BrowserFact]
    public void Widget_shows_payload_titles_and_snippets_as_text()
    {
        Driver.Navigate().GoToUrl(browser.DemoOrigin.ToString());
        var shadow = Wait.For(() => Driver.FindElement(By.Id("widget")).GetShadowRoot(), "the widget's shadow root");
        Wait.For(() => shadow.FindElement(By.CssSelector("input")), "the widget's input").SendKeys(XssArchive.Marker + Keys.Enter);
        Wait.For(() => shadow.FindElements(By.CssSelector("li")).Count > 0, "widget results");
        var text = string.Join("\n", shadow.FindElements(By.CssSelector("li")).Select(li => li.Text));
        Assert.Contains("标题<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>", text);
        AssertNothingRan("the widget");
    }
}
