using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using ReportSearch.Mechanisms;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>
/// The mechanism pages, the precedent card and the widget's card in a real Chromium, each checked against the API's
/// own answer fetched over real HTTP in the test: rows, bars, table cells and card facts are what the API says.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MechanismBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;
    private string Url(string relative) => browser.Host.BaseAddress + relative;

    private static string FirstText(FirstAppearance? first) => first is null ? "时间不详"
        : string.Join(' ', new[] { $"{first.Year} 年", first.Region }.Where(s => s is not null)) + (first.Inferred ? "（推断）" : "");

    [BrowserFact]
    public async Task The_list_shows_the_apis_entries_in_order_and_sorting_changes_the_url_and_the_order()
    {
        var api = await Api.Get<MechanismListPage>(browser.Host.Client, "api/v1/mechanisms?size=20");
        Driver.Navigate().GoToUrl(Url("mechanisms"));
        var rows = Wait.For(() => Driver.FindElements(By.CssSelector("#rows tr")) is { Count: > 0 } r ? r : null, "the list");
        Assert.Equal(api.Mechanisms.Select(m => m.Name), rows.Select(r => r.FindElement(By.CssSelector("td.name")).Text));
        var first = rows[0].FindElements(By.CssSelector("td"));
        Assert.Equal(FirstText(api.Mechanisms[0].First), first[1].Text);
        Assert.Equal(api.Mechanisms[0].Reports.ToString(), first[2].Text);
        Assert.Equal(api.Mechanisms[0].Regions.ToString(), first[3].Text);
        Assert.Contains($"共 {api.Total} 个", Driver.FindElement(By.Id("status")).Text);

        var byFirst = await Api.Get<MechanismListPage>(browser.Host.Client, "api/v1/mechanisms?size=20&sort=first");
        Driver.FindElement(By.CssSelector("#f-sort option[value=\"first\"]")).Click();
        Wait.For(() => Driver.Url.Contains("sort=first"), "the order in the URL");
        Wait.For(() => Driver.FindElements(By.CssSelector("#rows td.name")).Select(c => c.Text).SequenceEqual(byFirst.Mechanisms.Select(m => m.Name)), "rows in order of first appearance");

        Driver.FindElement(By.Id("f-q")).SendKeys(TestArchive.CommonTerm + Keys.Enter);
        Wait.For(() => Driver.Url.Contains("q=" + Uri.EscapeDataString(TestArchive.CommonTerm)), "the name filter in the URL");
        Wait.For(() => Driver.FindElements(By.CssSelector("#rows td.name")).Select(c => c.Text).SequenceEqual([TestArchive.CommonTerm]), "only the matching mechanism");
    }

    [BrowserFact]
    public async Task The_mechanism_page_draws_the_apis_timeline_table_and_definitions()
    {
        var d = await Api.Get<MechanismDetail>(browser.Host.Client, "api/v1/mechanisms/" + Api.Q(TestArchive.CommonTerm));
        Driver.Navigate().GoToUrl(Url("mechanisms/" + Api.Q(TestArchive.CommonTerm)));
        Wait.For(() => Driver.FindElement(By.Id("mechanism")).Displayed, "the mechanism page");
        Assert.Contains($"首见：{FirstText(d.First)}", Driver.FindElement(By.Id("summary")).Text);
        Assert.Contains($"共 {d.Regions} 个区域、{d.Reports} 篇报告", Driver.FindElement(By.Id("summary")).Text);
        if (d.First is not null) Assert.Contains($"依据：{d.First.BasisLabel}", Driver.FindElement(By.Id("summary")).Text);
        // Senses side by side only for a name with two or more; their labels are the API's.
        var senses = d.Senses ?? [];
        Assert.Equal(senses.Count >= 2, Driver.FindElement(By.Id("senses-section")).Displayed);
        Assert.Equal(senses.Count >= 2 ? senses.Select(s => s.Label) : [], Driver.FindElements(By.CssSelector("#senses .sense-label")).Select(e => e.Text));

        // One bar per year with the API's count, written above it; the chart is our SVG, with a title.
        var bars = Driver.FindElements(By.CssSelector("#timeline svg rect.bar"));
        Assert.Equal(d.Timeline.Years, bars.Select(b => int.Parse(b.GetAttribute("data-year")!)));
        Assert.Equal(d.Timeline.Totals, bars.Select(b => int.Parse(b.GetAttribute("data-count")!)));
        Assert.Equal(d.Timeline.Totals.Select(c => c.ToString()), Driver.FindElements(By.CssSelector("#timeline svg text.count")).Select(t => t.GetAttribute("textContent")));

        // For screen readers: each bar is an image named by its own title (not hidden behind one role="img" on
        // the chart), and the same counts are a real table, visually hidden but in the accessibility tree.
        var chart = Driver.FindElement(By.CssSelector("#timeline svg"));
        Assert.NotEqual("img", chart.GetAttribute("role"));
        Assert.Empty(Driver.FindElements(By.CssSelector("#timeline [role=img] rect.bar")));
        for (int i = 0; i < bars.Count; i++)
            Assert.Equal($"{d.Timeline.Years[i]} 年：{d.Timeline.Totals[i]} 篇报告", ((WebElement)bars[i]).ComputedAccessibleLabel);
        var table = Driver.FindElement(By.CssSelector("#timeline table"));
        Assert.NotEqual("none", table.GetCssValue("display"));
        Assert.Null(table.GetAttribute("aria-hidden"));
        Assert.Equal(["年份", "报告数"], table.FindElements(By.CssSelector("thead th")).Select(th => th.GetAttribute("textContent")));
        var yearRows = table.FindElements(By.CssSelector("tbody tr"));
        Assert.Equal(d.Timeline.Years.Select(y => $"{y} 年"), yearRows.Select(r => r.FindElement(By.CssSelector("th[scope=row]")).GetAttribute("textContent")));
        Assert.Equal(d.Timeline.Totals.Select(c => c.ToString()), yearRows.Select(r => r.FindElement(By.CssSelector("td")).GetAttribute("textContent")));
        var box = table.FindElement(By.XPath(".."));
        Assert.True(box.Size.Width <= 1 && box.Size.Height <= 1, "the table is for screen readers; the chart shows the counts");

        // The region × year table: one row per region, the API's counts, the first appearance marked once.
        var tableRows = Driver.FindElements(By.CssSelector("#region-table tbody tr:not(.total-row)"));
        Assert.Equal(d.Timeline.Regions.Count, tableRows.Count);
        for (int i = 0; i < tableRows.Count; i++)
            Assert.Equal(d.Timeline.Regions[i].Counts, tableRows[i].FindElements(By.CssSelector("td")).Select(td => int.Parse(td.GetAttribute("data-count")!)));
        Assert.Single(Driver.FindElements(By.CssSelector("#region-table td.first-cell")));

        Assert.Equal(d.Definitions.Select(x => x.Text), Driver.FindElements(By.CssSelector("#definitions .definition-text")).Select(p => p.Text));
        Assert.Equal(d.ByRegion.Sum(g => g.Reports.Count), Driver.FindElements(By.CssSelector("#by-region li")).Count);

        // In print the page keeps the chart and the table, without the navigation.
        Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        try
        {
            Assert.False(Driver.FindElement(By.CssSelector(".topnav")).Displayed);
            Assert.True(Driver.FindElement(By.CssSelector("#timeline svg")).Displayed);
            Assert.True(Driver.FindElement(By.Id("region-table")).Displayed);
        }
        finally
        {
            Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "" });
        }
    }

    [BrowserFact]
    public void An_unknown_mechanism_is_the_chinese_404_page()
    {
        Driver.Navigate().GoToUrl(Url("mechanisms/" + Api.Q("从未出现过的机制")));
        Wait.For(() => Driver.FindElement(By.TagName("body")).Text.Contains("404") || Driver.Title.Contains("未找到"), "the 404 page");
        Assert.Empty(Driver.FindElements(By.Id("mechanism")));
    }

    [BrowserFact]
    public async Task A_search_for_a_mechanism_name_shows_the_precedent_card_and_other_searches_do_not()
    {
        var precedent = (await Api.Search(browser.Host.Client, "q=" + Api.Q(TestArchive.CommonTerm))).Precedent!;
        Driver.Navigate().GoToUrl(Url("?q=" + Api.Q(TestArchive.CommonTerm)));
        var card = Wait.For(() => Driver.FindElement(By.Id("precedent")) is { Displayed: true } c ? c : null, "the precedent card");
        Assert.Contains($"首见：{FirstText(precedent.First)}；共 {precedent.Regions} 个区域、{precedent.Reports} 篇报告", card.Text);
        Assert.Contains($"定义：{precedent.Definition}", card.Text);
        Assert.EndsWith("/mechanisms/" + Api.Q(TestArchive.CommonTerm), card.FindElement(By.CssSelector("h2 a")).GetAttribute("href"));

        Driver.Navigate().GoToUrl(Url("?q=" + Api.Q("工作总结")));
        Wait.For(() => Driver.FindElements(By.CssSelector("#results li")).Count > 0, "results without a card");
        Assert.False(Driver.FindElement(By.Id("precedent")).Displayed);
    }

    [BrowserFact]
    public async Task The_widget_shows_the_precedent_card_linking_to_the_hosts_mechanism_page()
    {
        var precedent = (await Api.Search(browser.Host.Client, "q=" + Api.Q(TestArchive.CommonTerm))).Precedent!;
        Driver.Navigate().GoToUrl(browser.DemoOrigin.ToString());
        var shadow = Wait.For(() => Driver.FindElement(By.Id("widget")).GetShadowRoot(), "the widget's shadow root");
        Wait.For(() => shadow.FindElement(By.CssSelector("input")), "the widget's input").SendKeys(TestArchive.CommonTerm + Keys.Enter);
        var card = Wait.For(() => shadow.FindElement(By.CssSelector(".precedent")) is { Displayed: true } c ? c : null, "the widget's card");
        Assert.Contains($"共 {precedent.Regions} 个区域、{precedent.Reports} 篇报告", card.Text);
        Assert.Equal(browser.Host.BaseAddress + "mechanisms/" + Api.Q(TestArchive.CommonTerm), card.FindElement(By.CssSelector("a")).GetAttribute("href"));
    }

    [BrowserFact]
    public async Task Payloads_in_a_definition_and_a_title_show_as_text_on_every_mechanism_view()
    {
        var d = await Api.Get<MechanismDetail>(browser.Host.Client, "api/v1/mechanisms/" + Api.Q(XssArchive.Mechanism));
        Assert.Contains(XssArchive.ImagePayload, d.Definitions[0].Text);
        Driver.Navigate().GoToUrl(Url("mechanisms/" + Api.Q(XssArchive.Mechanism)));
        Wait.For(() => Driver.FindElement(By.Id("mechanism")).Displayed, "the mechanism page");
        Assert.Equal(d.Definitions[0].Text, Driver.FindElement(By.CssSelector("#definitions .definition-text")).Text);
        Assert.Contains(XssArchive.ImagePayload, Driver.FindElement(By.CssSelector("#by-region li a")).Text);
        AssertNothingRan("the mechanism page");

        Driver.Navigate().GoToUrl(Url("mechanisms?q=" + Api.Q(XssArchive.Mechanism)));
        Wait.For(() => Driver.FindElements(By.CssSelector("#rows tr")).Count == 1, "the list row");
        AssertNothingRan("the list");

        Driver.Navigate().GoToUrl(Url("?q=" + Api.Q(XssArchive.Mechanism)));
        var card = Wait.For(() => Driver.FindElement(By.Id("precedent")) is { Displayed: true } c ? c : null, "the precedent card");
        Assert.Contains(XssArchive.ScriptPayload, card.Text);
        AssertNothingRan("the precedent card");
    }

    [BrowserFact]
    public async Task A_page_lists_the_first_regions_and_reports_and_loads_the_rest_on_demand()
    {
        var d = await Api.Get<MechanismDetail>(browser.Host.Client, "api/v1/mechanisms/" + Api.Q(PagedMechanism.Name));
        Assert.Equal(PagedMechanism.Regions, d.RegionGroups);
        Driver.Navigate().GoToUrl(Url("mechanisms/" + Api.Q(PagedMechanism.Name)));
        Wait.For(() => Driver.FindElement(By.Id("mechanism")).Displayed, "the mechanism page");
        Assert.Contains($"共 {d.RegionGroups} 个地区", Driver.FindElement(By.Id("regions-note")).Text);
        var groups = Driver.FindElements(By.CssSelector("#by-region .region-group"));
        Assert.Equal(d.ByRegion.Count, groups.Count);
        Assert.Equal(d.ByRegion.Select(g => g.ReportCount), groups.Select(g => int.Parse(System.Text.RegularExpressions.Regex.Match(g.FindElement(By.TagName("h3")).Text, @"（(\d+) 篇）").Groups[1].Value)));

        // The busy region: its first reports, then all of them (the API's whole list, in its order) after 查看全部.
        int busy = d.ByRegion.ToList().FindIndex(g => g.ReportCount == PagedMechanism.BusyReports);
        var group = groups[busy];
        Assert.Equal(d.ByRegion[busy].Reports.Select(r => r.Title), group.FindElements(By.CssSelector("li a")).Select(a => a.Text));
        var all = await Api.Get<MechanismRegionReports>(browser.Host.Client,
            $"api/v1/mechanisms/{Api.Q(PagedMechanism.Name)}/reports?region={Api.Q(MechanismPaging.RegionKey(d.ByRegion[busy].RegionPath))}&size={MechanismPaging.MaxSize}");
        var button = group.FindElement(By.CssSelector(".load-more button"));
        Assert.Equal($"查看全部 {PagedMechanism.BusyReports} 篇", button.Text);
        button.Click();
        Wait.For(() => group.FindElements(By.CssSelector("li a")).Count == PagedMechanism.BusyReports, "the region's every report");
        Assert.Equal(all.Reports.Select(r => r.Title), group.FindElements(By.CssSelector("li a")).Select(a => a.Text));
        Assert.Empty(group.FindElements(By.CssSelector(".load-more")));

        // The other regions, after 显示更多地区: every region once, in the API's order.
        Driver.FindElement(By.CssSelector("#by-region + .load-more button")).Click();
        Wait.For(() => Driver.FindElements(By.CssSelector("#by-region .region-group")).Count == d.RegionGroups, "every region");
        var regions = await Api.Get<MechanismRegionPage>(browser.Host.Client, $"api/v1/mechanisms/{Api.Q(PagedMechanism.Name)}/regions?size={MechanismPaging.MaxSize}");
        Assert.Equal(regions.Regions.Select(g => g.Region), Driver.FindElements(By.CssSelector("#by-region .region-group h3")).Select(h => h.Text[..h.Text.IndexOfAny(['（'])]));
        Assert.Empty(Driver.FindElements(By.CssSelector("#by-region + .load-more")));
    }

    private void AssertNothingRan(string where) => XssArchive.AssertNothingRan(Driver, where);
}

