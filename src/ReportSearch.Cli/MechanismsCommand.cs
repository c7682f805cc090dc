using System.Text;
using ReportSearch.Engine;
using ReportSearch.Mechanisms;
using ReportSearch.Search;

namespace ReportSearch.Cli;

/// <summary>`reportsearch mechanisms`: the named mechanisms of the archive, or one of them with its definitions.</summary>
internal static class MechanismsCommand
{
    /// <param name="region">With a name: list that region's reports of it (a page of <paramref name="query"/>'s size).</param>
    public static int Run(string indexDir, string? name, string? region, MechanismQuery query, bool json, TextWriter stdout, TextWriter stderr)
    {
        using var index = ReportIndexes.OpenForReading(indexDir);
        if (name is not null && region is not null)
        {
            if (index.FromMechanisms(catalog => catalog.Find(name)) is null)
            {
                stderr.WriteLine($"No mechanism named '{name}' in the index.");
                return 1;
            }
            var reports = index.FromMechanisms(catalog => catalog.ReportsPage(name, region, query.Page, query.Size));
            if (reports is null)
            {
                stderr.WriteLine($"No report of region '{region}' names '{name}' (a region is its path, levels joined by ›, as the mechanism's page shows it).");
                return 1;
            }
            stdout.WriteLine(json ? SearchJson.Serialize(reports) : Readable(reports));
            return 0;
        }
        if (name is not null)
        {
            var detail = index.FromMechanisms(catalog => catalog.Detail(name));
            if (detail is null)
            {
                stderr.WriteLine($"No mechanism named '{name}' in the index.");
                return 1;
            }
            stdout.WriteLine(json ? SearchJson.Serialize(detail) : Readable(detail));
            return 0;
        }
        var page = index.FromMechanisms(catalog => catalog.List(query));
        stdout.Write(json ? SearchJson.Serialize(page) + Environment.NewLine : Readable(page));
        return 0;
    }

    private static string Readable(MechanismListPage page)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{page.Total} 个机制 · 第 {page.Page} 页 · 排序 {page.Sort}");
        int rank = (page.Page - 1) * page.Size;
        foreach (var m in page.Mechanisms)
        {
            var first = m.First is null ? "首见：—" : $"首见：{m.First.Year} 年 {m.First.Region ?? "—"}{(m.First.Inferred ? "（推断）" : "")}";
            sb.AppendLine($"{++rank}. {m.Name}  {first}；{m.Regions} 个区域、{m.Reports} 篇报告");
            if (m.Definition is not null) sb.AppendLine($"   定义：{OneLine(m.Definition)}");
        }
        return sb.ToString();
    }

    private static string Readable(MechanismDetail d)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{d.Name}  （写法：{string.Join("、", d.Variants)}）");
        sb.AppendLine(d.First is null ? "首见：—"
            : $"首见：{d.First.Year} 年 {d.First.Region ?? "—"}《{d.First.Title}》（{(d.First.Date is null ? "" : d.First.Date + "，")}依据：{d.First.BasisLabel}）");
        sb.AppendLine($"共 {d.Regions} 个区域、{d.Reports} 篇报告");
        foreach (var def in d.Definitions)
            sb.AppendLine($"定义（{def.Year?.ToString() ?? "—"} {def.Region ?? "—"}）：{OneLine(def.Text)}");
        // Each region's first reports; the rest with --region, the path of the region as printed in brackets.
        foreach (var g in d.ByRegion)
            sb.AppendLine($"{g.Region ?? "未知地区"}（{g.ReportCount} 篇）：{string.Join("；", g.Reports.Select(ReportLine))}"
                + (g.ReportCount > g.Reports.Count ? $"；…（全部：--region \"{MechanismPaging.RegionKey(g.RegionPath)}\"）" : ""));
        if (d.RegionGroups > d.ByRegion.Count)
            sb.AppendLine($"（另有 {d.RegionGroups - d.ByRegion.Count} 个地区未列出）");
        return sb.ToString();
    }

    private static string Readable(MechanismRegionReports page)
    {
        var sb = new StringBuilder();
        int first = (page.Page - 1) * page.Size;
        sb.AppendLine($"{page.Name} · {page.Region ?? "未知地区"}：{page.Total} 篇报告 · 第 {first + 1}–{first + page.Reports.Count} 篇");
        foreach (var r in page.Reports) sb.AppendLine($"{++first}. {ReportLine(r)}  {r.Id}");
        return sb.ToString();
    }

    private static string ReportLine(MechanismReportRef r) => $"{r.Year?.ToString() ?? "—"} {r.Title}";

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}
