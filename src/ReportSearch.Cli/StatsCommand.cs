using System.Text;
using ReportSearch.Engine;
using ReportSearch.Search;

namespace ReportSearch.Cli;

/// <summary>`reportsearch stats`: counts, size, last indexing, skipped files, reports missing metadata.</summary>
internal static class StatsCommand
{
    public static int Run(string indexDir, bool json, TextWriter stdout)
    {
        using var index = ReportIndexes.OpenForReading(indexDir);
        // As the host shows them: absolute server paths in reasons and errors lose their folders.
        var s = StatisticsRedaction.Of(index.Statistics());
        if (json)
        {
            stdout.WriteLine(SearchJson.Serialize(s));
            return 0;
        }
        var sb = new StringBuilder();
        sb.AppendLine($"reports:        {s.Reports}");
        sb.AppendLine($"segments:       {s.Segments}");
        sb.AppendLine($"source files:   {s.Sources}");
        sb.AppendLine($"index size:     {s.SizeBytes / 1048576.0:F2} MB");
        sb.AppendLine($"last indexed:   {s.LastIndexedAt ?? "never"}");
        sb.AppendLine($"analyzer:       v{s.AnalyzerVersion}");
        if (s.Status is { } st)
        {
            sb.AppendLine($"indexer state:  {st.State}");
            sb.AppendLine($"last scan:      {Time(st.LastScanStartedUtc)} → {Time(st.LastScanFinishedUtc)}");
            sb.AppendLine($"last run:       {st.FilesScanned} files: {st.Added} added, {st.Updated} updated, {st.Deleted} deleted, {st.Unchanged} unchanged, {st.Duplicates} duplicates, {st.Skipped} skipped");
            if (st.LastError is not null) sb.AppendLine($"last error:     {st.LastError} ({Time(st.LastErrorUtc)})");
        }
        sb.AppendLine($"skipped files:  {s.Skipped.Count}");
        foreach (var k in s.Skipped) sb.AppendLine($"  {k.Path}: {k.Reason} ({k.AtUtc:u})");
        sb.AppendLine($"missing metadata: {s.MissingMetadata.Count}");
        foreach (var m in s.MissingMetadata)
            sb.AppendLine($"  {m.Path}: {(m.MissingDistrict ? "no district " : "")}{(m.MissingYear ? "no year" : "")}".TrimEnd());
        stdout.Write(sb.ToString());
        return 0;
    }

    private static string Time(DateTime? t) => t is { } v ? v.ToUniversalTime().ToString("u") : "—";
}
