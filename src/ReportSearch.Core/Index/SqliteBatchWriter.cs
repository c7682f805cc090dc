using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>Writes the changes of one batch inside the batch's transaction, reusing prepared statements.</summary>
internal sealed class SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    public void Upsert(IndexDocument doc)
    {
        foreach (var source in doc.Sources)
        {
            var owner = ReportKeyOfSource(source.Path);
            if (owner is not null && ReportIdOf(owner.Value) != doc.Id) RemoveSource(source.Path);
        }
        var existing = Scalar("SELECT key FROM reports WHERE id = $p0", doc.Id);
        if (existing is long oldKey) DeleteReport(oldKey);

        var m = doc.Metadata;
        long key = (long)Scalar("""
            INSERT INTO reports(id, content_hash, title, district, region, year, date, org, doc_number, category, origins, indexed_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11) RETURNING key
            """, doc.Id, doc.ContentHash, m.Title, m.District, m.Region, m.Year, m.Date, m.Org, m.DocNumber, m.Category,
            JsonSerializer.Serialize(m.Origins), DateTime.UtcNow.ToString("O"))!;

        foreach (var source in doc.Sources) InsertSource(source, key);

        for (int ord = 0; ord < doc.Segments.Count; ord++)
        {
            var seg = doc.Segments[ord];
            long segKey = (long)Scalar(
                "INSERT INTO segments(report_key, ord, district, text, sections) VALUES ($p0, $p1, $p2, $p3, $p4) RETURNING key",
                key, ord, seg.District, seg.Text, JsonSerializer.Serialize(seg.Sections))!;
            Run("INSERT INTO segment_fts(rowid, title, headings, body, category) VALUES ($p0, $p1, $p2, $p3, $p4)",
                segKey, seg.TitleTokens, seg.HeadingTokens, seg.BodyTokens, seg.CategoryTokens);
        }
        foreach (var s in doc.Suggestions)
            Run("INSERT OR IGNORE INTO suggestions(term, display, report_key) VALUES ($p0, $p1, $p2)", s.Normalized, s.Display, key);
    }

    public void AttachSource(IndexSource source, string reportId)
    {
        if (Scalar("SELECT key FROM reports WHERE id = $p0", reportId) is not long key) return;
        var owner = ReportKeyOfSource(source.Path);
        if (owner is not null && owner != key) RemoveSource(source.Path);
        InsertSource(source, key);
    }

    public void RemoveSource(string path)
    {
        var key = ReportKeyOfSource(path);
        if (key is null) return;
        Run("DELETE FROM sources WHERE path = $p0", path);
        if (Scalar("SELECT count(*) FROM sources WHERE report_key = $p0", key.Value) is 0L) DeleteReport(key.Value);
    }

    public void Skip(SkippedFile skip) =>
        Run("INSERT INTO skipped(path, reason, at) VALUES ($p0, $p1, $p2) ON CONFLICT(path) DO UPDATE SET reason = excluded.reason, at = excluded.at",
            skip.Path, skip.Reason, skip.AtUtc.ToString("O"));

    public void ClearSkip(string path) => Run("DELETE FROM skipped WHERE path = $p0", path);

    private void InsertSource(IndexSource source, long reportKey) =>
        Run("INSERT INTO sources(path, report_key, size, last_write) VALUES ($p0, $p1, $p2, $p3) ON CONFLICT(path) DO UPDATE SET report_key = excluded.report_key, size = excluded.size, last_write = excluded.last_write",
            source.Path, reportKey, source.Size, source.LastWriteTicks);

    private void DeleteReport(long key)
    {
        // The FTS table is contentless and outside the foreign keys: remove its rows first.
        Run("DELETE FROM segment_fts WHERE rowid IN (SELECT key FROM segments WHERE report_key = $p0)", key);
        Run("DELETE FROM reports WHERE key = $p0", key);
    }

    private long? ReportKeyOfSource(string path) => Scalar("SELECT report_key FROM sources WHERE path = $p0", path) as long?;

    private string? ReportIdOf(long key) => Scalar("SELECT id FROM reports WHERE key = $p0", key) as string;

    private void Run(string sql, params object?[] args) => Prepare(sql, args).ExecuteNonQuery();

    private object? Scalar(string sql, params object?[] args) => Prepare(sql, args).ExecuteScalar();

    private SqliteCommand Prepare(string sql, object?[] args)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            cmd.CommandText = sql;
            for (int i = 0; i < args.Length; i++) cmd.Parameters.Add(new SqliteParameter("$p" + i, null));
            _commands[sql] = cmd;
        }
        for (int i = 0; i < args.Length; i++) cmd.Parameters[i].Value = args[i] ?? DBNull.Value;
        return cmd;
    }
}
