using System.Diagnostics;

namespace ReportSearch.Indexer.Tests;

/// <summary>Polls a condition until it holds or a generous timeout passes, then fails with what was last seen.</summary>
public static class Wait
{
    // Generous: CI machines have two cores and other test projects may run alongside.
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    public static void Until(Func<bool> condition, string what, TimeSpan? timeout = null, Func<string>? lastSeen = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = timeout ?? Default;
        Exception? lastError = null;
        while (clock.Elapsed < limit)
        {
            try
            {
                if (condition()) return;
                lastError = null;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException) { lastError = e; }
            Thread.Sleep(100);
        }
        Assert.Fail($"Timed out after {limit.TotalSeconds:F0} s waiting for {what}. {lastSeen?.Invoke()} {lastError}");
    }
}
