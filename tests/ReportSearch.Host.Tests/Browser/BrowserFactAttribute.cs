namespace ReportSearch.Host.Tests.Browser;

/// <summary>
/// A browser test. Without Debian's chromium and chromedriver it is reported as skipped, with the command
/// that installs them, except under CI=true, where the fixture fails instead.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserFixture.Installed && !BrowserFixture.RunningInCi)
            Skip = $"needs {BrowserFixture.ChromiumPath} and {BrowserFixture.ChromedriverPath}: apt-get install -y chromium chromium-driver";
    }
}

/// <summary>A browser theory: skipped and failing like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!BrowserFixture.Installed && !BrowserFixture.RunningInCi)
            Skip = $"needs {BrowserFixture.ChromiumPath} and {BrowserFixture.ChromedriverPath}: apt-get install -y chromium chromium-driver";
    }
}