/// <summary>A mechanism named in more regions than its page lists, one of them with more reports than a region shows.</summary>
public static class PagedMechanism
{
    public const string Name = "邻里议事";
    public const int Regions = MechanismPaging.RegionsShown + 5;
    public const int BusyReports = MechanismPaging.ReportsPerRegion + 3;

    // Real districts, which the region rules know (made-up ones may be left without a place).
    private static readonly string[] Districts =
    [
        .. "东城区 西城区 海淀区 丰台区 石景山区 门头沟区 房山区 通州区 顺义区 昌平区 大兴区 怀柔区 平谷区 密云区 延庆区".Split(' ').Select(d => "北京市" + d),
        .. "黄浦区 徐汇区 长宁区 静安区 虹口区 杨浦区 闵行区 嘉定区 浦东新区 金山区 松江区 青浦区 奉贤区 崇明区".Split(' ').Select(d => "上海市" + d),
    ];

    public static void WriteInto(TestArchive archive)
    {
        // The busy region first (so its reports are the earliest), then one report in each of the others.
        var reports = Enumerable.Range(0, BusyReports).Select(i => (District: Districts[0], Year: 2000 + i))
            .Concat(Enumerable.Range(1, Regions - 1).Select(i => (District: Districts[i], Year: 2000 + i)));
        int n = 0;
        foreach (var (district, year) in reports)
            archive.Write($"paged/{n++:D2}.txt", $"""
                {district}{year}年工作总结

                【基层治理】

                {year}年，{district}推行“{Name}”工作机制，即每月一次居民议事会、每季一次成效评议的社区协商工作机制。
                """);
    }
}
