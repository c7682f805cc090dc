using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportSearch.Ingestion;

namespace ReportSearch.Index;

/// <summary>Reading stored reports, segments and suggestions back, for hits, the report view and completions.</summary>
public sealed partial class SqliteReportIndex
{
    public IReadOnlyList<StoredReport> LoadReports(IReadOnlyCollection<long> reportKeys)
    {
        if (reportKeys.Count == 0) return [];
        using var c = Connect();
        // One statement for all reports and one for their paths: a page of hits costs two queries, not twenty.
        // The key list is bound as a JSON array of integers, never pasted into the SQL.
        var keys = JsonSerializer.Serialize(reportKeys);
        using var cmd = c.CreateCommand();
        cmd.CommandText = ReportColumns + " WHERE key IN (SELECT value FROM json_each($keys))";
        cmd.Parameters.AddWithValue("$keys", keys);
        var rows = new List<(long Key, string Id, ReportMetadata Meta)>(reportKeys.Count);
        using (var r = cmd.ExecuteReader())
            while (r.Read()) rows.Add(ReadReportRow(r));
        var paths = LoadPaths(c, "report_key IN (SELECT value FROM json_each($keys))", "$keys", keys);
        return rows.Select(row => new StoredReport(row.Key, row.Id, row.Meta, paths.TryGetValue(row.Key, out var p) ? p : [])).ToList();
    }

    public StoredReport? LoadReport(string id)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = ReportColumns + " WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        (long Key, string Id, ReportMetadata Meta) row;
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            row = ReadReportRow(r);
        }
        var paths = LoadPaths(c, "report_key = $key", "$key", row.Key);
        return new StoredReport(row.Key, row.Id, row.Meta, paths.TryGetValue(row.Key, out var p) ? p : []);
    }

    private const string ReportColumns = "SELECT key, id, title, district, region, year, date, org, doc_number, origins, category FROM reports";

    private static (long Key, string Id, ReportMetadata Meta) ReadReportRow(SqliteDataReader r) => (
        r.GetInt64(0),
        r.GetString(1),
        new ReportMetadata
        {
            Title = NullableString(r, 2),
            District = NullableString(r, 3),
            Region = NullableString(r, 4),
            Year = r.IsDBNull(5) ? null : r.GetInt32(5),
            Date = NullableString(r, 6),
            Org = NullableString(r, 7),
            DocNumber = NullableString(r, 8),
            Origins = JsonSerializer.Deserialize<Dictionary<string, MetadataOrigin>>(r.GetString(9)) ?? [],
            Category = NullableString(r, 10),
        });

    // Source paths by report key, each list in path order.
    private static Dictionary<long, List<string>> LoadPaths(SqliteConnection c, string where, string parameter, object value)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT report_key, path FROM sources WHERE {where} ORDER BY path";
        cmd.Parameters.AddWithValue(parameter, value);
        var paths = new Dictionary<long, List<string>>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            if (!paths.TryGetValue(r.GetInt64(0), out var list)) paths[r.GetInt64(0)] = list = [];
            list.Add(r.GetString(1));
        }
        return paths;
    }

    public IReadOnlyList<StoredSegment> LoadSegments(IReadOnlyCollection<long> segmentKeys)
    {
        if (segmentKeys.Count == 0) return [];
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT key, report_key, ord, district, text, sections FROM segments WHERE key IN (SELECT value FROM json_each($keys))";
        cmd.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(segmentKeys));
        var result = new List<StoredSegment>(segmentKeys.Count);
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(ReadSegment(r));
        return result;
    }

    public IReadOnlyList<StoredSegment> LoadSegmentsOfReport(long reportKey)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT key, report_key, ord, district, text, sections FROM segments WHERE report_key = $key ORDER BY ord";
        cmd.Parameters.AddWithValue("$key", reportKey);
        var result = new List<StoredSegment>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(ReadSegment(r));
        return result;
    }

    private static StoredSegment ReadSegment(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), NullableString(r, 3), r.GetString(4),
        JsonSerializer.Deserialize<List<IndexSection>>(r.GetString(5)) ?? []);

    public IReadOnlyList<string> Suggest(string normalizedPrefix, int limit)
    {
        if (normalizedPrefix.Length == 0) return [];
        using var c = Connect();
        using var cmd = c.CreateCommand();
        // A range scan on the primary key: term >= prefix AND term < prefix + U+10FFFF.
        cmd.CommandText = """
            SELECT min(display), count(*) AS reports FROM suggestions
            WHERE term >= $lo AND term < $hi
            GROUP BY term ORDER BY reports DESC, length(term), term LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$lo", normalizedPrefix);
        cmd.Parameters.AddWithValue("$hi", normalizedPrefix + char.ConvertFromUtf32(0x10FFFF));
        cmd.Parameters.AddWithValue("$limit", limit);
        var result = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(r.GetString(0));
        return result;
    }
}
