using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>
/// Debian's chromium + chromedriver, headless, with a fresh profile; the host over a test archive (plus a
/// generated archive of <see cref="GeneratedArchive.Count"/> reports, for facets at scale); and two tiny Kestrels
/// on other ports (other origins) serving a demo page that embeds the widget: one origin the host allows
/// (Cors:AllowedOrigins), one it refuses. When
/// chromium is missing the browser tests are reported as skipped on a developer machine, and FAIL under CI=true,
/// so they can never be left out silently where they are supposed to run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromedriverPath = "/usr/bin/chromedriver";
    public const string WidgetDistrict = "东湖镇";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "reportsearch-chromium-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _demo;
    private WebApplication? _refusedDemo;

    public TestArchive Archive { get; } = new();
    public HostServer Host { get; private set; } = null!;
    public Uri DemoOrigin { get; private set; } = null!;
    public Uri RefusedOrigin { get; private set; } = null!;
    public ChromeDriver Driver { get; private set; } = null!;
    public bool Available { get; private set; }

    public static bool Installed => File.Exists(ChromiumPath) && File.Exists(ChromedriverPath);

    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        if (!Installed)
        {
            if (RunningInCi)
                throw new InvalidOperationException($"CI=true but {ChromiumPath} or {ChromedriverPath} is missing: install chromium and chromium-driver.");
            return; // the tests are reported as skipped (see BrowserFactAttribute)
        }

        GeneratedArchive.WriteInto(Archive);
        GeneratedArchive.WriteOrgsInto(Archive);
        XssArchive.WriteInto(Archive);
        XssArchive.WriteMechanismInto(Archive);
        WideMechanism.WriteInto(Archive);
        PagedMechanism.WriteInto(Archive);
        _demo = await StartDemoSiteAsync();
        _refusedDemo = await StartDemoSiteAsync();
        DemoOrigin = AddressOf(_demo);
        RefusedOrigin = AddressOf(_refusedDemo);
        Host = await HostServer.StartAsync(Archive, $"--Cors:AllowedOrigins:0={DemoOrigin.GetLeftPart(UriPartial.Authority)}");
        Driver = StartChrome();
        Available = true;
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private ChromeDriver StartChrome()
    {
        Environment.SetEnvironmentVariable("SE_AVOID_STATS", "true");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromedriverPath)!, Path.GetFileName(ChromedriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900", $"--user-data-dir={_profile}");
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return driver;
    }

    // The demo page is served from another origin than the host: the widget must reach the API through CORS.
    private async Task<WebApplication> StartDemoSiteAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var demo = builder.Build();
        // ?lang=en gives the English widget; nothing else from the URL reaches the page.
        demo.MapGet("/", (HttpRequest request) => Results.Content($"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>嵌入示例</title>
            <script src="{Host.BaseAddress}widget.js"></script></head>
            <body><h1>某区政府网站</h1>
            <report-search id="widget" endpoint="{Host.BaseAddress.GetLeftPart(UriPartial.Authority)}" district="{WidgetDistrict}" size="3"{(request.Query["lang"] == "en" ? " lang=\"en\"" : "")}></report-search>
            </body></html>
            """, "text/html; charset=utf-8"));
        await demo.StartAsync();
        return demo;
    }

    public async Task DisposeAsync()
    {
        if (Available)
        {
            Driver.Quit();
            Driver.Dispose();
            await Host.DisposeAsync();
        }
        if (_demo is not null) await _demo.DisposeAsync();
        if (_refusedDemo is not null) await _refusedDemo.DisposeAsync();
        Archive.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
