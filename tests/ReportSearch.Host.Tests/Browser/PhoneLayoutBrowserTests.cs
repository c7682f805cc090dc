using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>
/// The mechanism pages and /embed on a 390 px phone: once their content is drawn, the document is no wider than
/// the window (no horizontal scroll); wide content (the region × year table) scrolls inside its own box.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutBrowserTests(BrowserFixture browser)
{
    private const int PhoneWidth = 390;

    private ChromeDriver Driver => browser.Driver;
    private string Url(string relative) => browser.Host.BaseAddress + relative;

    public static TheoryData<string> Pages => new()
    {
        "mechanisms",
        "mechanisms?q=" + Api.Q(TestArchive.CommonTerm),
        "mechanisms/" + Api.Q(TestArchive.CommonTerm),
        "mechanisms/" + Api.Q(XssArchive.Mechanism),
        "mechanisms/" + Api.Q(WideMechanism.Name),
        "embed",
        "embed?q=" + Api.Q(TestArchive.CommonTerm),
    };

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public void The_page_fits_a_390px_phone_without_horizontal_scroll(string page)
    {
        Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride",
            new Dictionary<string, object?> { ["width"] = PhoneWidth, ["height"] = 844, ["deviceScaleFactor"] = 1, ["mobile"] = true });
        try
        {
            Driver.Navigate().GoToUrl(Url(page));
            WaitUntilDrawn(page);
            // A phone widens its layout viewport to fit content that overflows: innerWidth must stay 390 too.
            var widths = (IReadOnlyDictionary<string, object>)Driver.ExecuteScript(
                "return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth, body: document.body.scrollWidth };")!;
            long scroll = (long)widths["scroll"], inner = (long)widths["inner"];
            Assert.True(scroll <= inner && inner == PhoneWidth, $"{page}: scrollWidth {scroll}, innerWidth {inner}; widest: {Widest(PhoneWidth)}");
        }
        finally
        {
            Driver.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", new Dictionary<string, object?>());
        }
    }

    private void WaitUntilDrawn(string page)
    {
        if (page.StartsWith("mechanisms/", StringComparison.Ordinal))
            Wait.For(() => Driver.FindElement(By.Id("mechanism")).Displayed && Driver.FindElements(By.CssSelector("#timeline svg")).Count > 0, "the mechanism page");
        else if (page.StartsWith("mechanisms", StringComparison.Ordinal))
            Wait.For(() => Driver.FindElements(By.CssSelector("#rows tr")).Count > 0, "the mechanism list");
        else
        {
            var shadow = Wait.For(() => Driver.FindElement(By.Id("demo-widget")).GetShadowRoot(), "the widget");
            if (page.Contains("q=", StringComparison.Ordinal))
                Wait.For(() => shadow.FindElements(By.CssSelector("mark")).Count > 0 && shadow.FindElements(By.CssSelector(".precedent")).Count > 0, "the widget's results");
            else Wait.For(() => shadow.FindElement(By.CssSelector("input")), "the widget's input");
        }
    }

    // For the failure message: the elements reaching furthest right, so a failing page names its culprit.
    private string Widest(int width) => (string)Driver.ExecuteScript("""
        return [...document.querySelectorAll('body *')].map(e => [e, e.getBoundingClientRect().right])
          .filter(([e, r]) => r > arguments[0] || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible').sort((a, b) => b[1] - a[1]).slice(0, 12)
          .map(([e, r]) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} → ${Math.round(r)} (scroll ${e.scrollWidth}/${e.clientWidth})`).join('; ');
        """, width)!;
}

/// <summary>
/// A mechanism as wide as real ones get: named in every year of two decades, in many places, with a long
/// definition. Its page has a wide timeline and a wide region × year table, the two that ran off a phone's edge.
/// </summary>
public static class WideMechanism
{
    public const string Name = "网格联动";
    public const int FirstYear = 2005;
    public const int Years = 20;

    public static void WriteInto(TestArchive archive)
    {
        for (int i = 0; i < Years * 2; i++)
        {
            int year = FirstYear + i % Years;
            var district = GeneratedArchive.Districts[i * 11 % GeneratedArchive.Districts.Length];
            archive.Write($"wide/{i:D2}.txt", $"""
                {district}{year}年工作总结

                【基层治理】

                {year}年，{district}全面推行“{Name}”工作机制，即网格员、社区民警、专职律师、物业企业与志愿者队伍每周一次联合走访、每月一次联席会商、每季一次成效评估的基层治理工作机制。
                """);
        }
    }
}
