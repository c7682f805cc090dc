using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>
/// The search page's tools in a real Chromium: the facet drawer on a phone over 1,000 reports, the advanced
/// form, browsing by filter only, the fixes offered for empty results, and autocomplete under an IME.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchToolsBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;
    private string Url(string relative) => browser.Host.BaseAddress + relative;

    [BrowserFact]
    public async Task On_a_390px_phone_results_come_first_and_facets_open_in_a_drawer_with_ten_values_more_and_a_filter_box()
    {
        var api = await Api.Search(browser.Host.Client, $"q={Api.Q(GeneratedArchive.Term)}&size=1");
        Assert.Equal(GeneratedArchive.Count, api.Total);
        Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride",
            new Dictionary<string, object?> { ["width"] = 390, ["height"] = 844, ["deviceScaleFactor"] = 1, ["mobile"] = true });
        try
        {
            Driver.Navigate().GoToUrl(Url($"?q={Api.Q(GeneratedArchive.Term)}"));
            var first = Wait.For(() => Driver.FindElements(By.CssSelector("#results .hit")).FirstOrDefault(), "the first result");
            Assert.Equal(390L, Driver.ExecuteScript("return window.innerWidth;"));
            // Results first: the first result starts on the first screen, and the facets are not on the page.
            Assert.InRange(first.Location.Y, 0, 844 - 60);
            var drawer = Driver.FindElement(By.Id("filters"));
            Assert.False(drawer.Displayed);
            Assert.DoesNotContain(Driver.FindElements(By.CssSelector("#district-facets .facet-button")), b => b.Displayed);

            var open = Driver.FindElement(By.Id("open-filters"));
            Assert.True(open.Displayed);
            open.Click();
            Wait.For(() => drawer.Displayed && Driver.FindElement(By.Id("close-filters")).Displayed, "the drawer to open");
            Assert.Equal("true", open.GetAttribute("aria-expanded"));
            Wait.For(() => (long)Driver.ExecuteScript("const r = document.getElementById('filters').getBoundingClientRect(); return Math.round(r.right);")! <= 390, "the drawer inside the viewport");

            // Ten values, then 更多 naming how many are left (of the place facet's level, as the API counts it: all of
            // them, also those the response did not carry).
            var facets = (await Api.Search(browser.Host.Client, $"q={Api.Q(GeneratedArchive.Term)}&size=1")).Facets;
            var facet = facets.District;
            Assert.True(facet.Count > 10, $"the generated archive should need 更多: {facet.Count} place values");
            var buttons = Driver.FindElements(By.CssSelector("#district-facets .facet-button"));
            Assert.Equal(10, buttons.Count);
            var more = Driver.FindElement(By.CssSelector("[data-facet='district'] .facet-more"));
            Assert.Contains($"还有 {facets.Distinct.District - 10} 项", more.Text);
            // Spoken names: "安溪镇，7 篇", not "安溪镇7".
            Assert.All(buttons, b => Assert.Matches(@"^.+，\d+ 篇$", b.GetAttribute("aria-label")));

            // The filter box finds a value beyond the top ten; its count is the archive's own.
            var shown = buttons.Select(b => b.GetAttribute("data-value")).ToHashSet();
            var target = facet.Select(f => f.Value).First(d => !shown.Contains(d));
            var box = Driver.FindElement(By.Id("district-facet-filter"));
            box.SendKeys(target);
            var match = Wait.For(() => Driver.FindElements(By.CssSelector("#district-facets .facet-button")) is { Count: 1 } m && m[0].GetAttribute("data-value") == target ? m[0] : null, $"only {target} in the list");
            int expected = facet.Single(f => f.Value == target).Count;
            Assert.Equal(expected.ToString(), match.FindElement(By.CssSelector(".facet-count")).Text);
            match.Click();

            Wait.For(() => Driver.Url.Contains("district=" + Api.Q(target)), "the district in the URL");
            Driver.FindElement(By.Id("close-filters")).Click();
            Wait.For(() => !drawer.Displayed, "the drawer to close");
            Wait.For(() => Driver.FindElement(By.Id("status")).Text.Contains($"找到 {expected} 篇"), $"{expected} results");
            Assert.Contains(target, Driver.FindElement(By.Id("active-filters")).Text);
            Assert.Contains("筛选（1）", Driver.FindElement(By.Id("open-filters")).Text);
        }
        finally
        {
            Driver.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", new Dictionary<string, object?>());
        }
    }

    [BrowserFact]
    public async Task A_facet_the_response_cut_short_is_fetched_whole_once_when_searched_in_or_opened()
    {
        var term = Api.Q(GeneratedArchive.OrgTerm);
        var cut = (await Api.Search(browser.Host.Client, $"q={term}&size=1")).Facets;
        var whole = (await Api.Search(browser.Host.Client, $"q={term}&size=1&facetSize={SearchRequest.MaxFacetSize}")).Facets.Org;
        Assert.Equal(SearchRequest.DefaultFacetSize, cut.Org.Count);
        Assert.Equal(whole.Count, cut.Distinct.Org);
        Assert.True(whole.Count > SearchRequest.DefaultFacetSize, $"the generated archive should have more issuing bodies than a response carries: {whole.Count}");
        // An issuing body the first response did not carry, and its count in the whole facet.
        var carried = cut.Org.Select(f => f.Value).ToHashSet();
        var target = whole.Last(f => !carried.Contains(f.Value));

        Driver.Navigate().GoToUrl(Url($"?q={term}"));
        Wait.For(() => Driver.FindElements(By.CssSelector("#org-facets .facet-button")).Count == 10, "the top ten issuing bodies");
        PageActivity.Install(Driver);
        var box = Driver.FindElement(By.Id("org-facet-filter"));
        Assert.Contains($"共 {whole.Count} 项", box.GetAttribute("placeholder"));
        Assert.Contains($"还有 {whole.Count - 10} 项", Driver.FindElement(By.CssSelector("[data-facet='org'] .facet-more")).Text);

        // Typing finds it: the page asked for the same search with every facet value, and shows the real count.
        box.SendKeys(target.Value);
        var match = Wait.For(() => Driver.FindElements(By.CssSelector("#org-facets .facet-button")) is { Count: 1 } m && m[0].GetAttribute("data-value") == target.Value ? m[0] : null, $"{target.Value}, not in the first response");
        Assert.Equal(target.Count.ToString(), match.FindElement(By.CssSelector(".facet-count")).Text);
        PageActivity.WaitUntilSettled(Driver, "after the facet's values came");
        var asked = Assert.Single(PageActivity.Requests(Driver));
        Assert.Contains($"facetSize={SearchRequest.MaxFacetSize}", asked);
        Assert.Contains("size=1&", asked + "&");
        Assert.Contains("q=" + term, asked);

        // 更多 then lists every issuing body, from the answer already had: no second request.
        box.SendKeys(Keys.Control + "a" + Keys.Control + Keys.Backspace);
        var more = Wait.For(() => Driver.FindElement(By.CssSelector("[data-facet='org'] .facet-more")) is { Displayed: true } b ? b : null, "更多 again");
        more.Click();
        Wait.For(() => Driver.FindElements(By.CssSelector("#org-facets .facet-button")).Count == whole.Count, $"all {whole.Count} issuing bodies");
        Assert.Equal("收起", more.Text);
        PageActivity.WaitUntilSettled(Driver, "after 更多");
        Assert.Single(PageActivity.Requests(Driver));
    }

    [BrowserFact]
    public void A_facet_whose_values_cannot_be_fetched_says_so_in_its_list()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(GeneratedArchive.OrgTerm)}"));
        Wait.For(() => Driver.FindElements(By.CssSelector("#org-facets .facet-button")).Count == 10, "the top ten issuing bodies");
        // The network fails for the facet's values alone.
        Driver.ExecuteScript("""
            const fetch = window.fetch.bind(window);
            window.fetch = (resource, init) => String(resource).includes('facetSize=') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(resource, init);
            """);
        Driver.FindElement(By.CssSelector("[data-facet='org'] .facet-more")).Click();
        var note = Wait.For(() => Driver.FindElements(By.CssSelector("#org-facets .facet-load-failed")).FirstOrDefault(), "a note that the rest could not be loaded");
        Assert.Matches(@"^其余 \d+ 项未能载入，请稍后重试$", note.Text);
        // The values the response carried are still there.
        Assert.Equal(SearchRequest.DefaultFacetSize, Driver.FindElements(By.CssSelector("#org-facets .facet-button")).Count);
    }

    [BrowserFact]
    public async Task The_advanced_form_builds_the_query_and_its_filters()
    {
        Driver.Navigate().GoToUrl(Url(""));
        Driver.FindElement(By.CssSelector("#advanced summary")).Click();
        Wait.For(() => Driver.FindElement(By.Id("adv-all")).Displayed, "the advanced form");
        Driver.FindElement(By.Id("adv-all")).SendKeys(TestArchive.CommonTerm);
        Driver.FindElement(By.Id("adv-title")).SendKeys("工作总结");
        Driver.FindElement(By.Id("adv-not")).SendKeys("不存在的词语");
        Driver.FindElement(By.Id("adv-district")).SendKeys("南山街道");
        Driver.FindElement(By.Id("adv-from")).SendKeys("2019");
        Driver.FindElement(By.Id("adv-to")).SendKeys("2020");
        const string query = "六个一 title:工作总结 -不存在的词语";
        Wait.For(() => Driver.FindElement(By.Id("adv-preview")).Text.Contains(query), "the preview of the built query");
        Driver.FindElement(By.CssSelector("#advanced-form button[type=submit]")).Click();

        var expected = await Api.Search(browser.Host.Client, $"q={Api.Q(query)}&district={Api.Q("南山街道")}&from=2019&to=2020");
        Assert.Equal(3, expected.Total); // oracle: TestArchive.Synthetic has 南山街道 in 2019, 2020, 2020
        Wait.For(() => Driver.FindElement(By.Id("status")).Text.Contains($"找到 {expected.Total} 篇"), "the results of the built query");
        var url = Uri.UnescapeDataString(Driver.Url).Replace('+', ' ');
        Assert.Contains("q=" + query, url);
        Assert.Contains("district=南山街道", url);
        Assert.Contains("from=2019", url);
        Assert.Contains("to=2020", url);
        Assert.Equal(query, Driver.FindElement(By.Id("q")).GetAttribute("value"));
        var chips = Driver.FindElement(By.Id("active-filters")).Text;
        Assert.Contains("南山街道", chips);
        Assert.Contains("2019–2020", chips);
        Assert.All(Driver.FindElements(By.CssSelector("#results .hit-meta")), m => Assert.Contains("南山街道", m.Text));
    }

    [BrowserFact]
    public void A_filter_typed_in_the_box_becomes_a_chip_and_removing_the_chip_removes_the_filter()
    {
        Driver.Navigate().GoToUrl(Url(""));
        var box = Driver.FindElement(By.Id("q"));
        box.SendKeys($"{TestArchive.CommonTerm} district:东湖镇 year:2020" + Keys.Enter);
        Wait.For(() => Driver.Url.Contains("district=" + Api.Q("东湖镇")) && Driver.Url.Contains("year=2020"), "the typed filters in the URL");
        Assert.Equal(TestArchive.CommonTerm, box.GetAttribute("value"));
        var chip = Wait.For(() => Driver.FindElements(By.CssSelector("#active-filters .chip")).FirstOrDefault(c => c.GetAttribute("data-value") == "2020"), "the year chip");
        // The typed year and the year facet are one state: the facet shows it as selected.
        Wait.For(() => Driver.FindElements(By.CssSelector("#year-facets .facet-button[aria-pressed='true']")).Any(b => b.GetAttribute("data-value") == "2020"), "the year facet pressed");
        Wait.For(() => Driver.FindElement(By.Id("status")).Text.Contains("找到 1 篇"), "one result");
        chip.Click();
        Wait.For(() => !Driver.Url.Contains("year=2020") && Driver.Url.Contains("district="), "only the year removed");
        Wait.For(() => Driver.FindElement(By.Id("status")).Text.Contains("找到 5 篇"), "the five 东湖镇 reports");
    }

    // Works once the engine lists reports for a filter without words (the lead's Lucene engine).
    [BrowserFact]
    public async Task A_filter_only_query_lists_the_reports_newest_first()
    {
        Driver.Navigate().GoToUrl(Url($"?district={Api.Q("南山街道")}"));
        var years = TestArchive.Synthetic.Where(s => s.District == "南山街道").Select(s => s.Year).OrderDescending().ToList();
        Wait.For(() => Driver.FindElement(By.Id("status")).Text.Contains($"找到 {years.Count} 篇"), $"{years.Count} reports of 南山街道");
        Assert.Contains("按日期从新到旧", Driver.FindElement(By.Id("status")).Text);
        Assert.Equal("true", Driver.FindElement(By.CssSelector("[data-sort='newest']")).GetAttribute("aria-pressed"));
        var shown = Driver.FindElements(By.CssSelector("#results .hit-title a")).Select(a => a.Text).ToList();
        Assert.Equal(years, shown.Select(t => int.Parse(System.Text.RegularExpressions.Regex.Match(t, @"\d{4}").Value)).ToList());
        var api = await Api.Search(browser.Host.Client, $"district={Api.Q("南山街道")}&sort=newest");
        Assert.Equal(years.Count, api.Total);
    }

    [BrowserFact]
    public async Task Empty_results_name_the_filter_that_caused_them_and_dropping_it_finds_the_reports()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(TestArchive.CommonTerm)}&district={Api.Q("南山街道")}&year=2018"));
        var withoutYear = await Api.Search(browser.Host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&district={Api.Q("南山街道")}&size=1");
        var fix = Wait.For(() => Driver.FindElements(By.CssSelector("#empty .fix")).FirstOrDefault(f => f.GetAttribute("data-cause")?.Contains("2018") == true), "the fix for the year filter");
        Assert.Equal($"在 2018 年 中没有结果；去掉此筛选有 {withoutYear.Total} 篇", fix.GetAttribute("data-cause"));
        Assert.DoesNotContain("没有找到包含", Driver.FindElement(By.Id("empty")).Text); // the words are not the cause
        fix.Click();
        Wait.For(() => !Driver.Url.Contains("year=2018"), "the year filter dropped");
        Wait.For(() => Driver.FindElement(By.Id("status")).Text.Contains($"找到 {withoutYear.Total} 篇"), "the results without it");
        Assert.True(Driver.FindElement(By.Id("empty")).GetAttribute("hidden") is not null);
    }

    [BrowserFact]
    public async Task Empty_results_for_several_words_offer_any_of_them()
    {
        const string missing = "绝无此词语";
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q($"{TestArchive.CommonTerm} {missing}")}"));
        var anyOf = await Api.Search(browser.Host.Client, $"q={Api.Q($"{TestArchive.CommonTerm} OR {missing}")}&size=1");
        var fix = Wait.For(() => Driver.FindElements(By.CssSelector("#empty .fix")).FirstOrDefault(f => f.Text.Contains(" OR ")), "the any-of fix");
        Assert.Contains($"有 {anyOf.Total} 篇", fix.Text);
        fix.Click();
        Wait.For(() => Driver.FindElement(By.Id("status")).Text.Contains($"找到 {anyOf.Total} 篇"), "the any-of results");
    }

    [BrowserFact]
    public void An_unbalanced_quote_is_explained_and_closed_with_one_click()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q("\"" + TestArchive.CommonTerm)}"));
        var fix = Wait.For(() => Driver.FindElements(By.CssSelector("#empty .fix")).FirstOrDefault(f => f.Text.StartsWith("补全引号")), "the close-quote fix");
        Assert.Contains("引号没有成对", Driver.FindElement(By.Id("empty")).Text);
        fix.Click();
        Wait.For(() => Driver.FindElements(By.CssSelector("#results mark")).FirstOrDefault()?.Text == TestArchive.CommonTerm, "results for the quoted term");
    }

    [BrowserFact]
    public void A_bare_he_between_words_is_explained()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q($"{TestArchive.CommonTerm} 和 机制")}"));
        Wait.For(() => Driver.FindElement(By.Id("empty")).Text.Contains("单独的“和”"), "the explanation of 和");
    }

    [BrowserFact]
    public async Task Did_you_mean_is_a_link_that_keeps_the_filters()
    {
        const string typo = "人工智能发展规化", phrase = "人工智能发展规划";
        var api = await Api.Search(browser.Host.Client, $"q={Api.Q(typo)}&year=2017&size=1");
        var proposal = Assert.IsType<ReportSearch.Search.DidYouMean>(api.DidYouMean);
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(typo)}&year=2017"));
        var box = Wait.For(() => Driver.FindElement(By.Id("did-you-mean")) is { Displayed: true } b ? b : null, "did you mean");
        Assert.Equal($"您是不是要找：{phrase}（{proposal.Count} 篇）", box.Text);
        box.FindElement(By.TagName("a")).Click();
        Wait.For(() => Driver.Url.Contains("q=" + Api.Q(phrase)) && Driver.Url.Contains("year=2017"), "the suggested query with its filter");
        Wait.For(() => Driver.FindElements(By.CssSelector("#results .hit")).Count == proposal.Count, "its results");
        Assert.False(Driver.FindElement(By.Id("did-you-mean")).Displayed);
    }

    [BrowserFact]
    public void Autocomplete_asks_nothing_during_an_ime_composition_then_offers_an_accessible_list()
    {
        Driver.Navigate().GoToUrl(Url(""));
        var box = Wait.For(() => Driver.FindElement(By.Id("q")), "the search box");
        Assert.Equal("combobox", box.GetAttribute("role"));
        Assert.Equal("false", box.GetAttribute("aria-expanded"));
        PageActivity.Install(Driver);
        Driver.ExecuteScript("""
            const box = document.getElementById('q');
            box.focus();
            box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
            for (const value of ['l', 'liu', '六']) {
              box.value = value;
              box.dispatchEvent(new CompositionEvent('compositionupdate', { bubbles: true, data: value }));
              box.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: value }));
            }
            """);
        // Settled: any suggestion delay started by these events has run out. Nothing was asked.
        PageActivity.WaitUntilSettled(Driver, "after the composition's keystrokes");
        Assert.Empty(PageActivity.Requests(Driver));
        Assert.Equal("false", box.GetAttribute("aria-expanded"));

        // One character committed: suggestions from the first character on.
        Driver.ExecuteScript("document.getElementById('q').dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '六' }));");
        var options = Wait.For(() => Driver.FindElements(By.CssSelector("#q-suggestions [role='option']")) is { Count: > 0 } o ? o : null, "suggestions after the composition");
        Assert.Equal("true", box.GetAttribute("aria-expanded"));
        Assert.Equal("q-suggestions", box.GetAttribute("aria-controls"));
        Assert.Equal("listbox", Driver.FindElement(By.Id("q-suggestions")).GetAttribute("role"));
        // Completions may come quoted ("六个一"): compare the names inside. Each says what it is: a term and its count, or a title.
        static string Name(IWebElement option) => option.FindElement(By.CssSelector(".suggestion-text")).Text.Trim('"', '“', '”');
        Assert.All(options.Where(o => o.GetAttribute("data-kind") == "term"), o => Assert.StartsWith("六", Name(o)));
        Assert.All(options, o => Assert.Matches(@"^(词语 · \d+ 篇|标题)$", o.FindElement(By.CssSelector(".suggestion-note")).Text));
        Assert.Contains(options, o => Name(o) == TestArchive.CommonTerm);

        // ↓ moves the active option (focus stays in the box); Enter takes it and searches.
        int index = options.Select(Name).ToList().IndexOf(TestArchive.CommonTerm);
        for (int i = 0; i <= index; i++) box.SendKeys(Keys.ArrowDown);
        var activeId = box.GetAttribute("aria-activedescendant");
        Assert.Equal(TestArchive.CommonTerm, Name(Driver.FindElement(By.Id(activeId!))));
        Assert.Equal("true", Driver.FindElement(By.Id(activeId!)).GetAttribute("aria-selected"));
        box.SendKeys(Keys.Enter);
        Wait.For(() => Driver.Url.Contains(Api.Q(TestArchive.CommonTerm)) && !Driver.Url.EndsWith("q=" + Api.Q("六")), "the chosen suggestion searched");
        Assert.Equal("false", box.GetAttribute("aria-expanded"));
        Wait.For(() => Driver.FindElements(By.CssSelector("#results mark")).FirstOrDefault()?.Text == TestArchive.CommonTerm, "its results");
    }
}
