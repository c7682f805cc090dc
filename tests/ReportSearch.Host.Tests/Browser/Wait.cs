namespace ReportSearch.Host.Tests.Browser;

/// <summary>Polls a condition until it holds; fails with a description of what was awaited.</summary>
public static class Wait
{
    public static T For<T>(Func<T?> probe, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var value = probe();
                if (value is not null && (value is not bool b || b)) return value;
            }
            catch (Exception e) when (e is OpenQA.Selenium.WebDriverException or InvalidOperationException)
            {
                last = e; // the element is being replaced: try again
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException($"timed out after {seconds} s waiting for {what}" + (last is null ? "" : $" (last error: {last.Message})"));
    }
}
