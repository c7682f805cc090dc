using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportSearch.Ingestion;

namespace ReportSearch.Index;

/// <summary>Counts, sizes, the indexer status record and skipped files, for `stats` and the host.</summary>
public sealed partial class SqliteReportIndex
{
    public IndexStatistics Statistics()
    {
        using var c = Connect();
        int Count(string table) => Convert.ToInt32(Scalar(c, $"SELECT count(*) FROM {table}"));
        var skipped = new List<SkippedFile>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT path, reason, at FROM skipped ORDER BY path";
            using var r = cmd.ExecuteReader();
            while (r.Read()) skipped.Add(new SkippedFile(r.GetString(0), r.GetString(1), DateTime.Parse(r.GetString(2), null, System.Globalization.DateTimeStyles.RoundtripKind)));
        }
        var missing = new List<MissingMetadata>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = """
                SELECT r.id, (SELECT min(path) FROM sources s WHERE s.report_key = r.key), r.district IS NULL, r.year IS NULL
                FROM reports r WHERE r.district IS NULL OR r.year IS NULL ORDER BY 2
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read()) missing.Add(new MissingMetadata(r.GetString(0), NullableString(r, 1), r.GetBoolean(2), r.GetBoolean(3)));
        }
        long size = new[] { _path, _path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);
        return new IndexStatistics(Count("reports"), Count("segments"), Count("sources"), size,
            ReadMeta(c, "last_indexed_at"), ReadMeta(c, "analyzer_version"), skipped, missing)
        { Status = SqliteStatusStore.Read(c) };
    }

    public IndexStatus? ReadStatus()
    {
        using var c = Connect();
        return SqliteStatusStore.Read(c);
    }

    public void WriteStatus(IndexStatus status)
    {
        using var c = Connect();
        SqliteStatusStore.Write(c, status);
    }

    public IReadOnlyList<SkippedFile> LoadSkipped()
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT path, reason, at FROM skipped";
        var result = new List<SkippedFile>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(new SkippedFile(r.GetString(0), r.GetString(1), DateTime.Parse(r.GetString(2), null, System.Globalization.DateTimeStyles.RoundtripKind)));
        return result;
    }
}
