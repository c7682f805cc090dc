using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>
/// What a page has pending, so that a test can wait for the page to settle instead of sleeping. Installed in the
/// page, it wraps setTimeout/clearTimeout and fetch: it knows every timer not yet run or cleared, every request
/// made and how many are unanswered. A page has settled when no timer is pending and no request is unanswered:
/// a typing delay that was started has elapsed and its search (if any) has been made and answered. A negative
/// assertion made then proves something on a slow machine too: nothing was left that could still fire.
/// </summary>
public static class PageActivity
{
    private const string Script = """
        (() => {
          if (window.__activity) return;
          const activity = window.__activity = { timers: new Set(), requests: [], unanswered: 0 };
          const setTimer = window.setTimeout.bind(window), clearTimer = window.clearTimeout.bind(window), fetch = window.fetch.bind(window);
          window.setTimeout = (handler, delay, ...args) => {
            const id = setTimer((...a) => {
              activity.timers.delete(id);
              if (typeof handler === 'function') handler(...a);
            }, delay, ...args);
            activity.timers.add(id);
            return id;
          };
          window.clearTimeout = id => { activity.timers.delete(id); clearTimer(id); };
          window.fetch = (resource, init) => {
            activity.requests.push(String(resource instanceof Request ? resource.url : resource));
            activity.unanswered++;
            const answer = fetch(resource, init);
            const done = () => { activity.unanswered--; };
            answer.then(done, done);
            return answer;
          };
        })();
        """;

    /// <summary>Starts watching the page now loaded (timers and requests from now on).</summary>
    public static void Install(ChromeDriver driver) => driver.ExecuteScript(Script);

    /// <summary>Watches every document loaded from now on until disposed, from before its own scripts run.</summary>
    public static IDisposable OnEveryNewDocument(ChromeDriver driver)
    {
        var added = driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new() { ["source"] = Script }) as Dictionary<string, object>
            ?? throw new InvalidOperationException("Page.addScriptToEvaluateOnNewDocument returned nothing");
        return new Removal(() => driver.ExecuteCdpCommand("Page.removeScriptToEvaluateOnNewDocument", new() { ["identifier"] = added["identifier"] }));
    }

    private sealed class Removal(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }

    /// <summary>Waits until no timer is pending and no request unanswered, twice in a row (an answer may start more work).</summary>
    public static void WaitUntilSettled(ChromeDriver driver, string what)
    {
        int quiet = 0;
        Wait.For(() =>
        {
            // Images too: one that has loaded or failed has had its load or error handler queued.
            bool idle = driver.ExecuteScript("""
                const a = window.__activity;
                const roots = [document, ...[...document.querySelectorAll('*')].filter(e => e.shadowRoot).map(e => e.shadowRoot)];
                return a.timers.size === 0 && a.unanswered === 0 && roots.every(r => [...r.querySelectorAll('img')].every(i => i.complete));
                """) is true;
            quiet = idle ? quiet + 1 : 0;
            return quiet >= 2;
        }, $"the page to settle ({what})");
    }

    /// <summary>The URLs the page has requested with fetch since <see cref="Install"/>.</summary>
    public static IReadOnlyList<string> Requests(ChromeDriver driver) =>
        ((IEnumerable<object>)driver.ExecuteScript("return window.__activity.requests;")!).Select(o => (string)o).ToList();
}
