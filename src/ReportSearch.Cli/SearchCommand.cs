using System.Text;
using ReportSearch.Engine;
using ReportSearch.Search;

namespace ReportSearch.Cli;

/// <summary>`reportsearch search`: the API's JSON with --json, else a readable listing.</summary>
internal static class SearchCommand
{
    public static int Run(string indexDir, SearchRequest request, bool json, TextWriter stdout)
    {
        using var index = ReportIndexes.OpenForReading(indexDir);
        var response = new SearchService(index).Search(request);
        if (json) stdout.WriteLine(SearchJson.Serialize(response));
        else stdout.Write(Readable(response));
        return 0;
    }

    // The option accepts only these three words (any case), so the last arm cannot be reached from the command line.
    public static SortOrder? ParseSort(string? value) => value?.ToLowerInvariant() switch
    {
        null => null,
        "relevance" => SortOrder.Relevance,
        "newest" => SortOrder.Newest,
        "oldest" => SortOrder.Oldest,
        _ => throw new ArgumentException($"--sort must be relevance, newest or oldest, not '{value}'"),
    };

    private static string Readable(SearchResponse r)
    {
        var sb = new StringBuilder();
        // Total counts a text held by several reports once; the others are folded under it, as the page says.
        var folded = r.SameTextCopies > 0 ? $"（另有 {r.SameTextCopies} 篇内容相同的已合并）" : "";
        sb.AppendLine($"{r.Total} 篇报告{folded} · 第 {r.Page} 页 · {r.TookMs} ms · {r.Query}");
        if (r.Mode == SearchMode.AllWords)
            sb.AppendLine($"精确查找：0 篇。以下为包含全部词语的近似结果：{string.Join("、", r.Words ?? [])}");
        if (r.DidYouMean is { } proposal) sb.AppendLine($"您是不是要找：{proposal.Query}（{proposal.Count} 篇）");
        int rank = (r.Page - 1) * r.Size;
        foreach (var hit in r.Hits)
        {
            sb.AppendLine();
            sb.AppendLine($"{++rank}. {hit.ShownTitle()}{(hit.DocNumber is null ? "" : "  " + hit.DocNumber)}  [{hit.District ?? "—"} · {hit.Year?.ToString() ?? "—"}{(hit.Date is null ? "" : " · " + hit.Date)}]  score {hit.Score}");
            sb.AppendLine($"   {hit.Source}  id={hit.Id}");
            foreach (var s in hit.Snippets)
                sb.AppendLine($"   {(s.Section is null ? "" : "〔" + s.Section + "〕")}{Bracketed(s)}");
            if (hit.SameText is { Count: > 0 } same)
                sb.AppendLine($"   另有 {same.Count} 篇内容相同：{string.Join("、", same.Reports.Select(c => c.Source ?? c.Id))}{(same.Reports.Count < same.Count ? " 等" : "")}");
        }
        // The place facet carries its first SearchRequest.DefaultFacetSize values: say how many there are in all.
        var morePlaces = r.Facets.Distinct.District > r.Facets.District.Count ? $"  …（共 {r.Facets.Distinct.District} 项）" : "";
        if (r.Facets.District.Count > 0) sb.AppendLine().AppendLine("区域: " + string.Join("  ", r.Facets.District.Select(f => $"{f.Value}({f.Count})")) + morePlaces);
        if (r.Facets.Year.Count > 0) sb.AppendLine("年份: " + string.Join("  ", r.Facets.Year.Select(f => $"{f.Value}({f.Count})")));
        return sb.ToString();
    }

    // A terminal cannot show <mark>: matches are shown as 【…】 on the plain text.
    private static string Bracketed(Snippet s)
    {
        var sb = new StringBuilder();
        int at = 0;
        foreach (var h in s.Highlights)
        {
            sb.Append(s.Text, at, h[0] - at).Append('【').Append(s.Text, h[0], h[1] - h[0]).Append('】');
            at = h[1];
        }
        sb.Append(s.Text, at, s.Text.Length - at);
        return sb.ToString().ReplaceLineEndings(" ");
    }
}
