using System.Text;
using ReportSearch.Engine;
using ReportSearch.Search;

namespace ReportSearch.Cli;

/// <summary>`reportsearch related`: the reports most like one report from other places, as the HTTP API gives them.</summary>
internal static class RelatedCommand
{
    public static int Run(string indexDir, string id, int size, bool sameLevel, bool json, TextWriter stdout, TextWriter stderr)
    {
        using var index = ReportIndexes.OpenForReading(indexDir);
        var related = new SearchService(index).Related(id, size, sameLevel);
        if (related is null)
        {
            stderr.WriteLine($"No report with id '{id}' in the index.");
            return 1;
        }
        stdout.Write(json ? SearchJson.Serialize(related) + Environment.NewLine : Readable(related));
        return 0;
    }

    private static string Readable(RelatedReports related)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"其他地区的类似报告（{(related.Level == RelatedReportFinder.SameLevel ? "同级地区" : "所有其他地区")}）：{related.Reports.Count} 篇");
        // Only reports on the same subject are listed, so none is an answer.
        if (related.Reports.Count == 0) sb.AppendLine("暂无其他地区的类似报告。");
        int rank = 0;
        foreach (var r in related.Reports)
        {
            var place = r.Region is { Count: > 0 } region ? string.Join('›', region) : r.District ?? "未知地区";
            sb.AppendLine($"{++rank}. {r.Year?.ToString() ?? "—"} {place}《{r.Title ?? "（无标题）"}》  {r.Id}");
            var why = r.SharedMechanisms.Select(m => $"“{m}”").Concat(r.SharedTerms);
            sb.AppendLine($"   相同：{string.Join("、", why)}");
        }
        return sb.ToString();
    }
}
