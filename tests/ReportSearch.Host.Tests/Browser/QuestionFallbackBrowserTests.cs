using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using ReportSearch.Analysis;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>The banner over approximate results, and its one-click way back to the exact query.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuestionFallbackBrowserTests(BrowserFixture browser)
{
    private const string Question = "如何推行六个一工作机制";
    private ChromeDriver Driver => browser.Driver;
    private string Url(string relative) => browser.Host.BaseAddress + relative;

    [BrowserFact]
    public void A_question_shows_the_exact_zero_the_words_and_a_way_back()
    {
        Driver.Navigate().GoToUrl(Url(""));
        Driver.FindElement(By.Id("q")).SendKeys(Question + Keys.Enter);
        var note = Wait.For(() => Driver.FindElement(By.Id("fallback-note")) is { Displayed: true } n ? n : null, "the fallback note");
        Assert.Contains($"精确查找“{Question}”：0 篇", note.Text);
        Assert.Contains("以下为包含全部词语的近似结果", note.Text);
        var words = note.FindElements(By.CssSelector(".fallback-words strong")).Select(w => w.Text).ToList();
        Assert.NotEmpty(words);
        Assert.DoesNotContain("如何", words);
        Assert.Matches(@"找到 \d+ 篇近似结果", Driver.FindElement(By.Id("status")).Text);
        // The results mark the words (across the quotation marks of 推行“六个一”), not the question.
        var marks = Wait.For(() => Driver.FindElements(By.CssSelector("#results mark")) is { Count: > 0 } m ? m : null, "marks in the results");
        Assert.All(marks, m => Assert.Contains(words, w => TextNormalizer.NormalizeToString(m.Text).Contains(w)));

        note.FindElement(By.CssSelector("a.fallback-exact")).Click();
        Wait.For(() => Driver.Url.Contains("fallback=off"), "fallback=off in the URL");
        Wait.For(() => Driver.FindElement(By.Id("status")).Text.Contains($"没有找到包含“{Question}”的报告"), "the exact zero");
        Assert.False(Driver.FindElement(By.Id("fallback-note")).Displayed);
        Assert.Empty(Driver.FindElements(By.CssSelector("#results .hit-title")));

        // A new query typed from there may fall back again.
        var box = Driver.FindElement(By.Id("q"));
        box.Clear();
        box.SendKeys("怎样推行六个一工作机制" + Keys.Enter);
        Wait.For(() => Driver.FindElement(By.Id("fallback-note")).Displayed, "the note for the new question");
        Assert.DoesNotContain("fallback=off", Driver.Url);
    }

    [BrowserFact]
    public void A_report_opened_from_approximate_results_marks_the_words()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(Question)}"));
        var note = Wait.For(() => Driver.FindElement(By.Id("fallback-note")) is { Displayed: true } n ? n : null, "the fallback note");
        var words = note.FindElements(By.CssSelector(".fallback-words strong")).Select(w => w.Text).ToList();
        Driver.FindElements(By.CssSelector("#results .hit-title a")).First().Click();
        Wait.For(() => Driver.Url.Contains("/reports/"), "the report view");
        var marks = Wait.For(() => Driver.FindElements(By.CssSelector("#report-body mark")) is { Count: > 0 } m ? m : null, "marks in the report");
        Assert.All(marks, m => Assert.Contains(words, w => TextNormalizer.NormalizeToString(m.Text).Contains(w)));
        Assert.All(words, w => Assert.Contains(marks, m => TextNormalizer.NormalizeToString(m.Text).Contains(w)));
    }

    [BrowserFact]
    public void An_exact_answer_shows_no_note()
    {
        Driver.Navigate().GoToUrl(Url($"?q={Api.Q(TestArchive.CommonTerm)}"));
        Wait.For(() => Driver.FindElements(By.CssSelector("#results mark")).Count > 0, "results");
        Assert.False(Driver.FindElement(By.Id("fallback-note")).Displayed);
    }
}
