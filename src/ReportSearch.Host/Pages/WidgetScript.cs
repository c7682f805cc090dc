using System.Text;
using System.Text.RegularExpressions;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Host.Pages;

/// <summary>
/// Scripts the host writes rather than stores. The widget is embedded by other sites with one classic
/// <c>&lt;script src&gt;</c>, so it cannot import the page's modules; instead the host composes it once, at
/// start, from Widget/widget.js with the page's own shared modules inlined at its <c>/* @shared-modules */</c>
/// line. One source for the &lt;mark&gt;-only guard and the typing delay, no build step. The input limits come
/// from the server's constants (<see cref="QueryParser.MaxLength"/>, <see cref="SearchRequest.MaxSize"/>,
/// <see cref="SearchRequest.MaxFacetSize"/>), served
/// to the pages as /js/limits.js and inlined into the widget the same way, so neither can drift from the API.
/// </summary>
public static partial class WidgetScript
{
    private const string Placeholder = "/* @shared-modules */";
    private static readonly string[] SharedModules = ["js/marked-html.js"];

    public static string LimitsModule() =>
        $"// Written by the host from its own constants (Pages/WidgetScript.cs): the API refuses more.\n" +
        $"export const MAX_QUERY_CHARS = {QueryParser.MaxLength};\n" +
        $"export const MAX_PAGE_SIZE = {SearchRequest.MaxSize};\n" +
        $"export const MAX_FACET_SIZE = {SearchRequest.MaxFacetSize};\n";

    public static string Compose()
    {
        using var stream = typeof(WidgetScript).Assembly.GetManifestResourceStream("ReportSearch.Host.Widget.widget.js")
            ?? throw new InvalidOperationException("Widget/widget.js is not embedded in the host assembly.");
        var widget = new StreamReader(stream, Encoding.UTF8).ReadToEnd();
        var shared = new StringBuilder();
        foreach (var module in SharedModules) shared.Append(Inline(module, ReadAsset(module)));
        shared.Append(Inline("js/limits.js", LimitsModule()));
        if (!widget.Contains(Placeholder, StringComparison.Ordinal))
            throw new InvalidOperationException($"Widget/widget.js has no {Placeholder} line for the shared modules.");
        return widget.Replace(Placeholder, shared.ToString().TrimEnd(), StringComparison.Ordinal);
    }

    // Inside the widget's function scope a module's exports are plain declarations: only "export " is dropped.
    // The shared modules import nothing (an import would have nothing to resolve against here).
    private static string Inline(string name, string module)
    {
        if (ImportLine().IsMatch(module)) throw new InvalidOperationException($"{name} imports another module and cannot be inlined into the widget.");
        return $"// ---- {name} ----\n" + ExportKeyword().Replace(module, "") + "\n";
    }

    private static string ReadAsset(string path)
    {
        using var stream = StaticAssets.Files.GetFileInfo(path).CreateReadStream();
        return new StreamReader(stream, Encoding.UTF8).ReadToEnd();
    }

    [GeneratedRegex(@"^export\s+", RegexOptions.Multiline)]
    private static partial Regex ExportKeyword();

    [GeneratedRegex(@"^\s*import\s", RegexOptions.Multiline)]
    private static partial Regex ImportLine();
}
