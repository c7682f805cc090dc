namespace ReportSearch.Host.Tests.Browser;

/// <summary>All browser test classes share one host and one Chromium: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
