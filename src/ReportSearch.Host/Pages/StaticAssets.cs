using Microsoft.Extensions.FileProviders;

namespace ReportSearch.Host.Pages;

/// <summary>
/// The files of wwwroot/, embedded in this assembly (see the .csproj): the host serves its page, scripts and
/// widget from any current directory, with no CDN. Cached briefly by browsers and CDNs, revalidated by ETag.
/// </summary>
public static class StaticAssets
{
    public static readonly IFileProvider Files = new EmbeddedFileProvider(typeof(StaticAssets).Assembly, "ReportSearch.Host.wwwroot");

    public static IApplicationBuilder UseReportSearchStaticAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = Files,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=300",
        });
}
