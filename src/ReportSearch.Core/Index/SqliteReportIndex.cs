using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportSearch.Ingestion;

namespace ReportSearch.Index;

/// <summary>
/// The SQLite FTS5 backend. One file per index (reports.db in the index folder), WAL mode: one writer and
/// any number of readers, in this process or others; readers never see half a batch and are not blocked.
/// Each read opens a pooled connection of its own, so one instance serves concurrent requests.
/// </summary>
public sealed partial class SqliteReportIndex : IReportIndex
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
