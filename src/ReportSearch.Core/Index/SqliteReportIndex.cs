using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportSearch.Ingestion;

namespace ReportSearch.Index;

/// <summary>
/// The SQLite FTS5 backend. One file per index (reports.db in the index folder), WAL mode: one writer and
/// any number of readers, in this process or others; readers never see half a batch and are not blocked.
/// Each read opens a pooled connection of its own, so one instance serves concurrent requests.
/// </summary>
public sealed class SqliteReportIndex : IReportIndex
{
    public const string FileName = "reports.db";

    // bm25 column weights: title, headings, body, category. A match in the title or a heading ranks higher.
    private const string Bm25 = "bm25(segment_fts, 8.0, 3.0, 1.0, 1.0)";

    private readonly string _connectionString;
    private readonly string _path;

    private SqliteReportIndex(string path, bool readOnly)
    {
        _path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath => _path;

    /// <summary>Set by <see cref="OpenForWriting"/> when it emptied an index built by this (older) analyzer version.</summary>
    public string? ClearedAnalyzerVersion { get; private set; }

    /// <summary>Opens (creating if needed) the index in <paramref name="indexDirectory"/> for writing.</summary>
    public static SqliteReportIndex OpenForWriting(string indexDirectory, string analyzerVersion)
    {
        Directory.CreateDirectory(indexDirectory);
        var index = new SqliteReportIndex(Path.Combine(indexDirectory, FileName), readOnly: false);
        using var c = index.Connect();
        Execute(c, "PRAGMA journal_mode=WAL;");
        if (SqliteSchema.StoredVersion(c) is { } stored && stored != SqliteSchema.Version)
            SqliteSchema.DropAll(c); // tables of another layout cannot be migrated in place: rebuild from the archive
        Execute(c, SqliteSchema.CreateStatements);
        var storedAnalyzer = ReadMeta(c, "analyzer_version");
        if (storedAnalyzer is not null && storedAnalyzer != analyzerVersion)
        {
            // Tokens written by another analyzer version would silently break exact matching: start over.
            index.Clear(c);
            index.ClearedAnalyzerVersion = storedAnalyzer;
        }
        WriteMeta(c, null, "schema_version", SqliteSchema.Version);
        WriteMeta(c, null, "analyzer_version", analyzerVersion);
        return index;
    }

    /// <summary>Opens an existing index for reading; fails with a clear message when there is none.</summary>
    public static SqliteReportIndex OpenForReading(string indexDirectory)
    {
        var path = Path.Combine(indexDirectory, FileName);
        if (!File.Exists(path))
            throw new IndexNotFoundException($"No index at '{Path.GetFullPath(indexDirectory)}': run `reportsearch index --archive DIR --index {indexDirectory}` first.");
        return new SqliteReportIndex(path, readOnly: true);
    }

    private SqliteConnection Connect()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Execute(c, "PRAGMA foreign_keys=ON;");
        return c;
    }

    private void Clear(SqliteConnection c)
    {
        using var tx = c.BeginTransaction();
        foreach (var table in new[] { "suggestions", "sources", "segments", "reports", "skipped" })
            Execute(c, $"DELETE FROM {table};", tx);
        Execute(c, "DELETE FROM segment_fts;", tx);
        tx.Commit();
    }

    public IReadOnlyDictionary<string, SourceState> LoadSources()
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT s.path, r.id, s.size, s.last_write, r.content_hash FROM sources s JOIN reports r ON r.key = s.report_key";
        var result = new Dictionary<string, SourceState>(StringComparer.Ordinal);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            result[reader.GetString(0)] = new SourceState(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4));
        return result;
    }

    public void Apply(IndexBatch batch)
    {
        if (batch.IsEmpty) return;
        using var c = Connect();
        // WAL with synchronous=NORMAL stays consistent after a crash (a power loss may drop the last batches,
        // which the next run indexes again); a larger page cache keeps FTS5's segment merges in memory.
        Execute(c, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;");
        using var tx = c.BeginTransaction();
        var writer = new SqliteBatchWriter(c, tx);
        foreach (var path in batch.RemovedSources) writer.RemoveSource(path);
        foreach (var doc in batch.Upserts) writer.Upsert(doc);
        foreach (var (source, reportId) in batch.DuplicateSources) writer.AttachSource(source, reportId);
        foreach (var path in batch.ClearedSkips) writer.ClearSkip(path);
        foreach (var skip in batch.Skipped) writer.Skip(skip);
        WriteMeta(c, tx, "last_indexed_at", DateTime.UtcNow.ToString("O"));
        tx.Commit();
    }

    public IReadOnlyList<SegmentMatch> Match(MatchQuery query)
    {
        using var c = Connect();
        // One read transaction: the segment table and the match see the same snapshot of the index.
        using var tx = c.BeginTransaction(deferred: true);
        var table = CurrentSegmentTable(c, tx);
        var expression = Fts5Expression.Build(query);
        var result = new List<SegmentMatch>();
        var cached = _matchCache.Get(expression, table.Fingerprint);
        if (cached is not null)
        {
            for (int i = 0; i < cached.Keys.Length; i++)
                if (table.TryMatch(cached.Keys[i], cached.Scores[i], out var match)) result.Add(match);
            return result;
        }

        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT rowid, {Bm25} FROM segment_fts WHERE segment_fts MATCH $expr";
        cmd.Parameters.AddWithValue("$expr", expression);
        var keys = new List<long>();
        var scores = new List<double>();
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add(reader.GetInt64(0));
                scores.Add(reader.GetDouble(1));
            }
        }
        for (int i = 0; i < keys.Count; i++)
        {
            // A row of the FTS table without a segment cannot occur within one snapshot; skip it if it does.
            if (table.TryMatch(keys[i], scores[i], out var match)) result.Add(match);
        }
        if (keys.Count >= _matchCache.MinRows) _matchCache.Put(expression, new MatchCache.Entry(table.Fingerprint, [.. keys], [.. scores]));
        return result;
    }

    private readonly MatchCache _matchCache = new();

    private SegmentTable? _segmentTable;

    private SegmentTable CurrentSegmentTable(SqliteConnection c, SqliteTransaction tx)
    {
        string fingerprint;
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = SegmentTable.FingerprintSql;
            fingerprint = (string)cmd.ExecuteScalar()!;
        }
        var table = Volatile.Read(ref _segmentTable);
        if (table is not null && table.Fingerprint == fingerprint) return table;
        table = SegmentTable.Load(c, tx, fingerprint);
        Volatile.Write(ref _segmentTable, table);
        return table;
    }

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

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can be moved or deleted.
        using var c = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(c);
    }

    internal static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    internal static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static string? ReadMeta(SqliteConnection c, string key)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = $key";
        cmd.Parameters.AddWithValue("$key", key);
        return cmd.ExecuteScalar() as string;
    }

    private static void WriteMeta(SqliteConnection c, SqliteTransaction? tx, string key, string value)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        cmd.Parameters.AddWithValue("$key", key);
        cmd.Parameters.AddWithValue("$value", value);
        cmd.ExecuteNonQuery();
    }
}
