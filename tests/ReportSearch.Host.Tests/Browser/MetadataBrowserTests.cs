using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using ReportSearch.Analysis;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>文号, 时效性 and untitled reports in a real Chromium (issue 19): the facet, the card, the citation, 无标题.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MetadataBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;
    private string Url(string relative) => browser.Host.BaseAddress + relative;
    private static readonly string Marker = Api.Q(TestArchive.MetadataMarker);

    private async Task<SearchHit> Hit(string fileName) =>
        (await Api.Search(browser.Host.Client, $"q={Marker}&size=50")).Hits.Single(h => Path.GetFileName(h.Source) == fileName);

    private IWebElement? Card(string reportId) =>
        Driver.FindElements(By.CssSelector("#results li.hit")).FirstOrDefault(li =>
            li.FindElement(By.CssSelector(".hit-title a")).GetAttribute("href")!.Contains("/reports/" + reportId));

    [BrowserFact]
    public async Task The_validity_facet_shows_the_api_counts_and_narrows_the_results()
    {
        var api = await Api.Search(browser.Host.Client, $"q={Marker}&size=50");
        Driver.Navigate().GoToUrl(Url($"?q={Marker}"));
        var facet = Wait.For(() => Driver.FindElements(By.CssSelector("#validity-facets .facet-button")) is { Count: > 0 } b ? b : null, "the 时效性 facet");
        Assert.Equal("时效性", Driver.FindElement(By.Id("validity-heading")).Text);
        Assert.Equal(api.Facets.Validity.ToDictionary(f => f.Value, f => f.Count.ToString()),
            facet.ToDictionary(b => b.GetAttribute("data-value")!, b => b.FindElement(By.CssSelector(".facet-count")).Text));

        int repealed = api.Facets.Validity.Single(f => f.Value == ValidityText.Repealed).Count;
        facet.Single(b => b.GetAttribute("data-value") == ValidityText.Repealed).Click();
        Wait.For(() => Driver.Url.Contains("validity=" + Api.Q(ValidityText.Repealed)), "validity in the URL");
        var cards = Wait.For(() => Driver.FindElements(By.CssSelector("#results li.hit")) is { Count: var n } c && n == repealed ? c : null, "only the repealed reports");
        var expected = api.Hits.Where(h => h.Validity == ValidityText.Repealed).Select(h => h.Id).ToList();
        Assert.All(expected, id => Assert.NotNull(Card(id)));
        Assert.Contains(Driver.FindElements(By.CssSelector("#active-filters .chip")), c => c.Text.Contains("时效性") && c.Text.Contains(ValidityText.Repealed));
    }

    [BrowserFact]
    public async Task A_card_shows_the_doc_number_and_never_an_index_number()
    {
        var numbered = await Hit("policy-a.txt");
        var indexOnly = await Hit("index-number-only.txt");
        Driver.Navigate().GoToUrl(Url($"?q={Marker}"));
        var card = Wait.For(() => Card(numbered.Id), "the numbered report's card");
        Assert.Contains("文号" + TestArchive.DocNumber, card.FindElement(By.CssSelector(".hit-meta")).Text.Replace(" ", "").Replace("\n", ""));
        var other = Card(indexOnly.Id)!;
        Assert.DoesNotContain("文号", other.FindElement(By.CssSelector(".hit-meta")).Text);
        Assert.DoesNotContain(TestArchive.IndexNumber, other.Text);
    }

    [BrowserFact]
    public void A_doc_number_typed_in_any_bracket_form_becomes_a_filter_chip_and_finds_the_number_s_reports()
    {
        Driver.Navigate().GoToUrl(Url(""));
        Driver.FindElement(By.Id("q")).SendKeys("docNumber:国发【2017】35号" + Keys.Enter);
        Wait.For(() => Driver.Url.Contains("docNumber="), "docNumber in the URL");
        var metas = Wait.For(() => Driver.FindElements(By.CssSelector("#results .hit-meta")) is { Count: 3 } m ? m : null, "the three reports of that number");
        Assert.All(metas, m => Assert.Contains(TestArchive.DocNumber, m.Text));
        Assert.Contains(Driver.FindElements(By.CssSelector("#active-filters .chip")), c => c.Text.Contains("文号"));
    }

    [BrowserFact]
    public void The_advanced_form_takes_a_doc_number_in_any_bracket_form()
    {
        Driver.Navigate().GoToUrl(Url(""));
        Driver.FindElement(By.CssSelector("#advanced summary")).Click();
        var field = Wait.For(() => Driver.FindElement(By.Id("adv-doc-number")) is { Displayed: true } f ? f : null, "the 文号 field");
        field.SendKeys("国发(2017)35号");
        Wait.For(() => Driver.FindElement(By.Id("adv-preview")).Text.Contains("文号：国发(2017)35号"), "the preview naming the 文号");
        Driver.FindElement(By.CssSelector("#advanced-form button[type=submit]")).Click();
        Wait.For(() => Driver.Url.Contains("docNumber="), "docNumber in the URL");
        var metas = Wait.For(() => Driver.FindElements(By.CssSelector("#results .hit-meta")) is { Count: 3 } m ? m : null, "the three reports of that number");
        Assert.All(metas, m => Assert.Contains(TestArchive.DocNumber, m.Text));
    }

    [BrowserFact]
    public async Task The_citation_carries_the_doc_number_and_never_an_index_number()
    {
        Assert.Contains($"（{TestArchive.DocNumber}）", await CopiedCitation((await Hit("policy-a.txt")).Id));
        var withoutNumber = await CopiedCitation((await Hit("index-number-only.txt")).Id);
        Assert.DoesNotContain(TestArchive.IndexNumber, withoutNumber);
        Assert.DoesNotContain("号）", withoutNumber);
        Assert.StartsWith("广州市人民政府办公厅《广州市人民政府办公厅关于做好春季农业生产工作的通知》，", withoutNumber);
    }

    private async Task<string> CopiedCitation(string id)
    {
        await Task.Yield();
        Driver.Navigate().GoToUrl(Url($"reports/{id}"));
        Wait.For(() => Driver.FindElement(By.Id("report")).Displayed, "the report");
        Driver.ExecuteScript("window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); };");
        Driver.FindElement(By.Id("copy-citation")).Click();
        return Wait.For(() => Driver.ExecuteScript("return window.__copied;") as string, "the copied citation");
    }

    [BrowserFact]
    public async Task An_untitled_report_says_so_with_its_opening_line_as_text_in_card_report_view_and_widget()
    {
        var untitled = await Hit("000123.txt");
        var shown = "（无标题）" + TestArchive.UntitledOpening;

        Driver.Navigate().GoToUrl(Url($"?q={Marker}"));
        var link = Wait.For(() => Card(untitled.Id), "the untitled card").FindElement(By.CssSelector(".hit-title a"));
        Assert.Equal(shown, link.Text);
        Assert.Empty(link.FindElements(By.CssSelector("b"))); // the markup in the text is shown, not obeyed

        Driver.Navigate().GoToUrl(Url($"reports/{untitled.Id}"));
        var title = Wait.For(() => Driver.FindElement(By.Id("title")) is { Text.Length: > 0 } t ? t : null, "the report title");
        Assert.Equal(shown, title.Text);
        Assert.Empty(title.FindElements(By.CssSelector("b")));
        Assert.StartsWith(shown, Driver.Title);

        Driver.Navigate().GoToUrl(browser.DemoOrigin.ToString());
        var shadow = Wait.For(() => Driver.FindElement(By.Id("widget")).GetShadowRoot(), "the widget's shadow root");
        Driver.ExecuteScript("document.getElementById('widget').removeAttribute('district');");
        shadow.FindElement(By.CssSelector("input")).SendKeys(TestArchive.MetadataMarker + Keys.Enter);
        var widgetTitles = Wait.For(() => shadow.FindElements(By.CssSelector("a.title")) is { Count: > 0 } a ? a : null, "widget results");
        // The widget shows a page of three: find the untitled one among the results, or ask for it alone.
        var titles = widgetTitles.Select(a => a.Text).ToList();
        if (!titles.Contains(shown))
        {
            shadow.FindElement(By.CssSelector("input")).Clear();
            shadow.FindElement(By.CssSelector("input")).SendKeys("各街道、各部门 " + TestArchive.MetadataMarker + Keys.Enter);
            titles = Wait.For(() => shadow.FindElements(By.CssSelector("a.title")).Select(a => a.Text).ToList() is { Count: 1 } t ? t : null, "the untitled report alone");
        }
        Assert.Contains(shown, titles);
        Assert.Empty(shadow.FindElements(By.CssSelector("a.title b")));
    }
}
