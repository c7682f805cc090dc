using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>
/// The search page and the widget while a host indexes its archive for the first time (its indexer held by the
/// gate after one file): both say how far the indexing has come, never 没有找到, and show results by themselves
/// once it is released.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstRunBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;

    [BrowserFact]
    public async Task The_page_and_the_widget_show_the_indexing_share_and_recover_by_themselves()
    {
        using var archive = new TestArchive();
        await using var host = await HostServer.StartHeldAsync(archive, "--Indexer:BatchFiles=1", "--Indexer:Parallelism=1");
        var term = Api.Q(TestArchive.CommonTerm);
        var pageTab = Driver.CurrentWindowHandle;
        try
        {
            Driver.Navigate().GoToUrl(host.BaseAddress + $"?q={term}");
            var status = Wait.For(() => Driver.FindElement(By.Id("status")) is { } s && s.Text.Contains("正在建立索引（已完成") ? s : null,
                "the indexing message on the page", seconds: 60);
            Assert.Matches(@"正在建立索引（已完成 \d+%）", status.Text);
            Assert.DoesNotContain("没有找到", Driver.FindElement(By.TagName("body")).Text);
            Assert.False(Driver.FindElement(By.Id("error")).Displayed); // a state, not an error

            Driver.SwitchTo().NewWindow(WindowType.Tab);
            Driver.Navigate().GoToUrl(host.BaseAddress + $"embed?q={term}");
            var shadow = Wait.For(() => Driver.FindElement(By.Id("demo-widget")).GetShadowRoot(), "the widget's shadow root");
            var widgetStatus = Wait.For(() => shadow.FindElement(By.CssSelector(".status")) is { } s && s.Text.Contains("正在建立索引") ? s : null,
                "the indexing message in the widget");
            Assert.Matches(@"正在建立索引（已完成 \d+%）", widgetStatus.Text);
            Assert.DoesNotContain("没有找到", widgetStatus.Text);

            host.Gate.Release();
            Wait.For(() => shadow.FindElements(By.CssSelector("mark")).Count > 0, "the widget's results after the indexing", seconds: 60);
            Driver.Close();
            Driver.SwitchTo().Window(pageTab);
            Wait.For(() => Driver.FindElements(By.CssSelector("#results mark")).Count > 0, "the page's results after the indexing", seconds: 60);
            Assert.Matches(@"找到 \d+ 篇报告", Driver.FindElement(By.Id("status")).Text);
        }
        finally
        {
            host.Gate.Release();
            if (Driver.WindowHandles.Count > 1)
            {
                foreach (var handle in Driver.WindowHandles.Where(h => h != pageTab)) Driver.SwitchTo().Window(handle).Close();
                Driver.SwitchTo().Window(pageTab);
            }
        }
    }
}
