using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// Keeps <see cref="IndexStatus"/> in the key/value table <c>status</c>. Key/value rather than columns so that
/// fields can be added without a schema migration; unknown keys are ignored, missing ones read as defaults.
/// </summary>
internal static class SqliteStatusStore
{
    public static IndexStatus? Read(SqliteConnection c)
    {
        // An index written before the table existed, opened read-only, cannot create it.
        using (var exists = c.CreateCommand())
        {
            exists.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'status'";
            if (exists.ExecuteScalar() is null) return null;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT key, value FROM status";
            using var r = cmd.ExecuteReader();
            while (r.Read()) values[r.GetString(0)] = r.GetString(1);
        }
        if (values.Count == 0) return null;
        string? S(string k) => values.GetValueOrDefault(k);
        int I(string k) => int.TryParse(S(k), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : 0;
        DateTime? T(string k) => DateTime.TryParse(S(k), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var v) ? v : null;
        return new IndexStatus
        {
            State = S("state") ?? IndexStatus.Idle,
            LastScanStartedUtc = T("last_scan_started_at"),
            LastScanFinishedUtc = T("last_scan_finished_at"),
            FilesScanned = I("files_scanned"),
            Added = I("added"),
            Updated = I("updated"),
            Deleted = I("deleted"),
            Unchanged = I("unchanged"),
            Duplicates = I("duplicates"),
            Skipped = I("skipped"),
            LastError = S("last_error"),
            LastErrorUtc = T("last_error_at"),
        };
    }

    public static void Write(SqliteConnection c, IndexStatus s)
    {
        using var tx = c.BeginTransaction();
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO status(key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        var k = cmd.Parameters.Add("$k", SqliteType.Text);
        var v = cmd.Parameters.Add("$v", SqliteType.Text);
        foreach (var (key, value) in Pairs(s))
        {
            k.Value = key;
            v.Value = value;
            cmd.ExecuteNonQuery();
        }
        using var delete = c.CreateCommand();
        delete.Transaction = tx;
        delete.CommandText = "DELETE FROM status WHERE key = $k";
        var dk = delete.Parameters.Add("$k", SqliteType.Text);
        foreach (var key in NullKeys(s))
        {
            dk.Value = key;
            delete.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private static string Time(DateTime t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static IEnumerable<(string, string)> Pairs(IndexStatus s)
    {
        yield return ("state", s.State);
        if (s.LastScanStartedUtc is { } started) yield return ("last_scan_started_at", Time(started));
        if (s.LastScanFinishedUtc is { } finished) yield return ("last_scan_finished_at", Time(finished));
        yield return ("files_scanned", s.FilesScanned.ToString(CultureInfo.InvariantCulture));
        yield return ("added", s.Added.ToString(CultureInfo.InvariantCulture));
        yield return ("updated", s.Updated.ToString(CultureInfo.InvariantCulture));
        yield return ("deleted", s.Deleted.ToString(CultureInfo.InvariantCulture));
        yield return ("unchanged", s.Unchanged.ToString(CultureInfo.InvariantCulture));
        yield return ("duplicates", s.Duplicates.ToString(CultureInfo.InvariantCulture));
        yield return ("skipped", s.Skipped.ToString(CultureInfo.InvariantCulture));
        if (s.LastError is { } error) yield return ("last_error", error);
        if (s.LastErrorUtc is { } errorAt) yield return ("last_error_at", Time(errorAt));
    }

    private static IEnumerable<string> NullKeys(IndexStatus s)
    {
        if (s.LastScanStartedUtc is null) yield return "last_scan_started_at";
        if (s.LastScanFinishedUtc is null) yield return "last_scan_finished_at";
        if (s.LastError is null) yield return "last_error";
        if (s.LastErrorUtc is null) yield return "last_error_at";
    }
}
