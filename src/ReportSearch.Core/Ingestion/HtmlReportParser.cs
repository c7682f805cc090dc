using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ReportSearch.Ingestion;

/// <summary>
/// Web pages (.html/.htm): the encoding is detected like plain text, with the page's meta charset as a hint only
/// (archived pages often lie about it). The visible text is read by <see cref="HtmlTextExtractor"/>;
/// <c>&lt;title&gt;</c> and meta tags supply metadata.
/// </summary>
public sealed partial class HtmlReportParser : IReportParser
{
    // How far into the file a meta charset is looked for, as browsers do.
    private const int CharsetPrescanBytes = 4096;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    // Site names that pages append to their title: "西区街道2024年工作总结_中山市人民政府门户网站", "…采购- 阳光易购商圈新闻",
    // "…的意见--高阳县人民政府网站". A hyphen between digits (2021-2025年) joins, it does not separate.
    [GeneratedRegex(@"\s*(?:[_|｜]|\s-\s|(?<!\d)-\s|\s-(?!\d)|--|—|－).*$")]
    private static partial Regex TitleSiteSuffix();

    // A hyphen between two Han characters with no space: how some sites join their name and a column's.
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[-－](?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex HanHyphen();

    // What stands between a site's name and the title it opens: 高阳县人民政府网站——高阳县人民政府关于….
    [GeneratedRegex(@"^[\s_|｜\-—－:：>»]+")]
    private static partial Regex LeadingSeparators();

    private static readonly HtmlParser Parser = new();

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar)
    {
        var text = EncodingDetector.Decode(content, DeclaredCharset(content));
        var document = Parser.ParseDocument(HtmlDepthLimiter.Limit(HtmlAttributeLimiter.Limit(text)));
        var lines = EscapedLineBreaks.Restore(HtmlTextExtractor.Lines(document));
        var declared = Metadata(document);
        // The page's PubDate is when the site posted it: the document's own date (成文 date, signature, session line)
        // beats it, as it beats a header's 发布日期.
        return ReportAssembler.Assemble(file, sidecar, lines, declared with { Date = null }, mayBeHardWrapped: false, postedDate: declared.Date);
    }

    private static string? DeclaredCharset(byte[] content)
    {
        var head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, CharsetPrescanBytes));
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups["charset"].Value : null;
    }

    private static ReportMetadata Metadata(IDocument document)
    {
        string? Meta(params string[] names)
        {
            foreach (var name in names)
            {
                var element = document.QuerySelectorAll("meta").FirstOrDefault(m =>
                    string.Equals(m.GetAttribute("name") ?? m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase));
                var value = element?.GetAttribute("content")?.Trim();
                if (!string.IsNullOrEmpty(value)) return value;
            }
            return null;
        }

        var title = WithoutSiteName(Meta("ArticleTitle", "dc.title", "og:title"), Meta("SiteName", "og:site_name")) ?? PageTitle(document.Title);
        return new ReportMetadata
        {
            Title = title,
            Date = DateText.Normalize(Meta("PubDate", "publishdate", "dc.date", "article:published_time")),
            // A page's author meta names a body on government sites and an editor on news sites (朱赫): only a body's name is an org.
            Org = PublisherOrIssuer.WithoutChannel(Meta("ContentSource", "dc.publisher") ?? (Meta("author") is { } author && !PublisherOrIssuer.IsPersonName(author) ? author : null)),
        };
    }

    /// <summary>A page's title without its site's name before it (the site named in the page's own SiteName meta).</summary>
    private static string? WithoutSiteName(string? title, string? siteName)
    {
        if (title is null || string.IsNullOrWhiteSpace(siteName) || !title.StartsWith(siteName.Trim(), StringComparison.Ordinal)) return title;
        var after = title[siteName.Trim().Length..];
        var rest = LeadingSeparators().Replace(after, "");
        // Without a separator the site's name is the start of the title's own issuer (德宏州人民政府 of
        // 德宏州人民政府办公室关于…的通知), not a banner before it.
        if (rest.Length == after.Length) return title;
        return rest.Length >= MinTitleChars ? rest : title;
    }

    private const int MinTitleChars = 4;

    private static string? PageTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var trimmed = title.Trim();
        // A template's label for every article (文章详情) names none of them; nor does a column's page named by the site's
        // owner and the column (邯郸市某县人民政府-政府信息公开指南): every part is a body's name or a label.
        if (TitleFinder.IsPageLabel(trimmed) || HanHyphen().Split(trimmed) is { Length: > 1 } parts && parts.All(p => TitleFinder.IsPageLabel(p) || TitleFinder.IsBodyName(p))) return null;
        var withoutSite = TitleSiteSuffix().Replace(TitleLine.WithoutSiteName(trimmed), "");
        return withoutSite.Length >= MinTitleChars || TitleLine.NamesUnitAlone(withoutSite) ? withoutSite : trimmed;
    }
}
